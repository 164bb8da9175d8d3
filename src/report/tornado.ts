import type { SensitivityResult } from '../uncertainty/sensitivity.js';
import { svgDocument } from './svg/document.js';
import { attrs, escapeXmlText } from './svg/escape.js';
import { svgNum } from './svg/number.js';
import { CHART_COLORS } from './svg/palette.js';
import { estimateTextWidth, truncateText } from './svg/text-width.js';

/**
 * Options of {@link tornadoSvg}.
 * @example
 * const o: TornadoOptions = { top: 12, width: 860 };
 */
export interface TornadoOptions {
  /** How many parameters to draw (largest total index first). Default 15. */
  top?: number;
  /** Width in px. Default 860. */
  width?: number;
  title?: string;
  idPrefix?: string;
}

const PAD = 16;
const FS = 12;
const SMALL = 11;
const ROW = 24;
const BAR = 14;
const LOW_COLOR = '#4575b4';
const HIGH_COLOR = '#d73027';

function text(x: number, y: number, content: string, extra: Record<string, string | number | undefined> = {}): string {
  return `<text${attrs({ x: svgNum(x), y: svgNum(y), dy: '0.35em', 'font-size': FS, fill: CHART_COLORS.text, ...extra })}>${escapeXmlText(content)}</text>`;
}

const isShare = (metric: string) => !['daysDetained', 'daysInMexico', 'encountersPerPerson'].includes(metric);

/** A metric value as text: shares in percentage points (or percent for one regime), means with 2 decimals. */
function fmt(x: number, metric: string, paired: boolean): string {
  if (!isShare(metric)) return x.toFixed(2);
  const v = (x * 100).toFixed(2);
  return paired ? `${x > 0 ? '+' : ''}${v} pp` : `${v}%`;
}

/** Round axis ticks across [lo, hi]. */
function axisTicks(lo: number, hi: number): number[] {
  const span = hi - lo || 1;
  const step0 = 10 ** Math.floor(Math.log10(span / 4));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * step0).find((s) => span / s <= 6)!;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-12; t += step) out.push(Math.abs(t) < 1e-12 ? 0 : t);
  return out;
}

/**
 * A tornado chart of a sensitivity analysis as a standalone SVG: one row per parameter (largest total Sobol index
 * first), a bar from the metric with the parameter at the low end of its range (blue) to the high end (red), every
 * other parameter at its value, around a line at the nominal metric; beside each bar the total index with its
 * bootstrap interval. Every bar carries `data-parameter`, `data-low`, `data-high`, `data-total` and a tooltip.
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('tornado.svg', tornadoSvg(await sensitivity({ regimes: ['pep-2016', 'mpp-2019'], metric: 'in-absentia-order', n: 10_000, seed: 1 })));
 */
