import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/normal-quantile.js';

describe('normalQuantile', () => {
  // Reference values from scipy.stats.norm.ppf.
  it.each([
    [1e-300, -37.0470962993612],
    [1e-20, -9.262340089798409],
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.02425, -1.972961051311885],
    [0.3, -0.5244005127080409],
    [0.7, 0.5244005127080407],
    [0.975, 1.959963984540054],
    [0.999999, 4.753424308817087],
  ])('Φ⁻¹(%f) = %f to 1e-14 relative', (p, z) => {
    expect(Math.abs(normalQuantile(p) / z - 1)).toBeLessThan(1e-14);
  });

  it('is 0 at ½, antisymmetric and increasing', () => {
    expect(normalQuantile(0.5)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.4999, noNaN: true }), (p) => {
        // 1 − p is exact in binary only to ~1e-16 absolute, hence p ≥ 1e-6 and 1e-8 tolerance.
        expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 8);
        expect(normalQuantile(p)).toBeLessThan(normalQuantile(p + 1e-4));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('rejects p outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => normalQuantile(NaN)).toThrow(RangeError);
  });
});
