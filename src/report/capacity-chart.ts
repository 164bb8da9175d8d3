import { formatCount } from './format.js';
import { svgDocument } from './svg/document.js';
import { attrs, escapeXmlText } from './svg/escape.js';
import { chartFooter, footerSvg, footerText, type ChartProvenance } from './svg/footer.js';
import { panelAxis } from './history-chart.js';
import { shortDate } from './history-data.js';
import { svgNum } from './svg/number.js';
import { CHART_COLORS } from './svg/palette.js';
import { estimateTextWidth, truncateText, wrapText } from './svg/text-width.js';

/** One line of a capacity panel: values per month. */
export interface CapacityLine {
  label: string;
  values: readonly number[];
  color: string;
  dashed?: boolean;
  /** Draw as steps (a capacity holds until it changes). */
  step?: boolean;
}

/** One panel: a title and its lines on one scale from 0. */
export interface CapacityPanel {
  id: string;
  title: string;
  lines: readonly CapacityLine[];
}

/** What a capacity chart shows: months, panels, and where the numbers come from. */
export interface CapacityChartInput {
  months: readonly string[];
  panels: readonly CapacityPanel[];
  provenance: ChartProvenance;
  title?: string;
  width?: number;
}

/** Colours: capacity in red (dashed steps), what used it in blue, a second measure in orange (lighter than the blue,
 *  so the two stay apart in greyscale and for red–green colour-blind readers). */
export const CAPACITY_COLORS = { capacity: '#b2182b', used: '#2166ac', second: '#e08214' } as const;

const PAD = 16;
const FS = 11;
const PANEL_H = 110;
const PANEL_HEAD = 30;
const GAP = 14;


/**
 * Line charts of capacity over time, one panel per resource: capacity as dashed red steps against what used it
 * (month-end occupancy, the month's peak, people waiting, the court's backlog and waits), each panel on its own scale
 * from 0, on one monthly time axis, with a legend per panel and a footer naming the model, seed and scale.
 * An unlimited capacity is not drawn.
 * @example
 * capacityChart({ months: ['2019-01', '2019-02'], provenance: { model: '0.1.0', seed: 1 }, panels: [{ id: 'ice-beds', title: 'ICE beds', lines: [{ label: 'capacity', values: [45274, 45274], color: CAPACITY_COLORS.capacity, dashed: true, step: true }, { label: 'occupied', values: [44000, 46000], color: CAPACITY_COLORS.used }] }] }).startsWith('<svg') // true
 */
