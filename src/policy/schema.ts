/**
 * The shapes of regimes, measures and parameter overrides, as zod 4 schemas built from one parameter spec.
 * Messages name the field and the allowed values or range; unknown keys are errors.
 */
import { z } from 'zod';
import type { Issue } from '../domain/errors.js';
import { regimeDateIssue } from './regime-date.js';
import { REGIME_IDS } from './regime-ids.js';
import { MEASURE_IDS, type Param, type RegimeParams } from './types.js';
import {
  anyString, idString, isoDate, leaf, nonEmptyString, oneOf, paramIssues, show, strict, toIssues, type NumberKind,
} from './zod-kit.js';

/**
 * A weights record: relative weights ≥ 0, and optional rates (shares in [0, 1] drawn before the weights, e.g. the
 * return to Mexico among those the law lets be returned); at least one weight or rate > 0.
 */
export interface WeightsSpec {
  readonly $weights: readonly string[];
  readonly $rates?: readonly string[];
}
/** The shape of a parameter tree: a number kind at each Param, weights records, nested groups. */
export type Spec = NumberKind | WeightsSpec | { readonly [key: string]: Spec };

const byGroup = (w: WeightsSpec) => ({ mexico: w, 'northern-triangle': w, other: w });
const DISP: WeightsSpec = { $weights: ['title42', 'voluntaryReturn', 'expeditedRemoval', 'reinstatement', 'nta', 'prosecution'] };
const UAC: WeightsSpec = { $weights: ['title42', 'orr', 'repatriate'] };
const CUSTODY: WeightsSpec = { $weights: ['detain', 'familyDetain', 'parole', 'release'], $rates: ['returnToMexico'] };
const DECISION: WeightsSpec = { $weights: ['relief', 'removalOrder', 'voluntaryDeparture', 'terminated'] };

/** Every parameter of `RegimeParams` and its kind (checked against the type by `satisfies`). */
export const PARAMS_SPEC = {
  meteredShare: 'share',
  meteringWaitDays: 'days',
  processingDays: 'days',
  disposition: { 'single-adult': byGroup(DISP), 'family-unit': byGroup(DISP), uac: byGroup(UAC) },
  prosecutionDays: 'days',
  acaTransferShare: 'share',
  cfPositive: 'share',
  cfPositiveBarred: 'share',
  rfPositive: 'share',
  cfDays: 'days',
  pacrShare: 'share',
  pacrDays: 'days',
  ijReviewRequested: 'share',
  ijReversal: 'share',
  ijReviewDays: 'days',
  custody: { 'single-adult': CUSTODY, 'family-unit': CUSTODY },
  detentionDays: 'days',
  airRemovalDays: 'days',
  detainedDecidedShare: 'share',
  familyDetentionDays: 'days',
  orrDays: 'days',
  hearingIntervalDays: 'days',
  mppHearingIntervalDays: 'days',
  decisionPerHearing: 'positive-share',
  representation: 'share',
  mppRepresentation: 'share',
  appearance: 'share',
  familyAppearance: 'share',
  screenedAppearance: 'share',
  representedAppearance: 'share',
  mppAppearance: 'share',
  asylumApplication: { afterScreen: 'share', direct: 'share', mpp: 'share' },
  decision: { fear: DECISION, noFear: DECISION, barred: DECISION, mpp: DECISION },
  representedReliefRatio: 'weight',
  removalExecuted: 'share',
  removalDays: 'days',
  recross: { afterExpulsion: 'share', afterReturn: 'share', afterRemoval: 'share', expulsionGapDays: 'days', removalGapDays: 'days' },
  mppWindDownDays: 'days',
} as const satisfies { readonly [K in keyof RegimeParams]: Spec };

function isWeights(spec: Spec): spec is WeightsSpec {
  return typeof spec === 'object' && '$weights' in spec;
}

const kindInWeights = (spec: WeightsSpec, key: string): NumberKind => (spec.$rates?.includes(key) ? 'share' : 'weight');

/**
 * Calls `visit` for every Param position in a spec, with its path and kind, and the value found there (if any).
 * @example
 * walkSpec(regime.params, PARAMS_SPEC, (path, value, kind) => console.log(path.join('.'), kind))
 */
