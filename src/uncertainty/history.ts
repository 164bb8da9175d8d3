/**
 * Uncertainty in history mode: K parameter draws, each applied to the parameters of every era of the run (each
 * parameter at the draw's quantile of its era's own range), replayed on the nominal run's arrivals and random streams
 * (common random numbers); every month and fiscal-year figure gains `ci95Total`, every difference `pSameSign`.
 */
import type { CapacityOption } from '../capacity/history-capacity.js';
import type { Issue } from '../domain/errors.js';
import { throwIfIssues } from '../engine/options.js';
import { monthDays, monthsBetween } from '../history/calendar.js';
import type { ResolvedHistoryOptions } from '../history/options.js';
import { regimeDays } from '../history/regime-days.js';
import type { ReplicationValues } from '../history/replication.js';
import { summarise, type HistorySummary } from '../history/summarise.js';
import { paramRanges } from '../policy/ranges.js';
import type { ParameterDraw } from './apply-draw.js';
import { annotateHistoryTotals } from './history-totals.js';
import { runHistoryJobs } from './history-draws.js';
import { uncertaintyOption, type UncertaintyOptions } from './options.js';
import { variedIds, type UncertaintyInfo } from './probabilistic.js';
import { latinHypercube } from './sample.js';

/**
 * Checks the `uncertainty` option of a history run (as for `simulate`; the seed defaults to the run's seed).
 * @example
 * historyUncertaintyOption({ draws: 20 }, 1) // { draws: 20, seed: 1, ranges: {} }
 */
export function historyUncertaintyOption(value: unknown, runSeed: number): Required<UncertaintyOptions> | undefined {
  const issues: Issue[] = [];
  const u = uncertaintyOption(value, runSeed, issues);
  throwIfIssues(issues);
  return u;
}

/**
 * The K parameter draws of a history run: a Latin hypercube over every parameter with a non-zero range in the
 * regime of some day of the run (eras and measures as the run has them).
 * @example
 * historyDraws([resolveHistoryOptions({ from: '2019-01', to: '2019-03' })], { draws: 10, seed: 1, ranges: {} }).draws.length // 10
 */
export function historyDraws(sides: readonly ResolvedHistoryOptions[], u: Required<UncertaintyOptions>): { draws: ParameterDraw[]; info: UncertaintyInfo } {
  const ranges = sides.flatMap((o) => {
    const months = monthsBetween(o.from, o.to);
    const rd = regimeDays(monthDays(months[months.length - 1]!)[1] - 1, { with: o.with, without: o.without, measures: o.measures });
    return rd.regimes.map((r) => paramRanges(r.params, u.ranges));
  });
  const varied = variedIds(ranges);
  const design = latinHypercube(varied, u.draws, u.seed);
  const draws = Array.from({ length: u.draws }, (_, k) => ({ u: Object.fromEntries(varied.map((id) => [id, design.get(id)![k]!])), ranges: u.ranges }));
  return { draws, info: { draws: u.draws, seed: u.seed, design: 'latin-hypercube', varied, ranges: u.ranges } };
}

/** One side of a history run (the baseline, or a counterfactual) and its nominal replications. */
export interface HistorySide {
  o: ResolvedHistoryOptions;
  capacity: CapacityOption | undefined;
}

/**
 * Runs every draw of every side on the nominal arrivals (the first crossings of `nominal`, the first side's nominal
 * replications), and returns each draw's replications per side: `[draw][side]`.
 * @example
 * const perDraw = await runHistoryDraws([{ o, capacity: false }], reps, draws, 1);
 */
