/**
 * How uncertain each regime parameter is: a range around its value, as data. A draw takes a parameter uniformly
 * within its range (docs/statistics.md). Ranges are kept apart from the values (src/policy/params) so values can
 * change without touching them: most ranges are relative (factors on the value), so they follow the value.
 *
 * Which rule gives a parameter its range (first that applies):
 * 1. a user range (`uncertainty.ranges`, CLI `--range`), by path or pattern;
 * 2. {@link PATH_RANGES}: an explicit range for the parameter's path, with its reason (mostly assumptions);
 * 3. {@link RECORD_RANGES}: for a value taken from a record, the disagreement between that record and other records of
 *    the same quantity in calibration-inputs.json, or the record's own stated range;
 * 4. {@link DEFAULT_RANGES}, by the kind of source (record, reference text, assumption).
 * A range is clipped to the parameter's domain (a share stays in [0, 1]); a zero value stays zero under relative
 * factors (a move the era does not use is not made possible by uncertainty); a built-in absolute range is widened to
 * hold the value.
 */
import type { Issue } from '../domain/errors.js';
import { PARAMS_SPEC, walkSpec } from './schema.js';
import { isParam } from './overrides.js';
import type { Param, RegimeParams } from './types.js';
import { numberIssue, type NumberKind } from './zod-kit.js';

/** A range rule: factors on the value (`relative`) or fixed ends (`absolute`), and why. */
export type RangeRule = { relative: readonly [number, number]; reason: string } | { absolute: readonly [number, number]; reason: string };

/** A user's range for a parameter path or pattern: `[low, high]` (absolute) or `{ relative: [a, b] }` (factors). */
export type RangeOverride = readonly [number, number] | { relative: readonly [number, number] };
/** User ranges keyed by parameter path (`cfPositive`, `recross.afterReturn`) or pattern (`disposition.*.mexico`, `*`). */
export type RangeOverrides = Record<string, RangeOverride>;

/** A parameter's resolved range in one regime. */
export interface ParamRange {
  /** Parameter path, e.g. 'custody.single-adult.detain'. */
  id: string;
  kind: NumberKind;
  value: number;
  low: number;
  high: number;
  /** Which rule gave the range: 'user', 'path', 'record', 'default'. */
  basis: 'user' | 'path' | 'record' | 'default';
  reason: string;
}

const HALF = 'no source gives this figure; ±50% of the value';

/**
 * Explicit ranges for parameters that are assumptions (or whose record does not bound them), by path pattern
 * (`*` matches one segment; a shorter pattern matches everything under it). The first matching entry applies.
 */
