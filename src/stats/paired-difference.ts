import { MeanAccumulator, type MeanAccumulatorJSON } from './mean-accumulator.js';
import { JsonReader } from './read-json.js';

/**
 * The serialised form of a {@link PairedDifferenceAccumulator} (plain JSON).
 * @example
 * new PairedDifferenceAccumulator().add(10, 12).toJSON()
 * // { kind: 'paired-difference', differences: { kind: 'mean', count: 1, mean: 2, m2: 0, sum: 2, sumSq: 4 } }
 */
export interface PairedDifferenceAccumulatorJSON {
  kind: 'paired-difference';
  /** The accumulated per-person differences b − a. */
  differences: MeanAccumulatorJSON;
}

/**
 * A streaming, mergeable estimate of the mean difference between two regimes over the same people:
 * for each person i it accumulates dᵢ = bᵢ − aᵢ (a value under regime b minus the same person's value
 * under regime a), and reports the mean of the dᵢ with a 95% Student t-interval (normal in the limit).
 *
 * **Why paired.** The engine gives each simulated person the same random stream under every regime
 * (common random numbers), so a and b for one person differ only because of the regime. Much of the
 * person-to-person variation cancels in dᵢ, and the interval for the mean difference — based on the
 * spread of the dᵢ, not on two independent spreads — is correspondingly tighter. Treating the two runs
 * as independent samples would be wrong (the values are positively correlated) and needlessly wide.
 *
 * Works for any numbers: days, counts, or 0/1 indicators (then the estimate is the difference of two
 * shares and the interval is the paired Wald interval with a t quantile; for rare outcomes or small n
 * prefer {@link pairedShareDifference}, a score interval from the discordant counts).
 *
 * With integer inputs (days, counts, indicators) the differences are integers and the underlying
 * {@link MeanAccumulator} is exact: merging shards gives bit-for-bit the single-pass result.
 *
 * @example
 * const d = new PairedDifferenceAccumulator();
 * d.add(10, 12).add(20, 21).add(5, 9); // differences 2, 1, 4
 * d.estimate // 2.3333
 * d.toPairedDifference() // { estimate: 2.3333, ci95: [-1.46, 6.13] }
 */
export class PairedDifferenceAccumulator {
  private readonly d: MeanAccumulator;

  constructor(differences: MeanAccumulator = new MeanAccumulator()) {
    this.d = differences;
  }

  /** Adds one person's pair: `a` under the baseline regime, `b` under the other. Returns `this`. */
  add(a: number, b: number): this {
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      throw new RangeError(`PairedDifferenceAccumulator.add: values must be finite, got a=${a}, b=${b}`);
    }
    this.d.add(b - a);
    return this;
  }

  /** Adds one person's difference b − a directly. Returns `this`. */
  addDifference(difference: number): this {
    this.d.add(difference);
    return this;
  }

  /** Adds another accumulator's pairs (the other is not changed). Returns `this`. */
  merge(other: PairedDifferenceAccumulator): this {
    this.d.merge(other.d);
    return this;
  }

  /** A copy. */
  clone(): PairedDifferenceAccumulator {
    return new PairedDifferenceAccumulator(this.d.clone());
  }

  /** How many pairs were added. */
  get count(): number {
    return this.d.count;
  }

  /** The mean difference b − a; NaN when empty. */
  get estimate(): number {
    return this.d.mean;
  }

  /** The sample variance of the differences; NaN with fewer than two pairs. */
  get variance(): number {
    return this.d.variance;
  }

  /** The 95% t-interval for the mean difference; `[NaN, NaN]` with fewer than two pairs. */
  ci95(): [number, number] {
    return this.d.ci95();
  }

  /** `{ estimate, ci95 }`, the shape of `PairedDifference` in the comparison result. */
  toPairedDifference(): { estimate: number; ci95: [number, number] } {
    return { estimate: this.estimate, ci95: this.ci95() };
  }

  /** Plain-JSON state; `PairedDifferenceAccumulator.fromJSON` restores it exactly. */
  toJSON(): PairedDifferenceAccumulatorJSON {
    return { kind: 'paired-difference', differences: this.d.toJSON() };
  }

  /**
   * Restores an accumulator from `toJSON()` output.
   * @throws {ImmsimError} naming the field when the data is not a valid serialised accumulator
   */
  static fromJSON(json: unknown): PairedDifferenceAccumulator {
    const r: JsonReader = new JsonReader(json, 'paired-difference');
    return new PairedDifferenceAccumulator(MeanAccumulator.fromJSON(r.raw('differences')));
  }
}
