// The uncertainty section of `npm run bench` (also runnable alone: `npx tsx bench/uncertainty.ts [--json] [--quick]`):
// K = 200 parameter draws × 6 regimes × 20,000 people (target < 60 s on 2 cores), a first-order + total Sobol
// analysis of 30 parameters on one paired difference (target < 5 min on 2 cores), and history mode with K = 20
// parameter draws at scale 0.1 (2015-10 … 2021-09, capacity on). Not a test: times depend on the machine and its
// load. `--history` runs only the history figure.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/engine/simulate.js';
import { simulateHistory } from '../src/history/simulate-history.js';
import { paramRanges } from '../src/policy/ranges.js';
import { REGIME_IDS, regimes } from '../src/policy/snapshots.js';
import { variedIds } from '../src/uncertainty/probabilistic.js';
import { sensitivity } from '../src/uncertainty/sensitivity.js';

export interface UncertaintyBench {
  draws: { draws: number; regimes: number; n: number; workers: number; seconds: number; personRegimesPerSec: number };
  sobol: { parameters: number; baseSamples: number; n: number; runs: number; workers: number; seconds: number; metric: string; regimes: string[] };
  history: HistoryUncertaintyBench;
}

export interface HistoryUncertaintyBench {
  draws: number;
  scale: number;
  months: number;
  replications: number;
  workers: number;
  /** The nominal replay and the K draws' replays, in seconds (wall clock). */
  seconds: number;
  /** CPU seconds of the process and its worker threads (less sensitive to other load on the machine than wall time). */
  cpuSeconds: number;
  secondsPerReplay: number;
  varied: number;
}

/**
 * Times history mode with uncertainty: the full window at scale 0.1, capacity on, K draws (K + 1 replays).
 * @example
 * const h = await benchHistoryUncertainty(false, console.log);
 */
export async function benchHistoryUncertainty(quick: boolean, log: (s: string) => void, workers = Math.min(2, availableParallelism())): Promise<HistoryUncertaintyBench> {
  const K = quick ? 4 : 20;
  const scale = 0.1;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await simulateHistory({ scale, seed: 1, workers, uncertainty: { draws: K } });
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  log(`history with uncertainty: ${K} parameter draws of the ${r.months.length}-month replay at scale ${scale} (capacity on; ${K + 1} replays with the nominal one): ${s.toFixed(1)} s on ${workers} workers (${(s / (K + 1)).toFixed(2)} s per replay; ${cpu.toFixed(1)} CPU s)`);
  return { draws: K, scale, months: r.months.length, replications: r.replications, workers, seconds: Math.round(s * 10) / 10, secondsPerReplay: Math.round((s / (K + 1)) * 100) / 100, cpuSeconds: Math.round(cpu * 10) / 10, varied: r.uncertainty!.varied.length };
}

/**
 * Times the two uncertainty workloads on `workers` threads.
 * @example
 * const r = await benchUncertainty(false, console.log);
 */
export async function benchUncertainty(quick: boolean, log: (s: string) => void, workers = Math.min(2, availableParallelism())): Promise<UncertaintyBench> {
  const K = quick ? 20 : 200;
  const n = 20_000;
  let t0 = performance.now();
  await compare({ regimes: [...REGIME_IDS], n, seed: 1, uncertainty: { draws: K }, workers });
  const s1 = (performance.now() - t0) / 1000;
  const work = (K + 1) * REGIME_IDS.length * n;
  log(`uncertainty: ${K} draws × ${REGIME_IDS.length} regimes × ${n.toLocaleString('en-US')} people (+ the nominal run): ${s1.toFixed(1)} s on ${workers} workers (${Math.round(work / s1).toLocaleString('en-US')} person-regimes/s)`);

  const pair = ['pep-2016', 'mpp-2019'];
  const ids = variedIds(pair.map((id) => paramRanges(regimes[id as 'pep-2016'].params))).filter((id) => !id.startsWith('disposition.')).slice(0, 30);
  const N = quick ? 16 : 128;
  const nS = 10_000;
  t0 = performance.now();
  const s = await sensitivity({ regimes: pair, metric: 'in-absentia-order', n: nS, seed: 1, baseSamples: N, parameters: ids, workers });
  const s2 = (performance.now() - t0) / 1000;
  log(`sensitivity: first-order + total Sobol indices of ${ids.length} parameters on the ${pair[1]} − ${pair[0]} in absentia difference, N = ${N}, ${s.runs.toLocaleString('en-US')} runs × ${nS.toLocaleString('en-US')} people × 2 regimes: ${s2.toFixed(1)} s on ${workers} workers`);
  const history = await benchHistoryUncertainty(quick, log, workers);
  return {
    draws: { draws: K, regimes: REGIME_IDS.length, n, workers, seconds: Math.round(s1 * 10) / 10, personRegimesPerSec: Math.round(work / s1) },
    sobol: { parameters: ids.length, baseSamples: N, n: nS, runs: s.runs, workers, seconds: Math.round(s2 * 10) / 10, metric: s.metric, regimes: pair },
    history,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = process.argv.includes('--json');
  const quick = process.argv.includes('--quick');
  const log = (s: string) => (json ? undefined : console.log(s));
  const r = process.argv.includes('--history') ? { history: await benchHistoryUncertainty(quick, log) } : await benchUncertainty(quick, log);
  if (json) console.log(JSON.stringify({ uncertainty: r }));
}
