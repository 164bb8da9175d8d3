import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/wilson.js';

const FC = { seed: 42, numRuns: 500 };

describe('wilsonInterval', () => {
  it.each([
    // Published values: Newcombe (1998), Two-sided confidence intervals for the single proportion,
    // Statistics in Medicine 17:857–872, Table I (81/263, 15/148, 0/20, 1/29); and textbook 0/10, 5/10.
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [81, 263, 0.2553, 0.3662],
    [10, 10, 0.7225, 1],
    [1, 29, 0.0061, 0.1718],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
  ])('k=%i, n=%i → [%f, %f] to 4 decimals', (k, n, lo, hi) => {
    const [l, h] = wilsonInterval(k, n);
    expect(l).toBeCloseTo(lo, 4);
    expect(h).toBeCloseTo(hi, 4);
  });

  it('matches the closed form to full precision', () => {
    // scipy: proportion_confint(81, 263, method='wilson')
    const [l, h] = wilsonInterval(81, 263);
    expect(l).toBeCloseTo(0.2552885198782742, 14);
    expect(h).toBeCloseTo(0.36620957698280004, 14);
  });

  it('has exact bounds at 0 and n and is [0, 1] for n = 0', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    expect(wilsonInterval(0, 7)[0]).toBe(0);
    expect(wilsonInterval(7, 7)[1]).toBe(1);
  });

  it('takes another z', () => {
    const [l90, h90] = wilsonInterval(5, 10, 1.6448536269514722);
    const [l95, h95] = wilsonInterval(5, 10);
    expect(l90).toBeGreaterThan(l95);
    expect(h90).toBeLessThan(h95);
  });

  it('contains the point estimate, lies in [0, 1] and is symmetric in k ↔ n − k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, u) => {
        const k = Math.floor(u * n);
        const [lo, hi] = wilsonInterval(k, n);
        const p = k / n;
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(p);
        expect(hi).toBeGreaterThanOrEqual(p);
        const [lo2, hi2] = wilsonInterval(n - k, n);
        expect(lo2).toBeCloseTo(1 - hi, 12);
        expect(hi2).toBeCloseTo(1 - lo, 12);
      }),
      FC,
    );
  });

  it('narrows as n grows at a fixed share', () => {
    let width = Infinity;
    for (const n of [10, 100, 1000, 10000]) {
      const [lo, hi] = wilsonInterval(n / 10, n);
      expect(hi - lo).toBeLessThan(width);
      width = hi - lo;
    }
  });

  it.each([
    [-1, 10],
    [11, 10],
    [1.5, 10],
    [1, 10.5],
    [0, -1],
    [NaN, 10],
    [1, Infinity],
  ])('rejects successes=%s, n=%s with a RangeError', (k, n) => {
    expect(() => wilsonInterval(k, n)).toThrow(RangeError);
  });

  it('rejects a bad z', () => {
    expect(() => wilsonInterval(1, 2, 0)).toThrow(/z must be/);
    expect(() => wilsonInterval(1, 2, NaN)).toThrow(RangeError);
  });
});
