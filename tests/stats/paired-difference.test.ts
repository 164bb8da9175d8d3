import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { MeanAccumulator } from '../../src/stats/mean-accumulator.js';
import { PairedDifferenceAccumulator } from '../../src/stats/paired-difference.js';
import { tQuantile } from '../../src/stats/t-quantile.js';
import { mergeInOrder, seededRandom, split } from './shards.js';

const FC = { seed: 42, numRuns: 200 };
type Pair = [number, number];

function of(pairs: readonly Pair[]): PairedDifferenceAccumulator {
  const acc = new PairedDifferenceAccumulator();
  for (const [a, b] of pairs) acc.add(a, b);
  return acc;
}

const intPairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 3650 })), { maxLength: 200 });
const indicatorPairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 })), { maxLength: 200 });
const cuts = fc.array(fc.nat(), { maxLength: 8 });
const order = fc.array(fc.nat(), { minLength: 1, maxLength: 16 });

describe('PairedDifferenceAccumulator', () => {
  it('estimates the mean of b − a with a t-interval on the differences', () => {
    const d = of([
      [10, 12],
      [20, 21],
      [5, 9],
    ]);
    expect(d.count).toBe(3);
    expect(d.estimate).toBeCloseTo(7 / 3, 14);
    const sd = Math.sqrt(d.variance);
    expect(d.variance).toBeCloseTo(7 / 3, 14);
    const half = (tQuantile(0.975, 2) * sd) / Math.sqrt(3);
    expect(d.ci95()[0]).toBeCloseTo(7 / 3 - half, 12);
    expect(d.ci95()[1]).toBeCloseTo(7 / 3 + half, 12);
    expect(d.toPairedDifference()).toEqual({ estimate: d.estimate, ci95: d.ci95() });
  });

  it('equals a MeanAccumulator over the differences', () => {
    fc.assert(
      fc.property(intPairs, (pairs) => {
        const m = new MeanAccumulator();
        for (const [a, b] of pairs) m.add(b - a);
        const d = of(pairs);
        expect(d.toJSON().differences).toEqual(m.toJSON());
        expect(d.ci95()).toEqual(m.ci95());
      }),
      FC,
    );
  });

  it('merged shards of integer pairs equal one pass bit for bit (days and 0/1 indicators)', () => {
    for (const data of [intPairs, indicatorPairs]) {
      fc.assert(
        fc.property(data, cuts, order, (pairs, c, o) => {
          const single = of(pairs);
          const merged = mergeInOrder(split(pairs, c).map(of), o, (x, y) => x.merge(y));
          expect(merged.toJSON()).toEqual(single.toJSON());
          expect(merged.toPairedDifference()).toEqual(single.toPairedDifference());
        }),
        FC,
      );
    }
  });

  it('merging is associative and JSON round-trips exactly', () => {
    fc.assert(
      fc.property(intPairs, intPairs, intPairs, (a, b, c) => {
        const left = of(a).merge(of(b)).merge(of(c));
        const right = of(a).merge(of(b).merge(of(c)));
        expect(left.toJSON()).toEqual(right.toJSON());
        const restored = PairedDifferenceAccumulator.fromJSON(JSON.parse(JSON.stringify(left)));
        expect(restored.toJSON()).toEqual(left.toJSON());
        expect(restored.toPairedDifference()).toEqual(left.toPairedDifference());
      }),
      FC,
    );
  });

  it('serialises to the documented shape', () => {
    expect(of([[10, 12], [20, 21], [5, 9]]).toJSON()).toEqual({
      kind: 'paired-difference',
      differences: { kind: 'mean', count: 3, mean: 7 / 3, m2: 14 / 3, sum: 7, sumSq: 21 },
    });
    expect(new PairedDifferenceAccumulator().addDifference(-2).count).toBe(1);
  });

  it('has about 95% coverage in a seeded simulation (continuous values)', () => {
    const rnd = seededRandom(42);
    const trueDifference = 1.5;
    const replications = 2000;
    let covered = 0;
    for (let r = 0; r < replications; r++) {
      const d = new PairedDifferenceAccumulator();
      for (let i = 0; i < 25; i++) {
        const person = 10 * rnd.normal(); // shared by both regimes (common random numbers)
        const a = 50 + person + 2 * rnd.normal();
        const b = 50 + person + trueDifference + 2 * rnd.normal();
        d.add(a, b);
      }
      const [lo, hi] = d.ci95();
      if (lo <= trueDifference && trueDifference <= hi) covered++;
    }
    const coverage = covered / replications;
    expect(coverage).toBeGreaterThan(0.935);
    expect(coverage).toBeLessThan(0.965);
  });

  it('has about 95% coverage for 0/1 outcome indicators under common random numbers', () => {
    const rnd = seededRandom(4242);
    const replications = 1000;
    let covered = 0;
    for (let r = 0; r < replications; r++) {
      const d = new PairedDifferenceAccumulator();
      for (let i = 0; i < 1000; i++) {
        const u = rnd.uniform(); // the same draw decides the outcome under both regimes
        d.add(u < 0.3 ? 1 : 0, u < 0.35 ? 1 : 0);
      }
      const [lo, hi] = d.ci95();
      if (lo <= 0.05 && 0.05 <= hi) covered++;
    }
    const coverage = covered / replications;
    expect(coverage).toBeGreaterThan(0.925);
    expect(coverage).toBeLessThan(0.97);
  });

  it('is much tighter than treating the two regimes as independent samples', () => {
    const rnd = seededRandom(1);
    const d = new PairedDifferenceAccumulator();
    const a = new MeanAccumulator();
    const b = new MeanAccumulator();
    for (let i = 0; i < 500; i++) {
      const person = 10 * rnd.normal();
      const x = person + rnd.normal();
      const y = person + 1 + rnd.normal();
      d.add(x, y);
      a.add(x);
      b.add(y);
    }
    const pairedHalf = (d.ci95()[1] - d.ci95()[0]) / 2;
    const unpairedHalf = 1.96 * Math.sqrt(a.variance / a.count + b.variance / b.count);
    expect(pairedHalf).toBeLessThan(unpairedHalf / 4);
  });

  it('rejects non-finite values and malformed JSON', () => {
    expect(() => new PairedDifferenceAccumulator().add(NaN, 1)).toThrow(RangeError);
    expect(() => new PairedDifferenceAccumulator().add(1, Infinity)).toThrow(RangeError);
    expect(() => PairedDifferenceAccumulator.fromJSON({ kind: 'paired-difference' })).toThrow(ImmsimError);
    expect(() => PairedDifferenceAccumulator.fromJSON({ kind: 'mean' })).toThrow(/kind/);
  });
});
