import { extname } from 'node:path';
import { availableParallelism } from 'node:os';
import { ImmsimError } from '../domain/errors.js';
import { compare, simulate } from '../engine/simulate.js';
import { parseShard, runShard } from '../engine/shard.js';
import { streamRecords } from '../engine/records.js';
import type { ComparisonResult, SimulationResult } from '../engine/result.js';
import { comparisonToCsv, formatComparisonTable, formatResultTable, resultToCsv } from '../report/index.js';
import { writeCharts } from '../report/write-charts.js';
import { cohortArg, emit, intArg, profileArg, regimeArg } from './io.js';
import { writeChartOutput, type ChartFormat } from './chart-output.js';
import { checkPaths } from './outputs.js';
import { manifestPathFor } from '../engine/records.js';
import { progressBar } from './progress.js';
import { terminalWidth } from './terminal.js';
import { rangeArgs } from './sensitivity-command.js';
import type { RangeOverrides } from '../policy/ranges.js';

interface CommonOpts {
  cohort?: string;
  profile?: string;
  n: string;
  seed: string;
  horizonDays: string;
  workers?: string;
  out?: string;
  format: 'table' | 'json' | 'csv';
  shard?: string;
  uncertainty?: string;
  range?: string[];
}

/** The file arguments of a run command: inputs, outputs and chart folders, checked against each other first. */
function checkRunPaths(o: Omit<CommonOpts, 'format'> & { regime?: string; regimes?: string; records?: string; charts?: string }, chartDir?: string): void {
  const regimeFiles = (o.regimes ?? o.regime ?? '').split(',').map((x, i) => [`--regimes[${i}]`, /\.json$/i.test(x.trim()) ? x.trim() : undefined] as [string, string | undefined]);
  checkPaths({
    inputs: [...regimeFiles, ['--cohort', o.cohort], ['--profile', o.profile && /\.json$/i.test(o.profile) ? o.profile : undefined]],
    outputs: [['--out', chartDir ? undefined : o.out], ['--records', o.records], ['--records manifest', o.records ? manifestPathFor(o.records) : undefined]],
    chartDirs: [['--charts', o.charts], ['--out', chartDir]],
  });
}

/** More threads than cores only slow a run down: cap at the core count, and say so. */
function cappedWorkers(w: number | undefined): number | undefined {
  const cores = Math.max(1, availableParallelism());
  if (w === undefined || w <= cores) return w;
  process.stderr.write(`immsim: --workers ${w} is more than the ${cores} cores of this machine; using ${cores}\n`);
  return cores;
}

function common(o: Omit<CommonOpts, 'format'>) {
  checkRunPaths(o as CommonOpts & { regime?: string });
  return {
    cohort: cohortArg(o.cohort),
    ...(o.profile ? { profile: profileArg(o.profile) } : {}),
    n: intArg(o.n, '--n', 1, 1e10)!,
    seed: intArg(o.seed, '--seed', 0, 2 ** 32 - 1)!,
    horizonDays: intArg(o.horizonDays, '--horizon-days', 1, 36_500)!,
    workers: cappedWorkers(intArg(o.workers, '--workers', 1, 1024)),
    ...uncertaintyArgs(o),
  };
}

/** `--uncertainty K` and `--range`: the `uncertainty` option, or nothing. */
function uncertaintyArgs(o: Omit<CommonOpts, 'format'>): { uncertainty?: { draws: number; ranges?: RangeOverrides } } {
  if (o.range && o.uncertainty === undefined) throw new ImmsimError([{ path: ['--range'], message: 'needs --uncertainty <draws>' }]);
  if (o.uncertainty === undefined) return {};
  const ranges = rangeArgs(o.range);
  return { uncertainty: { draws: intArg(o.uncertainty, '--uncertainty', 1, 100_000)!, ...(ranges ? { ranges } : {}) } };
}

const regimeList = (s: string) =>
  s.split(',').map((x) => x.trim()).filter(Boolean).map((x, i) => regimeArg(x, `--regimes[${i}]`));

/** Drops the optional flows so `--format json` prints exactly the documented result object. */
function withoutFlows<T extends SimulationResult>(r: T): T {
  const { flows: _f, ...rest } = r;
  return rest as T;
}

