import { JsonReader } from './read-json.js';
import { tQuantile } from './t-quantile.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The serialised form of a {@link MeanAccumulator} (plain JSON).
 * @example
 * new MeanAccumulator().add(3).add(5).add(10).toJSON()
 * // { kind: 'mean', count: 3, mean: 6, m2: 26, sum: 18, sumSq: 134 }
 */
export interface MeanAccumulatorJSON {
  kind: 'mean';
  /** How many values were added. */
  count: number;
  /** Their mean (0 when empty). */
  mean: number;
  /** Their sum of squared deviations from the mean, Σ(x − mean)² (0 when empty). */
  m2: number;
  /** Exact integer Σx while every value was an integer and Σx² < 2⁵³; otherwise null. */
  sum: number | null;
  /** Exact integer Σx² under the same condition; otherwise null. */
  sumSq: number | null;
}

/**
 * A streaming, mergeable mean and variance with a t-interval for the mean.
 *
 * **Exact integer path.** While every value is an integer and Σx² stays below 2⁵³ it keeps the integer
 * sums Σx and Σx² (exact in a double, since |Σx| ≤ Σx² for integers). Mean, variance and interval are
 * then pure functions of (count, Σx, Σx²) — computed once, with a BigInt for n·Σx² − (Σx)² — so any
 * split of the data into shards, merged in any order or grouping, gives bit-for-bit the same result as
 * one pass. Simulated days and counts are integers, so this is the normal case.
 *
 * **Floating-point path.** At the first non-integer value, or when Σx² would reach 2⁵³, it switches
 * for good to Welford's update (`add`) and Chan et al.'s pairwise formula (`merge`). These are
 * numerically stable and merging is associative up to rounding: results of different splits agree to
 * about 1e-15 relative, not necessarily bit for bit.
 *
 * @example
 * const a = new MeanAccumulator().add(3).add(5);
 * const b = new MeanAccumulator().add(10);
 * a.merge(b);
 * a.mean // 6
 * a.variance // 13
 * a.ci95() // [-2.957, 14.957] (Student t with 2 df)
 * MeanAccumulator.fromJSON(JSON.parse(JSON.stringify(a))).mean // 6
 */
export class MeanAccumulator {
  private n = 0;
  private exact = true;
  /** Exact path: Σx and Σx². */
  private s1 = 0;
  private s2 = 0;
  /** Welford path: mean and Σ(x − mean)². */
  private mu = 0;
  private dev2 = 0;

  /** Adds one finite value. Returns `this`. */
  add(x: number): this {
    if (this.exact) {
      if (Number.isInteger(x)) {
        const s2 = this.s2 + x * x;
        if (s2 <= MAX_SAFE) {
          this.n++;
          this.s1 += x;
          this.s2 = s2;
          return this;
        }
      } else if (!Number.isFinite(x)) {
        throw new RangeError(`MeanAccumulator.add: value must be finite, got ${x}`);
      }
      this.toWelford();
    } else if (!Number.isFinite(x)) {
      throw new RangeError(`MeanAccumulator.add: value must be finite, got ${x}`);
    }
    this.n++;
    const d = x - this.mu;
    this.mu += d / this.n;
    this.dev2 += d * (x - this.mu);
    return this;
  }

  /** Adds another accumulator's values to this one (the other is not changed). Returns `this`. */
  merge(other: MeanAccumulator): this {
    if (other.n === 0) return this;
    if (this.n === 0) {
      this.n = other.n;
      this.exact = other.exact;
      this.s1 = other.s1;
      this.s2 = other.s2;
      this.mu = other.mu;
      this.dev2 = other.dev2;
      return this;
    }
    if (this.exact && other.exact) {
      const s2 = this.s2 + other.s2;
      if (s2 <= MAX_SAFE) {
        this.n += other.n;
        this.s1 += other.s1;
        this.s2 = s2;
        return this;
      }
    }
    this.toWelford();
    const nb = other.n;
    const mb = other.mean;
    const m2b = other.m2;
    const n = this.n + nb;
    const delta = mb - this.mu;
    this.mu += delta * (nb / n);
    this.dev2 += m2b + delta * delta * ((this.n * nb) / n);
    this.n = n;
    return this;
  }

