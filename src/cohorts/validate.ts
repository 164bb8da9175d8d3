import type { z } from 'zod';
import { CITIZENSHIP_GROUPS, citizenshipGroup, isCountryCode } from '../domain/citizenship.js';
import { ImmsimError, type Issue } from '../domain/errors.js';
import { plainData } from '../domain/plain-data.js';
import { DEMOGRAPHICS, SECTORS } from '../domain/profile.js';
import { deepFreeze } from '../policy/overrides.js';
import type { Param } from '../policy/types.js';
import { anyString, idString, leaf, nonEmptyString, paramIssues, show, strict, toIssues, type LeafIssue } from '../policy/zod-kit.js';
import type { Cohort } from './types.js';

/** How far a mix may be from summing to 1 (user files round shares). */
export const MIX_TOLERANCE = 1e-6;

const share = leaf((v) => paramIssues(v, 'share', false));

/** A record of shares that must sum to 1. */
function mix(keys: readonly string[], what: string): z.ZodType {
  return strict(Object.fromEntries(keys.map((k) => [k, share])), what).superRefine((o, ctx) => {
    const values = keys.map((k) => (o as Record<string, Param | undefined>)[k]?.value);
    if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return;
    const total = (values as number[]).reduce((s, v) => s + v, 0);
    if (Math.abs(total - 1) > MIX_TOLERANCE) {
      ctx.addIssue({ code: 'custom', message: `shares of ${keys.join(', ')} must sum to 1 (±${MIX_TOLERANCE}); got ${total}` });
    }
  });
}

/** Countries within one group: ISO codes of that group, weights ≥ 0, at least one > 0. */
function countriesOf(group: (typeof CITIZENSHIP_GROUPS)[number]) {
  return leaf((v): LeafIssue[] => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      return [{ message: `must be an object of country code → { value, source } weights, e.g. { "GT": ... }; got ${show(v)}` }];
    }
    const issues: LeafIssue[] = [];
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0) issues.push({ message: 'must list at least one country' });
    for (const [code, p] of entries) {
      if (!isCountryCode(code)) issues.push({ path: [code], message: "unknown country code; must be ISO 3166 alpha-2 such as 'MX', 'GT', 'BR'" });
      else if (citizenshipGroup(code) !== group) issues.push({ path: [code], message: `belongs to group '${citizenshipGroup(code)}', not '${group}'` });
      for (const i of paramIssues(p, 'weight', false)) issues.push({ path: [code, ...(i.path ?? [])], message: i.message });
    }
    const values = entries.map(([, p]) => (p as Param | undefined)?.value);
    if (entries.length > 0 && values.every((x) => typeof x === 'number') && !values.some((x) => (x as number) > 0)) {
      issues.push({ message: 'at least one country weight must be greater than 0; all are 0' });
    }
    return issues;
  });
}

const byDemographic = (inner: () => z.ZodType) => strict(Object.fromEntries(DEMOGRAPHICS.map((d) => [d, inner()])), 'demographic');

const cohortSchema = strict({
  id: leaf(idString),
  label: leaf(nonEmptyString),
  fiscalYear: leaf((v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100 ? [] : [{ message: `must be a fiscal year (an integer such as 2019); got ${show(v)}` }])),
  description: leaf(anyString),
  demographic: mix(DEMOGRAPHICS, 'demographic'),
  citizenship: byDemographic(() => mix(CITIZENSHIP_GROUPS, 'citizenship group')),
  countries: strict(Object.fromEntries(CITIZENSHIP_GROUPS.map((g) => [g, countriesOf(g)])), 'citizenship group'),
  portOfEntryShare: share,
  fearOfReturn: byDemographic(() => strict(Object.fromEntries(CITIZENSHIP_GROUPS.map((g) => [g, share])), 'citizenship group')),
  priorRemovalOrder: share,
  healthVulnerable: share,
  criminalHistory: share,
  fearOfMexico: share,
  familyChildShare: share.optional(),
  familyYoungChild: share,
  tamaulipasSectors: share,
  sectors: mix(SECTORS, 'sector').optional(),
  uacUnder14: share,
});

/**
 * The problems with a user-supplied cohort, as data (empty when valid): shares in [0, 1] that sum to 1 within each
 * mix, country codes of the right group, sources present, no unknown keys.
 * @example
 * cohortIssues({ ...cohorts['swb-fy2019'], portOfEntryShare: { value: 2, source: { assumption: 'x' } } })
 * // [{ path: ['portOfEntryShare', 'value'], message: 'must be a share between 0 and 1; got 2' }]
 */
export function cohortIssues(input: unknown): Issue[] {
  let value: unknown;
  try {
    value = plainData(input);
  } catch (e) {
    if (e instanceof ImmsimError) return e.issues;
    throw e;
  }
  return toIssues(cohortSchema.safeParse(value).error);
}

/**
 * A validated, frozen Cohort from user input (e.g. parsed JSON); throws an ImmsimError listing every issue.
 * @example
 * const mine = parseCohort({ ...cohorts['swb-fy2019'], id: 'my-cohort' });
 */
export function parseCohort(value: unknown): Cohort {
  const issues = cohortIssues(value);
  if (issues.length > 0) throw new ImmsimError(issues);
  return deepFreeze(plainData(value) as Cohort);
}
