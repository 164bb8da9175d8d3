import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { QuantileSketch, type QuantileSketchOptions } from '../../src/stats/quantile-sketch.js';
import { mergeInOrder, seededRandom, split, type7 } from './shards.js';

const FC = { seed: 42, numRuns: 200 };
const QS = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1];

function of(values: readonly number[], options?: QuantileSketchOptions): QuantileSketch {
  const s = new QuantileSketch(options);
  for (const x of values) s.add(x);
  return s;
}

const smallDays = fc.array(fc.integer({ min: 0, max: 4095 }), { minLength: 1, maxLength: 300 });
const anyValues = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 4095 }),
    fc.integer({ min: 4096, max: 10_000_000 }),
    fc.double({ min: 0, max: 1e9, noNaN: true }),
    fc.double({ min: 1e-6, max: 10, noNaN: true }),
    fc.constant(0),
  ),
  { minLength: 1, maxLength: 300 },
);
const cuts = fc.array(fc.nat(), { maxLength: 8 });
const order = fc.array(fc.nat(), { minLength: 1, maxLength: 16 });

describe('QuantileSketch', () => {
  it('gives the documented example', () => {
    const s = of([0, 3, 3, 7, 30, 90, 365]);
    expect(s.quantile(0.5)).toBe(7);
    expect(s.quantile(0.9)).toBeCloseTo(200, 10);
    expect(s.count).toBe(7);
    expect(s.min).toBe(0);
    expect(s.max).toBe(365);
  });

  it('is exact (type-7) for integers below exactLimit', () => {
    fc.assert(
      fc.property(smallDays, (values) => {
        const s = of(values);
        const sorted = [...values].sort((a, b) => a - b);
        for (const q of QS) expect(s.quantile(q)).toBe(type7(sorted, q));
      }),
      FC,
    );
  });

  it('is within relative error alpha of the exact quantile for any non-negative values', () => {
    for (const alpha of [0.01, 0.05]) {
      fc.assert(
        fc.property(anyValues, (values) => {
          const s = of(values, { alpha });
          const sorted = [...values].sort((a, b) => a - b);
          for (const q of QS) {
            const exact = type7(sorted, q);
            expect(Math.abs(s.quantile(q) - exact)).toBeLessThanOrEqual(alpha * (1 + 1e-9) * exact);
          }
          expect(s.quantile(0)).toBe(sorted[0]);
          expect(s.quantile(1)).toBe(sorted[sorted.length - 1]);
        }),
        FC,
      );
    }
  });

  it('keeps its accuracy on a large seeded sample of durations', () => {
    const rnd = seededRandom(7);
    const values = Array.from({ length: 100_000 }, () => {
      const u = rnd.uniform();
      // Mostly short integer stays, a tail of long ones, some fractional days.
      if (u < 0.8) return Math.floor(-Math.log(1 - rnd.uniform()) * 60);
      if (u < 0.95) return Math.floor(4096 + -Math.log(1 - rnd.uniform()) * 3000);
      return -Math.log(1 - rnd.uniform()) * 500;
    });
    const s = of(values);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.95, 0.99]) {
      const exact = type7(sorted, q);
      expect(Math.abs(s.quantile(q) - exact)).toBeLessThanOrEqual(0.01 * exact);
    }
    const json = s.toJSON();
    expect(json.exact.length).toBeLessThanOrEqual(4096);
    expect(json.buckets.length).toBeLessThan(1500);
  });

  it('merged shards equal one pass exactly, in any order and grouping', () => {
    fc.assert(
      fc.property(anyValues, cuts, order, (values, c, o) => {
        const single = of(values);
        const merged = mergeInOrder(split(values, c).map((v) => of(v)), o, (a, b) => a.merge(b));
        expect(merged.toJSON()).toEqual(single.toJSON());
        for (const q of QS) expect(merged.quantile(q)).toBe(single.quantile(q));
      }),
      FC,
    );
  });

  it('merging is associative', () => {
    fc.assert(
      fc.property(anyValues, anyValues, anyValues, (a, b, c) => {
        const left = of(a).merge(of(b)).merge(of(c));
        const right = of(a).merge(of(b).merge(of(c)));
        expect(left.toJSON()).toEqual(right.toJSON());
      }),
      FC,
    );
  });

  it('bounds memory by collapsing the lowest buckets, independently of how the data was split', () => {
    const options = { alpha: 0.01, exactLimit: 16, maxBuckets: 8 };
    const wide = fc.array(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(wide, cuts, order, (values, c, o) => {
        const single = of(values, options);
        const merged = mergeInOrder(split(values, c).map((v) => of(v, options)), o, (a, b) => a.merge(b));
        const json = single.toJSON();
        expect(merged.toJSON()).toEqual(json);
        expect(json.buckets.length).toBeLessThanOrEqual(8);
        // Reference: every bucket index below the 8th-highest distinct index is counted there.
        const gamma = 1.01 / 0.99;
        const indices = values.filter((x) => !(Number.isInteger(x) && x < 16)).map((x) => Math.ceil(Math.log(x) / Math.log(gamma)));
        const distinct = [...new Set(indices)].sort((a, b) => b - a);
        const floor = distinct.length > 8 ? (distinct[7] as number) : -Infinity;
        const expected = new Map<number, number>();
        for (const i of indices) {
          const k = Math.max(i, floor);
          expected.set(k, (expected.get(k) ?? 0) + 1);
        }
        expect(json.buckets).toEqual([...expected.entries()].sort((a, b) => a[0] - b[0]));
        // The top quantile keeps its guarantee.
        expect(single.quantile(1)).toBe(Math.max(...values));
      }),
      { ...FC, numRuns: 100 },
    );
  });

  it('has an exact zero bucket', () => {
    const s = of([0, 0, 0, 0, 1e-9, 5]);
    expect(s.quantile(0.5)).toBe(0);
    expect(s.quantile(0.6)).toBe(0);
    expect(s.quantile(0)).toBe(0);
  });

  it('is NaN when empty and accepts counts', () => {
    const s = new QuantileSketch();
    expect(s.quantile(0.5)).toBeNaN();
    expect(s.min).toBeNaN();
    s.add(10, 3).add(20, 0).add(30);
    expect(s.count).toBe(4);
    expect(s.quantile(0.5)).toBe(10);
  });

  it('round-trips through JSON exactly and keeps accumulating identically', () => {
    fc.assert(
      fc.property(anyValues, anyValues, (first, more) => {
        const s = of(first);
        const restored = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(s)));
        expect(restored.toJSON()).toEqual(s.toJSON());
        for (const x of more) {
          s.add(x);
          restored.add(x);
        }
        expect(restored.toJSON()).toEqual(s.toJSON());
        for (const q of QS) expect(restored.quantile(q)).toBe(s.quantile(q));
      }),
      FC,
    );
    const empty = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(new QuantileSketch())));
    expect(empty.count).toBe(0);
  });

  it('serialises to the documented shape', () => {
    expect(of([0, 2, 2, 5000]).toJSON()).toEqual({
      kind: 'quantile-sketch',
      alpha: 0.01,
      exactLimit: 4096,
      maxBuckets: 2048,
      count: 4,
      min: 0,
      max: 5000,
      exact: [1, 0, 2],
      buckets: [[Math.ceil(Math.log(5000) / Math.log(1.01 / 0.99)), 1]],
    });
  });

  it('refuses to merge sketches with different parameters', () => {
    expect(() => of([1]).merge(of([1], { alpha: 0.02 }))).toThrow(ImmsimError);
    expect(() => of([1]).merge(of([1], { alpha: 0.02 }))).toThrow(/different alpha \(0\.01 and 0\.02\)/);
    expect(() => of([1]).merge(of([1], { exactLimit: 100 }))).toThrow(/exactLimit/);
    expect(() => of([1]).merge(of([1], { maxBuckets: 10 }))).toThrow(/maxBuckets/);
  });

  it('rejects bad values, options and JSON', () => {
    expect(() => new QuantileSketch().add(-1)).toThrow(RangeError);
    expect(() => new QuantileSketch().add(NaN)).toThrow(RangeError);
    expect(() => new QuantileSketch().add(Infinity)).toThrow(RangeError);
    expect(() => new QuantileSketch().add(1, 1.5)).toThrow(RangeError);
    expect(() => new QuantileSketch().quantile(1.5)).toThrow(RangeError);
    expect(() => new QuantileSketch({ alpha: 0 })).toThrow(RangeError);
    expect(() => new QuantileSketch({ exactLimit: 0 })).toThrow(RangeError);
    const good = of([1, 2, 5000]).toJSON();
    expect(() => QuantileSketch.fromJSON({ ...good, count: 4 })).toThrow(/count/);
    expect(() => QuantileSketch.fromJSON({ ...good, exact: [1, -1] })).toThrow(ImmsimError);
    expect(() => QuantileSketch.fromJSON({ ...good, buckets: [[3, 1], [3, 1]] })).toThrow(/increasing/);
    expect(() => QuantileSketch.fromJSON({ ...good, min: null })).toThrow(/min/);
    expect(() => QuantileSketch.fromJSON({ ...good, kind: 'mean' })).toThrow(/kind/);
  });
});
