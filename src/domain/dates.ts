/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const DAY_MS = 86_400_000;

/**
 * Whether a string is a real calendar date in ISO form.
 * @example
 * isIsoDate('2020-02-30') // false
 */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Days since 1970-01-01 (UTC) of an ISO date.
 * @example
 * dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/**
 * The ISO date `days` after `date`.
 * @example
 * addDays('2020-03-20', 1) // '2020-03-21'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The US federal fiscal year of a date (FY2019 = 1 Oct 2018 – 30 Sep 2019).
 * @example
 * fiscalYear('2018-10-01') // 2019
 */
export function fiscalYear(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m >= 10 ? y + 1 : y;
}