  /** A copy. */
  clone(): MeanAccumulator {
    return new MeanAccumulator().merge(this);
  }

  /** How many values were added. */
  get count(): number {
    return this.n;
  }

  /** Whether the exact integer path is in use (see the class comment). */
  get isExact(): boolean {
    return this.exact;
  }

  /** The mean; NaN when empty. */
  get mean(): number {
    if (this.n === 0) return NaN;
    return this.exact ? this.s1 / this.n : this.mu;
  }

  /** Σ(x − mean)², the sum of squared deviations; 0 when empty. */
  get m2(): number {
    if (this.n === 0) return 0;
    return this.exact ? this.exactNumerator() / this.n : this.dev2;
  }

  /** The sample variance Σ(x − mean)² / (n − 1); NaN with fewer than two values. */
  get variance(): number {
    if (this.n < 2) return NaN;
    return this.exact ? this.exactNumerator() / (this.n * (this.n - 1)) : this.dev2 / (this.n - 1);
  }

  /**
   * The 95% confidence interval for the mean: mean ± t₀.₉₇₅,ₙ₋₁ · s/√n, with Student's t quantile
   * (which tends to the normal 1.95996 as n grows). `[NaN, NaN]` with fewer than two values.
   */
  ci95(): [number, number] {
    if (this.n < 2) return [NaN, NaN];
    const mean = this.mean;
    const half = tQuantile(0.975, this.n - 1) * Math.sqrt(this.variance / this.n);
    return [mean - half, mean + half];
  }

  /** `{ mean, ci95 }`, the shape of `MeanWithCi` in the simulation result. */
  toMeanWithCi(): { mean: number; ci95: [number, number] } {
    return { mean: this.mean, ci95: this.ci95() };
  }

  /** Plain-JSON state; `MeanAccumulator.fromJSON` restores it exactly. */
  toJSON(): MeanAccumulatorJSON {
    const empty = this.n === 0;
    return {
      kind: 'mean',
      count: this.n,
      mean: empty ? 0 : this.mean,
      m2: this.m2,
      sum: this.exact ? this.s1 : null,
      sumSq: this.exact ? this.s2 : null,
    };
  }

  /**
   * Restores an accumulator from `toJSON()` output (for instance a shard written by another process).
   * @throws {ImmsimError} naming the field when the data is not a valid serialised accumulator
   */
  static fromJSON(json: unknown): MeanAccumulator {
    const r: JsonReader = new JsonReader(json, 'mean');
    const acc = new MeanAccumulator();
    acc.n = r.integer('count', 0);
    const sum = r.raw('sum') === null ? null : r.integer('sum', -MAX_SAFE);
    const sumSq = r.raw('sumSq') === null ? null : r.integer('sumSq', 0);
    if ((sum === null) !== (sumSq === null)) r.fail(['sum'], 'sum and sumSq must both be integers or both be null');
    if (sum !== null && sumSq !== null) {
      if (Math.abs(sum) > sumSq) r.fail(['sum'], `|sum| cannot exceed sumSq for integer values`);
      if (acc.n === 0 && sumSq !== 0) r.fail(['sumSq'], 'must be 0 when count is 0');
      acc.s1 = sum;
      acc.s2 = sumSq;
      return acc;
    }
    acc.exact = false;
    acc.mu = r.number('mean');
    acc.dev2 = r.number('m2');
    if (acc.dev2 < 0) r.fail(['m2'], `must be ≥ 0, got ${acc.dev2}`);
    if (acc.n === 0) {
      acc.mu = 0;
      acc.dev2 = 0;
    }
    return acc;
  }

  /** n·Σx² − (Σx)² on the exact path, computed exactly and rounded once (= n · Σ(x − mean)²). */
  private exactNumerator(): number {
    const n = BigInt(this.n);
    const s1 = BigInt(this.s1);
    return Number(n * BigInt(this.s2) - s1 * s1);
  }

  /** Leaves the exact path for good, converting the sums to Welford's (mean, m2). */
  private toWelford(): void {
    if (!this.exact) return;
    if (this.n > 0) {
      this.mu = this.s1 / this.n;
      this.dev2 = this.exactNumerator() / this.n;
    }
    this.exact = false;
    this.s1 = 0;
    this.s2 = 0;
  }
}
