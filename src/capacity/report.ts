import { courtSeries } from './court-replay.js';
import { HOOK_RESOURCE, type CapacityModel } from './hooks.js';
import { fiscalYearOfMonth, monthsBetween, sumByMonth } from './months.js';
import { DATA_RANGE } from './types.js';
import { RESOURCE, RESOURCE_IDS as HOOK_IDS } from '../history/capacity-hooks.js';
import type { StockResource } from './stock.js';

/** Occupancy against capacity of one bed resource, per month (month-end values and the month's peak). */
export interface OccupancySeries {
  capacity: number[];
  occupancy: number[];
  peak: number[];
}

/** What capacity did over a run, per month, at the real-world scale. */
export interface CapacityReport {
  months: string[];
  occupancy: Record<string, OccupancySeries>;
  /** People released (or processed at once) because a bed or holding place was full, per month and resource. */
  releasesForLackOfCapacity: Record<string, number[]>;
  /** Children waiting for an ORR bed at month end. */
  orrWaiting: number[];
  /** Credible-fear interviews and MPP hearings: held per month and mean days waited for the slot. */
  services: Record<string, { held: number[]; meanWait: number[] }>;
  court: ReturnType<typeof courtSeries>;
  fiscalYears: Record<string, Record<string, number>>;
}

/**
 * Reads a capacity model after a run: occupancy of every bed resource against its capacity, releases for lack of
 * capacity by month and resource, ORR waiting, service waits and the court's dockets (backlog and waits).
 * Counts are scaled back to the real-world scale.
 * @example
 * capacityReport(new CapacityModel()).months.length // 72
 */
export function capacityReport(model: CapacityModel): CapacityReport {
  const up = 1 / (model.options.scale ?? 1);
  const months = monthsBetween(DATA_RANGE.from.slice(0, 7), DATA_RANGE.to.slice(0, 7));
  const first = model.window.first;
  const at = (arr: ArrayLike<number>, day: number) => arr[day - first]!;
  const occupancy: CapacityReport['occupancy'] = {};
  const releases: CapacityReport['releasesForLackOfCapacity'] = {};
  for (const r of [RESOURCE.cbpHolding, RESOURCE.iceBed, RESOURCE.familyBed, RESOURCE.orrBed]) {
    const id = HOOK_RESOURCE[HOOK_IDS[r]];
    const s: StockResource = model.beds[r]!;
    s.free(model.window.last);
    // ICE adult beds: the interior detainees are added to the occupancy and to the capacity the model's own see.
    const extra = (day: number) => (r === RESOURCE.iceBed ? Math.round(at(model.iceInterior, day)) : 0);
    occupancy[id] = {
      capacity: months.map((m) => (at(s.capacityByDay, m.last) + extra(m.last)) * up),
      occupancy: months.map((m) => (at(s.occupancy, m.last) + extra(m.last)) * up),
      peak: months.map((m) => {
        let p = 0;
        for (let d = m.first; d <= m.last; d++) p = Math.max(p, at(s.occupancy, d) + extra(d));
        return p * up;
      }),
    };
    if (r !== RESOURCE.orrBed) releases[id] = sumByMonth(s.refusals, first, months).map((v) => v * up);
  }
  const services: CapacityReport['services'] = {};
  for (const [id, d] of [['cf-interviews', model.cf], ['mpp-hearings', model.mpp]] as const) {
    const held = sumByMonth(d.served, first, months);
    const waits = sumByMonth(d.waitSum, first, months);
    services[id] = { held: held.map((h) => h * up), meanWait: held.map((h, i) => (h > 0 ? waits[i]! / h : 0)) };
  }
  const court = courtSeries(model.court);
  const scaleCourt = (a: number[]) => a.map((v) => v * up);
  const courtUp = { ...court, receipts: scaleCourt(court.receipts), completions: scaleCourt(court.completions), pending: scaleCourt(court.pending) };
  const fiscalYears: CapacityReport['fiscalYears'] = {};
  months.forEach((m, i) => {
    const fy = (fiscalYears[`FY${fiscalYearOfMonth(m.id)}`] ??= {});
    for (const [id, arr] of Object.entries(releases)) fy[`released-no-room-${id}`] = (fy[`released-no-room-${id}`] ?? 0) + arr[i]!;
    fy['court-pending-end'] = courtUp.pending[i]!;
    fy['court-docket-completions'] = (fy['court-docket-completions'] ?? 0) + courtUp.completions[i]!;
    fy['court-receipts'] = (fy['court-receipts'] ?? 0) + courtUp.receipts[i]!;
  });
  return {
    months: months.map((m) => m.id),
    occupancy,
    releasesForLackOfCapacity: releases,
    orrWaiting: months.map((m) => at(model.orrWaiting, m.last) * up),
    services,
    court: courtUp,
    fiscalYears,
  };
}
