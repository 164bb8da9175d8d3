// Test helpers (not a test file): split data into shards and merge them back in an arbitrary order.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Splits `data` into contiguous shards at the given cut positions (taken modulo length + 1; may be empty). */
export function split<T>(data: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const shards: T[][] = [];
  let start = 0;
  for (const p of points) {
    shards.push(data.slice(start, p));
    start = p;
  }
  shards.push(data.slice(start));
  return shards;
}

/**
 * Merges shards pairwise until one is left, picking the two to merge from `order` (any two, not only
 * neighbours), so both the grouping and the order of merges vary.
 */
export function mergeInOrder<S>(shards: readonly S[], order: readonly number[], merge: (a: S, b: S) => S): S {
  const pool = [...shards];
  let k = 0;
  while (pool.length > 1) {
    const i = (order[k++ % Math.max(1, order.length)] ?? 0) % pool.length;
    const [a] = pool.splice(i, 1);
    const j = (order[k++ % Math.max(1, order.length)] ?? 0) % pool.length;
    const [b] = pool.splice(j, 1);
    pool.push(merge(a as S, b as S));
  }
  return pool[0] as S;
}

/** A seeded source of uniform and normal draws for simulations in tests. */
export function seededRandom(seed: number): { uniform: () => number; normal: () => number } {
  const rng = xoroshiro128plus(seed);
  const uniform = () => uniformFloat64(rng);
  const normal = () => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return { uniform, normal };
}

/** The type-7 (R, NumPy default) quantile of sorted data, computed the way the sketch does. */
export function type7(sorted: readonly number[], q: number): number {
  const h = q * (sorted.length - 1);
  const r = Math.floor(h);
  const f = h - r;
  const lo = sorted[r] as number;
  return f > 0 ? lo + f * ((sorted[r + 1] as number) - lo) : lo;
}
