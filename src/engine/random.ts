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
  // The high word, without a division in the common case (0 ≤ index < 2^32).
  const hi = index >= 0 && index < 4294967296 ? 0 : Math.floor(index / 4294967296) >>> 0;
  return mix32(mix32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ lo) ^ Math.imul(hi + 1, 0xc2b2ae35));
}

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * A reseedable xoroshiro128+ stream: the same numbers as pure-rand's `xoroshiro128plusFromState` (the generator
 * DESIGN.md names), inlined with the state in four int32 fields so the hot loop allocates nothing per person.
 * @example
 * const s = new Stream().reset(42, 7);
 * s.next() === personStream(42, 7)() // true
 */
export class Stream {
  // [s01, s00, s11, s10] in pure-rand's order; an Int32Array keeps the words unboxed.
  private readonly s = new Int32Array(4);
  /** `next` as a plain function, for code that takes a {@link Uniform}. */
  readonly u: Uniform = () => this.next();

  /** Seeds the stream of person `index` under `seed` (see {@link personStream}); returns `this`. */
  reset(seed: number, index: number): this {
    const h = base(seed, index);
    let a = mix32(h ^ 0x243f6a88);
    const b = mix32(h ^ 0x85a308d3);
    const c = mix32(h ^ 0x13198a2e);
    const d = mix32(h ^ 0x03707344);
    if ((a | b | c | d) === 0) a = 1; // the all-zero state is a fixed point of xoroshiro
    const s = this.s;
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
    return this;
  }

  /** Copies the stream's state into `to` at `at` (4 words), so a person's stream can wait packed between events. */
  save(to: Int32Array, at: number): void {
    to.set(this.s, at);
  }

  /** Restores a state saved by `save`; returns `this`. */
  load(from: Int32Array, at: number): this {
    this.s.set(from.subarray(at, at + 4));
    return this;
  }

  /** The next uniform number in [0, 1). */
  next(): number {
    const s = this.s;
    const s01 = s[0]!;
    const s00 = s[1]!;
    const s11 = s[2]!;
    const s10 = s[3]!;
    const out = (s00 + s10) | 0;
    const a0 = s10 ^ s00;
    const a1 = s11 ^ s01;
    s[1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    s[0] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s[3] = (a1 << 5) ^ (a0 >>> 27);
    s[2] = (a0 << 5) ^ (a1 >>> 27);
    return (out >>> 0) * TWO_POW_MINUS_32;
  }
}

/**
 * The random stream of person `index` under `seed`: xoroshiro128+ seeded from a hash of (seed, index),
 * so a person's draws do not depend on worker count, shard or order — and are the same under every regime
 * (common random numbers).
 * @example
 * const u = personStream(42, 0);
 * u() === personStream(42, 0)(); // true
 */
export function personStream(seed: number, index: number): Uniform {
  return new Stream().reset(seed, index).u;
}

/**
 * A whole number of days drawn from an exponential distribution with the given mean.
 * @example
 * expDays(30, 0.5) // 21
 */
export function expDays(mean: number, u: number): number {
  return mean <= 0 ? 0 : Math.round(-mean * Math.log(1 - u));
}

const LATTICE = 4294967296; // a Stream's draws are k / 2^32 for an integer k
const BUCKET_BITS = 12; // 4096 buckets of 2^20 lattice points each
const SHIFT = 32 - BUCKET_BITS;
const IN_BUCKET = (1 << SHIFT) - 1;
const NO_STEP = 1 << SHIFT;
// Draws before a table is built: short runs (explain, tests) never pay for it.
const BUILD_AFTER = 4096;
const tables = new Map<number, Int32Array>();

/**
 * `expDays(mean, u)` for one mean, bit for bit, mostly without `Math.log`. On a Stream's lattice (u = k / 2^32)
 * expDays is non-decreasing in k: 1 − u is exact, log's error (< 1 ulp, under 2^-47 here) is far below the gap
 * between lattice points (> 2^-33 in log), and scaling and rounding keep order. So a bucket of k is constant when
 * its ends agree, and has one step when they differ by one: that step's k is found once by bisection. Buckets
 * with more steps, the draw k = 0 (which gives -0) and draws off the lattice use the formula.
 * @example
 * new ExpDays(30).draw(0.5) === expDays(30, 0.5) // true
 */
export class ExpDays {
  private table: Int32Array | null = null;
  private draws = 0;

  constructor(readonly mean: number) {}

  draw(u: number): number {
    const t = this.table;
    if (t !== null) {
      const k = u * LATTICE;
      if (k === k >>> 0 && k !== 0) {
        const i = (k >>> SHIFT) << 1;
        const step = t[i + 1]!;
        if (step >= 0) return (k & IN_BUCKET) >= step ? t[i]! + 1 : t[i]!;
      }
    } else if (++this.draws === BUILD_AFTER) this.table = tableFor(this.mean);
    return expDays(this.mean, u);
  }
}

function tableFor(mean: number): Int32Array | null {
  // Only finite, positive means whose days fit an int32 (the largest draw is about 22.2 means).
  if (!(mean > 0 && mean * 23 < 2 ** 30)) return null;
  let t = tables.get(mean);
  if (t) return t;
  t = new Int32Array(2 << BUCKET_BITS);
  const f = (k: number) => expDays(mean, k / LATTICE);
  for (let b = 0; b < 1 << BUCKET_BITS; b++) {
    const lo = b * NO_STEP;
    const hi = lo + IN_BUCKET;
    const a = f(lo === 0 ? 1 : lo);
    const z = f(hi);
    t[2 * b] = a;
    if (z === a) t[2 * b + 1] = NO_STEP;
    else if (z === a + 1) {
      // Smallest k in the bucket with f(k) = a + 1.
      let x = lo;
      let y = hi;
      while (x < y) {
        const mid = x + Math.floor((y - x) / 2);
        if (f(mid) > a) y = mid;
        else x = mid + 1;
      }
      t[2 * b + 1] = x - lo;
    } else t[2 * b + 1] = -1;
  }
  tables.set(mean, t);
  return t;
}

// The path stream is separate from the profile stream, so every regime sees the same person and the same draws.
const PATH_SALT = 0x5bd1e995;

/**
 * The seed of the path streams under `seed` (see {@link pathStream}).
 * @example
 * personStream(pathSeed(1), 0)() === pathStream(1, 0)() // true
 */
export function pathSeed(seed: number): number {
  return (seed ^ PATH_SALT) >>> 0;
}

/**
 * The stream that drives person `index`'s path (the profile comes from `personStream`).
 * @example
 * pathStream(1, 0)() === pathStream(1, 0)() // true
 */
export function pathStream(seed: number, index: number): Uniform {
  return personStream(pathSeed(seed), index);
}
