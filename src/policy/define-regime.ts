import type { IsoDate } from '../domain/dates.js';
import { ImmsimError } from '../domain/errors.js';
import { plainData } from '../domain/plain-data.js';
import { isMeasureInForce, isMeasureId } from './in-force.js';
import { applyParamOverrides, deepFreeze } from './overrides.js';
import { measureList, regimeAt } from './regime-at.js';
import { regimeDateIssue } from './regime-date.js';
import { REGIME_IDS, type RegimeId } from './regime-ids.js';
import { fullRegimeIssues, measureIssues, overridesIssues } from './schema.js';
import { isRegimeId, regimes } from './snapshots.js';
import { MEASURE_IDS, type InForce, type Measure, type MeasureId, type ParamOverrides, type Regime } from './types.js';

/** What `defineRegime` can change. */
export interface RegimeOverrides {
  id?: string;
  label?: string;
  description?: string;
  /** Take the rules at another date (only with an id or date as base). */
  date?: IsoDate;
  /** Custom measures to add (see `defineMeasure`); each applies while in force on the regime's date. */
  measures?: readonly Measure[];
  /** Switch built-in measures on or off (after dates and custom measures). */
  inForce?: Partial<InForce>;
  /** Parameter overrides: numbers get the source `{ assumption: 'user override' }`; Params are kept as given. */
  params?: ParamOverrides;
}

/** Input for `defineMeasure`: a Measure, with `until` (default null) and `datePrecision` (default 'day') optional. */
export type MeasureInput = Omit<Measure, 'until' | 'datePrecision'> & Partial<Pick<Measure, 'until' | 'datePrecision'>>;

/**
 * A validated custom measure. It can switch built-in measures on or off (`sets`) and override parameters (`params`)
 * while it is in force. Parameters of an era where a move is not legal may be 0: give them in `params` when a
 * measure makes the move legal (e.g. `custody.*.returnToMexico` for a Title 42 measure before 2020).
 * @example
 * const m = defineMeasure({
 *   id: 'section-7-accepted-2017', name: 'Mexico accepts Section 7 returns (hypothetical)',
 *   from: '2017-02-20', until: null, datePrecision: 'day', authority: 'hypothetical',
 *   changes: 'Mexico accepts returns of non-Mexicans from Feb 2017, so MPP runs two years early.',
 *   sets: { mpp: true, 'mpp-expansion': true, 'mexico-refuses-section-7': false },
 *   params: { mppHearingIntervalDays: 90 },
 * });
 * defineRegime('kelly-2017', { measures: [m] }).inForce.mpp // true
 */
export function defineMeasure(input: MeasureInput): Measure {
  const measure = { until: null, datePrecision: 'day', ...(plainData(input, []) as object) } as Measure;
  const issues = measureIssues(measure, []);
  if (issues.length > 0) throw new ImmsimError(issues);
  return deepFreeze(structuredClone(measure));
}

/**
 * A new regime from a base (a snapshot id, a date, or a Regime object) and overrides: custom measures, measures
 * switched on or off, and parameter values. The result is validated and frozen; every issue is reported at once.
 * With a Regime object as base, `date` cannot change (its measures are not known as objects): pass an id or a date.
 * @example
 * const strict = defineRegime('mpp-2019', { id: 'mpp-strict', params: { cfPositive: 0.3 } });
 * strict.params.cfPositive // { value: 0.3, source: { assumption: 'user override' } }
 * defineRegime('2019-12-01', { inForce: { 'transit-bar': false } }).inForce['transit-bar'] // false
 */
