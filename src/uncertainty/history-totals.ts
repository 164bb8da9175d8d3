import { pSameSign, totalInterval } from './total-interval.js';

/** Fiscal-year figures that are shares (bounded by 1; the others are counts, means or days, bounded below by 0). */
const SHARES = new Set(['reencounter-rate-12m', 'expulsion-share', 'in-absentia-share-of-completions']);

type Interval = { mean: number; ci95: [number, number]; ci95Total?: [number, number]; pSameSign?: number };
type Series = { mean: number[]; ci95: [number, number][]; ci95Total?: [number, number][]; pSameSign?: number[] };

// As the Monte Carlo intervals of history mode (src/history/summarise.ts): 12 significant digits.
const round = (x: number) => Number(x.toPrecision(12));
const total = (m: number, ci: [number, number], values: number[], b: [number, number]): [number, number] => {
  const [lo, hi] = totalInterval(m, ci, values, b);
  return [round(lo), round(hi)];
};

const boundsOf = (id: string, difference: boolean): [number, number] =>
  difference ? (SHARES.has(id) ? [-1, 1] : [-Infinity, Infinity]) : SHARES.has(id) ? [0, 1] : [0, Infinity];

/**
 * Adds `ci95Total` beside `ci95` to every figure of a history summary (each month of a series, each fiscal-year
 * figure, capacity figures too) from the same figure in each draw's summary, and `pSameSign` when the summary is a
 * difference. Levels stay ≥ 0 and shares ≤ 1; share differences stay in [−1, 1]. Mutates and returns `nominal`.
 * @example
 * annotateHistoryTotals(result, drawSummaries, false).fiscalYears.FY2019!.encounters.ci95Total
 */
export function annotateHistoryTotals<T extends object>(nominal: T, draws: readonly object[], difference: boolean): T {
  const root = nominal as Record<string, unknown>;
  for (const part of ['series', 'fiscalYears', 'capacity']) {
    if (root[part] !== undefined) walk(root[part], draws.map((d) => (d as Record<string, unknown>)[part]), '', difference);
  }
  return nominal;
}

function walk(node: unknown, draws: readonly unknown[], id: string, difference: boolean): void {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const o = node as Record<string, unknown>;
  if ('mean' in o && Array.isArray(o.ci95)) {
    const b = boundsOf(id, difference);
    if (Array.isArray(o.mean)) {
      const s = o as Series;
      const at = (i: number) => draws.map((d) => (d as Series).mean[i]!);
      s.ci95Total = s.mean.map((m, i) => total(m, s.ci95[i]!, at(i), b));
      if (difference) s.pSameSign = s.mean.map((m, i) => pSameSign(m, at(i)));
    } else {
      const f = o as Interval;
      const values = draws.map((d) => (d as Interval).mean);
      f.ci95Total = total(f.mean, f.ci95, values, b);
      if (difference) f.pSameSign = pSameSign(f.mean, values);
    }
    return;
  }
  for (const [k, v] of Object.entries(o)) walk(v, draws.map((d) => (d as Record<string, unknown>)[k]), k, difference);
}
