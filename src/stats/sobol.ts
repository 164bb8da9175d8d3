import { Stream } from '../engine/random.js';

/** An index estimate with its bootstrap 95% interval. */
export interface IndexEstimate {
  estimate: number;
  ci95: [number, number];
}

/** First-order and total Sobol indices, one per input, in input order. */
export interface SobolIndices {
  firstOrder: number[];
  total: number[];
  /** The output variance the indices are shares of. */
  variance: number;
}

/**
 * First-order and total Sobol indices from Saltelli's design: f at the N rows of two independent sample matrices A
 * and B, and at the rows of each A_B⁽ⁱ⁾ (A with column i taken from B). First order by Saltelli et al. (2010):
 * Sᵢ = mean(f(B)·(f(A_B⁽ⁱ⁾) − f(A))) / V; total by Jansen (1999): Sᵀᵢ = mean((f(A) − f(A_B⁽ⁱ⁾))²) / (2V); V is the
 * variance of f over A and B together. `rows` picks (and repeats) rows, for the bootstrap. An input whose column
 * does not change f (f(A_B⁽ⁱ⁾) = f(A)) gets exactly 0 for both.
 *
 * Reference: A. Saltelli et al., "Variance based sensitivity analysis of model output. Design and estimator for the
 * total sensitivity index", Computer Physics Communications 181 (2010) 259–270, Table 2 (b) and (f).
 * @example
 * // f(x) = x1 (x2 has no effect), N = 4
 * sobolIndices([0.1, 0.5, 0.9, 0.3], [0.7, 0.2, 0.4, 0.8], [[0.7, 0.2, 0.4, 0.8], [0.1, 0.5, 0.9, 0.3]])
 * // { firstOrder: [≈1.2, 0], total: [≈1.1, 0], variance: 0.0725 } (noisy at N = 4)
 */
export function sobolIndices(fA: ArrayLike<number>, fB: ArrayLike<number>, fAB: readonly ArrayLike<number>[], rows?: ArrayLike<number>): SobolIndices {
  const n = rows ? rows.length : fA.length;
  const at = (i: number) => (rows ? rows[i]! : i);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += fA[at(i)]! + fB[at(i)]!;
  mean /= 2 * n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (fA[at(i)]! - mean) ** 2 + (fB[at(i)]! - mean) ** 2;
  variance /= 2 * n;
  const firstOrder: number[] = [];
  const total: number[] = [];
  for (const col of fAB) {
    let s = 0;
    let t = 0;
    for (let i = 0; i < n; i++) {
      const j = at(i);
      const d = col[j]! - fA[j]!;
      s += fB[j]! * d;
      t += d * d;
    }
    firstOrder.push(variance > 0 ? s / n / variance : 0);
    total.push(variance > 0 ? t / n / (2 * variance) : 0);
  }
  return { firstOrder, total, variance };
}

/**
 * {@link sobolIndices} with percentile bootstrap 95% intervals: the N rows are resampled with replacement
 * `resamples` times (seeded), and each index's interval is the 2.5% and 97.5% percentiles of its resampled values.
 * @example
 * const r = sobolWithBootstrap(fA, fB, fAB, { resamples: 500, seed: 1 });
 * r.total[0] // { estimate: 0.56, ci95: [0.53, 0.59] }
 */
export function sobolWithBootstrap(
  fA: ArrayLike<number>,
  fB: ArrayLike<number>,
  fAB: readonly ArrayLike<number>[],
  options: { resamples?: number; seed?: number } = {},
): { firstOrder: IndexEstimate[]; total: IndexEstimate[]; variance: number } {
  const resamples = options.resamples ?? 500;
  const point = sobolIndices(fA, fB, fAB);
  const n = fA.length;
  const k = fAB.length;
  const boot = { s: Array.from({ length: k }, () => new Float64Array(resamples)), t: Array.from({ length: k }, () => new Float64Array(resamples)) };
  const stream = new Stream().reset(options.seed ?? 1, 0x50b01);
  const rows = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) rows[i] = Math.floor(stream.next() * n);
    const r = sobolIndices(fA, fB, fAB, rows);
    for (let i = 0; i < k; i++) {
      boot.s[i]![b] = r.firstOrder[i]!;
      boot.t[i]![b] = r.total[i]!;
    }
  }
  const interval = (xs: Float64Array): [number, number] => {
    const s = xs.slice().sort();
    return [quantile(s, 0.025), quantile(s, 0.975)];
  };
  return {
    firstOrder: point.firstOrder.map((estimate, i) => ({ estimate, ci95: interval(boot.s[i]!) })),
    total: point.total.map((estimate, i) => ({ estimate, ci95: interval(boot.t[i]!) })),
    variance: point.variance,
  };
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  return i + 1 < sorted.length ? sorted[i]! + (h - i) * (sorted[i + 1]! - sorted[i]!) : sorted[i]!;
}
