import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded stream of uniform numbers in [0, 1). */
export type Uniform = () => number;

// splitmix32-style finaliser: spreads (seed, index, lane) over all 32 bits.
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

function lane(seed: number, index: number, k: number): number {
  // index may exceed 2^32 in theory; split it into high and low words so distinct people never share a stream.
  const lo = index >>> 0;
  const hi = Math.floor(index / 4294967296) >>> 0;
  return mix32(mix32(mix32(seed ^ Math.imul(k + 1, 0x9e3779b9)) ^ lo) ^ Math.imul(hi, 0x85ebca6b) ^ k);
}

/**
 * The random stream of person `index` under `seed`: xoroshiro128+ (pure-rand) seeded from a hash of (seed, index),
 * so a person's draws do not depend on worker count, shard or order — and are the same under every regime
 * (common random numbers).
 * @example
 * const u = personStream(42, 0);
 * u() === personStream(42, 0)(); // true
 */
export function personStream(seed: number, index: number): Uniform {
  let a = lane(seed, index, 0);
  const b = lane(seed, index, 1);
  const c = lane(seed, index, 2);
  const d = lane(seed, index, 3);
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is a fixed point of xoroshiro
  const g = xoroshiro128plusFromState([a | 0, b | 0, c | 0, d | 0]);
  return () => (g.next() >>> 0) * 2.3283064365386963e-10;
}

/**
 * A whole number of days drawn from an exponential distribution with the given mean.
 * @example
 * expDays(30, 0.5) // 21
 */
export function expDays(mean: number, u: number): number {
  return mean <= 0 ? 0 : Math.round(-mean * Math.log(1 - u));
}

// The path stream is separate from the profile stream, so every regime sees the same person and the same draws.
const PATH_SALT = 0x5bd1e995;

/**
 * The stream that drives person `index`'s path (the profile comes from `personStream`).
 * @example
 * pathStream(1, 0)() === pathStream(1, 0)() // true
 */
export function pathStream(seed: number, index: number): Uniform {
  return personStream((seed ^ PATH_SALT) >>> 0, index);
}
