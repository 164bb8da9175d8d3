import { dayNumber, fiscalYear } from '../domain/dates.js';

/** A calendar month of the run: its id and its first and last day numbers. */
export interface MonthSpan {
  id: string;
  first: number;
  last: number;
}

/**
 * The months from `from` to `to` (both 'YYYY-MM'), inclusive.
 * @example
 * monthsBetween('2015-10', '2015-12').map((m) => m.id) // ['2015-10', '2015-11', '2015-12']
 */
export function monthsBetween(from: string, to: string): MonthSpan[] {
  const out: MonthSpan[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const id = `${y}-${String(m).padStart(2, '0')}`;
    if (id > to) return out;
    const ny = m === 12 ? y + 1 : y;
    const nm = m === 12 ? 1 : m + 1;
    const first = dayNumber(`${id}-01`);
    const last = dayNumber(`${ny}-${String(nm).padStart(2, '0')}-01`) - 1;
    out.push({ id, first, last });
    y = ny;
    m = nm;
  }
}

/**
 * The fiscal year of a month id.
 * @example
 * fiscalYearOfMonth('2018-10') // 2019
 */
export function fiscalYearOfMonth(id: string): number {
  return fiscalYear(`${id}-01`);
}

/**
 * Sums a per-day array (indexed from `firstDay`) over each month.
 * @example
 * sumByMonth(new Int32Array([1, 2]), dayNumber('2015-10-01'), monthsBetween('2015-10', '2015-10')) // [3]
 */
export function sumByMonth(perDay: ArrayLike<number>, firstDay: number, months: readonly MonthSpan[]): number[] {
  return months.map((m) => {
    let s = 0;
    for (let d = Math.max(m.first, firstDay); d <= m.last && d - firstDay < perDay.length; d++) s += perDay[d - firstDay]!;
    return s;
  });
}
