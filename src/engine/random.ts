import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded stream of uniform numbers in [0, 1). */
export type Uniform = () => number;

// splitmix32-style finaliser: spreads (seed, index, lane) over all 32 bits.
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

// One hash of (seed, index), then one finalising mix per state word: distinct people never share a stream.
function base(seed: number, index: number): number {
  const lo = index >>> 0;
  const hi = Math.floor(index / 4294967296) >>> 0;
  return mix32(mix32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ lo) ^ Math.imul(hi + 1, 0xc2b2ae35));
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
  const h = base(seed, index);
  let a = mix32(h ^ 0x243f6a88);
  const b = mix32(h ^ 0x85a308d3);
  const c = mix32(h ^ 0x13198a2e);
  const d = mix32(h ^ 0x03707344);
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
