import type { IsoDate } from '../domain/dates.js';
import { ImmsimError } from '../domain/errors.js';
import { inForceOn, isMeasureInForce } from './in-force.js';
import { MEASURES } from './measures.js';
import { checkRegimeDate } from './regime-date.js';
import { applyParamOverrides, deepFreeze } from './overrides.js';
import { eraPeriodAt } from './params/eras.js';
import { MEASURE_IDS, type InForce, type Measure, type Regime } from './types.js';

export { checkRegimeDate, regimeDateIssue } from './regime-date.js';
import { measureIssues } from './schema.js';

/** Options for {@link regimeAt}. */
export interface RegimeAtOptions {
  /** Custom measures (see `defineMeasure`): their `sets` and `params` apply while they are in force on the date. */
  measures?: readonly Measure[];
  id?: string;
  label?: string;
  description?: string;
}

/**
 * Ids of the measures in force in a regime: built-ins the law sees as on, then custom measures in force.
 * @example
 * measureList(inForceOn('2019-12-01'), ['my-measure']) // ['eo-13767', ..., 'my-measure']
 */
export function measureList(inForce: InForce, custom: readonly string[]): string[] {
  const ids: string[] = MEASURE_IDS.filter((id) => inForce[id]);
  for (const id of custom) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/**
 * The regime in force on a date: the built-in measures in force (plus any custom measures), and the parameters of
 * the era containing the date (`ERA_PERIODS`), with custom measures' parameter overrides on top (in the order given).
 * Throws an ImmsimError at ['date'] for invalid dates or dates outside 2014-11-20 .. 2021-12-31.
 * @example
 * const r = regimeAt('2019-12-01');
 * r.inForce.mpp // true
 * r.params.cfDays.value // 7 (PACR period)
 */
export function regimeAt(date: IsoDate, options: RegimeAtOptions = {}): Regime {
  checkRegimeDate(date);
  const custom = options.measures ?? [];
  const issues = custom.flatMap((m, i) => measureIssues(m, ['measures', i]));
  if (issues.length > 0) throw new ImmsimError(issues);
  const period = eraPeriodAt(date);
  if (!period) throw new ImmsimError([{ path: ['date'], message: `no parameter era covers '${date}'` }]);
  const inForce = inForceOn(date, custom);
  let params = period.params;
  const customOn = custom.filter((m) => isMeasureInForce(m, date));
  for (const m of customOn) {
    params = applyParamOverrides(params, m.params, { assumption: `user override (measure ${m.id})` });
  }
  const measures = measureList(inForce, customOn.map((m) => m.id));
  // Name each measure by its entry in force on the date (er-expansion has two), else its first entry.
  const names = measures.map((id) => {
    const entries = [...MEASURES, ...customOn].filter((m) => m.id === id);
    return (entries.find((m) => isMeasureInForce(m, date)) ?? entries[0])?.name ?? id;
  });
  return deepFreeze({
    id: options.id ?? `regime-${date}`,
    label: options.label ?? `Rules in force on ${date}`,
    date,
    description:
      options.description ??
      `The rules in force on ${date} (parameter era ${period.era}). Measures in force: ${names.length ? names.join('; ') : 'none'}.`,
    measures,
    inForce,
    params: structuredClone(params),
  });
}