export function capacityChart(input: CapacityChartInput): string {
  const width = Math.max(480, input.width ?? 960);
  const M = input.months.length;
  const textW = width - 2 * PAD;
  // Each panel's axis: a top just above the data, labelled with thousands separators; the gutter fits the widest.
  const axes = input.panels.map((p) => panelAxis(Math.max(1, ...p.lines.flatMap((l) => l.values.filter((v) => Number.isFinite(v))))));
  const x0 = PAD + Math.max(36, ...axes.map((a) => estimateTextWidth(formatCount(a.max), 10) + 10));
  const plotW = width - PAD - x0;
  const xAt = (i: number) => x0 + (i / Math.max(1, M)) * plotW;
  const title = input.title ?? `Capacity and its use, ${shortDate(input.months[0]!)} \u2013 ${shortDate(input.months[M - 1]!)}`;
  const text = (x: number, y: number, s: string, extra: Record<string, string | number | undefined> = {}) =>
    `<text${attrs({ x: svgNum(x), y: svgNum(y), dy: '0.35em', 'font-size': FS, fill: CHART_COLORS.text, ...extra })}>${escapeXmlText(s)}</text>`;
  const parts: string[] = [];
  const titleLines = wrapText(title, textW, 16);
  titleLines.forEach((l, i) => parts.push(text(PAD, PAD + 6 + 20 * i, l, { 'font-size': 16, 'font-weight': 'bold' })));
  const sub = 'Dashed red steps: capacity of the day at month end (not drawn when unlimited). Each panel has its own scale from 0.';
  const subLines = wrapText(sub, textW, FS);
  subLines.forEach((l, i) => parts.push(text(PAD, PAD + 6 + 20 * titleLines.length + 15 * i, l, { fill: CHART_COLORS.muted })));
  let y = PAD + 20 * titleLines.length + 15 * subLines.length + 10;

  input.panels.forEach((p, k) => {
    const top = y + PANEL_HEAD;
    const bottom = top + PANEL_H;
    const { max, ticks: yTicks } = axes[k]!;
    const yAt = (v: number) => bottom - (Math.min(Math.max(v, 0), max) / max) * PANEL_H;
    const g: string[] = [text(PAD, y + 8, truncateText(p.title, textW * 0.45, 12), { 'font-size': 12, 'font-weight': 'bold' })];
    // Legend on the title row, right-aligned.
    let lx = PAD + textW;
    for (const l of [...p.lines].reverse()) {
      const w = estimateTextWidth(l.label, 10.5) + 34;
      lx -= w;
      g.push(`<line${attrs({ x1: svgNum(lx), x2: svgNum(lx + 18), y1: svgNum(y + 8), y2: svgNum(y + 8), stroke: l.color, 'stroke-width': 2, 'stroke-dasharray': l.dashed ? '5 3' : undefined })}/>`);
      g.push(text(lx + 22, y + 8, l.label, { 'font-size': 10.5 }));
    }
    for (const t of yTicks) {
      g.push(`<line${attrs({ x1: svgNum(x0), x2: svgNum(x0 + plotW), y1: svgNum(yAt(t)), y2: svgNum(yAt(t)), stroke: CHART_COLORS.grid })}/>`);
      g.push(text(x0 - 6, yAt(t), formatCount(t), { 'text-anchor': 'end', 'font-size': 10, fill: CHART_COLORS.muted }));
    }
    for (const l of p.lines) {
      const segs: string[] = [];
      let open = false;
      l.values.forEach((v, i) => {
        if (!Number.isFinite(v)) {
          open = false;
          return;
        }
        const yy = svgNum(yAt(v));
        if (l.step) {
          segs.push(`${open ? 'L' : 'M'}${svgNum(xAt(i))},${yy}L${svgNum(xAt(i + 1))},${yy}`);
        } else segs.push(`${open ? 'L' : 'M'}${svgNum(xAt(i + 0.5))},${yy}`);
        open = true;
      });
      if (segs.length)
        g.push(`<path${attrs({ class: 'line', 'data-line': l.label, d: segs.join(''), fill: 'none', stroke: l.color, 'stroke-width': l.dashed ? 1.5 : 1.75, 'stroke-dasharray': l.dashed ? '5 3' : undefined, 'stroke-linejoin': 'round' })}/>`);
    }
    const tips = input.months
      .map((m, i) => {
        const body = p.lines.map((l) => `${l.label} ${Number.isFinite(l.values[i]!) ? formatCount(Math.round(l.values[i]!)) : 'unlimited'}`).join(', ');
        return `<rect${attrs({ x: svgNum(xAt(i)), y: svgNum(top), width: svgNum(plotW / M), height: PANEL_H, fill: 'transparent', 'data-month': m })}><title>${escapeXmlText(`${p.title}, ${m}: ${body}`)}</title></rect>`;
      })
      .join('');
    g.push(`<g class="tips">${tips}</g>`);
    g.push(`<line${attrs({ x1: svgNum(x0), x2: svgNum(x0 + plotW), y1: svgNum(bottom), y2: svgNum(bottom), stroke: CHART_COLORS.axis })}/>`);
    parts.push(`<g${attrs({ class: 'panel', 'data-panel': p.id })}>${g.join('')}</g>`);
    y = bottom + GAP;
  });
  const plotBottom = y - GAP;
  input.months.forEach((m, i) => {
    const jan = m.endsWith('-01');
    parts.push(`<line${attrs({ x1: svgNum(xAt(i)), x2: svgNum(xAt(i)), y1: svgNum(plotBottom), y2: svgNum(plotBottom + (jan ? 6 : 3)), stroke: CHART_COLORS.axis })}/>`);
    if (jan) parts.push(text(xAt(i), plotBottom + 14, m.slice(0, 4), { 'text-anchor': 'middle', 'font-size': 10.5, fill: CHART_COLORS.muted }));
  });
  y = plotBottom + 28;
  const footer = chartFooter(input.provenance, textW);
  parts.push(footerSvg(footer.lines, PAD, y, textW));
  const height = y + footer.height + PAD / 2;
  const desc = `Capacity against use, monthly, ${input.months[0]} to ${input.months[M - 1]}: ${input.panels.map((p) => p.title).join('; ')}. ${footerText(input.provenance).join(' ')}`;
  return svgDocument({ width, height, title, desc, body: parts.join('\n'), idPrefix: 'immsim-capacity', rootAttrs: { 'data-chart': 'capacity' } });
}
