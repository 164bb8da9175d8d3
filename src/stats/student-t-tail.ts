import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

/**
 * The upper tail P(T > t) of Student's t distribution with `df` degrees of freedom, for t ≥ 0.
 *
 * Uses P(T > t) = ½ · I_x(df/2, ½) with x = df / (df + t²), passing 1 − x = t² / (df + t²) separately so
 * that neither small nor large t loses precision.
 *
 * @param t - a non-negative value
 * @param df - degrees of freedom, positive (need not be an integer)
 * @example
 * studentTUpperTail(12.706204736174694, 1) // 0.025
 * studentTUpperTail(0, 7) // 0.5
 */
export function studentTUpperTail(t: number, df: number): number {
  if (!(t >= 0) || !(df > 0)) throw new RangeError(`studentTUpperTail: need t ≥ 0 and df > 0, got t=${t}, df=${df}`);
  if (t === Infinity) return 0;
  const t2 = t * t;
  const denominator = df + t2;
  return 0.5 * regularizedIncompleteBeta(df / denominator, df / 2, 0.5, t2 / denominator);
}
