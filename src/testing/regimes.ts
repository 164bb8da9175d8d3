import fc from 'fast-check';
import { addDays, type IsoDate } from '../domain/dates.js';
import { defineMeasure, defineRegime } from '../policy/define-regime.js';
import { isMeasureInForce } from '../policy/in-force.js';
import { deepFreeze } from '../policy/overrides.js';
import { regimeAt } from '../policy/regime-at.js';
import { PARAMS_SPEC, walkSpec } from '../policy/schema.js';
import { REGIME_IDS, regimes } from '../policy/snapshots.js';
import { MEASURE_IDS, type InForce, type Measure, type MeasureId, type Param, type ParamOverrides, type Regime, type RegimeParams } from '../policy/types.js';
import type { NumberKind } from '../policy/zod-kit.js';

/**
 * First and last day the kit's regime arbitraries draw from.
 * @example
 * fc.assert(fc.property(date(), (d) => d >= KIT_START && d <= KIT_END));
 */
export const KIT_START: IsoDate = '2016-01-01';
/** Last day the kit's regime arbitraries draw from (see {@link KIT_START}). @example KIT_END // '2021-12-31' */
export const KIT_END: IsoDate = '2021-12-31';

/**
 * Any date from `min` to `max` (default 2016-01-01 to 2021-12-31), shrinking towards `min`.
 * @example
 * fc.sample(date(), 1)[0] // e.g. '2019-03-14'
 */
export function date(min: IsoDate = KIT_START, max: IsoDate = KIT_END): fc.Arbitrary<IsoDate> {
  const span = Math.round((Date.parse(max) - Date.parse(min)) / 86_400_000);
  return fc.integer({ min: 0, max: Math.max(0, span) }).map((d) => addDays(min, d));
}

/**
 * Every numeric parameter position of a regime (see `PARAMS_SPEC`), with its kind.
 * @example
 * PARAM_LEAVES[0] // { path: ['meteredShare'], kind: 'share' }
 */
export const PARAM_LEAVES: readonly { path: readonly string[]; kind: NumberKind }[] = (() => {
  const out: { path: string[]; kind: NumberKind }[] = [];
  walkSpec(undefined, PARAMS_SPEC, (path, _v, kind) => out.push({ path, kind }));
  return out;
})();

/**
 * One parameter change: which leaf (index into `PARAM_LEAVES`, modulo) and where in its valid range (0..1).
 * @example
 * applyPerturbations(regimes['mpp-2019'], [{ leaf: 0, at: 0.5 }]) // meteredShare 0.5
 */
export interface Perturbation {
  leaf: number;
  at: number;
}

/**
 * A value of a kind from a position `at` in [0, 1] of its valid range: shares in [0, 1], positive shares in
 * (0, 1], days in [0.5, 1095], weights in [0, 10] (> 0 when `positiveWeights`).
 * @example
 * valueInRange('days', 0) // 0.5
 */
export function valueInRange(kind: NumberKind, at: number, positiveWeights = false): number {
  const a = Math.min(1, Math.max(0, at));
  switch (kind) {
    case 'share':
      return a;
    case 'positive-share':
      return Math.max(0.001, a);
    case 'days':
      return Math.max(0.5, Math.round(a * 1095 * 10) / 10);
    case 'weight':
      return positiveWeights ? 0.01 + a * 10 : a * 10;
  }
}

/**
 * Parameter overrides (the `params` of `defineRegime` or of a measure) from perturbations.
 * @example
 * perturbationOverrides([{ leaf: 0, at: 0.5 }]) // { meteredShare: 0.5 }
 */
export function perturbationOverrides(ps: readonly Perturbation[], positiveWeights = false): ParamOverrides {
  const out: Record<string, unknown> = {};
  for (const p of ps) {
    const leaf = PARAM_LEAVES[p.leaf % PARAM_LEAVES.length]!;
    let node = out;
    leaf.path.slice(0, -1).forEach((k) => (node = (node[k] ??= {}) as Record<string, unknown>));
    node[leaf.path[leaf.path.length - 1]!] = valueInRange(leaf.kind, p.at, positiveWeights);
  }
  return out as ParamOverrides;
}

const atArb = fc.oneof({ withCrossShrink: true }, fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));

/**
 * Lists of parameter changes (empty a third of the time; shrinking goes back to no change).
 * @example
 * fc.sample(perturbations(), 1)[0].length <= 6
 */
export function perturbations(maxLength = 6): fc.Arbitrary<Perturbation[]> {
  const some = fc.array(fc.record({ leaf: fc.nat({ max: PARAM_LEAVES.length - 1 }), at: atArb }), { minLength: 1, maxLength });
  return fc.oneof({ withCrossShrink: true }, fc.constant<Perturbation[]>([]), some, some);
}

