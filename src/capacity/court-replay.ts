import { dayNumber } from '../domain/dates.js';
import { CapacitySet, type CapacityInput } from './capacity-set.js';
import { Court, DOCKET_IDS } from './court.js';
import { PUBLISHED_RECEIPTS } from './court-inputs.js';
import { fiscalYearOfMonth, monthsBetween, sumByMonth } from './months.js';
import { DATA_RANGE } from './types.js';

/** Monthly court figures: completions and receipts in the month, pending and mean age of pending at month end. */
export interface CourtSeries {
  months: string[];
  receipts: number[];
  completions: number[];
  pending: number[];
  /** Mean days waited by the cases completed in the month. */
  meanWaitOfCompletions: number[];
  /** Mean days the cases pending at month end have waited so far. */
  meanAgeOfPending: number[];
  fiscalYears: Record<string, { receipts: number; completions: number; pendingAtEnd: number }>;
}

/**
 * Reads a court's monthly figures over the data range.
 * @example
 * courtSeries(new Court(new CapacitySet(), { window: { first: dayNumber('2015-10-01'), last: dayNumber('2021-09-30') }, exogenousByFy: {} })).months.length // 72
 */
export function courtSeries(court: Court): CourtSeries {
  court.advanceTo(court.setup.window.last);
  const months = monthsBetween(DATA_RANGE.from.slice(0, 7), DATA_RANGE.to.slice(0, 7));
  const first = court.setup.window.first;
  const ends = months.map((m) => m.last);
  const completions = new Array<number>(months.length).fill(0);
  const waitSums = new Array<number>(months.length).fill(0);
  const pending = new Array<number>(months.length).fill(0);
  const ageSums = new Array<number>(months.length).fill(0);
  for (const id of DOCKET_IDS) {
    const d = court.dockets[id];
    sumByMonth(d.served, first, months).forEach((v, i) => (completions[i]! += v));
    sumByMonth(d.waitSum, first, months).forEach((v, i) => (waitSums[i]! += v));
    const p = d.pendingAt(ends);
    p.pending.forEach((v, i) => {
      pending[i]! += v;
      ageSums[i]! += v * p.meanAge[i]!;
    });
  }
  // Receipts: pending(t) − pending(t−1) + completions(t); the initial stock is not a receipt.
  const receipts = pending.map((p, i) => p - (i === 0 ? court.stock : pending[i - 1]!) + completions[i]!);
  const fiscalYears: CourtSeries['fiscalYears'] = {};
  months.forEach((m, i) => {
    const fy = `FY${fiscalYearOfMonth(m.id)}`;
    const f = (fiscalYears[fy] ??= { receipts: 0, completions: 0, pendingAtEnd: 0 });
    f.receipts += receipts[i]!;
    f.completions += completions[i]!;
    f.pendingAtEnd = pending[i]!;
  });
  return {
    months: months.map((m) => m.id),
    receipts,
    completions,
    pending,
    meanWaitOfCompletions: completions.map((c, i) => (c > 0 ? waitSums[i]! / c : 0)),
    meanAgeOfPending: pending.map((p, i) => (p > 0 ? ageSums[i]! / p : 0)),
    fiscalYears,
  };
}

/**
 * The court alone, fed with all published receipts (border and elsewhere) as exogenous receipts: a check of the
 * queue model without the rest of the engine. Capacity changes apply (e.g. more judges).
 * @example
 * courtOnlyReplay().fiscalYears.FY2019!.completions > 0 // true
 */
export function courtOnlyReplay(input: CapacityInput = {}): CourtSeries {
  const exogenousByFy = Object.fromEntries(Object.entries(PUBLISHED_RECEIPTS).map(([fy, r]) => [fy, r.value]));
  const window = { first: dayNumber(DATA_RANGE.from), last: dayNumber(DATA_RANGE.to) };
  return courtSeries(new Court(new CapacitySet(input), { window, exogenousByFy }));
}