export const PATH_RANGES: Readonly<Record<string, RangeRule>> = {
  meteredShare: { absolute: [0.5, 1], reason: 'no count of port arrivals who skipped the queue; at least half waited while metering was in force' },
  meteringWaitDays: { relative: [0.25, 2], reason: 'waits ran from two weeks to several months (§2): a quarter to twice the value' },
  processingDays: { relative: [0.67, 2], reason: 'the 72-hour CBP standard (cbp_custody_standard) is a limit, not a measured mean: 2 to 6 days' },
  prosecutionDays: { relative: [0.4, 2], reason: 'no figure for days in criminal custody after a 1325 charge; 2 to 10 days' },
  acaTransferShare: { relative: [0.25, 2], reason: 'no share of eligible claimants sent to Guatemala in the reference; a quarter to twice the value' },
  cfPositiveBarred: { relative: [0.75, 1.25], reason: 'taken from the all-screens FY2020 rate; the barred-screen rate itself is not published' },
  rfPositive: { relative: [0.75, 1.25], reason: 'reasonable-fear rate taken from the FY2020 credible-fear rate; not published separately' },
  ijReviewRequested: { absolute: [0.3, 0.8], reason: 'no figure for the share of negative screens reviewed; most are, not all' },
  ijReviewDays: { relative: [0.5, 1], reason: 'statute: decided within 7 days (§1); often sooner' },
  'custody.*.returnToMexico': { relative: [0.5, 1.5], reason: 'a rate calibrated through the model to a published MPP total; who is eligible rests on assumed shares, so ±50% (clipped to [0, 1])' },
  detainedDecidedShare: { absolute: [0.3, 0.7], reason: 'no figure for detained cases decided before release; between 30% and 70%' },
  familyDetentionDays: { relative: [0.5, 1], reason: 'Flores caps family detention at 20 days; many families are released sooner' },
  decisionPerHearing: { absolute: [0.25, 0.5], reason: 'two to four hearings per case (§1: master calendar hearings, then merits)' },
  removalExecuted: { absolute: [0.1, 0.4], reason: 'no figure for removals executed of non-detained final orders; 10% to 40%' },
  removalDays: { relative: [0.5, 2], reason: 'no figure for days from a final order to removal; half to twice the value' },
  airRemovalDays: { relative: [0.5, 1.5], reason: 'derived from one year’s ALOS of CBP book-ins (26.6 d), whose months ran from 19.1 to 54.9 d (ice_detention_stats_fy2019); ±50%' },
  'recross.afterExpulsion': { relative: [0.6, 1.4], reason: 'no published re-encounter rate after a Title 42 expulsion; ±40%' },
  'recross.expulsionGapDays': { relative: [0.25, 2], reason: '"tried again within days or weeks" (§3): a quarter to twice the value' },
  'recross.removalGapDays': { relative: [0.5, 2], reason: 'half a year assumed from an annual recidivism rate; a quarter to a whole year' },
  mppWindDownDays: { relative: [0.5, 2], reason: 'no figure for the pace of MPP wind-down admissions; half to twice the value' },
  mppHearingIntervalDays: { absolute: [60, 120], reason: 'mpp_hearing_wait_days gives 60–120 days; the value is its midpoint' },
  'disposition.*.*.title42': { relative: [0.95, 1.05], reason: 't42_share_expelled_apr2020 (93%) is derived from published counts of one month; ±5%' },
  disposition: { relative: [0.5, 1.5], reason: 'officer disposition splits are read from the narrative of the reference, not counted; ±50% per weight' },
  custody: { relative: [0.5, 1.5], reason: 'custody splits after an NTA are not published as shares; ±50% per weight' },
  'decision.fear.voluntaryDeparture': { relative: [0.5, 2], reason: 'no share in the reference; rare among asylum seekers' },
  'decision.fear.terminated': { relative: [0.5, 2], reason: 'no share in the reference; rare among asylum seekers' },
  'decision.noFear': { relative: [0.5, 1.5], reason: 'decisions without an asylum claim are not published; ±50% per weight' },
};

/**
 * Ranges for values taken from a record, where calibration-inputs.json has another record of the same quantity (or
 * the record states a range): the factors span the disagreement relative to the cited record.
 */