export function tornadoSvg(s: SensitivityResult, options: TornadoOptions = {}): string {
  const width = Math.max(480, options.width ?? 860);
  const rows = s.parameters.slice(0, options.top ?? 15);
  const paired = s.regimes.length === 2;
  const what = paired ? `${s.metric}: ${s.regimes[1]} − ${s.regimes[0]}` : `${s.metric} under ${s.regimes[0]}`;
  const title = options.title ?? `What decides ${what}`;
  const idPrefix = options.idPrefix ?? 'immsim-tornado';
  const labelW = Math.min(width * 0.38, Math.max(80, ...rows.map((p) => estimateTextWidth(p.id, FS) + 12)));
  const indexW = 150;
  const x0 = PAD + labelW;
  const plotW = width - x0 - indexW - PAD;
  const top = PAD + 62;
  const values = [s.nominal, ...rows.flatMap((p) => [p.low, p.high])];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const padSpan = (hi - lo || Math.abs(s.nominal) || 1) * 0.06;
  lo -= padSpan;
  hi += padSpan;
  const X = (v: number) => x0 + ((v - lo) / (hi - lo)) * plotW;
  const bottom = top + rows.length * ROW;
  const parts: string[] = [];
  parts.push(text(PAD, PAD + 8, title, { 'font-size': 16, 'font-weight': 'bold' }));
  parts.push(
    text(PAD, PAD + 28, `Bars: the metric with one parameter at the low (blue) or high (red) end of its range, all others at their values. Cohort ${s.cohort}, n = ${s.n.toLocaleString('en-US')} per run.`, { 'font-size': SMALL, fill: CHART_COLORS.muted }),
  );
  parts.push(
    text(PAD, PAD + 44, `Right: total Sobol index [bootstrap 95%]; Saltelli design, N = ${s.baseSamples}, ${s.runs.toLocaleString('en-US')} runs.`, { 'font-size': SMALL, fill: CHART_COLORS.muted }),
  );
  for (const t of axisTicks(lo, hi)) {
    const x = X(t);
    parts.push(`<line${attrs({ x1: svgNum(x), x2: svgNum(x), y1: svgNum(top - 4), y2: svgNum(bottom), stroke: CHART_COLORS.grid })}/>`);
    parts.push(text(x, bottom + 12, fmt(t, s.metric, paired), { 'text-anchor': 'middle', 'font-size': SMALL, fill: CHART_COLORS.muted }));
  }
  rows.forEach((p, i) => {
    const y = top + i * ROW + ROW / 2;
    parts.push(text(x0 - 8, y, truncateText(p.id, labelW - 12, FS), { 'text-anchor': 'end' }));
    const tip = `${p.id}: ${fmt(p.low, s.metric, paired)} at the low end, ${fmt(p.high, s.metric, paired)} at the high end; first-order ${p.firstOrder.estimate.toFixed(3)}, total ${p.total.estimate.toFixed(3)} [${p.total.ci95.map((x) => x.toFixed(3)).join(', ')}]`;
    const seg = (v: number, color: string, end: 'low' | 'high') => {
      const a = Math.min(X(s.nominal), X(v));
      const w = Math.max(1, Math.abs(X(v) - X(s.nominal)));
      return `<rect${attrs({ x: svgNum(a), y: svgNum(y - BAR / 2), width: svgNum(w), height: BAR, fill: color, 'data-end': end })}/>`;
    };
    parts.push(
      // The longer segment first, so a shorter one on the same side stays visible on top of it.
      `<g${attrs({ class: 'bar', 'data-parameter': p.id, 'data-low': p.low, 'data-high': p.high, 'data-total': p.total.estimate })}><title>${escapeXmlText(tip)}</title>${
        Math.abs(p.low - s.nominal) >= Math.abs(p.high - s.nominal) ? seg(p.low, LOW_COLOR, 'low') + seg(p.high, HIGH_COLOR, 'high') : seg(p.high, HIGH_COLOR, 'high') + seg(p.low, LOW_COLOR, 'low')
      }</g>`,
    );
    parts.push(text(width - PAD - indexW + 10, y, `total ${p.total.estimate.toFixed(2)} [${p.total.ci95.map((x) => Math.max(0, x).toFixed(2)).join('–')}]`, { 'font-size': SMALL }));
  });
  const xn = X(s.nominal);
  parts.push(`<line${attrs({ x1: svgNum(xn), x2: svgNum(xn), y1: svgNum(top - 8), y2: svgNum(bottom + 2), stroke: CHART_COLORS.text, 'stroke-width': 1.5 })}/>`);
  parts.push(text(xn, top - 14, `nominal ${fmt(s.nominal, s.metric, paired)}`, { 'text-anchor': 'middle', 'font-size': SMALL }));
  const height = bottom + 34;
  const desc = `Tornado chart of ${rows.length} parameters for ${what}; nominal ${fmt(s.nominal, s.metric, paired)}.`;
  return svgDocument({ width, height, title, desc, body: parts.join('\n'), idPrefix, rootAttrs: { 'data-chart': 'tornado' } });
}
