/**
 * The total 95% interval (parameters and Monte Carlo) of a figure, from its Monte Carlo interval at the nominal
 * parameter values and its estimates in K parameter draws (docs/statistics.md, "Uncertainty in the assumptions").
 *
 * Each side is widened in quadrature: the lower end moves down by √(m² + p²), where m is the Monte Carlo half-width
 * below the estimate and p how far the 2.5% percentile of the draw estimates lies below it (0 if above); the upper
 * end likewise with the 97.5% percentile. So the total interval always contains the Monte Carlo interval, equals it
 * exactly when every draw gives the nominal estimate (all ranges zero), keeps the skew of the draws, and stays in
 * `bounds` (e.g. [0, 1] for a share).
 * @example
 * totalInterval(0.5, [0.48, 0.52], [0.5, 0.5, 0.5]) // [0.48, 0.52]
 * totalInterval(0.5, [0.48, 0.52], [0.40, 0.50, 0.60])[0] < 0.48 // true
 */
export function totalInterval(
  estimate: number,
  ci95: readonly [number, number],
  draws: ArrayLike<number>,
  bounds: readonly [number, number] = [-Infinity, Infinity],
): [number, number] {
  if (draws.length === 0) return [ci95[0], ci95[1]];
  const sorted = Float64Array.from(draws).sort();
  const pLow = Math.max(0, estimate - percentile(sorted, 0.025));
  const pHigh = Math.max(0, percentile(sorted, 0.975) - estimate);
  const lo = pLow === 0 ? ci95[0] : Math.max(bounds[0], estimate - Math.hypot(estimate - ci95[0], pLow));
  const hi = pHigh === 0 ? ci95[1] : Math.min(bounds[1], estimate + Math.hypot(ci95[1] - estimate, pHigh));
  return [Math.min(lo, ci95[0]), Math.max(hi, ci95[1])];
}

/**
 * The q-quantile of sorted values, linear between order statistics (type 7, as R's default).
 * @example
 * percentile(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  const a = sorted[i]!;
  return i + 1 < sorted.length ? a + (h - i) * (sorted[i + 1]! - a) : a;
}

/**
 * The share of draws whose estimate has the same sign as the nominal estimate (a zero estimate counts as its own
 * sign): how often a conclusion such as "MPP raised in absentia orders" holds across the assumptions.
 * @example
 * pSameSign(0.05, [0.02, 0.04, -0.01, 0.03]) // 0.75
 */
export function pSameSign(estimate: number, draws: ArrayLike<number>): number {
  if (draws.length === 0) return 1;
  const s = Math.sign(estimate);
  let same = 0;
  for (let i = 0; i < draws.length; i++) if (Math.sign(draws[i]!) === s) same++;
  return same / draws.length;
}
