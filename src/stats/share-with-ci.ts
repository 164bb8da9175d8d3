import { wilsonInterval } from './wilson.js';

/**
 * A count, its share of the whole and a Wilson 95% interval for the share (the `OutcomeShare` shape).
 * @example
 * const s: ShareWithCi = { count: 81, share: 0.308, ci95: [0.2553, 0.3662] };
 */
export interface ShareWithCi {
  count: number;
  share: number;
  ci95: [number, number];
}

/**
 * A count as a share of `n` with its Wilson 95% interval.
 *
 * With `n = 0` the share is reported as 0 (not NaN, so the result stays valid JSON) and the interval is
 * `[0, 1]`, which says that nothing is known.
 *
 * @param count - how many had the property, an integer in [0, n]
 * @param n - the size of the group, a non-negative integer
 * @throws {RangeError} if the counts are not integers with 0 ≤ count ≤ n
 * @example
 * shareWithCi(81, 263) // { count: 81, share: 0.30798, ci95: [0.25529, 0.36621] }
 * shareWithCi(0, 0) // { count: 0, share: 0, ci95: [0, 1] }
 */
export function shareWithCi(count: number, n: number): ShareWithCi {
  const ci95 = wilsonInterval(count, n);
  return { count, share: n === 0 ? 0 : count / n, ci95 };
}
