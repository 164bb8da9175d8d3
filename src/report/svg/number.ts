/**
 * Compact, deterministic formatting of coordinates and lengths in SVG markup.
 */

/**
 * A coordinate rounded to `decimals` places with trailing zeros removed; never `-0`, `NaN` or `Infinity`
 * (non-finite values become `0` so the markup stays valid).
 * @example
 * svgNum(12.3456) // '12.35'
 * svgNum(4.5000)  // '4.5'
 * svgNum(-0.0001) // '0'
 */
export function svgNum(x: number, decimals = 2): string {
  if (!Number.isFinite(x)) return '0';
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  if (r === 0) return '0';
  return String(r);
}

/**
 * A "nice" upper bound for a 0-based axis: the smallest of 1, 2, 2.5, 5 × 10^k that is ≥ `max`.
 * @example
 * niceCeil(0.43) // 0.5
 * niceCeil(0.07) // 0.1
 */
export function niceCeil(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * p >= max * (1 - 1e-12)) return m * p;
  }
  return 10 * p;
}

/**
 * Evenly spaced tick values from 0 to `max` inclusive, about `count` intervals, at nice steps.
 * @example
 * ticks(1, 4)   // [0, 0.25, 0.5, 0.75, 1]
 * ticks(0.5, 5) // [0, 0.1, 0.2, 0.3, 0.4, 0.5]
 */
export function ticks(max: number, count = 5): number[] {
  const step = niceCeil(max / Math.max(1, count));
  const out: number[] = [];
  for (let i = 0; i * step <= max * (1 + 1e-9); i++) out.push(Math.round(i * step * 1e9) / 1e9);
  return out;
}