export function walkSpec(value: unknown, spec: Spec, visit: (path: string[], value: unknown, kind: NumberKind) => void, path: string[] = []): void {
  if (typeof spec === 'string') return visit(path, value, spec);
  const keys = isWeights(spec) ? [...spec.$weights, ...(spec.$rates ?? [])] : Object.keys(spec);
  for (const k of keys) {
    const child = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[k] : undefined;
    walkSpec(child, isWeights(spec) ? kindInWeights(spec, k) : (spec as Record<string, Spec>)[k] as Spec, visit, [...path, k]);
  }
}

/**
 * A zod schema for a parameter tree. 'full': every Param required, `{ value, source }`, weights with at least one > 0.
 * 'partial': every key optional and a bare number allowed (overrides).
 * @example
 * specSchema(PARAMS_SPEC, 'partial').safeParse({ cfPositive: 0.5 }).success // true
 */
export function specSchema(spec: Spec, mode: 'full' | 'partial', what = 'parameter'): z.ZodType {
  const opt = (s: z.ZodType) => (mode === 'partial' ? s.optional() : s);
  if (typeof spec === 'string') return leaf((v) => paramIssues(v, spec, mode === 'partial'));
  if (isWeights(spec)) {
    const all = [...spec.$weights, ...(spec.$rates ?? [])];
    const shape = Object.fromEntries(all.map((k) => [k, opt(leaf((v) => paramIssues(v, kindInWeights(spec, k), mode === 'partial')))]));
    const base = strict(shape, 'weight');
    if (mode === 'partial') return base;
    return base.superRefine((o, ctx) => {
      const values = spec.$weights.map((k) => (o as Record<string, Param | undefined>)[k]?.value);
      const rates = (spec.$rates ?? []).map((k) => (o as Record<string, Param | undefined>)[k]?.value);
      if ([...values, ...rates].every((x) => typeof x === 'number') && ![...values, ...rates].some((x) => (x as number) > 0)) {
        ctx.addIssue({ code: 'custom', message: `at least one weight must be greater than 0 (${all.join(', ')}); all are 0` });
      }
      // The engine divides by the sum: an infinite sum (e.g. every weight 1e308) would give a wrong split.
      if (values.every((x) => typeof x === 'number' && Number.isFinite(x)) && !Number.isFinite((values as number[]).reduce((a, b) => a + b, 0))) {
        ctx.addIssue({ code: 'custom', message: `must have a finite sum of weights (${spec.$weights.join(', ')}); they add up to more than ${Number.MAX_VALUE.toExponential(3)}: scale them down (only their ratios matter)` });
      }
    });
  }
  const shape = Object.fromEntries(Object.entries(spec).map(([k, s]) => [k, opt(specSchema(s, mode, what))]));
  return strict(shape, what);
}

/** In-force maps: 'full' needs every built-in measure id as a boolean; 'partial' allows a subset. */
function inForceSchema(mode: 'full' | 'partial'): z.ZodType {
  const bool = leaf((v) => (typeof v === 'boolean' ? [] : [{ message: v === undefined ? 'required: true or false' : `must be true or false; got ${show(v)}` }]));
  const shape = Object.fromEntries(MEASURE_IDS.map((id) => [id, mode === 'partial' ? bool.optional() : bool]));
  return strict(shape, 'measure');
}

const untilCheck = (v: unknown) => (v === null ? [] : isoDate(v).map((i) => ({ message: `${i.message.replace('must be', 'must be null (still in force) or')}` })));

/** A measure (custom or built-in shape). */
export const measureSchema: z.ZodType = strict({
  id: leaf(idString),
  name: leaf(nonEmptyString),
  from: leaf(isoDate),
  until: leaf(untilCheck),
  datePrecision: leaf(oneOf(['day', 'month'])),
  authority: leaf(nonEmptyString),
  changes: leaf(nonEmptyString),
  sets: inForceSchema('partial').optional(),
  params: specSchema(PARAMS_SPEC, 'partial').optional(),
}).superRefine((m, ctx) => {
  const o = m as { from?: unknown; until?: unknown };
  if (typeof o.from === 'string' && typeof o.until === 'string' && o.until < o.from) {
    ctx.addIssue({ code: 'custom', path: ['until'], message: `must be on or after from (${o.from}); got '${o.until}'` });
  }
});