// The weight records (paths of their parent objects), to keep at least one weight > 0 in each.
const WEIGHT_RECORDS: readonly (readonly string[])[] = [
  ...new Set(PARAM_LEAVES.filter((l) => l.kind === 'weight').map((l) => JSON.stringify(l.path.slice(0, -1)))),
].map((s) => JSON.parse(s) as string[]);

const node = (o: unknown, path: readonly string[]): Record<string, Param> =>
  path.reduce((x, k) => (x as Record<string, unknown>)[k], o) as Record<string, Param>;

/**
 * `base` with some parameters changed, each within its valid range (so no validation is needed). A weight record
 * whose every weight would be 0 keeps its base weights. The base is returned unchanged when there is no change.
 * @example
 * applyPerturbations(regimes['mpp-2019'], [{ leaf: 0, at: 1 }]).params.meteredShare.value // 1
 */
export function applyPerturbations(base: Regime, ps: readonly Perturbation[]): Regime {
  if (ps.length === 0) return base;
  // Copy only the objects on the changed paths; the rest is shared with the (frozen) base.
  const params = { ...base.params } as unknown as Record<string, unknown>;
  const copied = new Set<unknown>([params]);
  for (const p of ps) {
    const leaf = PARAM_LEAVES[p.leaf % PARAM_LEAVES.length]!;
    let o = params;
    for (const k of leaf.path.slice(0, -1)) {
      if (!copied.has(o[k])) copied.add((o[k] = { ...(o[k] as object) }));
      o = o[k] as Record<string, unknown>;
    }
    o[leaf.path[leaf.path.length - 1]!] = { value: valueInRange(leaf.kind, p.at), source: PERTURBED };
  }
  for (const path of WEIGHT_RECORDS) {
    const rec = node(params, path);
    // A record all set to 0 was copied (it was changed), so it can take the base weights back.
    if (Object.values(rec).every((w) => w.value === 0)) Object.assign(rec, node(base.params, path));
  }
  return deepFreeze({ ...base, id: `${base.id}-perturbed`, label: `${base.label} (chances perturbed)`, params: params as unknown as RegimeParams });
}

const PERTURBED = Object.freeze({ assumption: 'perturbed by immsim/testing' });

/**
 * The rules and chances of one of the named snapshots, or of any date 2016-01-01 – 2021-12-31 (`regimeAt`).
 * @example
 * fc.sample(historicalRegime(), 1)[0].inForce.mpp // boolean
 */
export function historicalRegime(min: IsoDate = KIT_START, max: IsoDate = KIT_END): fc.Arbitrary<Regime> {
  const snaps = REGIME_IDS.map((id) => regimes[id]).filter((r) => r.date >= min && r.date <= max);
  const dated = date(min, max).map(cachedRegimeAt);
  return snaps.length ? fc.oneof(fc.constantFrom(...snaps), dated) : dated;
}

// regimeAt builds and freezes a whole regime (~1 ms); shrinking and repeated dates ask for the same ones again.
const CACHE = new Map<IsoDate, Regime>();
function cachedRegimeAt(d: IsoDate): Regime {
  let r = CACHE.get(d);
  if (!r) {
    r = regimeAt(d);
    if (CACHE.size >= 128) CACHE.delete(CACHE.keys().next().value!);
    CACHE.set(d, r);
  }
  return r;
}

/**
 * Options for {@link regime}.
 * @example
 * regime({ perturb: false, from: '2020-03-21', until: '2021-12-31' })
 */
export interface RegimeArbitraryOptions {
  /** Also perturb chances within their valid ranges (default true). */
  perturb?: boolean;
  /** Dates to draw from (default 2016-01-01 .. 2021-12-31). */
  from?: IsoDate;
  until?: IsoDate;
}

/**
 * A regime: a named snapshot or the rules in force on any date 2016–2021 — either as published or with some
 * chances and durations perturbed within their valid ranges (shares in [0, 1], days > 0, weights ≥ 0).
 * @example
 * fc.assert(fc.property(regime(), (r) => typeof r.inForce['title-42'] === 'boolean'));
 * fc.assert(fc.property(regime({ perturb: false, from: '2020-03-21' }), (r) => r.inForce['title-42']));
 */
export function regime(options: RegimeArbitraryOptions = {}): fc.Arbitrary<Regime> {
  const base = historicalRegime(options.from, options.until);
  if (options.perturb === false) return base;
  return fc.tuple(base, perturbations()).map(([r, ps]) => applyPerturbations(r, ps));
}