export const RECORD_RANGES: Readonly<Record<string, RangeRule>> = {
  cf_positive_rate_2019h1: { relative: [0.857, 1.05], reason: 'cf_positive_rate_2019q4cal gives 65.3% for Jul–Sep 2019 against 76.2% (factor 0.857)' },
  cf_positive_rate_fy2021: { relative: [0.95, 1.05], reason: 'cf_positive_rate_dec2020_dec2021 gives 67.4% against 68.3% (factor 0.987), widened to ±5%' },
  cf_ij_review_reversal_jun2018: { relative: [0.75, 2], reason: 'cf_ij_review_reversal_fy2021 gives 29.3% against 14.7% in June 2018 (factor 2)' },
  cf_ij_review_reversal_fy2021: { relative: [0.5, 1.05], reason: 'cf_ij_review_reversal_jun2018 gives 14.7% against 29.3% (factor 0.5)' },
  asylum_denial_rate_fy2018: { relative: [0.83, 1.17], reason: 'relief 1 − 65% (FY2018) against 1 − 71% (asylum_denial_rate_fy2020) and 41% (ij_asylum_grant_among_decided_cf_origin_fy08_18)' },
  asylum_denial_rate_fy2020: { relative: [0.9, 1.2], reason: 'relief 1 − 71% (FY2020) against 1 − 65% (asylum_denial_rate_fy2018, factor 1.2)' },
  nondetained_appearance_all_hearings: { relative: [0.97, 1.012], reason: 'family_released_appearance gives 86% against 83% (factor 1.012 per hearing); −3% for the represented share inside 83%' },
  ice_alos_fy2017: { relative: [0.78, 1.05], reason: 'ice_alos_fy2019 gives 34.3 days against 43.7 (factor 0.78)' },
  ice_alos_fy2019: { relative: [0.95, 1.27], reason: 'ice_alos_fy2017 gives 43.7 days against 34.3 (factor 1.27)' },
  recid_baseline_fy2014_2019: { relative: [0.857, 1.15], reason: 'recid_fy2016 gives 12% against the 14% FY2014–2019 average (factor 0.857)' },
  recid_fy2016: { relative: [0.95, 1.167], reason: 'recid_baseline_fy2014_2019 gives 14% against 12% (factor 1.167)' },
  mpp_missed_hearing_dec2019: { relative: [0.928, 1.062], reason: '"about half" missed a hearing: 40–60% attended all, 0.737–0.843 per hearing (factors 0.928–1.062)' },
  mpp_hearing_wait_days: { relative: [0.667, 1.333], reason: 'the record is a range, 60–120 days; the value is its midpoint' },
  court_disposition_days_fy2020: { relative: [0.75, 1.5], reason: 'one record (FY2020) used for every era; court_avg_wait_jan2021 (1,642 d) shows how far waits moved' },
  orr_alos_jul2019: { relative: [0.7, 1.3], reason: 'an approximate mean for one month (July 2019) used for every era; ±30%' },
  flores_family_detention_limit: { relative: [0.5, 1], reason: 'a legal limit (20 days), not a mean; many families are released sooner' },
  cbp_custody_standard: { relative: [0.67, 2], reason: 'a 72-hour standard, not a measured mean: 2 to 6 days' },
  cfi_min_wait: { relative: [1, 3], reason: 'a minimum wait (48 hours), not a mean; screens often take several days' },
  pacr_target_days: { relative: [0.5, 1.5], reason: 'an upper target (7 days), not a measured mean' },
};

/** The rule for a parameter without an explicit range, by the kind of its source. */
export const DEFAULT_RANGES: Readonly<Record<'record' | 'reference' | 'assumption', RangeRule>> = {
  record: {
    relative: [0.95, 1.05],
    reason: 'default for a published figure without a second record: administrative counts have negligible sampling error; ±5% for definitions and transfer to the era',
  },
  reference: { relative: [0.75, 1.25], reason: 'default for a figure from the reference text (stated, not counted): ±25%' },
  assumption: { relative: [0.5, 1.5], reason: `default for an assumption without its own range: ${HALF}` },
};

/** Whether a pattern (`a.*.c`, or a prefix `a`) matches a path. */
function matches(pattern: string, path: readonly string[]): boolean {
  if (pattern === '*') return true;
  const p = pattern.split('.');
  if (p.length > path.length) return false;
  return p.every((s, i) => s === '*' || s === path[i]);
}

/** How specific a pattern is: literal segments count most; later user keys win ties. */
const specificity = (pattern: string): number => (pattern === '*' ? 0 : pattern.split('.').reduce((s, x) => s + (x === '*' ? 1 : 3), 0));

const DOMAIN: Record<NumberKind, [number, number]> = { share: [0, 1], 'positive-share': [Number.MIN_VALUE, 1], days: [Number.MIN_VALUE, Infinity], weight: [0, Infinity] };

const isPair = (x: unknown): x is readonly [number, number] => Array.isArray(x);

function apply(rule: RangeRule | RangeOverride, value: number, kind: NumberKind, user: boolean): [number, number] {
  let [a, b] = isPair(rule) ? rule : 'absolute' in rule ? rule.absolute : [value * rule.relative[0], value * rule.relative[1]];
  // A built-in absolute range always holds the value (values change apart from ranges); a user's range is as given.
  if (!user && !isPair(rule) && 'absolute' in rule) [a, b] = [Math.min(a, value), Math.max(b, value)];
  const [dl, dh] = DOMAIN[kind];
  // A zero value (a move the era does not use) stays zero under relative factors.
  return [Math.min(dh, Math.max(dl, a)), Math.min(dh, Math.max(dl, b))];
}

const sourceKind = (p: Param): 'record' | 'reference' | 'assumption' =>
  'record' in p.source ? 'record' : 'reference' in p.source ? 'reference' : 'assumption';

