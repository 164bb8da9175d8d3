import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedShareDifference } from '../../src/stats/paired-share-difference.js';
import { seededRandom } from './shards.js';

const FC = { seed: 42, numRuns: 300 };
const Z = 1.959963984540054;

describe('pairedShareDifference (Tango score interval)', () => {
  // References: Tango's (1998) statistic solved independently with scipy.optimize.brentq (xtol 1e-15).
  // The first two tables are the Bentur et al. (2009) and Cavo et al. (2012) examples used by Fagerland,
  // Lydersen & Laake, "Statistical Analysis of Contingency Tables" (2017), chapter 8.
  it.each([
    [21, 7, 1, -0.2857142857142857, -0.5172322764213774, -0.026003032480868608],
    [161, 16, 6, -0.062111801242236024, -0.12402343246406815, -0.005433395731677088],
    [160, 20, 40, 0.125, 0.030864533133086725, 0.2180642441668248],
    [10, 0, 3, 0.3, -0.06079263982175598, 0.6032218525388546],
  ])('n=%i, aOnly=%i, bOnly=%i', (n, aOnly, bOnly, estimate, lo, hi) => {
    const r = pairedShareDifference(n, aOnly, bOnly);
    expect(r.estimate).toBeCloseTo(estimate, 14);
    expect(r.ci95[0]).toBeCloseTo(lo, 10);
    expect(r.ci95[1]).toBeCloseTo(hi, 10);
  });

  it('has closed-form limits without discordant pairs: ±z²/(n + z²)', () => {
    const r = pairedShareDifference(100, 0, 0);
    expect(r.estimate).toBe(0);
    expect(r.ci95[1]).toBeCloseTo((Z * Z) / (100 + Z * Z), 12);
    expect(r.ci95[0]).toBeCloseTo(-(Z * Z) / (100 + Z * Z), 12);
  });

  it('handles the edges', () => {
    expect(pairedShareDifference(0, 0, 0)).toEqual({ estimate: 0, ci95: [-1, 1] });
    expect(pairedShareDifference(5, 5, 0).ci95[0]).toBe(-1);
    expect(pairedShareDifference(5, 0, 5).ci95[1]).toBe(1);
  });

  it('contains the estimate, stays in [−1, 1], is antisymmetric and excludes 0 exactly when McNemar rejects', () => {
    const table = fc
      .tuple(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.nat())
      .map(([n, x, y]) => {
        const aOnly = x % (n + 1);
        return [n, aOnly, y % (n - aOnly + 1)] as const;
      });
    fc.assert(
      fc.property(table, ([n, aOnly, bOnly]) => {
        const { estimate, ci95 } = pairedShareDifference(n, aOnly, bOnly);
        expect(ci95[0]).toBeGreaterThanOrEqual(-1);
        expect(ci95[1]).toBeLessThanOrEqual(1);
        expect(ci95[0]).toBeLessThanOrEqual(estimate);
        expect(ci95[1]).toBeGreaterThanOrEqual(estimate);
        const mirrored = pairedShareDifference(n, bOnly, aOnly);
        expect(mirrored.ci95[0]).toBeCloseTo(-ci95[1], 12);
        expect(mirrored.ci95[1]).toBeCloseTo(-ci95[0], 12);
        if (aOnly + bOnly > 0) {
          const mcnemar = Math.abs(bOnly - aOnly) / Math.sqrt(aOnly + bOnly);
          if (Math.abs(mcnemar - Z) > 1e-6) expect(ci95[0] > 0 || ci95[1] < 0).toBe(mcnemar > Z);
        }
      }),
      FC,
    );
  });

  it('has about 95% coverage in a seeded simulation', () => {
    const rnd = seededRandom(99);
    const replications = 1000;
    let covered = 0;
    for (let r = 0; r < replications; r++) {
      let aOnly = 0;
      let bOnly = 0;
      for (let i = 0; i < 200; i++) {
        const u = rnd.uniform();
        if (u < 0.04) aOnly++;
        else if (u < 0.1) bOnly++;
      }
      const [lo, hi] = pairedShareDifference(200, aOnly, bOnly).ci95;
      if (lo <= 0.02 && 0.02 <= hi) covered++;
    }
    const coverage = covered / replications;
    expect(coverage).toBeGreaterThan(0.93);
    expect(coverage).toBeLessThan(0.97);
  });

  it('rejects impossible counts with a RangeError', () => {
    expect(() => pairedShareDifference(10, 6, 5)).toThrow(/cannot exceed n/);
    expect(() => pairedShareDifference(10, -1, 5)).toThrow(RangeError);
    expect(() => pairedShareDifference(10, 1.5, 5)).toThrow(RangeError);
    expect(() => pairedShareDifference(-1, 0, 0)).toThrow(RangeError);
  });
});