export function formatResult(r: SimulationResult, format: string): string {
  if (format === 'json') return JSON.stringify(withoutFlows(r), null, 2);
  if (format === 'csv') return resultToCsv(r);
  return formatResultTable(r, { width: terminalWidth() });
}

export function formatComparison(c: ComparisonResult, format: string): string {
  if (format === 'json') return JSON.stringify({ ...c, results: c.results.map(withoutFlows) }, null, 2);
  if (format === 'csv') return comparisonToCsv(c);
  return formatComparisonTable(c, { width: terminalWidth() });
}

export async function runCommand(o: CommonOpts & { regime: string; records?: string }): Promise<void> {
  const c = common(o);
  const regime = regimeArg(o.regime);
  const bar = progressBar(`run ${regime.id}`);
  if ((o.shard || o.records) && o.profile) {
    throw new ImmsimError([{ path: ['--profile'], message: 'cannot be combined with --shard or --records (use a cohort file instead)' }]);
  }
  if (o.shard) {
    if (o.records) throw new ImmsimError([{ path: ['--records'], message: 'cannot be combined with --shard' }]);
    const { index, count } = parseShard(o.shard);
    const part = await runShard({ ...c, mode: 'run', regimes: [regime], index, count, onProgress: bar.update });
    bar.done();
    return emit(JSON.stringify(part), o.out);
  }
  if (o.records) {
    if (o.uncertainty) throw new ImmsimError([{ path: ['--uncertainty'], message: 'cannot be combined with --records' }]);
    const result = await streamRecords({ ...c, regime, file: o.records, onProgress: bar.update });
    bar.done();
    return emit(formatResult(result, o.format), o.out);
  }
  const result = await simulate({ ...c, regime, onProgress: bar.update });
  bar.done();
  emit(formatResult(result, o.format), o.out);
}

export async function compareCommand(o: CommonOpts & { regimes: string; charts?: string }): Promise<void> {
  const c = common(o);
  const regimes = regimeList(o.regimes);
  const bar = progressBar(`compare ${regimes.length} regimes`);
  if (o.shard && o.profile) throw new ImmsimError([{ path: ['--profile'], message: 'cannot be combined with --shard (use a cohort file instead)' }]);
  if (o.shard) {
    const { index, count } = parseShard(o.shard);
    const part = await runShard({ ...c, mode: 'compare', regimes, index, count, onProgress: bar.update });
    bar.done();
    return emit(JSON.stringify(part), o.out);
  }
  const cmp = await compare({ ...c, regimes, flows: o.charts !== undefined, onProgress: bar.update });
  bar.done();
  emit(formatComparison(cmp, o.format), o.out);
  if (o.charts) {
    const paths = await writeCharts(cmp, {}, o.charts);
    process.stderr.write(`charts written to ${o.charts}/: ${paths.map((p) => p.split('/').pop()).join(', ')}\n`);
  }
}

export async function chartCommand(o: Omit<CommonOpts, 'format'> & { regimes: string; format: ChartFormat; chart?: string }): Promise<void> {
  if (!o.out) throw new ImmsimError([{ path: ['--out'], message: 'give the folder to write the charts into, e.g. --out charts (or a file, e.g. --out outcomes.png)' }]);
  checkRunPaths(o, extname(o.out) ? undefined : o.out);
  const c = common(o);
  const regimes = regimeList(o.regimes);
  const bar = progressBar(`chart ${regimes.length} regimes`);
  const cmp =
    regimes.length >= 2
      ? await compare({ ...c, regimes, flows: true, onProgress: bar.update })
      : await single(c, regimes[0]!, bar.update);
  bar.done();
  const paths = await writeChartOutput(cmp, { out: o.out, format: o.format, ...(o.chart ? { chart: o.chart } : {}) });
  process.stdout.write(`${paths.join('\n')}\n`);
}

// One regime: a comparison of one (no differences), so the same chart writer serves.
async function single(c: ReturnType<typeof common>, regime: ReturnType<typeof regimeArg>, onProgress: (d: number, t: number) => void): Promise<ComparisonResult> {
  if (!regime) throw new ImmsimError([{ path: ['--regimes'], message: 'give at least one regime id' }]);
  const r = await simulate({ ...c, regime, flows: true, onProgress });
  return { model: r.model, cohort: r.cohort, n: r.n, seed: r.seed, horizonDays: r.horizonDays, baseline: r.regime, results: [r], differences: {} };
}
