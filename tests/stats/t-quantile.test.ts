import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/normal-quantile.js';
import { tQuantile } from '../../src/stats/t-quantile.js';

const FC = { seed: 42, numRuns: 300 };

describe('tQuantile', () => {
  it.each([
    // Printed t tables, two-sided 95% (p = 0.975).
    [1, 12.7062],
    [2, 4.3027],
    [3, 3.1824],
    [5, 2.5706],
    [10, 2.2281],
    [20, 2.086],
    [30, 2.0423],
    [60, 2.0003],
    [120, 1.9799],
    [1000, 1.9623],
  ])('df=%i at 0.975 is %f (table, 4 decimals)', (df, t) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(t, 4);
  });

  // Reference values from scipy.stats.t.ppf (double precision).
  const reference: [number, number, number][] = [
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 3, 3.1824463052837078],
    [0.975, 4, 2.7764451051977934],
    [0.975, 7, 2.364624251592784],
    [0.975, 10, 2.228138851986274],
    [0.975, 30, 2.0422724563012378],
    [0.975, 100, 1.9839715185235518],
    [0.975, 1000, 1.9623390808264083],
    [0.975, 1e4, 1.960201239890626],
    [0.975, 1e5, 1.9599877075346095],
    [0.975, 1e6, 1.959966356814107],
    [0.975, 2.5, 3.5746548420036817],
    [0.975, 0.5, 164.55767348048818],
    [0.995, 1, 63.656741162871526],
    [0.995, 3, 5.840909309733355],
    [0.995, 30, 2.7499956535672254],
    [0.995, 1e4, 2.5763210466685282],
    [1e-8, 1, -31830988.61837906],
    [1e-8, 3, -479.5250695797382],
    [1e-8, 10, -15.895687652513546],
    [1e-8, 1000, -5.657912337679105],
    [1e-8, 0.5, -1028491156316339.8],
  ];
  it.each(reference)('p=%f, df=%f matches scipy to 1e-12 relative', (p, df, t) => {
    const got = tQuantile(p, df);
    expect(Math.abs(got / t - 1)).toBeLessThan(1e-12);
  });

  it('decreases in df towards the normal quantile (df 1 … 2000 at 0.975)', () => {
    let previous = Infinity;
    for (let df = 1; df <= 2000; df++) {
      const t = tQuantile(0.975, df);
      expect(t).toBeLessThan(previous);
      expect(t).toBeGreaterThan(1.959963984540054);
      previous = t;
    }
  });

  it('is antisymmetric, increasing in p, and 0 at the median', () => {
    fc.assert(
      fc.property(
        // 1 − p is exact in binary only to ~1e-16 absolute, so keep p ≥ 1e-6 for the symmetry check.
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        fc.double({ min: 0.5, max: 1e5, noNaN: true }),
        (p, df) => {
          const lower = tQuantile(p, df);
          const upper = tQuantile(1 - p, df);
          expect(Math.abs(lower + upper)).toBeLessThanOrEqual(1e-7 * Math.abs(upper) + 1e-12);
          if (p < 0.5) expect(tQuantile(Math.min(0.5, p * 1.5), df)).toBeGreaterThan(lower);
        },
      ),
      FC,
    );
    expect(tQuantile(0.5, 3)).toBe(0);
  });

  it('tends to the normal quantile', () => {
    expect(tQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(tQuantile(0.975, 1e9)).toBeCloseTo(1.959963984540054, 8);
  });

  it('rejects bad arguments with a RangeError', () => {
    expect(() => tQuantile(0, 5)).toThrow(RangeError);
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => tQuantile(NaN, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.9, 0)).toThrow(/df must be positive/);
    expect(() => tQuantile(0.9, NaN)).toThrow(RangeError);
  });
});
