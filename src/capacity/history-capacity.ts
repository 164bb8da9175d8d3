/**
 * Capacity in history mode: which capacity a run uses, and what it adds to a replication's figures — occupancy of
 * every resource, releases for lack of capacity, court backlog and waits, and the court figures produced by the
 * queues (the model's own border cases plus the exogenous receipts and their completions).
 */
import type { CapacityHooks } from '../history/capacity-hooks.js';
import type { CapacityInput } from './capacity-set.js';
import { CapacityModel } from './hooks.js';
import { sumByMonth, monthsBetween } from './months.js';
import { capacityReport } from './report.js';

/** How a history run sets capacity: on (default), off (`false`), changed (`CapacityInput`), or a custom hook factory. */
export type CapacityOption = boolean | CapacityInput | (() => CapacityHooks);

/**
 * The factory of the run's capacity hooks (one fresh model per replication), or undefined for no capacity.
 * @example
 * capacityFactory(false, 1) // undefined
 */
export function capacityFactory(option: CapacityOption | undefined, scale: number): (() => CapacityHooks) | undefined {
  if (option === false) return undefined;
  if (typeof option === 'function') return option;
  const input = option === undefined || option === true ? {} : option;
  return () => new CapacityModel({ ...input, scale });
}

/** Capacity figures of one replication, per month of the run and per fiscal year (real-world scale). */
export interface CapacityValues {
  series: Record<string, number[]>;
  fiscalYears: Record<string, Record<string, number>>;
  /**
   * What the model does not simulate: the court's exogenous receipts and completions, exogenous pending at month end,
   * ICE adult beds held by interior detainees at month end, and their average daily population per fiscal year.
   */
  exogenous: { receipts: number[]; completions: number[]; pending: number[]; iceHeld: number[]; iceAdpByFy: Record<string, number> };
}

/**
 * Reads a capacity model after a replication, for the months of the run.
 * @example
 * capacityValues(new CapacityModel(), ['2019-01']).series['capacity-ice-beds']![0] // 45274
 */
export function capacityValues(model: CapacityModel, months: readonly string[]): CapacityValues {
  const r = capacityReport(model);
  const idx = months.map((m) => r.months.indexOf(m));
  const pick = (a: readonly number[]) => idx.map((i) => (i >= 0 ? a[i]! : 0));
  const series: Record<string, number[]> = {};
  for (const [id, o] of Object.entries(r.occupancy)) {
    series[`capacity-${id}`] = pick(o.capacity.map((c) => (Number.isFinite(c) ? c : -1)));
    series[`occupancy-${id}`] = pick(o.occupancy);
    series[`peak-${id}`] = pick(o.peak);
  }
  for (const [id, v] of Object.entries(r.releasesForLackOfCapacity)) series[`released-no-room-${id}`] = pick(v);
  series['orr-waiting'] = pick(r.orrWaiting);
  for (const [id, s] of Object.entries(r.services)) {
    series[`held-${id}`] = pick(s.held);
    series[`wait-${id}`] = pick(s.meanWait);
  }
  series['docket-pending'] = pick(r.court.pending);
  series['docket-mean-wait'] = pick(r.court.meanWaitOfCompletions);
  series['docket-mean-age-pending'] = pick(r.court.meanAgeOfPending);
  const up = 1 / (model.options.scale ?? 1);
  const spans = monthsBetween(months[0]!, months[months.length - 1]!);
  const c = model.court;
  const receipts = sumByMonth(c.exoReceived, c.setup.window.first, spans).map((v) => v * up);
  const completions = sumByMonth(c.exoServed, c.setup.window.first, spans).map((v) => v * up);
  // Exogenous pending at month end: all exogenous received minus heard up to then (the stock counts as exogenous).
  let rec = 0;
  let done = 0;
  const first = spans[0]!.first;
  for (let d = c.setup.window.first; d < first; d++) {
    rec += c.exoReceived[d - c.setup.window.first]!;
    done += c.exoServed[d - c.setup.window.first]!;
  }
  const pending: number[] = [];
  let base = (c.stock + rec - done) * up;
  spans.forEach((_m, i) => {
    base += receipts[i]! - completions[i]!;
    pending.push(base);
  });
  const fiscalYears: CapacityValues['fiscalYears'] = {};
  months.forEach((m, i) => {
    const fy = `FY${Number(m.slice(0, 4)) + (Number(m.slice(5, 7)) >= 10 ? 1 : 0)}`;
    const f = (fiscalYears[fy] ??= {});
    for (const id of Object.keys(r.releasesForLackOfCapacity)) f[`released-no-room-${id}`] = (f[`released-no-room-${id}`] ?? 0) + series[`released-no-room-${id}`]![i]!;
    f['docket-pending-end'] = series['docket-pending']![i]!;
    f['docket-mean-wait-sep'] = series['docket-mean-wait']![i]!;
  });
  const iceHeld = spans.map((m) => model.iceInterior[m.last - model.window.first]! * up);
  const iceAdpByFy: Record<string, number> = {};
  const days: Record<string, number> = {};
  for (const m of spans) {
    const fy = `FY${Number(m.id.slice(0, 4)) + (Number(m.id.slice(5, 7)) >= 10 ? 1 : 0)}`;
    for (let d = m.first; d <= m.last; d++) {
      iceAdpByFy[fy] = (iceAdpByFy[fy] ?? 0) + model.iceInterior[d - model.window.first]! * up;
      days[fy] = (days[fy] ?? 0) + 1;
    }
  }
  for (const fy of Object.keys(iceAdpByFy)) {
    iceAdpByFy[fy] = iceAdpByFy[fy]! / days[fy]!;
    if (fiscalYears[fy]) fiscalYears[fy]['ice-adp-interior'] = iceAdpByFy[fy];
  }
  return { series, fiscalYears, exogenous: { receipts, completions, pending, iceHeld, iceAdpByFy } };
}
