/**
 * Human-readable number formatting shared by the text tables and the charts. Deterministic (no locale): the
 * same numbers always give the same strings, so a test can look for a chart's values in its markup.
 */

/**
 * What a formatter prints for a number that is not finite (NaN, ±Infinity).
 * @example
 * formatFixed(Number.NaN, 1) === NOT_AVAILABLE // true
 */
export const NOT_AVAILABLE = 'n/a';

/**
 * The en dash between the two ends of an interval of non-negative values.
 * @example
 * formatShareWithCi(0.5, [0.4, 0.6]).includes(RANGE_DASH) // true
 */
export const RANGE_DASH = '\u2013';

/**
 * A number with a fixed number of decimals and no negative zero.
 * @example
 * formatFixed(3.14159, 2) // '3.14'
 * formatFixed(-0.001, 1)  // '0.0'
 */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return NOT_AVAILABLE;
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/**
 * A count with thousands separators (commas), independent of the runtime's locale.
 * @example
 * formatCount(20000)   // '20,000'
 * formatCount(1234.5)  // '1,234.5'
 */
export function formatCount(x: number): string {
  if (!Number.isFinite(x)) return NOT_AVAILABLE;
  const negative = x < 0;
  const [int = '0', frac] = String(Math.abs(x)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * How many decimals a percentage needs so that a non-zero share does not print as 0: 1 normally, 2 or 3 for tiny
 * shares.
 * @example
 * percentDigits(0.412)   // 1
 * percentDigits(0.0003)  // 2
 */
export function percentDigits(...shares: number[]): number {
  const smallest = Math.min(...shares.filter((s) => Number.isFinite(s) && s !== 0).map(Math.abs), Infinity);
  if (smallest * 100 >= 0.05) return 1;
  if (smallest * 100 >= 0.005) return 2;
  return smallest === Infinity ? 1 : 3;
}

/**
 * A share (0–1) as a percentage.
 * @example
 * formatPercent(0.4123)    // '41.2%'
 * formatPercent(0.4123, 0) // '41%'
 */
export function formatPercent(share: number, digits = percentDigits(share)): string {
  if (!Number.isFinite(share)) return NOT_AVAILABLE;
  return `${formatFixed(share * 100, digits)}%`;
}

/**
 * A share with its 95% interval, in percent: `41.2% [40.5–41.9]`.
 * @example
 * formatShareWithCi(0.412, [0.405, 0.419]) // '41.2% [40.5–41.9]'
 */
export function formatShareWithCi(share: number, ci95: readonly [number, number]): string {
  const digits = percentDigits(share);
  const [lo, hi] = ci95;
  return `${formatPercent(share, digits)} [${formatFixed(lo * 100, digits)}${RANGE_DASH}${formatFixed(hi * 100, digits)}]`;
}

/**
 * A mean with its 95% interval: `4.2 [4.0–4.4]` (en dash when both ends are ≥ 0, otherwise `[a, b]`).
 * @example
 * formatMeanWithCi({ mean: 4.23, ci95: [4.01, 4.44] })    // '4.2 [4.0–4.4]'
 * formatMeanWithCi({ mean: 1.234, ci95: [1.2, 1.27] }, 2) // '1.23 [1.20–1.27]'
 */
export function formatMeanWithCi(m: { mean: number; ci95: readonly [number, number] }, digits = 1): string {
  const [lo, hi] = m.ci95;
  const sep = lo < 0 || hi < 0 ? ', ' : RANGE_DASH;
  return `${formatFixed(m.mean, digits)} [${formatFixed(lo, digits)}${sep}${formatFixed(hi, digits)}]`;
}

/**
 * A signed number: `+1.3`, `-0.4`, or `0.0` when it rounds to zero.
 * @example
 * formatSigned(0.0132 * 100, 1) // '+1.3'
 * formatSigned(-0.04, 1)        // '0.0'
 */
export function formatSigned(x: number, digits = 1): string {
  const s = formatFixed(x, digits);
  if (s === NOT_AVAILABLE || s.startsWith('-') || Number(s) === 0) return s;
  return `+${s}`;
}

/**
 * A paired difference with its 95% interval. Shares (`unit: 'pp'`, the default) are printed in percentage points;
 * other units are printed as given: `+1.3 pp [+0.8, +1.9]`, `-2.0 d [-2.4, -1.6]`.
 * @example
 * formatDifference({ estimate: 0.013, ci95: [0.008, 0.019] })            // '+1.3 pp [+0.8, +1.9]'
 * formatDifference({ estimate: -2, ci95: [-2.4, -1.6] }, { unit: 'd' }) // '-2.0 d [-2.4, -1.6]'
 */
export function formatDifference(
  d: { estimate: number; ci95: readonly [number, number] },
  options: { unit?: string; digits?: number } = {},
): string {
  const unit = options.unit ?? 'pp';
  const scale = unit === 'pp' ? 100 : 1;
  const digits = options.digits ?? (unit === 'pp' ? percentDigits(d.estimate) : 1);
  const f = (x: number) => formatSigned(x * scale, digits);
  const u = unit === '' ? '' : ` ${unit}`;
  return `${f(d.estimate)}${u} [${f(d.ci95[0])}, ${f(d.ci95[1])}]`;
}

/**
 * Whether a 95% interval excludes zero (the difference is distinguishable from none at that level).
 * @example
 * excludesZero([0.01, 0.02])  // true
 * excludesZero([-0.01, 0.02]) // false
 */
export function excludesZero(ci95: readonly [number, number]): boolean {
  return ci95[0] > 0 || ci95[1] < 0;
}
