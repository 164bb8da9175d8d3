import { ImmsimError } from '../domain/errors.js';
import { JsonReader } from './read-json.js';

/**
 * Options of a {@link QuantileSketch}. All sketches to be merged must use the same options.
 * @example
 * new QuantileSketch({ alpha: 0.005, exactLimit: 1 << 13 })
 */
export interface QuantileSketchOptions {
  /** Relative accuracy of the logarithmic buckets, in (0, 1). Default 0.01 (1%). */
  alpha?: number;
  /** Integers 0 … exactLimit − 1 are counted exactly. Default 4096 (days: over 11 years). */
  exactLimit?: number;
  /** Most logarithmic buckets kept; beyond that the lowest are collapsed. Default 2048. */
  maxBuckets?: number;
}

/**
 * The serialised form of a {@link QuantileSketch} (plain JSON).
 * @example
 * new QuantileSketch().add(0).add(2).add(2).add(5000).toJSON()
 * // { kind: 'quantile-sketch', alpha: 0.01, exactLimit: 4096, maxBuckets: 2048, count: 4, min: 0, max: 5000,
 * //   exact: [1, 0, 2], buckets: [[426, 1]] }
 */
export interface QuantileSketchJSON {
  kind: 'quantile-sketch';
  alpha: number;
  exactLimit: number;
  maxBuckets: number;
  /** Number of values added. */
  count: number;
  /** Smallest and largest value added (null when empty). */
  min: number | null;
  max: number | null;
  /** exact[v] = how many times the integer v was added (0 ≤ v < exactLimit); trailing zeros dropped. */
  exact: number[];
  /** [index, count] pairs by increasing index; bucket i holds values in (γ^(i−1), γ^i], γ = (1+α)/(1−α). */
  buckets: [number, number][];
}

/**
 * A mergeable quantile sketch for non-negative values such as durations in days: exact for small
 * integers, relative accuracy α beyond.
 *
 * **Design.** A hybrid of an exact histogram and DDSketch (Masson, Rim & Lee, VLDB 2019):
 * - every integer 0 ≤ v < `exactLimit` (default 4096) has its own exact counter — this includes the
 *   exact zero bucket;
 * - every other value x (non-integers, and integers ≥ exactLimit) goes to the logarithmic bucket
 *   i = ⌈log_γ x⌉, γ = (1 + α)/(1 − α), which is represented by 2γⁱ/(γ + 1), within α of every value
 *   in the bucket (γ^(i−1), γ^i].
 *
 * **Guarantee.** `quantile(q)` interpolates linearly between order statistics at rank q·(n − 1)
 * (Hyndman–Fan type 7, the default of R and NumPy). If all values are integers below `exactLimit`, the
 * result is exactly the type-7 quantile of the data. Otherwise it is within relative error α of it
 * (as long as no buckets were collapsed, below): every value's stand-in is within α of the value, so
 * each order statistic — and any interpolation between two — is too. The smallest and largest order
 * statistics are tracked exactly, so q = 0 and q = 1 give the exact minimum and maximum.
 *
 * **Memory** is bounded: at most `exactLimit` exact counters (allocated only up to the largest integer
 * seen) plus `maxBuckets` (default 2048) logarithmic buckets. 2048 buckets at α = 1% span a ratio of
 * about 10¹⁷ between the smallest and largest value, so collapsing — folding the lowest buckets into
 * the next, which loses accuracy only for the smallest non-exact values — does not happen for days.
 *
 * **Merging** adds integer counts, so it is exact, commutative and associative: any split of the data,
 * merged in any grouping, gives the same state and the same quantiles bit for bit (collapsing included).
 * Bucket indices use `Math.log`; engines whose `Math.log` differs in the last bit could place a value on
 * a bucket boundary differently (integers below `exactLimit` never touch `Math.log`). Only sketches
 * with the same alpha, exactLimit and maxBuckets can be merged.
 *
 * @example
 * const s = new QuantileSketch();
 * for (const d of [0, 3, 3, 7, 30, 90, 365]) s.add(d);
 * s.quantile(0.5) // 7 (exact: all values are integers below 4096)
 * s.quantile(0.9) // ≈ 200 (rank 0.9 · 6 = 5.4: 90 + 0.4 · (365 − 90))
 * QuantileSketch.fromJSON(JSON.parse(JSON.stringify(s))).quantile(0.5) // 7
 */
export class QuantileSketch {
  /** Relative accuracy of the logarithmic buckets. */
  readonly alpha: number;
  /** Integers below this are counted exactly. */
  readonly exactLimit: number;
  /** Most logarithmic buckets kept. */
  readonly maxBuckets: number;
  private readonly gamma: number;
  private readonly multiplier: number;
  private exact: Float64Array = new Float64Array(0);
  private readonly buckets = new Map<number, number>();
  /** Lowest bucket index present (Infinity when there are no buckets). */
  private minIndex = Infinity;
  private n = 0;
  private lowest = Infinity;
  private highest = -Infinity;

