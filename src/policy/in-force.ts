import { isIsoDate, type IsoDate } from '../domain/dates.js';
import { ImmsimError } from '../domain/errors.js';
import { MEASURES } from './measures.js';
import { MEASURE_IDS, type InForce, type Measure, type MeasureId } from './types.js';

const BUILT_IN = new Set<string>(MEASURE_IDS);

/**
 * Whether a string is the id of a built-in measure.
 * @example
 * isMeasureId('title-42') // true
 */
export function isMeasureId(id: unknown): id is MeasureId {
  return typeof id === 'string' && BUILT_IN.has(id);
}

/**
 * Whether one measure entry is in force on a date (`from` and `until` both inclusive; ISO strings compare as dates).
 * @example
 * isMeasureInForce({ from: '2018-04-06', until: '2018-06-25' }, '2018-06-25') // true
 */
export function isMeasureInForce(measure: Pick<Measure, 'from' | 'until'>, date: IsoDate): boolean {
  return measure.from <= date && (measure.until === null || date <= measure.until);
}

function checkDate(date: unknown): asserts date is IsoDate {
  if (!isIsoDate(date)) {
    throw new ImmsimError([{ path: ['date'], message: `must be a calendar date 'YYYY-MM-DD'; got ${JSON.stringify(date)}` }]);
  }
}

/**
 * Ids of the measures in force on a date, each once, in list order. A measure listed several times (one entry per
 * interval, e.g. er-expansion) is in force if any of its entries is.
 * @example
 * measuresInForce('2018-06-01') // ['eo-13767', 'kelly-memos', 'mexico-refuses-section-7', 'zero-tolerance', ...]
 */
export function measuresInForce(date: IsoDate, measures: readonly Measure[] = MEASURES): string[] {
  checkDate(date);
  const ids: string[] = [];
  for (const m of measures) {
    if (isMeasureInForce(m, date) && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids;
}

/**
 * The law's view of a date: every built-in measure id mapped to whether it is in force. Extra (custom) measures that
 * are in force on the date then apply on top, in the order given (a later one wins): a custom measure whose id is a
 * built-in id adds an interval to it, and its `sets` switch built-in measures on or off.
 * @example
 * inForceOn('2020-07-01')['title-42'] // true
 * inForceOn('2017-06-01', [{ id: 'x', name: 'x', from: '2017-01-01', until: null, datePrecision: 'day',
 *   authority: 'hypothetical', changes: 'MPP in 2017', sets: { mpp: true } }]).mpp // true
 */
export function inForceOn(date: IsoDate, extra: readonly Measure[] = []): InForce {
  checkDate(date);
  const on = new Set(measuresInForce(date));
  const result = {} as Record<MeasureId, boolean>;
  for (const id of MEASURE_IDS) result[id] = on.has(id);
  for (const m of extra) {
    if (!isMeasureInForce(m, date)) continue;
    if (isMeasureId(m.id)) result[m.id] = true;
    for (const [id, value] of Object.entries(m.sets ?? {})) {
      if (isMeasureId(id) && typeof value === 'boolean') result[id] = value;
    }
  }
  return result;
}