/**
 * Every parameter of a regime's parameters with its range (user ranges first, then the rules above).
 * Validate user ranges first with {@link rangeOverrideIssues}.
 * @example
 * paramRanges(regimes['mpp-2019'].params).find((r) => r.id === 'cfPositive')
 * // { id: 'cfPositive', kind: 'share', value: 0.762, low: 0.653, high: 0.8, basis: 'record', reason: '…' }
 */
export function paramRanges(params: RegimeParams, overrides: RangeOverrides = {}): ParamRange[] {
  const out: ParamRange[] = [];
  const userKeys = Object.keys(overrides);
  walkSpec(params, PARAMS_SPEC, (path, v, kind) => {
    if (!isParam(v)) return;
    const p = v;
    const id = path.join('.');
    let best: string | undefined;
    for (const k of userKeys) if (matches(k, path) && (best === undefined || specificity(k) >= specificity(best))) best = k;
    let rule: RangeRule | RangeOverride;
    let basis: ParamRange['basis'];
    let reason: string;
    if (best !== undefined) {
      rule = overrides[best]!;
      basis = 'user';
      reason = `user range (${best})`;
    } else {
      const byPath = Object.keys(PATH_RANGES).find((k) => matches(k, path));
      const record = 'record' in p.source ? RECORD_RANGES[p.source.record] : undefined;
      const src = sourceKind(p);
      const chosen = byPath ? { r: PATH_RANGES[byPath]!, b: 'path' as const } : record ? { r: record, b: 'record' as const } : { r: DEFAULT_RANGES[src], b: 'default' as const };
      rule = chosen.r;
      basis = chosen.b;
      reason = chosen.r.reason;
    }
    const [low, high] = apply(rule, p.value, kind, basis === 'user');
    out.push({ id, kind, value: p.value, low, high, basis, reason });
  });
  return out;
}

/**
 * Problems with user ranges: unknown paths, malformed ranges, and absolute ranges outside a parameter's domain
 * (a share outside [0, 1], days ≤ 0, a negative weight), each naming the parameter.
 * @example
 * rangeOverrideIssues({ cfPositive: [0.5, 1.2] }, ['uncertainty', 'ranges'])
 * // [{ path: ['uncertainty', 'ranges', 'cfPositive'], message: 'range high end must be a share between 0 and 1; got 1.2' }]
 */
export function rangeOverrideIssues(overrides: unknown, path: (string | number)[]): Issue[] {
  if (overrides === undefined) return [];
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return [{ path, message: 'must be an object of ranges keyed by parameter path, e.g. { "cfPositive": [0.6, 0.8] }' }];
  }
  const issues: Issue[] = [];
  const kinds: [string[], NumberKind][] = [];
  walkSpec(undefined, PARAMS_SPEC, (p, _v, kind) => kinds.push([p, kind]));
  for (const [key, r] of Object.entries(overrides as Record<string, unknown>)) {
    const at = [...path, key];
    const hit = kinds.filter(([p]) => matches(key, p));
    if (hit.length === 0) {
      issues.push({ path: at, message: `matches no parameter; use a path such as cfPositive, recross.afterReturn or disposition.*.mexico` });
      continue;
    }
    const pair = Array.isArray(r) ? r : typeof r === 'object' && r !== null && 'relative' in r ? (r as { relative: unknown }).relative : undefined;
    const relative = !Array.isArray(r);
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      issues.push({ path: at, message: `must be [low, high] or { relative: [a, b] } with finite numbers; got ${JSON.stringify(r)}` });
      continue;
    }
    const [lo, hi] = pair as [number, number];
    if (lo > hi) {
      issues.push({ path: at, message: `range low end ${lo} is above the high end ${hi}` });
      continue;
    }
    if (relative) {
      if (lo < 0) issues.push({ path: at, message: `relative factors must be 0 or more; got ${lo}` });
      continue;
    }
    for (const kind of new Set(hit.map(([, k]) => k))) {
      const m = numberIssue(lo, kind) ?? numberIssue(hi, kind);
      if (m) {
        issues.push({ path: at, message: `range ${numberIssue(lo, kind) ? 'low' : 'high'} end ${m}` });
        break;
      }
    }
  }
  return issues;
}
