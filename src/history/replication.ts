import { compiledPathway } from '../engine/sampler.js';
import { fiscalYearOf } from './calendar.js';
import { CapacityModel } from '../capacity/hooks.js';
import { capacityValues } from '../capacity/history-capacity.js';
import type { CapacityHooks } from './capacity-hooks.js';
import { runHistory, type HistoryRunResult } from './engine.js';
import type { ResolvedHistoryOptions } from './options.js';
import { FLOW_SERIES, FY_FIGURES, type FyFigureId, type SeriesId, STOCK_SERIES } from './series-ids.js';
import { classifyStates } from './transition-classes.js';

/** One replication's figures at the real-world scale (plain data: crosses worker boundaries, goes into shards). */
export interface ReplicationValues {
  replication: number;
  series: Record<SeriesId, number[]>;
  fiscalYears: Record<string, Record<FyFigureId, number>>;
  /** First crossings simulated per month (people, not scaled), so a counterfactual can reuse them. */
  firstCrossings: number[];
  /** Capacity figures (src/capacity) when the run had capacity on. */
  capacity?: { series: Record<string, number[]>; fiscalYears: Record<string, Record<string, number>> };
}

/**
 * The seed of replication r: replications are independent replays with seeds derived from the run's seed.
 * @example
 * replicationSeed(1, 0) // 1
 */
export function replicationSeed(seed: number, r: number): number {
  return (seed + Math.imul(r, 0x9e3779b1)) >>> 0;
}

/**
 * Runs replication `r` and turns the raw counts into the contract's figures (scaled back by 1/scale).
 * @example
 * runReplication(resolveHistoryOptions({ from: '2019-01', to: '2019-02', scale: 0.001 }), 0).series.encounters.length // 2
 */
export function runReplication(o: ResolvedHistoryOptions, r: number, firstCrossings?: readonly number[], capacity?: CapacityHooks): ReplicationValues {
  const raw = runHistory({
    from: o.from, to: o.to, seed: replicationSeed(o.seed, r), scale: o.scale, arrivals: o.arrivals,
    switches: { with: o.with, without: o.without, measures: o.measures, ...(o.draw ? { draw: o.draw } : {}) }, ...(firstCrossings ? { firstCrossings } : {}), ...(capacity ? { capacity } : {}),
  });
  const values = valuesOf(raw, o.scale, r);
  return capacity instanceof CapacityModel ? withCapacity(values, capacity, raw.months) : values;
}

/**
 * Adds a capacity model's figures to a replication and makes the court figures those of the queues: pending, receipts
 * and completions include the cases from outside the southwest border (the initial stock and exogenous receipts).
 * @example
 * withCapacity(values, model, ['2019-01']).capacity?.series['occupancy-ice-beds']
 */
export function withCapacity(values: ReplicationValues, model: CapacityModel, months: readonly string[]): ReplicationValues {
  const cap = capacityValues(model, months);
  const series = { ...values.series };
  series['court-pending'] = series['court-pending'].map((v, i) => v + cap.exogenous.pending[i]!);
  series['court-receipts'] = series['court-receipts'].map((v, i) => v + cap.exogenous.receipts[i]!);
  series['court-completions'] = series['court-completions'].map((v, i) => v + cap.exogenous.completions[i]!);
  series['in-ice-detention'] = series['in-ice-detention'].map((v, i) => v + cap.exogenous.iceHeld[i]!);
  const fiscalYears = Object.fromEntries(
    Object.entries(values.fiscalYears).map(([fy, f]) => {
      const idx = months.map((m, i) => (fiscalYearOf(m) === fy ? i : -1)).filter((i) => i >= 0);
      const sum = (id: SeriesId) => idx.reduce((s, i) => s + series[id][i]!, 0);
      const completions = sum('court-completions');
      const inAbsentia = f['in-absentia-share-of-completions'] * f['court-completions'];
      const iceAdp = f['ice-adp'] + (cap.exogenous.iceAdpByFy[fy] ?? 0);
      return [fy, { ...f, 'court-receipts': sum('court-receipts'), 'court-completions': completions, 'in-absentia-share-of-completions': completions > 0 ? inAbsentia / completions : 0, 'ice-adp': iceAdp }];
    }),
  ) as ReplicationValues['fiscalYears'];
  return { ...values, series, fiscalYears, capacity: { series: cap.series, fiscalYears: cap.fiscalYears } };
}


/**
 * The contract's series and fiscal-year figures of one raw run.
 * @example
 * valuesOf(runHistory(spec), 0.01, 0).series['court-pending']
 */
export function valuesOf(raw: HistoryRunResult, scale: number, r: number): ReplicationValues {
  const k = 1 / scale;
  const M = raw.months.length;
  const series = {} as Record<SeriesId, number[]>;
  for (const id of FLOW_SERIES) series[id] = Array.from(raw.flows[id], (v) => v * k);
  const groups = classifyStates(compiledPathway().stateIds);
  const stock = (g: Uint8Array) => raw.stateCounts.map((c) => c.reduce((s, v, i) => s + (g[i] ? v : 0), 0) * k);
  series['waiting-in-mexico'] = stock(groups.mexico);
  series['in-cbp-custody'] = stock(groups.cbp);
  // Plus those held after a removal order made in detention (src/history/ice-stay.ts).
  series['in-ice-detention'] = stock(groups.ice).map((v, i) => v + raw.iceHeld[i]! * k);
  series['in-family-detention'] = stock(groups.family);
  series['in-orr'] = stock(groups.orr);
  series['court-pending'] = Array.from(raw.coutPending, (v) => v * k);
  series['published-encounters'] = Array.from(raw.target, (v) => v * k);
  series['published-encounters-between-ports'] = Array.from(raw.targetByEntry[0], (v) => v * k);
  series['published-encounters-at-ports'] = Array.from(raw.targetByEntry[1], (v) => v * k);
  for (const id of STOCK_SERIES) if (!series[id]) series[id] = new Array(M).fill(0);
  const fiscalYears: Record<string, Record<FyFigureId, number>> = {};
  const fys = [...new Set(raw.months.map(fiscalYearOf))];
  fys.forEach((fy, y) => {
    const idx = raw.months.map((m, i) => (fiscalYearOf(m) === fy ? i : -1)).filter((i) => i >= 0);
    const sum = (id: SeriesId) => idx.reduce((s, i) => s + series[id][i]!, 0);
    const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
    const enc = sum('encounters');
    const fig: Record<FyFigureId, number> = {
      encounters: enc,
      'unique-people-encountered': raw.fy.unique[y]! * k,
      'reencounter-rate-12m': ratio(sum('encounters-repeat'), enc),
      'expulsion-share': ratio(sum('expulsions'), enc),
      'court-receipts': sum('court-receipts'),
      'court-completions': sum('court-completions'),
      'in-absentia-share-of-completions': ratio(sum('court-completions-in-absentia'), sum('court-completions')),
      'ice-adp': ratio(raw.fy.iceDays[y]!, raw.fy.days[y]!) * k,
      'ice-alos': ratio(raw.fy.alosSum[y]!, raw.fy.alosN[y]!),
    };
    for (const id of FY_FIGURES) fig[id] ??= 0;
    fiscalYears[fy] = fig;
  });
  return { replication: r, series, fiscalYears, firstCrossings: raw.firstCrossings };
}
