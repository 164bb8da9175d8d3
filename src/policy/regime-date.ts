import { isIsoDate, type IsoDate } from '../domain/dates.js';
import { ImmsimError } from '../domain/errors.js';
import { MODEL_END, MODEL_START } from './measures.js';

/**
 * The problem with a regime date, or undefined when it is a real calendar date within 2014-11-20 .. 2021-12-31.
 * @example
 * regimeDateIssue('2013-01-01') // "must be between 2014-11-20 and 2021-12-31 (the modelled range); got '2013-01-01'"
 */
export function regimeDateIssue(date: unknown): string | undefined {
  if (!isIsoDate(date)) return `must be a calendar date 'YYYY-MM-DD' between ${MODEL_START} and ${MODEL_END}; got ${JSON.stringify(date) ?? 'nothing'}`;
  if (date < MODEL_START || date > MODEL_END) return `must be between ${MODEL_START} and ${MODEL_END} (the modelled range); got '${date}'`;
  return undefined;
}

/**
 * Checks a regime date; throws an ImmsimError at `path` (default ['date']) naming the allowed range.
 * @example
 * checkRegimeDate('2019-12-01') // ok
 * checkRegimeDate('2022-01-01') // throws: date: must be between 2014-11-20 and 2021-12-31 ...
 */
export function checkRegimeDate(date: unknown, path: (string | number)[] = ['date']): asserts date is IsoDate {
  const message = regimeDateIssue(date);
  if (message) throw new ImmsimError([{ path, message }]);
}
