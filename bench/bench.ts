// `npm run bench`: people per second of the compiled runner vs a real XState actor per person (the same people and
// facts), of the whole engine on one thread and with one and two workers, and peak memory at n = 1e5 and 1e7. `--json` prints one JSON object. Not a test: numbers depend on
// the machine; the closing notes and docs/scaling.md record what was measured where.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createActor } from 'xstate';
import { cohorts } from '../src/cohorts/index.js';
import { compileCohort } from '../src/cohorts/draw-profile.js';
import type { FactEvent } from '../src/law/events.js';
import { pathwayMachine } from '../src/law/pathway-machine.js';
import { regimes } from '../src/policy/snapshots.js';
import { runBlock } from '../src/engine/run-block.js';
import { pathStream, personStream } from '../src/engine/random.js';
import { compiledPathway, PathSampler } from '../src/engine/sampler.js';
import { browserBench, formatBrowserBench } from './browser.js';
import { benchUncertainty } from './uncertainty.js';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const regime = regimes['mpp-2019'];
const cohort = cohorts['swb-fy2019'];
const spec = { regimes: [regime], cohort, seed: 1, horizonDays: 1095 };
const log = (s: string) => {
  if (!json) console.log(s);
};

function perSec(n: number, f: () => void): number {
  const t0 = performance.now();
  f();
  return Math.round((n / (performance.now() - t0)) * 1000);
}

// 1. The whole engine on one thread: profile draw + sampler (proposing only lawful facts) + compiled machine +
// summaries. First, as in a real run: the actor below calls the same guard functions with XState's own objects,
// which leaves V8's inline caches in them polymorphic for whatever runs after it.
runBlock({ ...spec, start: 0, end: 50_000 }); // warm-up (JIT)
const nEngine = quick ? 300_000 : 2_000_000;
const enginePerSec = perSec(nEngine, () => runBlock({ ...spec, start: 0, end: nEngine }));
log(`whole engine: ${enginePerSec.toLocaleString('en-US')} people/s on one core (n = ${nEngine.toLocaleString('en-US')}, profiles, paths and summaries)`);

// 2. The same people and facts for the compiled runner and the actor: the facts the sampler drew for each person
// (drawing them is not timed), and where the sampler's own run ended, to check both replays against.
const m = compiledPathway();
const sampler = new PathSampler(regime, 1095, m);
const draw = compileCohort(cohort);
const nPeople = quick ? 5_000 : 20_000;
const people: { profile: ReturnType<typeof draw>; facts: FactEvent[]; final: number; day: number }[] = [];
for (let i = 0; i < nPeople; i++) {
  const profile = draw(personStream(1, i));
  const ctx = m.createContext({ profile, regime });
  const facts: FactEvent[] = [];
  let final = m.initialState;
  sampler.run(ctx, pathStream(1, i), { caseEnded() {}, step: (_a, to, _c, e) => void (facts.push({ ...e }), (final = to)) });
  people.push({ profile, facts, final, day: ctx.day });
}

// 3. Compiled runner vs a real XState actor per person, on that identical work: a fresh context, every fact through
// the guards, the transition and its actions.
let finals = 0;
const compiledRun = () => {
  for (const p of people) {
    const ctx = m.createContext({ profile: p.profile, regime });
    let state = m.initialState;
    for (const e of p.facts) state = m.send(state, ctx, e);
    finals += state === p.final && ctx.day === p.day ? 1 : 0;
  }
};
compiledRun(); // warm-up (JIT)
const reps = quick ? 50 : 100;
finals = 0;
const compiledPerSec = perSec(nPeople * reps, () => {
  for (let r = 0; r < reps; r++) compiledRun();
});
if (finals !== nPeople * reps) throw new Error(`bench: the compiled runner ended ${nPeople * reps - finals} replays away from the sampler`);
log(`compiled runner: ${compiledPerSec.toLocaleString('en-US')} people/s on one core (${nPeople.toLocaleString('en-US')} people × ${reps}, facts pre-drawn)`);

const actorRun = () => {
  for (const p of people) {
    const a = createActor(pathwayMachine, { input: { profile: p.profile, regime } }).start();
    for (const e of p.facts) a.send(e);
    if (String(a.getSnapshot().value) !== m.stateIds[p.final]) throw new Error('bench: the actor ended elsewhere than the sampler');
    a.stop();
  }
};
actorRun(); // warm-up
const actorPerSec = perSec(nPeople, actorRun);
log(`XState actor per person: ${actorPerSec.toLocaleString('en-US')} people/s (the same people and facts)`);
const speedup = Math.round((compiledPerSec / actorPerSec) * 10) / 10;
log(`speed-up: ${speedup}×`);

