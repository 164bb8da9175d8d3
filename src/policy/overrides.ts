import { ImmsimError } from '../domain/errors.js';
import type { Param, ParamOverrides, RegimeParams, Source } from './types.js';

/**
 * Whether a value has the shape of a `Param` ({ value: number, source: object }).
 * @example
 * isParam({ value: 0.5, source: { assumption: 'x' } }) // true
 */
export function isParam(x: unknown): x is Param {
  return typeof x === 'object' && x !== null && typeof (x as Param).value === 'number' && typeof (x as Param).source === 'object';
}

/**
 * A copy of `params` with overrides applied: a number becomes `{ value, source }`, a Param is taken as given.
 * Throws an ImmsimError for a key that is not a parameter (validate first to get every issue at once).
 * @example
 * applyParamOverrides(params, { cfPositive: 0.5 }, { assumption: 'user override' }).cfPositive.value // 0.5
 */
export function applyParamOverrides(params: RegimeParams, overrides: ParamOverrides | undefined, source: Source): RegimeParams {
  const out = structuredClone(params) as RegimeParams;
  if (overrides) merge(out as unknown as Record<string, unknown>, overrides as Record<string, unknown>, source, ['params']);
  return out;
}

function merge(target: Record<string, unknown>, over: Record<string, unknown>, source: Source, path: string[]): void {
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = Object.hasOwn(target, key) ? target[key] : undefined;
    if (current === undefined) throw new ImmsimError([{ path: [...path, key], message: 'unknown parameter' }]);
    if (isParam(current)) {
      if (typeof value === 'number') target[key] = { value, source: structuredClone(source) };
      else if (isParam(value)) target[key] = structuredClone(value);
      else throw new ImmsimError([{ path: [...path, key], message: `must be a number or { value, source }; got ${JSON.stringify(value)}` }]);
    } else if (typeof value === 'object' && value !== null && typeof current === 'object' && current !== null) {
      merge(current as Record<string, unknown>, value as Record<string, unknown>, source, [...path, key]);
    } else {
      throw new ImmsimError([{ path: [...path, key], message: `must be an object of parameters; got ${JSON.stringify(value)}` }]);
    }
  }
}

/**
 * Freezes an object and everything inside it; returns it.
 * @example
 * deepFreeze({ a: { b: 1 } }).a // frozen too
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
