import type { CapacityPoint, CapacitySource } from './types.js';

/**
 * A point sourced from a record of data/reference (history-inputs.json or calibration-inputs.json).
 * @example
 * fromRecord('2015-10-01', 34000, 'ice_funded_beds_fy2016').source // { record: 'ice_funded_beds_fy2016' }
 */
export function fromRecord(from: string, value: number, record: string, note?: string): CapacityPoint {
  return { from, value, source: note ? { record, note } : { record } };
}

/**
 * A point from a public source found outside the reference: url, title and date.
 * @example
 * fromWeb('2018-10-01', 700, { url: 'https://cliniclegal.org/resources/doj-requires-immigration-judges-meet-quotas', title: 'DOJ requires immigration judges to meet quotas', date: '2018-04-27' }).value // 700
 */
export function fromWeb(from: string, value: number, web: { url: string; title: string; date: string; note?: string }): CapacityPoint {
  return { from, value, source: web };
}

/**
 * A point that is an explicit assumption, with its one-line reason.
 * @example
 * assumed('2015-10-01', Infinity, 'no published cap').source // { assumption: 'no published cap' }
 */
export function assumed(from: string, value: number, reason: string): CapacityPoint {
  return { from, value, source: { assumption: reason } };
}

/**
 * The record id a source cites, if any.
 * @example
 * recordOf({ record: 'ij_count_2017_06' }) // 'ij_count_2017_06'
 */
export function recordOf(s: CapacitySource): string | undefined {
  return 'record' in s ? s.record : undefined;
}