export async function runHistoryDraws(
  sides: readonly HistorySide[],
  nominal: readonly ReplicationValues[],
  draws: readonly ParameterDraw[],
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<ReplicationValues[][][]> {
  const jobs = draws.flatMap((draw) =>
    sides.flatMap((s) => nominal.map((x) => ({ o: { ...s.o, draw }, replication: x.replication, firstCrossings: x.firstCrossings, capacity: s.capacity }))),
  );
  const values = await runHistoryJobs(jobs, workers, onProgress);
  const per = nominal.length;
  return draws.map((_, k) => sides.map((_s, j) => values.slice((k * sides.length + j) * per, (k * sides.length + j + 1) * per)));
}

/**
 * Per replication, counterfactual minus baseline of every figure (as `compareHistory` forms its difference).
 * @example
 * replicationDifference(a, b).series.encounters[0] // b − a
 */
export function replicationDifference(a: ReplicationValues, b: ReplicationValues): ReplicationValues {
  const sub = (x: unknown, y: unknown): unknown => {
    if (typeof x === 'number') return (typeof y === 'number' ? y : 0) - x;
    if (Array.isArray(x)) return x.map((v, i) => sub(v, (y as unknown[] | undefined)?.[i]));
    if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, sub(v, (y as Record<string, unknown> | undefined)?.[k])]));
    return x;
  };
  return {
    replication: a.replication,
    series: sub(a.series, b.series) as ReplicationValues['series'],
    fiscalYears: sub(a.fiscalYears, b.fiscalYears) as ReplicationValues['fiscalYears'],
    firstCrossings: a.firstCrossings,
    ...(a.capacity && b.capacity ? { capacity: sub(a.capacity, b.capacity) as ReplicationValues['capacity'] } : {}),
  };
}

/**
 * The options of a history run with its progress scaled to the whole run (the nominal replays, then K draws of
 * each), so a progress bar fills once: the nominal replays report the first 1/(K + 1) of the work.
 * @example
 * runReplications(o, withDrawProgress(options, u), indexes)
 */
export function withDrawProgress<O extends { onProgress?: (done: number, total: number) => void }>(options: O, u: Required<UncertaintyOptions> | undefined): O {
  const report = options.onProgress;
  return u && report ? { ...options, onProgress: (done: number, total: number) => report(done, total * (u.draws + 1)) } : options;
}

/**
 * Adds total intervals to a history result from K draws of it (`ci95Total` on every month and fiscal-year figure).
 * @example
 * const r = await withHistoryDraws(result, u, [{ o, capacity: options.capacity }], reps, 1);
 * r.series.encounters.ci95Total[0]
 */
export async function withHistoryDraws<R extends HistorySummary>(
  result: R,
  u: Required<UncertaintyOptions>,
  side: HistorySide,
  nominal: readonly ReplicationValues[],
  onProgress?: (done: number, total: number) => void,
): Promise<R & { uncertainty: UncertaintyInfo }> {
  const { draws, info } = historyDraws([side.o], u);
  const perDraw = await runHistoryDraws([side], nominal, draws, side.o.workers, onProgress && ((done, total) => onProgress(nominal.length + done, nominal.length + total)));
  annotateHistoryTotals(result, perDraw.map((d) => summarise(d[0]!)), false);
  return Object.assign(result, { uncertainty: info });
}

/**
 * Adds total intervals to a history comparison: each draw moves the baseline and the counterfactual together (the
 * same point u in every era of both), and the difference stays paired within each draw and replication.
 * @example
 * const c = await withHistoryComparisonDraws(cmp, u, [sideA, sideB], ra, 1);
 * c.difference.series['waiting-in-mexico'].pSameSign
 */
export async function withHistoryComparisonDraws<C extends { baseline: HistorySummary; counterfactual: HistorySummary; difference: HistorySummary }>(
  cmp: C,
  u: Required<UncertaintyOptions>,
  sides: readonly [HistorySide, HistorySide],
  nominal: readonly ReplicationValues[],
  onProgress?: (done: number, total: number) => void,
): Promise<C> {
  const { draws, info } = historyDraws(sides.map((s) => s.o), u);
  const perDraw = await runHistoryDraws(sides, nominal, draws, sides[0].o.workers, onProgress);
  annotateHistoryTotals(cmp.baseline, perDraw.map((d) => summarise(d[0]!)), false);
  annotateHistoryTotals(cmp.counterfactual, perDraw.map((d) => summarise(d[1]!)), false);
  annotateHistoryTotals(cmp.difference, perDraw.map((d) => summarise(d[0]!.map((x, i) => replicationDifference(x, d[1]![i]!)))), true);
  Object.assign(cmp.baseline, { uncertainty: info });
  Object.assign(cmp.counterfactual, { uncertainty: info });
  return cmp;
}
