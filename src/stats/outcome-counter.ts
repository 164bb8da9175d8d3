import { ImmsimError } from '../domain/errors.js';
import { JsonReader } from './read-json.js';
import { shareWithCi, type ShareWithCi } from './share-with-ci.js';

/**
 * The serialised form of an {@link OutcomeCounter} (plain JSON).
 * @example
 * new OutcomeCounter(['x', 'y']).add('y', 3).toJSON() // { kind: 'outcome-counter', ids: ['x', 'y'], counts: [0, 3] }
 */
export interface OutcomeCounterJSON {
  kind: 'outcome-counter';
  /** The ids, in counter order. */
  ids: string[];
  /** counts[i] = how many were counted under ids[i]. */
  counts: number[];
}

/**
 * A fixed-size vector of integer counts keyed by a list of ids (for example the outcome ids), mergeable
 * and serialisable; `toOutcomes(n)` turns it into shares with Wilson 95% intervals.
 *
 * Counts are integers held in a Float64Array (exact up to 2⁵³, unlike Int32), so merging shards by
 * adding counts is exact, commutative and associative. Only counters over the same ids, in the same
 * order, can be merged.
 *
 * @example
 * const c = new OutcomeCounter(['removed', 'granted', 'pending'] as const);
 * c.add('removed').add('removed').add('granted');
 * c.count('removed') // 2
 * c.toOutcomes(4).removed // { count: 2, share: 0.5, ci95: [0.15, 0.85] }
 */
export class OutcomeCounter<Id extends string = string> {
  /** The ids, in counter order. */
  readonly ids: readonly Id[];
  private readonly counts: Float64Array;
  private readonly index: Map<string, number>;

  constructor(ids: readonly Id[]) {
    this.index = new Map();
    ids.forEach((id, i) => {
      if (this.index.has(id)) throw new RangeError(`OutcomeCounter: duplicate id '${id}'`);
      this.index.set(id, i);
    });
    this.ids = [...ids];
    this.counts = new Float64Array(ids.length);
  }

  /** Counts `id` once, or `count` times. Returns `this`. */
  add(id: Id, count = 1): this {
    const i = this.index.get(id);
    if (i === undefined) throw new RangeError(`OutcomeCounter.add: unknown id '${id}'`);
    return this.addAt(i, count);
  }

  /** Counts the id at position `i` of `ids` once, or `count` times (the fast path). Returns `this`. */
  addAt(i: number, count = 1): this {
    if (!(i >= 0 && i < this.counts.length) || !Number.isInteger(i)) {
      throw new RangeError(`OutcomeCounter.addAt: index must be an integer in [0, ${this.counts.length}), got ${i}`);
    }
    if (count !== 1 && (!Number.isSafeInteger(count) || count < 0)) {
      throw new RangeError(`OutcomeCounter.add: count must be a non-negative integer, got ${count}`);
    }
    this.counts[i] = (this.counts[i] ?? 0) + count;
    return this;
  }

  /** The count for `id`. */
  count(id: Id): number {
    const i = this.index.get(id);
    if (i === undefined) throw new RangeError(`OutcomeCounter.count: unknown id '${id}'`);
    return this.counts[i] ?? 0;
  }

  /** The sum of all counts. */
  get total(): number {
    let t = 0;
    for (const c of this.counts) t += c;
    return t;
  }

  /**
   * Adds another counter's counts (the other is not changed). Returns `this`.
   * @throws {ImmsimError} if the counters do not have the same ids in the same order
   */
  merge(other: OutcomeCounter<Id>): this {
    if (other.ids.length !== this.ids.length || other.ids.some((id, i) => id !== this.ids[i])) {
      throw new ImmsimError([
        { path: ['ids'], message: `cannot merge outcome counters over different ids ([${this.ids.join(', ')}] and [${other.ids.join(', ')}])` },
      ]);
    }
    other.counts.forEach((c, i) => {
      this.counts[i] = (this.counts[i] ?? 0) + c;
    });
    return this;
  }

  /** A copy. */
  clone(): OutcomeCounter<Id> {
    return new OutcomeCounter(this.ids).merge(this);
  }

  /**
   * Every id with its count, share of `n` and Wilson 95% interval (the `Outcomes` shape of the result).
   * @param n - the group size (default: the sum of the counts)
   * @throws {RangeError} if n is not an integer or some count exceeds it
   */
  toOutcomes(n: number = this.total): Record<Id, ShareWithCi> {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`OutcomeCounter.toOutcomes: n must be a non-negative integer, got ${n}`);
    const out = {} as Record<Id, ShareWithCi>;
    this.ids.forEach((id, i) => {
      const c = this.counts[i] ?? 0;
      if (c > n) throw new RangeError(`OutcomeCounter.toOutcomes: the count for '${id}' (${c}) exceeds n (${n})`);
      out[id] = shareWithCi(c, n);
    });
    return out;
  }

  /** Plain-JSON state; `OutcomeCounter.fromJSON` restores it exactly. */
  toJSON(): OutcomeCounterJSON {
    return { kind: 'outcome-counter', ids: [...this.ids], counts: Array.from(this.counts) };
  }

  /**
   * Restores a counter from `toJSON()` output. Pass the expected `ids` to check them (and type them).
   * @throws {ImmsimError} naming the field when the data is not a valid serialised counter, or its ids
   * differ from the expected ones
   */
  static fromJSON<Id extends string = string>(json: unknown, ids?: readonly Id[]): OutcomeCounter<Id> {
    const r: JsonReader = new JsonReader(json, 'outcome-counter');
    const stored = r.array('ids');
    stored.forEach((id, i) => {
      if (typeof id !== 'string') r.fail(['ids', i], `expected a string, got ${JSON.stringify(id)}`);
    });
    if (new Set(stored).size !== stored.length) r.fail(['ids'], 'ids must be distinct');
    if (ids !== undefined && (ids.length !== stored.length || ids.some((id, i) => id !== stored[i]))) {
      r.fail(['ids'], `expected [${ids.join(', ')}], got [${stored.join(', ')}]`);
    }
    const counts = r.integers('counts', 0);
    if (counts.length !== stored.length) r.fail(['counts'], `expected ${stored.length} counts, got ${counts.length}`);
    const counter = new OutcomeCounter(stored as Id[]);
    counts.forEach((c, i) => counter.addAt(i, c));
    return counter;
  }
}