  constructor(options: QuantileSketchOptions = {}) {
    const { alpha = 0.01, exactLimit = 4096, maxBuckets = 2048 } = options;
    if (!(alpha > 0 && alpha < 1)) throw new RangeError(`QuantileSketch: alpha must be in (0, 1), got ${alpha}`);
    if (!Number.isSafeInteger(exactLimit) || exactLimit < 1 || exactLimit > 2 ** 24) {
      throw new RangeError(`QuantileSketch: exactLimit must be an integer in [1, 2^24], got ${exactLimit}`);
    }
    if (!Number.isSafeInteger(maxBuckets) || maxBuckets < 1) {
      throw new RangeError(`QuantileSketch: maxBuckets must be a positive integer, got ${maxBuckets}`);
    }
    this.alpha = alpha;
    this.exactLimit = exactLimit;
    this.maxBuckets = maxBuckets;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.multiplier = 1 / Math.log(this.gamma);
  }

  /** Adds a non-negative finite value, `count` times (default once). Returns `this`. */
  add(x: number, count = 1): this {
    if (!(x >= 0 && x < Infinity)) throw new RangeError(`QuantileSketch.add: value must be finite and ≥ 0, got ${x}`);
    if (count !== 1 && (!Number.isSafeInteger(count) || count < 0)) {
      throw new RangeError(`QuantileSketch.add: count must be a non-negative integer, got ${count}`);
    }
    if (count === 0) return this;
    if (x < this.exactLimit && Number.isInteger(x)) {
      if (x >= this.exact.length) this.growExact(x + 1);
      this.exact[x] = (this.exact[x] ?? 0) + count;
    } else {
      this.addToBucket(Math.ceil(Math.log(x) * this.multiplier), count);
    }
    this.n += count;
    if (x < this.lowest) this.lowest = x;
    if (x > this.highest) this.highest = x;
    return this;
  }

  /**
   * Adds another sketch's values to this one (the other is not changed). Returns `this`.
   * @throws {ImmsimError} if the sketches differ in alpha, exactLimit or maxBuckets
   */
  merge(other: QuantileSketch): this {
    for (const key of ['alpha', 'exactLimit', 'maxBuckets'] as const) {
      if (this[key] !== other[key]) {
        throw new ImmsimError([
          { path: [key], message: `cannot merge quantile sketches with different ${key} (${this[key]} and ${other[key]})` },
        ]);
      }
    }
    if (other.n === 0) return this;
    if (other.exact.length > this.exact.length) this.growExact(other.exact.length);
    other.exact.forEach((c, v) => {
      if (c !== 0) this.exact[v] = (this.exact[v] ?? 0) + c;
    });
    for (const [index, c] of other.buckets) this.addToBucket(index, c);
    this.n += other.n;
    this.lowest = Math.min(this.lowest, other.lowest);
    this.highest = Math.max(this.highest, other.highest);
    return this;
  }

  /** A copy. */
  clone(): QuantileSketch {
    return new QuantileSketch(this.options()).merge(this);
  }

  /** How many values were added. */
  get count(): number {
    return this.n;
  }

  /** The smallest value added (NaN when empty). */
  get min(): number {
    return this.n === 0 ? NaN : this.lowest;
  }

  /** The largest value added (NaN when empty). */
  get max(): number {
    return this.n === 0 ? NaN : this.highest;
  }

