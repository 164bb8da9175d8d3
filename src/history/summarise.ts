import { FY_FIGURES, type FyFigureId, SERIES_IDS, type SeriesId } from './series-ids.js';
import type { ReplicationValues } from './replication.js';

/** A figure across replications: the mean and a 95% interval. */
export interface Interval {
  mean: number;
  ci95: [number, number];
  /** With uncertainty: parameters and Monte Carlo (src/uncertainty); `pSameSign` on a difference. */
  ci95Total?: [number, number];
  pSameSign?: number;
}

// Two-sided 95% Student t quantiles for 1..30 degrees of freedom (then the normal 1.96).
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
const round = (x: number) => Number(x.toPrecision(12));

/**
 * The mean of values across replications and the 95% confidence interval of that mean (Student t; one
 * replication gives a zero-width interval: no Monte Carlo error can be estimated from one replay).
 * @example
 * interval([1, 2, 3]).mean // 2
 */
export function interval(values: readonly number[]): Interval {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return { mean: round(mean), ci95: [round(mean), round(mean)] };
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const h = (T95[n - 2] ?? 1.96) * (sd / Math.sqrt(n));
  return { mean: round(mean), ci95: [round(mean - h), round(mean + h)] };
}

/** Series and fiscal-year figures across replications (the `series` and `fiscalYears` of the JSON contract). */
export interface HistorySummary {
  series: Record<SeriesId, { mean: number[]; ci95: [number, number][]; ci95Total?: [number, number][]; pSameSign?: number[] }>;
  fiscalYears: Record<string, Record<FyFigureId, Interval>>;
  /** Capacity figures (docs/capacity.md) when the run had capacity on. */
  capacity?: {
    series: Record<string, { mean: number[]; ci95: [number, number][] }>;
    fiscalYears: Record<string, Record<string, Interval>>;
  };
}

/**
 * Summarises replications (sorted by replication index first, so the result does not depend on the order they ran).
 * @example
 * summarise([runReplication(o, 0), runReplication(o, 1)]).series.encounters.mean.length
 */
export function summarise(reps: readonly ReplicationValues[]): HistorySummary {
  const sorted = [...reps].sort((a, b) => a.replication - b.replication);
  const series = {} as HistorySummary['series'];
  for (const id of SERIES_IDS) {
    const M = sorted[0]!.series[id].length;
    const mean: number[] = [];
    const ci95: [number, number][] = [];
    for (let i = 0; i < M; i++) {
      const iv = interval(sorted.map((r) => r.series[id][i]!));
      mean.push(iv.mean);
      ci95.push(iv.ci95);
    }
    series[id] = { mean, ci95 };
  }
  const fiscalYears: HistorySummary['fiscalYears'] = {};
  for (const fy of Object.keys(sorted[0]!.fiscalYears)) {
    fiscalYears[fy] = {} as Record<FyFigureId, Interval>;
    for (const id of FY_FIGURES) fiscalYears[fy][id] = interval(sorted.map((r) => r.fiscalYears[fy]![id]));
  }
  const cap = sorted[0]!.capacity;
  if (!cap) return { series, fiscalYears };
  const capacity: NonNullable<HistorySummary['capacity']> = { series: {}, fiscalYears: {} };
  for (const id of Object.keys(cap.series)) {
    const M = cap.series[id]!.length;
    const mean: number[] = [];
    const ci95: [number, number][] = [];
    for (let i = 0; i < M; i++) {
      const iv = interval(sorted.map((r) => r.capacity?.series[id]?.[i] ?? 0));
      mean.push(iv.mean);
      ci95.push(iv.ci95);
    }
    capacity.series[id] = { mean, ci95 };
  }
  for (const fy of Object.keys(cap.fiscalYears)) {
    capacity.fiscalYears[fy] = {};
    for (const id of Object.keys(cap.fiscalYears[fy]!)) capacity.fiscalYears[fy][id] = interval(sorted.map((r) => r.capacity?.fiscalYears[fy]?.[id] ?? 0));
  }
  return { series, fiscalYears, capacity };
}