/**
 * A given regime (your own, say) with chances perturbed within their valid ranges; its measures stay as they are.
 * @example
 * fc.assert(fc.property(perturb(regimes['mpp-2019']), (r) => r.inForce.mpp));
 */
export function perturb(base: Regime): fc.Arbitrary<Regime> {
  return perturbations().map((ps) => applyPerturbations(base, ps));
}

/**
 * A regime whose measures are switched on and off at random (combinations no date had), for probing the law's
 * rules beyond history. Parameters are those of a snapshot.
 * @example
 * fc.assert(fc.property(anyMeasures(), (r) => r.id === 'any-measures'));
 */
export function anyMeasures(): fc.Arbitrary<Regime> {
  const flags = fc.record(Object.fromEntries(MEASURE_IDS.map((m) => [m, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>);
  return fc.tuple(flags, fc.constantFrom(...REGIME_IDS)).map(([f, base]) => ({
    ...regimes[base],
    id: 'any-measures',
    label: 'random combination of measures',
    measures: MEASURE_IDS.filter((m) => f[m]),
    inForce: f as unknown as InForce,
  }));
}

/**
 * Options for {@link measure}.
 * @example
 * measure({ id: 'my-measure', from: '2019-01-01', until: '2019-12-31' })
 */
export interface MeasureArbitraryOptions {
  /** The measure's id (default 'hypothetical-measure'). */
  id?: string;
  /** Earliest and latest first day (default 2016-01-01 .. 2021-12-31). */
  from?: IsoDate;
  until?: IsoDate;
}

/**
 * A custom measure, as `defineMeasure` makes them: a date range within 2016–2021 (or open-ended), some built-in
 * measures switched on or off (`sets`) and some parameters changed within their valid ranges (`params`; weights > 0
 * so that no base regime loses every option of a record).
 * @example
 * fc.assert(fc.property(measure(), (m) => defineRegime(m.from, { measures: [m] }).measures.includes(m.id)));
 */
export function measure(options: MeasureArbitraryOptions = {}): fc.Arbitrary<Measure> {
  const id = options.id ?? 'hypothetical-measure';
  const sets = fc.array(fc.record({ id: fc.constantFrom(...MEASURE_IDS), on: fc.boolean() }), { maxLength: 5 });
  return fc
    .record({
      from: date(options.from ?? KIT_START, options.until ?? KIT_END),
      days: fc.option(fc.nat({ max: 6 * 366 }), { nil: null }),
      sets,
      params: perturbations(4),
    })
    .map(({ from, days, sets: s, params }) => {
      const until = days === null ? null : minDate(addDays(from, days), KIT_END);
      const setMap = Object.fromEntries(s.map((x) => [x.id, x.on])) as Partial<Record<MeasureId, boolean>>;
      const described = Object.entries(setMap).map(([k, v]) => `${k} ${v ? 'on' : 'off'}`).join(', ');
      return defineMeasure({
        id,
        name: 'Hypothetical measure (generated)',
        from,
        until,
        authority: 'hypothetical (immsim/testing measure())',
        changes: described ? `Switches ${described}; ${params.length} parameter change(s).` : `${params.length} parameter change(s).`,
        ...(s.length ? { sets: setMap } : {}),
        ...(params.length ? { params: perturbationOverrides(params, true) } : {}),
      });
    });
}

const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/**
 * The first and last day (within 2016–2021) a measure is in force, or null if it never is.
 * @example
 * measureWindow(defineMeasure({ ..., from: '2017-02-20', until: null })) // ['2017-02-20', '2021-12-31']
 */
export function measureWindow(m: Pick<Measure, 'from' | 'until'>): [IsoDate, IsoDate] | null {
  const from = maxDate(m.from, KIT_START);
  const until = minDate(m.until ?? KIT_END, KIT_END);
  return from <= until ? [from, until] : null;
}

/**
 * The regimes a custom measure changes: each named snapshot whose date it covers, and the rules of any date in its
 * window (2016–2021), with the measure applied (`defineRegime(base, { measures: [m] })`). Null if the measure is
 * never in force 2016–2021.
 * @example
 * fc.assert(fc.property(regimeWith(m)!, (r) => r.measures.includes(m.id)));
 */
export function regimeWith(m: Measure): fc.Arbitrary<Regime> | null {
  const window = measureWindow(m);
  if (!window) return null;
  const ids = REGIME_IDS.filter((id) => isMeasureInForce(m, regimes[id].date));
  const dated = date(window[0], window[1]).map((d) => defineRegime(d, { measures: [m] }));
  return ids.length ? fc.oneof(fc.constantFrom(...ids).map((id) => defineRegime(id, { measures: [m] })), dated) : dated;
}