  /**
   * The q-quantile (type 7: linear interpolation at rank q·(n − 1)); exact for integer data below
   * `exactLimit`, otherwise within relative error alpha. NaN when empty.
   * @throws {RangeError} if q is not in [0, 1]
   */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`QuantileSketch.quantile: q must be in [0, 1], got ${q}`);
    if (this.n === 0) return NaN;
    const h = q * (this.n - 1);
    const r = Math.floor(h);
    const f = h - r;
    const r2 = f > 0 ? r + 1 : r;
    let [lo, hi] = this.valuesAtRanks(r, r2);
    // The smallest and largest order statistics are known exactly.
    if (r === 0) lo = this.lowest;
    if (r === this.n - 1) lo = this.highest;
    if (r2 === this.n - 1) hi = this.highest;
    const v = f > 0 ? lo + f * (hi - lo) : lo;
    return Math.min(this.highest, Math.max(this.lowest, v));
  }

  /** Plain-JSON state; `QuantileSketch.fromJSON` restores it exactly. */
  toJSON(): QuantileSketchJSON {
    let end = this.exact.length;
    while (end > 0 && this.exact[end - 1] === 0) end--;
    return {
      kind: 'quantile-sketch',
      ...(this.options() as Required<QuantileSketchOptions>),
      count: this.n,
      min: this.n === 0 ? null : this.lowest,
      max: this.n === 0 ? null : this.highest,
      exact: Array.from(this.exact.subarray(0, end)),
      buckets: [...this.buckets.entries()].sort((a, b) => a[0] - b[0]),
    };
  }

  /**
   * Restores a sketch from `toJSON()` output (for instance a shard written by another process).
   * @throws {ImmsimError} naming the field when the data is not a valid serialised sketch
   */
  static fromJSON(json: unknown): QuantileSketch {
    const r: JsonReader = new JsonReader(json, 'quantile-sketch');
    const alpha = r.number('alpha');
    if (!(alpha > 0 && alpha < 1)) r.fail(['alpha'], `must be in (0, 1), got ${alpha}`);
    const exactLimit = r.integer('exactLimit', 1);
    if (exactLimit > 2 ** 24) r.fail(['exactLimit'], `must be at most 2^24, got ${exactLimit}`);
    const s = new QuantileSketch({ alpha, exactLimit, maxBuckets: r.integer('maxBuckets', 1) });
    const count = r.integer('count', 0);
    const exact = r.integers('exact', 0);
    if (exact.length > exactLimit) r.fail(['exact'], `has ${exact.length} counters, more than exactLimit ${exactLimit}`);
    s.exact = Float64Array.from(exact);
    let total = exact.reduce((a, b) => a + b, 0);
    let previous = -Infinity;
    r.array('buckets').forEach((pair, i) => {
      const [index, c] = Array.isArray(pair) && pair.length === 2 ? (pair as unknown[]) : [];
      if (typeof index !== 'number' || !Number.isSafeInteger(index) || typeof c !== 'number' || !Number.isSafeInteger(c) || c < 1) {
        r.fail(['buckets', i], 'expected [index, count] with integer index and count ≥ 1');
      }
      if (index <= previous) r.fail(['buckets', i], 'bucket indices must be strictly increasing');
      previous = index;
      s.buckets.set(index, c);
      total += c;
    });
    if (s.buckets.size > s.maxBuckets) r.fail(['buckets'], `has ${s.buckets.size} buckets, more than maxBuckets ${s.maxBuckets}`);
    if (total !== count) r.fail(['count'], `is ${count} but the counters add up to ${total}`);
    s.minIndex = s.buckets.size > 0 ? (s.buckets.keys().next().value as number) : Infinity;
    s.n = count;
    if (count > 0) {
      const min = r.number('min');
      const max = r.number('max');
      if (!(min >= 0 && min <= max)) r.fail(['min'], `need 0 ≤ min ≤ max, got min=${min}, max=${max}`);
      s.lowest = min;
      s.highest = max;
    }
    return s;
  }

  private options(): QuantileSketchOptions {
    return { alpha: this.alpha, exactLimit: this.exactLimit, maxBuckets: this.maxBuckets };
  }

  private growExact(length: number): void {
    let size = Math.max(16, this.exact.length);
    while (size < length) size *= 2;
    const grown = new Float64Array(Math.min(size, this.exactLimit));
    grown.set(this.exact);
    this.exact = grown;
  }

  /**
   * Adds `count` to bucket `index`, keeping at most maxBuckets buckets by folding the lowest into the
   * next lowest. The state is then a function of the multiset of indices alone (every index below the
   * maxBuckets-th highest distinct index is counted there), whatever the order of adds and merges.
   */
  private addToBucket(index: number, count: number): void {
    const existing = this.buckets.get(index);
    if (existing !== undefined) {
      this.buckets.set(index, existing + count);
      return;
    }
    if (this.buckets.size >= this.maxBuckets && index < this.minIndex) {
      this.buckets.set(this.minIndex, (this.buckets.get(this.minIndex) ?? 0) + count);
      return;
    }
    this.buckets.set(index, count);
    if (index < this.minIndex) this.minIndex = index;
    if (this.buckets.size > this.maxBuckets) {
      const folded = this.buckets.get(this.minIndex) ?? 0;
      this.buckets.delete(this.minIndex);
      let next = Infinity;
      for (const k of this.buckets.keys()) if (k < next) next = k;
      this.buckets.set(next, (this.buckets.get(next) ?? 0) + folded);
      this.minIndex = next;
    }
  }

  /** The stand-in values of the items at two ranks (0-based, r1 ≤ r2) in sorted order. */
  private valuesAtRanks(r1: number, r2: number): [number, number] {
    const keys = [...this.buckets.keys()].sort((a, b) => a - b);
    const scale = 2 / (this.gamma + 1);
    let k = 0;
    let nextBucket = keys.length > 0 ? scale * Math.pow(this.gamma, keys[0] ?? 0) : Infinity;
    let v = 0;
    let seen = 0;
    let first = NaN;
    for (;;) {
      while (v < this.exact.length && this.exact[v] === 0) v++;
      let value: number;
      let c: number;
      if (v < this.exact.length && v <= nextBucket) {
        value = v;
        c = this.exact[v] ?? 0;
        v++;
      } else if (k < keys.length) {
        value = nextBucket;
        c = this.buckets.get(keys[k] ?? 0) ?? 0;
        k++;
        nextBucket = k < keys.length ? scale * Math.pow(this.gamma, keys[k] ?? 0) : Infinity;
      } else {
        // Unreachable while the counters add up to n.
        return [Number.isNaN(first) ? this.highest : first, this.highest];
      }
      seen += c;
      if (Number.isNaN(first) && seen > r1) first = value;
      if (seen > r2) return [first, value];
    }
  }
}
