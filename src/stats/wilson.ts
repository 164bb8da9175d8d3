/** The two-sided 95% standard normal quantile, Φ⁻¹(0.975). */
const Z95 = 1.959963984540054;

/**
 * The Wilson score interval for a binomial proportion `successes / n`.
 *
 * Unlike the Wald interval `p ± z·√(p(1−p)/n)` it stays inside [0, 1], is not degenerate at 0 or n
 * successes, and has close to nominal coverage even for small n or shares near 0 or 1.
 * With no trials (`n = 0`) nothing is known and the interval is `[0, 1]`. At `successes = 0` the lower
 * bound is exactly 0 and at `successes = n` the upper bound is exactly 1.
 *
 * @param successes - number of successes, an integer in [0, n]
 * @param n - number of trials, a non-negative integer
 * @param z - the normal quantile for the confidence level (default Φ⁻¹(0.975), i.e. 95%)
 * @returns `[lo, hi]`, clamped to [0, 1]
 * @throws {RangeError} if the counts are not integers with 0 ≤ successes ≤ n, or z is not a positive finite number
 * @example
 * wilsonInterval(81, 263) // [0.25529, 0.36621]
 * wilsonInterval(0, 10) // [0, 0.27753]
 * wilsonInterval(0, 0) // [0, 1]
 */
export function wilsonInterval(successes: number, n: number, z: number = Z95): [number, number] {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`wilsonInterval: n must be a non-negative integer, got ${n}`);
  }
  if (!Number.isSafeInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval: successes must be an integer in [0, n] = [0, ${n}], got ${successes}`);
  }
  if (!Number.isFinite(z) || z <= 0) {
    throw new RangeError(`wilsonInterval: z must be a positive finite number, got ${z}`);
  }
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  const lo = successes === 0 ? 0 : Math.max(0, centre - half);
  const hi = successes === n ? 1 : Math.min(1, centre + half);
  return [lo, hi];
}
