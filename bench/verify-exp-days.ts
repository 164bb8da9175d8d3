// Checks that ExpDays (table lookup) equals expDays (the formula) bit for bit: on every bucket edge and step of
// the tables, and on many random lattice draws, for the means of every built-in regime and some odd ones.
// `npx esbuild bench/verify-exp-days.ts --bundle --platform=node --format=esm --outfile=/tmp/v.mjs && node /tmp/v.mjs`
import { chancesOf } from '../src/engine/chances.js';
import { ExpDays, expDays, Stream } from '../src/engine/random.js';
import { regimes } from '../src/policy/snapshots.js';

const means = new Set<number>([0, -1, 0.5, 1, 2.5, 1e-3, 1000, 5000, 1e8]);
for (const r of Object.values(regimes)) {
  const c = chancesOf(r);
  for (const [k, v] of Object.entries(c)) if (/Days$/.test(k)) means.add(v as number);
  means.add(Math.max(1, c.detentionDays * c.decisionPerHearing));
}
let checked = 0;
let bad = 0;
const same = (a: number, b: number) => Object.is(a, b);
const s = new Stream().reset(1, 2);
for (const mean of means) {
  const e = new ExpDays(mean);
  for (let i = 0; i < 5000; i++) e.draw(0.5); // build the table
  const probe = (k: number) => {
    if (k < 0 || k >= 2 ** 32) return;
    const u = k / 2 ** 32;
    checked++;
    if (!same(e.draw(u), expDays(mean, u))) {
      bad++;
      if (bad < 10) console.log(`mean ${mean} k ${k}: ${e.draw(u)} vs ${expDays(mean, u)}`);
    }
  };
  for (let b = 0; b < 4096; b++) for (const d of [-2, -1, 0, 1, 2]) probe(b * 2 ** 20 + d);
  // Every step of f: find each k where f changes, by bisection over the whole range, and probe around it.
  let lo = 0;
  const top = expDays(mean, (2 ** 32 - 1) / 2 ** 32);
  for (let v = 0; v <= Math.min(top, 200_000) && mean > 0; v++) {
    let x = lo;
    let y = 2 ** 32 - 1;
    while (x < y) {
      const mid = x + Math.floor((y - x) / 2);
      if (expDays(mean, mid / 2 ** 32) > v) y = mid;
      else x = mid + 1;
    }
    for (const d of [-2, -1, 0, 1, 2]) probe(x + d);
    lo = x;
  }
  for (let i = 0; i < 300_000; i++) probe(Math.floor(s.next() * 2 ** 32));
  for (const u of [0, 0.5, 1e-12, 0.999999999, 1 - 2 ** -53, 0.1]) {
    checked++;
    if (!same(e.draw(u), expDays(mean, u))) bad++;
  }
}
console.log(`${checked.toLocaleString('en-US')} draws checked over ${means.size} means: ${bad} differ`);
if (bad) process.exit(1);
