import { dayNumber } from '../domain/dates.js';
import type { CapacityPoint } from './types.js';

/** A step series compiled for fast look-ups by day number (days since 1970-01-01). */
export interface CompiledSeries {
  /** Day numbers where a step starts, ascending. */
  days: Int32Array;
  /** The value from each step on. */
  values: Float64Array;
}

/**
 * Compiles dated points (sorted by `from`) into arrays; before the first point the capacity is the first value.
 * @example
 * compileSeries([{ from: '2016-01-01', value: 10, source: { assumption: 'example value only' } }]).values[0] // 10
 */
export function compileSeries(points: readonly CapacityPoint[]): CompiledSeries {
  const sorted = [...points].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    days: Int32Array.from(sorted.map((p) => dayNumber(p.from))),
    values: Float64Array.from(sorted.map((p) => p.value)),
  };
}

/**
 * The capacity on a day (binary search for the last step that started on or before it).
 * @example
 * const s = compileSeries([{ from: '2016-01-01', value: 10, source: { assumption: 'example' } }, { from: '2017-01-01', value: 20, source: { assumption: 'example' } }]);
 * valueOn(s, dayNumber('2016-06-01')) // 10
 */
export function valueOn(s: CompiledSeries, day: number): number {
  const { days, values } = s;
  if (days.length === 0) return Infinity;
  let lo = 0;
  let hi = days.length - 1;
  if (day < days[0]!) return values[0]!;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (days[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return values[lo]!;
}
