import { formatFixed, formatSigned, percentDigits, RANGE_DASH } from './format.js';

/**
 * ` {lo–hi}`: a share's total interval (parameters and Monte Carlo) in percent, or '' when there is none.
 * @example
 * totalShareText({ share: 0.412, ci95: [0.405, 0.419], ci95Total: [0.35, 0.47] }) // ' {35.0–47.0}'
 */
export function totalShareText(o: { share: number; ci95Total?: readonly [number, number] }): string {
  if (!o.ci95Total) return '';
  const d = percentDigits(o.share);
  return ` {${formatFixed(o.ci95Total[0] * 100, d)}${RANGE_DASH}${formatFixed(o.ci95Total[1] * 100, d)}}`;
}

/**
 * ` {lo–hi}`: a mean's total interval, or ''.
 * @example
 * totalMeanText({ mean: 4.2, ci95: [4, 4.4], ci95Total: [3.1, 5.6] }, 1) // ' {3.1–5.6}'
 */
export function totalMeanText(m: { ci95Total?: readonly [number, number] }, digits: number): string {
  if (!m.ci95Total) return '';
  const [lo, hi] = m.ci95Total;
  return ` {${formatFixed(lo, digits)}${lo < 0 || hi < 0 ? ', ' : RANGE_DASH}${formatFixed(hi, digits)}}`;
}

/**
 * ` {lo, hi} p=0.97`: a paired difference's total interval (in pp for shares) and the share of parameter draws
 * with the estimate's sign, or ''.
 * @example
 * totalDifferenceText({ estimate: 0.013, ci95: [0.008, 0.019], ci95Total: [-0.002, 0.03], pSameSign: 0.94 }, 'pp') // ' {-0.2, +3.0} p=0.94'
 */
export function totalDifferenceText(d: { estimate: number; ci95Total?: readonly [number, number]; pSameSign?: number }, unit: string, digits?: number): string {
  if (!d.ci95Total) return '';
  const scale = unit === 'pp' ? 100 : 1;
  const dg = digits ?? (unit === 'pp' ? percentDigits(d.estimate) : 1);
  const p = d.pSameSign === undefined ? '' : ` p=${d.pSameSign.toFixed(2)}`;
  return ` {${formatSigned(d.ci95Total[0] * scale, dg)}, ${formatSigned(d.ci95Total[1] * scale, dg)}}${p}`;
}

/**
 * The note under a table of a probabilistic run.
 * @example
 * totalNote({ draws: 200 }) // '{..} are total 95% intervals: 200 parameter draws and Monte Carlo …'
 */
export function totalNote(u: { draws: number } | undefined): string {
  if (!u) return '';
  return `{..} are total 95% intervals: ${u.draws} parameter draws over every parameter's range and Monte Carlo (docs/statistics.md); p = share of draws in which a difference keeps its sign.`;
}