export function defineRegime(baseInput: Regime | RegimeId | IsoDate, overridesInput: RegimeOverrides = {}): Regime {
  // Read user input once, as plain data: bigint, cycles, proxies and deep nesting become ImmsimErrors here.
  const base = plainData(baseInput, ['base']) as Regime | RegimeId | IsoDate;
  const overrides = plainData(overridesInput, []) as RegimeOverrides;
  const issues = overridesIssues(overrides, false);
  if (typeof overrides === 'object' && overrides !== null && typeof overrides.id === 'string' && isRegimeId(overrides.id)) {
    issues.push({ path: ['id'], message: `must not be a built-in regime id ('${overrides.id}'); give your regime its own id, e.g. '${overrides.id}-mine'` });
  }
  if (typeof base === 'string') {
    if (!isRegimeId(base)) {
      const m = regimeDateIssue(base);
      if (m) issues.unshift({ path: ['base'], message: `must be a regime id (${REGIME_IDS.join(', ')}) or a date: ${m}` });
    }
  } else {
    issues.unshift(...fullRegimeIssues(base, ['base']));
    if (overrides.date !== undefined && overrides.date !== base.date) {
      issues.push({ path: ['date'], message: `cannot change the date of a Regime object (its custom measures are not known); pass its id or a date as base, e.g. defineRegime('${overrides.date}', ...)` });
    }
  }
  if (issues.length > 0) throw new ImmsimError(issues);

  const added = overrides.measures ?? [];
  // A measure not in force on the regime's date would change nothing while the id says it was added: refuse it.
  const regimeDate = typeof base === 'string' ? (overrides.date ?? (isRegimeId(base) ? regimes[base].date : base)) : base.date;
  added.forEach((m, i) => {
    if (!isMeasureInForce(m, regimeDate)) {
      issues.push({ path: ['measures', i], message: `must be in force on the regime's date ${regimeDate} (it is in force from ${m.from}${m.until ? ` until ${m.until}` : ''}), else it changes nothing; move its dates or set the regime's date` });
    }
  });
  if (issues.length > 0) throw new ImmsimError(issues);
  let start: Regime;
  let baseId: string;
  // True when the id and label already name the date the rules are taken at.
  let dateNamed = false;
  if (typeof base === 'string') {
    const named = isRegimeId(base) ? regimes[base] : undefined;
    const date = overrides.date ?? named?.date ?? base;
    // A snapshot taken at another date is not that snapshot: its id, label and description would be wrong.
    const snapshot = named && named.date === date ? named : undefined;
    // Rebuild from the date so custom measures enter exactly as in regimeAt (dates, sets, params).
    start = regimeAt(date, { measures: added, ...(snapshot ? { id: snapshot.id, label: snapshot.label, description: snapshot.description } : {}) });
    baseId = snapshot?.id ?? (named ? `${named.id}-rules-of-${date}` : `regime-${date}`);
    dateNamed = snapshot === undefined;
  } else {
    const on = added.filter((m) => isMeasureInForce(m, base.date));
    const inForce = { ...base.inForce } as Record<MeasureId, boolean>;
    let params = base.params;
    for (const m of on) {
      if (isMeasureId(m.id)) inForce[m.id] = true;
      for (const [id, value] of Object.entries(m.sets ?? {})) if (isMeasureId(id) && typeof value === 'boolean') inForce[id] = value;
      params = applyParamOverrides(params, m.params, { assumption: `user override (measure ${m.id})` });
    }
    const custom = [...base.measures.filter((id) => !isMeasureId(id)), ...on.map((m) => m.id)];
    start = { ...base, inForce, params, measures: measureList(inForce, custom) };
    baseId = base.id;
  }

  const inForce = { ...start.inForce, ...definedOnly(overrides.inForce ?? {}) } as InForce;
  const customIds = start.measures.filter((id) => !isMeasureId(id));
  const params = applyParamOverrides(start.params, overrides.params, { assumption: 'user override' });
  const changes = describeChanges(added, dateNamed ? { ...overrides, date: undefined } : overrides);
  const regime: Regime = {
    id: overrides.id ?? (added.length ? `${baseId}-with-${added.map((m) => m.id).join('-and-')}` : changes ? `${baseId}-modified` : baseId),
    label: overrides.label ?? (changes ? `${start.label} (modified)` : start.label),
    date: start.date,
    description: overrides.description ?? (changes ? `${start.description} Modified: ${changes}.` : start.description),
    measures: measureList(inForce, customIds),
    inForce,
    params,
  };
  const final = fullRegimeIssues(regime);
  if (final.length > 0) throw new ImmsimError(final);
  return deepFreeze(regime);
}

function definedOnly(o: Partial<InForce>): Partial<InForce> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'boolean'));
}

/** A short plain-language list of what the overrides change, for the description ('' when nothing). */
function describeChanges(added: readonly Measure[], o: RegimeOverrides): string {
  const parts: string[] = [];
  if (added.length) parts.push(`added ${added.map((m) => `${m.name} (${m.id})`).join(', ')}`);
  const flips = Object.entries(o.inForce ?? {}).filter(([id]) => (MEASURE_IDS as readonly string[]).includes(id));
  if (flips.length) parts.push(`measures ${flips.map(([id, v]) => `${id} ${v ? 'on' : 'off'}`).join(', ')}`);
  const paths: string[] = [];
  const walk = (x: unknown, path: string[]) => {
    if (typeof x === 'number' || (typeof x === 'object' && x !== null && 'value' in x)) paths.push(path.join('.'));
    else if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) walk(v, [...path, k]);
  };
  walk(o.params ?? {}, []);
  if (paths.length) parts.push(`parameters ${paths.join(', ')}`);
  if (o.date) parts.push(`rules taken at ${o.date}`);
  return parts.join('; ');
}