const regimeDate = leaf((v) => {
  const m = regimeDateIssue(v);
  return m ? [{ message: m }] : [];
});

const measureIdList = leaf((v) => {
  if (!Array.isArray(v)) return [{ message: `must be a list of measure ids; got ${show(v)}` }];
  return v.flatMap((x, i) => (typeof x === 'string' && x !== '' ? [] : [{ path: [i], message: `must be a non-empty measure id; got ${show(x)}` }]));
});

/** A full regime object. */
export const regimeSchema: z.ZodType = strict({
  id: leaf(idString),
  label: leaf(nonEmptyString),
  date: regimeDate,
  description: leaf(anyString),
  measures: measureIdList,
  inForce: inForceSchema('full'),
  params: specSchema(PARAMS_SPEC, 'full'),
}).superRefine((r, ctx) => {
  // `measures` lists exactly the built-in measures the law sees as in force (plus custom ids).
  const o = r as { measures?: unknown; inForce?: Record<string, unknown> };
  if (!Array.isArray(o.measures) || typeof o.inForce !== 'object' || o.inForce === null) return;
  for (const id of MEASURE_IDS) {
    const listed = o.measures.includes(id);
    if (o.inForce[id] === true && !listed) ctx.addIssue({ code: 'custom', path: ['measures'], message: `must list '${id}' (inForce.${id} is true)` });
    if (o.inForce[id] === false && listed) ctx.addIssue({ code: 'custom', path: ['measures'], message: `lists '${id}' but inForce.${id} is false` });
  }
});

const baseCheck = leaf((v) => {
  if (typeof v === 'string' && (REGIME_IDS as readonly string[]).includes(v)) return [];
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const m = regimeDateIssue(v);
    return m ? [{ message: m }] : [];
  }
  return [{ message: `must be a regime id (${REGIME_IDS.join(', ')}) or a date 'YYYY-MM-DD'; got ${show(v)}` }];
});

/**
 * The overrides form `{ base, id?, label?, description?, date?, measures?, inForce?, params? }`.
 * @example
 * overridesSchema(true).safeParse({ base: 'mpp-2019' }).success // true
 */
export function overridesSchema(withBase: boolean): z.ZodType {
  const measures = z.array(measureSchema, {
    error: (iss) => (iss.code === 'invalid_type' ? `must be a list of measures; got ${show(iss.input)}` : undefined),
  });
  return strict({
    ...(withBase ? { base: baseCheck } : {}),
    id: leaf(idString).optional(),
    label: leaf(nonEmptyString).optional(),
    description: leaf(anyString).optional(),
    date: regimeDate.optional(),
    measures: measures.optional(),
    inForce: inForceSchema('partial').optional(),
    params: specSchema(PARAMS_SPEC, 'partial').optional(),
  });
}
const OVERRIDES = overridesSchema(false);
const OVERRIDES_WITH_BASE = overridesSchema(true);

/**
 * The problems with a measure, as issues under `path`.
 * @example
 * measureIssues({ id: 'x', from: '2019-13-01' }) // [{ path: ['name'], ... }, { path: ['from'], ... }, ...]
 */
export function measureIssues(value: unknown, path: readonly (string | number)[] = []): Issue[] {
  return toIssues(measureSchema.safeParse(value).error, path);
}

/**
 * The problems with a full regime object.
 * @example
 * fullRegimeIssues(regimes['mpp-2019']) // []
 */
export function fullRegimeIssues(value: unknown, path: readonly (string | number)[] = []): Issue[] {
  return toIssues(regimeSchema.safeParse(value).error, path);
}

/**
 * The problems with an overrides object (with or without `base`).
 * @example
 * overridesIssues({ params: { cfDays: 0 } }, false) // [{ path: ['params', 'cfDays'], message: 'must be a number of days greater than 0; got 0' }]
 */
export function overridesIssues(value: unknown, withBase: boolean, path: readonly (string | number)[] = []): Issue[] {
  return toIssues((withBase ? OVERRIDES_WITH_BASE : OVERRIDES).safeParse(value).error, path);
}

