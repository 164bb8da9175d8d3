import type { IsoDate } from '../domain/dates.js';

/**
 * Calendar days of history mode, as integers: day 0 is 2015-10-01 (the first day of FY2016, the first month of the
 * published series). Months are 'YYYY-MM'; fiscal years run October to September (FY2016 = 2015-10 … 2016-09).
 */
export const EPOCH = '2015-10-01';
const EPOCH_MS = Date.UTC(2015, 9, 1);
const DAY_MS = 86_400_000;

/**
 * The day number of an ISO date.
 * @example
 * dayOfIso('2015-10-02') // 1
 */
export function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS);
}

/**
 * The ISO date of a day number.
 * @example
 * isoOfDay(0) // '2015-10-01'
 */
export function isoOfDay(day: number): IsoDate {
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

/**
 * The months from `from` to `to` inclusive ('YYYY-MM').
 * @example
 * monthsBetween('2015-10', '2016-01') // ['2015-10', '2015-11', '2015-12', '2016-01']
 */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * The first day number of a month and the first day of the month after it.
 * @example
 * monthDays('2015-10') // [0, 31]
 */
export function monthDays(month: string): [number, number] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const start = Math.round((Date.UTC(y, m - 1, 1) - EPOCH_MS) / DAY_MS);
  const end = Math.round((Date.UTC(y, m, 1) - EPOCH_MS) / DAY_MS);
  return [start, end];
}

/**
 * The fiscal year of a month ('FY2016' for 2015-10 … 2016-09).
 * @example
 * fiscalYearOf('2015-10') // 'FY2016'
 */
export function fiscalYearOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `FY${m >= 10 ? y + 1 : y}`;
}
