import { describe, expect, it } from 'vitest';
import { sobolIndices, sobolWithBootstrap } from '../../src/stats/sobol.js';
import { saltelliBase } from '../../src/uncertainty/sample.js';

/** f at A, B and each A_B(i), for inputs mapped from [0, 1) by `scale`. */
function design(d: number, n: number, seed: number, f: (x: number[]) => number, scale = (u: number) => u) {
  const ids = Array.from({ length: d }, (_, i) => `x${i + 1}`);
  const { a, b } = saltelliBase(ids, n, seed);
  const row = (m: Map<string, Float64Array>, j: number) => ids.map((id) => scale(m.get(id)![j]!));
  const fA = Float64Array.from({ length: n }, (_, j) => f(row(a, j)));
  const fB = Float64Array.from({ length: n }, (_, j) => f(row(b, j)));
  const fAB = ids.map((_, i) =>
    Float64Array.from({ length: n }, (_, j) => {
      const x = row(a, j);
      x[i] = scale(b.get(ids[i]!)![j]!);
      return f(x);
    }),
  );
  return { fA, fB, fAB };
}

// A fixed design seed: each 95% interval misses its true index 1 time in 20, so with 15 intervals some seeds miss one
// (seed 2 does); the seed is fixed rather than read from FC_SEED so the suite stays deterministic under any FC_SEED.
const SEED = 2010;

describe('Sobol indices (Saltelli first order, Jansen total)', () => {
  it('recover the known indices of the Ishigami function within their bootstrap intervals', () => {
    const a = 7;
    const b = 0.1;
    const pi4 = Math.PI ** 4;
    const V = a ** 2 / 8 + (b * pi4) / 5 + (b ** 2 * pi4 ** 2) / 18 + 0.5;
    const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
    const V2 = a ** 2 / 8;
    const V13 = (8 * b ** 2 * pi4 ** 2) / 225;
    const first = [V1 / V, V2 / V, 0];
    const total = [(V1 + V13) / V, V2 / V, V13 / V];
    const ishigami = ([x1, x2, x3]: number[]) => Math.sin(x1!) + a * Math.sin(x2!) ** 2 + b * x3! ** 4 * Math.sin(x1!);
    const { fA, fB, fAB } = design(3, 8192, SEED, ishigami, (u) => -Math.PI + 2 * Math.PI * u);
    const r = sobolWithBootstrap(fA, fB, fAB, { resamples: 400, seed: SEED });
    r.firstOrder.forEach((s, i) => {
      expect(first[i], `S${i + 1} = ${first[i]} in [${s.ci95}] (seed ${SEED})`).toBeGreaterThanOrEqual(s.ci95[0]);
      expect(first[i], `S${i + 1} (seed ${SEED})`).toBeLessThanOrEqual(s.ci95[1]);
    });
    r.total.forEach((s, i) => {
      expect(total[i], `ST${i + 1} = ${total[i]} in [${s.ci95}] (seed ${SEED})`).toBeGreaterThanOrEqual(s.ci95[0]);
      expect(total[i], `ST${i + 1} (seed ${SEED})`).toBeLessThanOrEqual(s.ci95[1]);
    });
    // Intervals narrow enough to mean something.
    for (const s of [...r.firstOrder, ...r.total]) expect(s.ci95[1] - s.ci95[0]).toBeLessThan(0.1);
  });

  it('recover a linear model: Sᵢ = Sᵀᵢ = aᵢ² / Σa², and exactly 0 for an input without effect', () => {
    const coef = [1, 2, 3, 0];
    const sum = coef.reduce((s, c) => s + c * c, 0);
    const { fA, fB, fAB } = design(4, 4096, SEED + 1, (x) => x.reduce((s, xi, i) => s + coef[i]! * xi, 0));
    const r = sobolWithBootstrap(fA, fB, fAB, { resamples: 400, seed: SEED });
    coef.forEach((c, i) => {
      const want = (c * c) / sum;
      for (const s of [r.firstOrder[i]!, r.total[i]!]) {
        expect(want, `x${i + 1}: ${want} in [${s.ci95}] (seed ${SEED})`).toBeGreaterThanOrEqual(s.ci95[0]);
        expect(want, `x${i + 1} (seed ${SEED})`).toBeLessThanOrEqual(s.ci95[1]);
      }
    });
    expect(r.firstOrder[3]).toEqual({ estimate: 0, ci95: [0, 0] });
    expect(r.total[3]).toEqual({ estimate: 0, ci95: [0, 0] });
  });

  it('gives zeros, not NaN, when the output does not vary', () => {
    expect(sobolIndices([1, 1], [1, 1], [[1, 1]])).toEqual({ firstOrder: [0], total: [0], variance: 0 });
  });
});
