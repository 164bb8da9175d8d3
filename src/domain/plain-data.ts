import { ImmsimError } from './errors.js';

/** How deeply user data may nest (regimes nest about 5 levels; files deeper than this are not regimes). */
export const MAX_DEPTH = 64;
/** How many values user data may hold in all (a regime holds a few hundred). */
export const MAX_NODES = 1_000_000;

/**
 * A plain copy of user input (objects, arrays, strings, numbers, booleans, null), read once. Throws an ImmsimError
 * naming the path for what JSON cannot hold (bigint, function, symbol, class instances), cycles, nesting deeper than
 * {@link MAX_DEPTH}, more than {@link MAX_NODES} values, and getters or proxies that throw — so validators downstream
 * only ever see plain data and the library throws nothing but ImmsimError for bad input.
 * @example
 * plainData({ a: [1, 'x'] }, ['regime']) // { a: [1, 'x'] }
 * plainData({ n: 10n }, ['regime']) // throws ImmsimError: regime.n: must be plain JSON data; got a bigint
 */
export function plainData(value: unknown, path: readonly (string | number)[] = []): unknown {
  let nodes = 0;
  const ancestors = new Set<object>();
  const fail = (at: (string | number)[], message: string): never => {
    throw new ImmsimError([{ path: [...path, ...at], message }]);
  };
  const walk = (v: unknown, at: (string | number)[]): unknown => {
    if (++nodes > MAX_NODES) fail([], `holds more than ${MAX_NODES.toLocaleString('en-US')} values`);
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v !== 'object') return fail(at, `must be plain JSON data; got a ${typeof v}`);
    if (at.length >= MAX_DEPTH) fail([...at.slice(0, 3), "…"], `is nested deeper than ${MAX_DEPTH} levels`);
    if (ancestors.has(v)) fail(at, 'is cyclic (refers to itself)');
    ancestors.add(v);
    let out: unknown;
    if (Array.isArray(v)) {
      const len = v.length;
      if (len > MAX_NODES) fail(at, `holds more than ${MAX_NODES.toLocaleString('en-US')} values`);
      const arr: unknown[] = [];
      for (let i = 0; i < len; i++) arr.push(walk(v[i], [...at, i]));
      out = arr;
    } else {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) fail(at, 'must be a plain object (not a class instance, Map, Date or similar)');
      const obj: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        const x = walk((v as Record<string, unknown>)[k], [...at, k]);
        // __proto__ as an own key must stay data, never become the prototype.
        Object.defineProperty(obj, k, { value: x, enumerable: true, writable: true, configurable: true });
      }
      out = obj;
    }
    ancestors.delete(v);
    return out;
  };
  try {
    return walk(value, []);
  } catch (e) {
    if (e instanceof ImmsimError) throw e;
    // A proxy trap or getter threw, or the value is too deep for the engine to look at: not plain data.
    throw new ImmsimError([{ path: [...path], message: 'could not be read as plain data (a getter or proxy threw)' }]);
  }
}