// 4. Worker pool: 1 vs 2 workers, the built package (dist/, as users run it; `npm run bench` builds it first), each in
// a fresh process so both start cold (one worker runs inline; two start threads, each warming its own JIT). Results
// are identical (tests/engine/determinism.test.ts). Start-up is a fixed cost, so the speed-up grows with n.
const workersChild = fileURLToPath(new URL('./workers-child.mjs', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))) throw new Error('bench: build first (npm run build)');
const nWorkers = quick ? 1_000_000 : 10_000_000;
// In the order 1, 2, 2, 1 workers, averaged: the machine's drift in speed during the runs cancels out.
const runs: Record<string, number[]> = { 1: [], 2: [] };
for (const w of [1, 2, 2, 1]) {
  runs[w]!.push(Number(execFileSync(process.execPath, [workersChild, String(nWorkers), String(w)], { encoding: 'utf8' }).trim()));
}
const workers: Record<string, number> = {};
for (const w of [1, 2]) {
  workers[w] = Math.round((runs[w]![0]! + runs[w]![1]!) / 2);
  log(`${w} worker(s): ${workers[w]!.toLocaleString('en-US')} people/s (built package, n = ${nWorkers.toLocaleString('en-US')}, ${availableParallelism()} cores, start-up included; mean of ${runs[w]!.map((x) => x.toLocaleString('en-US')).join(' and ')})`);
}
log(`2-worker speed-up: ${(workers[2]! / workers[1]!).toFixed(2)}×`);

// 5. Peak RSS of a whole `simulate` run in a fresh process, at n = 1e5 and 1e7 (summaries stream: memory is flat in n).
const rssMB: Record<string, number> = {};
const child = fileURLToPath(new URL('./rss-child.ts', import.meta.url));
for (const [label, n] of [['1e5', 1e5], ['1e7', quick ? 1e6 : 1e7]] as const) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, String(n)], { encoding: 'utf8' });
  rssMB[label] = Number(out.trim());
  log(`peak RSS at n = ${n.toExponential(0)}: ${rssMB[label]} MB (main process; each worker thread shares it)`);
}

// 6. Uncertainty: K = 200 parameter draws × 6 regimes × 20,000 people, a Sobol analysis of 30 parameters, and history
// mode with 20 draws at scale 0.1 (bench/uncertainty.ts; run alone with `npx tsx bench/uncertainty.ts`).
const uncertainty = await benchUncertainty(quick, log);

// 7. History mode: the full replay Oct 2015 – Sep 2021 (one replication, one core, fresh process), at 1:1 and 0.1.
const historyChild = fileURLToPath(new URL('./history-child.ts', import.meta.url));
const replay = (scale: number, capacity = false) =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', historyChild, String(scale), ...(capacity ? ['capacity'] : [])], { encoding: 'utf8' })) as { seconds: number; encounters: number; events: number; peakLive: number; rssMB: number };
const h1 = replay(quick ? 0.1 : 1);
const h01 = replay(0.1);
const history = {
  encountersPerSec: Math.round(h1.encounters / h1.seconds),
  fullReplaySeconds: Math.round(h1.seconds * 10) / 10,
  rssMB: { '1': h1.rssMB, '0.1': h01.rssMB },
};
log(`history replay 2015-10 … 2021-09 at ${quick ? '0.1 (quick)' : '1:1'}: ${history.fullReplaySeconds} s, ${h1.encounters.toLocaleString('en-US')} encounters, ${history.encountersPerSec.toLocaleString('en-US')} encounters/s on one core, ${h1.peakLive.toLocaleString('en-US')} people alive at the peak; peak RSS ${h1.rssMB} MB (scale 0.1: ${h01.rssMB} MB)`);

// 8. History mode with every capacity resource on (docs/capacity.md): the same replay, one core, fresh process.
const hc = replay(quick ? 0.1 : 1, true);
const historyCapacity = { fullReplaySeconds: Math.round(hc.seconds * 10) / 10, rssMB: hc.rssMB };
log(`history replay with capacity on at ${quick ? '0.1 (quick)' : '1:1'}: ${historyCapacity.fullReplaySeconds} s, peak RSS ${hc.rssMB} MB (targets: < 90 s, < 2 GB)`);

// 9. The browser: people per second in the page (headless Chromium, all Web Workers) beside Node's on the same run,
// and the page's first load in bytes (bench/browser.ts; run alone with `npx tsx bench/browser.ts`).
const browser = await browserBench(quick ? 200_000 : 1_000_000);
log(formatBrowserBench(browser));

if (json) console.log(JSON.stringify({ compiledPerSec, actorPerSec, speedup, enginePerSec, workers, rssMB, uncertainty, history, historyCapacity, browser }));
