/** The two-sided 95% standard normal quantile, Φ⁻¹(0.975). */
const Z95 = 1.959963984540054;
const BISECTIONS = 200;

/**
 * Tango's score statistic for H₀: p_b − p_a = delta, with `bOnly` (outcome under b, not under a) and
 * `aOnly` (under a, not under b) discordant pairs out of n. Decreasing in delta.
 */
function tangoStatistic(delta: number, n: number, aOnly: number, bOnly: number): number {
  const numerator = bOnly - aOnly - n * delta;
  if (numerator === 0) return 0;
  // Constrained maximum-likelihood estimate of P(a only) given the difference delta.
  const A = 2 * n;
  const B = -bOnly - aOnly + (2 * n - bOnly + aOnly) * delta;
  const C = -aOnly * delta * (1 - delta);
  const q = (Math.sqrt(Math.max(0, B * B - 4 * A * C)) - B) / (2 * A);
  const variance = n * (2 * q + delta * (1 - delta));
  if (!(variance > 0)) return numerator > 0 ? Infinity : -Infinity;
  return numerator / Math.sqrt(variance);
}

/** The delta in [lo, hi] where the decreasing statistic crosses `target`, by bisection. */
function solve(target: number, lo: number, hi: number, n: number, aOnly: number, bOnly: number): number {
  for (let i = 0; i < BISECTIONS && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (tangoStatistic(mid, n, aOnly, bOnly) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The difference of two paired shares, p_b − p_a, with Tango's (1998) asymptotic score 95% interval.
 *
 * For each of n people the outcome either happened or not under regime a and under regime b (the same
 * person under both regimes — common random numbers — so the two shares are paired). Only the
 * discordant people carry information about the difference: `aOnly` had the outcome under a but not b,
 * `bOnly` under b but not a. The estimate is (bOnly − aOnly) / n. The interval inverts Tango's score
 * test (the McNemar statistic at 0), which keeps close to nominal coverage for small n and rare
 * outcomes where the Wald interval fails, stays within [−1, 1], and is not degenerate when there are no
 * discordant pairs. Since it needs only three integer counts, shards merge by adding counts.
 *
 * Reference: T. Tango, "Equivalence test and confidence interval for the difference in proportions for
 * the paired-sample design", Statistics in Medicine 17 (1998) 891–908.
 *
 * @param n - number of people (pairs), a non-negative integer
 * @param aOnly - people with the outcome under a but not under b
 * @param bOnly - people with the outcome under b but not under a
 * @param z - normal quantile for the confidence level (default 95%)
 * @returns `{ estimate, ci95 }`; with n = 0, `{ estimate: 0, ci95: [-1, 1] }`
 * @throws {RangeError} if the counts are not integers with aOnly + bOnly ≤ n
 * @example
 * pairedShareDifference(21, 7, 1) // { estimate: -0.2857, ci95: [-0.5172, -0.0260] }
 * pairedShareDifference(100, 0, 0) // { estimate: 0, ci95: [-0.0370, 0.0370] }
 */
export function pairedShareDifference(
  n: number,
  aOnly: number,
  bOnly: number,
  z: number = Z95,
): { estimate: number; ci95: [number, number] } {
  for (const [name, v] of [['n', n], ['aOnly', aOnly], ['bOnly', bOnly]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new RangeError(`pairedShareDifference: ${name} must be a non-negative integer, got ${v}`);
    }
  }
  if (aOnly + bOnly > n) {
    throw new RangeError(`pairedShareDifference: aOnly + bOnly (${aOnly + bOnly}) cannot exceed n (${n})`);
  }
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`pairedShareDifference: z must be positive, got ${z}`);
  if (n === 0) return { estimate: 0, ci95: [-1, 1] };
  const estimate = (bOnly - aOnly) / n;
  const lo = aOnly === n ? -1 : solve(z, -1, estimate, n, aOnly, bOnly);
  const hi = bOnly === n ? 1 : solve(-z, estimate, 1, n, aOnly, bOnly);
  return { estimate, ci95: [Math.max(-1, lo), Math.min(1, hi)] };
}
