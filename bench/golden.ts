// Golden outputs for the speed work: `node golden.mjs write|check DIR`. Every byte of these must stay the same.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compare, explain, simulate } from '../src/index.js';
import { cohorts } from '../src/cohorts/index.js';
import { regimes } from '../src/policy/snapshots.js';
import { runBlock } from '../src/engine/run-block.js';

const [mode, dir = '/tmp/golden'] = process.argv.slice(2);
const IDS = ['pep-2016', 'kelly-2017', 'zero-tolerance-2018', 'mpp-2019', 'title42-2020', 'biden-2021'] as const;
const ERA = ['swb-fy2016', 'swb-fy2017', 'swb-fy2018', 'swb-fy2019', 'swb-fy2020', 'swb-fy2021'] as const;
const PROFILES = [
  { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports', youngestChildAge: 4 },
  { citizenship: 'MX', demographic: 'single-adult', entry: 'port-of-entry' },
  { citizenship: 'GT', demographic: 'uac', entry: 'between-ports', age: 15 },
] as const;

const out: Record<string, string> = {};
for (let i = 0; i < IDS.length; i++) {
  for (const seed of [1, 2]) {
    out[`simulate-${IDS[i]}-${seed}`] = JSON.stringify(await simulate({ regime: IDS[i]!, cohort: ERA[i]!, n: 20000, seed, workers: 1, flows: true }));
  }
}
out['compare'] = JSON.stringify(await compare({ regimes: [...IDS], cohort: 'swb-fy2019', n: 20000, seed: 1, workers: 1, flows: true }));
out['compare-noflows-h200'] = JSON.stringify(await compare({ regimes: [...IDS], cohort: 'swb-fy2021', n: 20000, seed: 9, workers: 1, horizonDays: 200 }));
const ex: unknown[] = [];
for (const id of IDS) for (const p of PROFILES) for (const seed of [1, 2, 3]) ex.push(explain({ regime: id, profile: p as never, seed }));
out['explain'] = JSON.stringify(ex);
// Larger runs at other horizons, hashed (raw summaries, every regime).
for (const h of [30, 1095, 7300]) {
  const r = runBlock({ regimes: IDS.map((id) => regimes[id]), cohort: cohorts['swb-fy2020'], seed: 5, horizonDays: h, start: 1000, end: 101000, flows: true, paired: true });
  out[`block-h${h}`] = createHash('sha256').update(JSON.stringify({ s: r.summaries.map((s) => s.toJSON()), p: r.paired.map((p) => p.toJSON()) })).digest('hex');
}

let bad = 0;
mkdirSync(dir!, { recursive: true });
for (const [k, v] of Object.entries(out)) {
  const f = `${dir}/${k}.json`;
  if (mode === 'write') writeFileSync(f, v);
  else if (readFileSync(f, 'utf8') !== v) {
    bad++;
    console.log(`DIFFERS: ${k}`);
  }
}
console.log(mode === 'write' ? `wrote ${Object.keys(out).length} files` : bad ? `${bad} DIFFER` : `all ${Object.keys(out).length} byte-identical`);
if (bad) process.exit(1);
