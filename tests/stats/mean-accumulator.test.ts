import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { MeanAccumulator } from '../../src/stats/mean-accumulator.js';
import { tQuantile } from '../../src/stats/t-quantile.js';
import { mergeInOrder, split } from './shards.js';

const FC = { seed: 42, numRuns: 300 };

function of(values: readonly number[]): MeanAccumulator {
  const acc = new MeanAccumulator();
  for (const x of values) acc.add(x);
  return acc;
}

/** Everything observable, for bit-for-bit comparison (Object.is via toEqual on plain values). */
function observe(acc: MeanAccumulator) {
  return { json: acc.toJSON(), mean: acc.mean, variance: acc.variance, ci95: acc.ci95(), exact: acc.isExact };
}

function twoPass(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, x) => a + (x - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

const ints = fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { maxLength: 200 });
const days = fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 200 });
const floats = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 });
const cuts = fc.array(fc.nat(), { maxLength: 8 });
const order = fc.array(fc.nat(), { minLength: 1, maxLength: 16 });

describe('MeanAccumulator', () => {
  it('computes mean, variance and a t-interval', () => {
    const acc = of([3, 5, 10]);
    expect(acc.count).toBe(3);
    expect(acc.mean).toBe(6);
    expect(acc.variance).toBe(13);
    expect(acc.m2).toBe(26);
    const half = tQuantile(0.975, 2) * Math.sqrt(13 / 3);
    expect(acc.ci95()).toEqual([6 - half, 6 + half]);
    expect(acc.ci95()[0]).toBeCloseTo(-2.9567, 4);
    expect(acc.toMeanWithCi()).toEqual({ mean: 6, ci95: acc.ci95() });
  });

  it('is NaN when empty and has no interval with one value', () => {
    const acc = new MeanAccumulator();
    expect(acc.mean).toBeNaN();
    expect(acc.variance).toBeNaN();
    expect(acc.ci95()).toEqual([NaN, NaN]);
    acc.add(4);
    expect(acc.mean).toBe(4);
    expect(acc.ci95()).toEqual([NaN, NaN]);
    acc.add(4);
    expect(acc.ci95()).toEqual([4, 4]);
  });

  it('uses the t quantile for small n and approaches the normal for large n', () => {
    const small = of([1, 2, 3]);
    const large = of(Array.from({ length: 100_001 }, (_, i) => i % 3));
    const ratio = (a: MeanAccumulator) => (a.ci95()[1] - a.mean) / Math.sqrt(a.variance / a.count);
    expect(ratio(small)).toBeCloseTo(4.302652729749462, 12);
    expect(ratio(large)).toBeCloseTo(1.96, 4);
  });

  it('agrees with a two-pass computation', () => {
    fc.assert(
      fc.property(floats.filter((a) => a.length >= 2), (values) => {
        const acc = of(values);
        const ref = twoPass(values);
        expect(acc.mean).toBeCloseTo(ref.mean, 6);
        expect(Math.abs(acc.variance - ref.variance)).toBeLessThanOrEqual(1e-9 * (ref.variance + 1));
      }),
      FC,
    );
  });

  it('merged shards of integers equal one pass bit for bit, in any order and grouping', () => {
    for (const data of [ints, days]) {
      fc.assert(
        fc.property(data, cuts, order, (values, c, o) => {
          const single = of(values);
          const merged = mergeInOrder(split(values, c).map(of), o, (a, b) => a.merge(b));
          expect(single.isExact).toBe(true);
          expect(observe(merged)).toEqual(observe(single));
        }),
        FC,
      );
    }
  });

  it('merged shards of floats agree with one pass to rounding (Welford/Chan)', () => {
    fc.assert(
      fc.property(floats, cuts, order, (values, c, o) => {
        const single = of(values);
        const merged = mergeInOrder(split(values, c).map(of), o, (a, b) => a.merge(b));
        expect(merged.count).toBe(single.count);
        const scale = Math.max(1, ...values.map(Math.abs));
        expect(Math.abs(merged.mean - single.mean)).toBeLessThanOrEqual(1e-12 * scale);
        expect(Math.abs(merged.m2 - single.m2)).toBeLessThanOrEqual(1e-9 * single.m2 + 1e-12 * scale * scale);
      }),
      FC,
    );
  });

  it('merging is associative (exactly for integers)', () => {
    fc.assert(
      fc.property(ints, ints, ints, (a, b, c) => {
        const left = of(a).merge(of(b)).merge(of(c));
        const right = of(a).merge(of(b).merge(of(c)));
        expect(observe(left)).toEqual(observe(right));
      }),
      FC,
    );
  });

  it('does not change the merged-in accumulator, and merging with itself doubles', () => {
    const a = of([1, 2]);
    const b = of([3]);
    a.merge(b);
    expect(b.toJSON()).toEqual(of([3]).toJSON());
    const c = of([1, 2.5]);
    c.merge(c);
    expect(c.count).toBe(4);
    expect(c.mean).toBeCloseTo(1.75, 14);
    expect(c.m2).toBeCloseTo(2 * of([1, 2.5]).m2, 14);
  });

  it('round-trips through JSON exactly, and keeps accumulating identically', () => {
    fc.assert(
      fc.property(fc.oneof(ints, floats), fc.oneof(ints, floats), (first, more) => {
        const acc = of(first);
        const restored = MeanAccumulator.fromJSON(JSON.parse(JSON.stringify(acc)));
        expect(observe(restored)).toEqual(observe(acc));
        for (const x of more) {
          acc.add(x);
          restored.add(x);
        }
        expect(observe(restored)).toEqual(observe(acc));
      }),
      FC,
    );
  });

  it('serialises to the documented shape', () => {
    expect(of([3, 5, 10]).toJSON()).toEqual({ kind: 'mean', count: 3, mean: 6, m2: 26, sum: 18, sumSq: 134 });
    expect(new MeanAccumulator().toJSON()).toEqual({ kind: 'mean', count: 0, mean: 0, m2: 0, sum: 0, sumSq: 0 });
    const json = of([0.5, 1.5]).toJSON();
    expect(json).toEqual({ kind: 'mean', count: 2, mean: 1, m2: 0.5, sum: null, sumSq: null });
  });

  it('leaves the exact path for non-integers and for sums of squares beyond 2^53', () => {
    const acc = of([1, 2, 3]);
    expect(acc.isExact).toBe(true);
    acc.add(0.5);
    expect(acc.isExact).toBe(false);
    expect(acc.mean).toBeCloseTo(1.625, 14);

    const big = of([60_000_000, 60_000_001]);
    expect(big.isExact).toBe(true);
    big.add(60_000_002); // Σx² now exceeds 2^53
    expect(big.isExact).toBe(false);
    expect(big.mean).toBe(60_000_001);
    expect(big.variance).toBeCloseTo(1, 6);

    // Merging two exact halves whose combined Σx² overflows falls back too.
    const h = of([60_000_000, 60_000_001]).merge(of([60_000_002]));
    expect(h.isExact).toBe(false);
    expect(h.mean).toBe(60_000_001);
  });

  it('has a variance that does not suffer cancellation on the exact path', () => {
    const acc = of([50_000_001, 50_000_002, 50_000_003]);
    expect(acc.isExact).toBe(true);
    expect(acc.variance).toBe(1);
  });

  it('rejects non-finite values with a RangeError', () => {
    expect(() => new MeanAccumulator().add(NaN)).toThrow(RangeError);
    expect(() => new MeanAccumulator().add(Infinity)).toThrow(RangeError);
    expect(() => of([0.5]).add(-Infinity)).toThrow(RangeError);
  });

  it('rejects malformed JSON with an ImmsimError naming the field', () => {
    expect(() => MeanAccumulator.fromJSON(null)).toThrow(ImmsimError);
    expect(() => MeanAccumulator.fromJSON({ kind: 'quantile-sketch' })).toThrow(/kind/);
    expect(() => MeanAccumulator.fromJSON({ kind: 'mean', count: -1, mean: 0, m2: 0, sum: 0, sumSq: 0 })).toThrow(/count/);
    expect(() => MeanAccumulator.fromJSON({ kind: 'mean', count: 2, mean: 0, m2: 0, sum: 1.5, sumSq: 3 })).toThrow(/sum/);
    expect(() => MeanAccumulator.fromJSON({ kind: 'mean', count: 2, mean: 0, m2: 0, sum: 5, sumSq: 3 })).toThrow(/sum/);
    expect(() => MeanAccumulator.fromJSON({ kind: 'mean', count: 2, mean: 0, m2: -1, sum: null, sumSq: null })).toThrow(/m2/);
    expect(() => MeanAccumulator.fromJSON({ kind: 'mean', count: 2, mean: 0, m2: 1, sum: 1, sumSq: null })).toThrow(/sum/);
  });
});
