import type { IsoDate } from '../domain/dates.js';
import { ImmsimError, type Issue } from '../domain/errors.js';
import { defineRegime, type RegimeOverrides } from './define-regime.js';
import { contentHash } from '../domain/content-hash.js';
import { plainData } from '../domain/plain-data.js';
import { deepFreeze } from './overrides.js';
import { isRegimeId, regimes } from './snapshots.js';
import { show } from './zod-kit.js';
import { fullRegimeIssues, overridesIssues } from './schema.js';
import type { Regime } from './types.js';

export { measureIssues, PARAMS_SPEC, walkSpec, type Spec, type WeightsSpec } from './schema.js';

function isOverridesForm(value: unknown): value is RegimeOverrides & { base: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'base' in value;
}

/**
 * The problems with a user-supplied regime, as data (empty when valid). Accepts a full Regime object or the
 * overrides form `{ base: '<regime id or date>', id?, label?, description?, date?, measures?, inForce?, params? }`.
 * Every message names the field and the allowed values or range; unknown keys are errors.
 * @example
 * regimeIssues({ base: 'mpp-2019', params: { cfPositive: 1.4 } })
 * // [{ path: ['params', 'cfPositive'], message: 'must be a share between 0 and 1; got 1.4' }]
 */
export function regimeIssues(input: unknown): Issue[] {
  let value: unknown;
  try {
    value = plainData(input);
  } catch (e) {
    if (e instanceof ImmsimError) return e.issues;
    throw e;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: [], message: `a regime must be an object: a full regime, or { base: '<regime id or date>', ...overrides }; got ${show(value)}` }];
  }
  if (!isOverridesForm(value)) {
    const issues = fullRegimeIssues(value);
    // A built-in id names the built-in regime: a different regime under that id would print as something it is not.
    const id = (value as { id?: unknown }).id;
    if (issues.length === 0 && isRegimeId(id) && contentHash(value) !== contentHash(regimes[id])) {
      issues.push({ path: ['id'], message: `must not be a built-in regime id ('${id}') for a regime that differs from the built-in one; give it its own id` });
    }
    return issues;
  }
  const issues = overridesIssues(value, true);
  if (issues.length > 0) return issues;
  try {
    defineRegime(value.base as IsoDate, withoutBase(value));
    return [];
  } catch (e) {
    if (e instanceof ImmsimError) return e.issues;
    throw e;
  }
}

/**
 * A validated, frozen Regime from user input (an object, e.g. parsed JSON); throws an ImmsimError listing every issue.
 * @example
 * const r = parseRegime({ base: 'kelly-2017', id: 'kelly-no-detention', params: { custody: { 'single-adult': { detain: 0 } } } });
 * r.params.custody['single-adult'].detain.value // 0
 */
export function parseRegime(input: unknown): Regime {
  const issues = regimeIssues(input);
  if (issues.length > 0) throw new ImmsimError(issues);
  const value = plainData(input);
  if (isOverridesForm(value)) return defineRegime(value.base as IsoDate, withoutBase(value));
  return deepFreeze(value as Regime);
}

function withoutBase(value: RegimeOverrides & { base: string }): RegimeOverrides {
  const { base: _base, ...rest } = value;
  return rest;
}
