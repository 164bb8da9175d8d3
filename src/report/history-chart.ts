import { formatCount } from './format.js';
import { checkHistoryInput, measureMarkers, shortDate, type HistoryChartInput, type TimeMarker } from './history-data.js';
import { markerKeyText, positionMarkers } from './history-markers.js';
import { historySeriesLabel } from './labels.js';
import { svgDocument } from './svg/document.js';
import { attrs, escapeXmlText } from './svg/escape.js';
import { chartFooter, footerSvg, footerText, type ChartProvenance } from './svg/footer.js';
import { niceCeil, svgNum } from './svg/number.js';
import { CHART_COLORS } from './svg/palette.js';
import { estimateTextWidth, truncateText, wrapText } from './svg/text-width.js';

/**
 * Options of {@link historyChart}.
 * @example
 * const o: HistoryChartOptions = { series: ['encounters', 'expulsions'], title: 'Southwest border 2015–2021' };
 */
export interface HistoryChartOptions {
  /** Series ids to draw, one panel each, top to bottom. */
  series: readonly string[];
  title?: string;
  /** Width in px. Default 960. */
  width?: number;
  /** Height of one panel's plot area in px. Default 120. */
  panelHeight?: number;
  /** Markers on the time axis. Default: the built-in measures coming into force in the range (not those switched off). */
  markers?: readonly TimeMarker[];
  /** Prefix of element ids, for inlining several charts in one page. Default 'immsim-history'. */
  idPrefix?: string;
}

const PAD = 16;
const FS = 11;
const TITLE_FS = 16;
const LABEL_FS = 11;
const ROW_H = 16;
const MAX_ROWS = 3;
const TICK_STRIP = 12;
const PANEL_HEAD = 24;
const PANEL_GAP = 16;
const KEY_FS = 10.5;
const KEY_LINE = 15;
/** Bold text runs about a tenth wider than the estimate of text-width.ts (which measures regular weight). */
const BOLD = 1.1;
/** Blue line and band; dark grey dashed lines for labelled measures, mid grey ticks for the others: the measures
 *  differ from the data by pattern and lightness, not only by hue (greyscale and colour-blind readers). */
const SERIES_COLOR = '#2166ac';
const BAND_OPACITY = 0.25;
const MARKER_COLOR = '#404040';
const TICK_COLOR = '#8c8c8c';

/**
 * A 0-based axis for a panel: a step of 1, 2, 2.5 or 5 × 10^k giving about four intervals, and the top as the first
 * multiple of the step at or above the data (so 120,000 gets 0–150,000 in steps of 50,000, not 0–200,000).
 * @example
 * panelAxis(120000) // { max: 150000, ticks: [0, 50000, 100000, 150000] }
 */
export function panelAxis(dataMax: number): { max: number; ticks: number[] } {
  if (!(dataMax > 0) || !Number.isFinite(dataMax)) return { max: 1, ticks: [0, 1] };
  const step = niceCeil(dataMax / 4);
  const n = Math.max(1, Math.ceil(dataMax / step - 1e-9));
  return { max: step * n, ticks: Array.from({ length: n + 1 }, (_, i) => Math.round(i * step * 1e9) / 1e9) };
}

/**
 * A count in few characters for an axis: 950, 1.2k, 45k, 1.3M.
 * @example
 * formatCompact(45210) // '45k'
 * formatCompact(1250)  // '1.3k'
 */
export function formatCompact(x: number): string {
  const a = Math.abs(x);
  const f = (v: number, unit: string) => `${Number((x / v).toFixed(a / v < 10 ? 1 : 0))}${unit}`;
  if (a >= 1e6) return f(1e6, 'M');
  if (a >= 1e3) return f(1e3, 'k');
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** The provenance line of a history run. */
function historyProvenance(h: HistoryChartInput): ChartProvenance {
  const on = h.measures?.with ?? [];
  const off = h.measures?.without ?? [];
  return {
    model: h.model.version,
    seed: h.seed,
    extra: [
      `${shortDate(h.from)} \u2013 ${shortDate(h.to)}`,
      'arrivals from published monthly encounters',
      'rules of each day',
      ...(h.replications === undefined ? [] : [`${formatCount(h.replications)} replications`]),
      ...(h.scale === undefined || h.scale === 1 ? [] : [`scale ${h.scale} (counts scaled back)`]),
      ...(on.length > 0 ? [`with ${on.join(', ')}`] : []),
      ...(off.length > 0 ? [`without ${off.join(', ')}`] : []),
      '95% intervals across replications',
    ],
  };
}

/**
 * Line charts of monthly series of a history result (issue 11's JSON contract), one panel per series on one time
 * axis: the mean as a line, its 95% interval across replications as a band, each panel on its own scale from 0 with
 * thousands separators, faint lines at every January and years centred under their months. Dated measures: the major
 * ones (MAJOR_MEASURES, or any marker with a `chartLabel`) are labelled by name above the panels with dashed lines
 * through them, in up to three staggered rows laid out so that no labels overlap (a label with no room becomes a
 * number explained in the key); the others are grey ticks in a strip above the panels. The key below the axis lists
 * every measure with its date (labelled ones in bold). A footer names the model version, seed, range, replications,
 * scale, switched measures and the 95% intervals, with the caveat. Throws an ImmsimError for a series the result does
 * not have.
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('history.svg', historyChart(result, { series: ['encounters', 'expulsions', 'waiting-in-mexico'] }));
 */
export function historyChart(h: HistoryChartInput, options: HistoryChartOptions): string {
  checkHistoryInput(h, options.series);
  const width = Math.max(480, options.width ?? 960);
  const panelH = Math.max(60, options.panelHeight ?? 120);
  const title = options.title ?? `Simulated monthly series, ${shortDate(h.months[0]!)} \u2013 ${shortDate(h.months[h.months.length - 1]!)}`;
  const idPrefix = options.idPrefix ?? 'immsim-history';
  const M = h.months.length;
  const textW = width - 2 * PAD;
  const axes = options.series.map((id) => panelAxis(Math.max(0, ...h.series[id]!.ci95.map((c) => c[1]), ...h.series[id]!.mean)));
  const axisW = Math.max(36, ...axes.map((a) => estimateTextWidth(formatCount(a.max), 10) + 10));
  const x0 = PAD + axisW;
  const plotW = width - PAD - x0;
  const xAt = (offset: number) => x0 + (offset / M) * plotW;
  const first = h.months[0]!;

  const { markers, rows: nRows } = positionMarkers(options.markers ?? measureMarkers(h), { months: h.months, x0, plotWidth: plotW, fontSize: LABEL_FS * BOLD, rowHeight: ROW_H, maxRows: MAX_ROWS });
  const major = markers.filter((m) => m.placed);
  const minor = markers.filter((m) => !m.placed);

  const titleLines = wrapText(title, textW / BOLD, TITLE_FS);
  const sub =
    'Mean over replications (line) with its 95% interval across replications (band); each panel has its own scale from 0.' +
    (major.length > 0 ? ' Dashed lines: major measures coming into force.' : '') +
    (minor.length > 0 ? ' Grey ticks above the panels: other measures (all listed below with their dates).' : '');
  const subLines = wrapText(sub, textW, FS);
  const headerH = PAD + 20 * titleLines.length + 15 * subLines.length + 6;

  const parts: string[] = [];
  const text = (x: number, y: number, s: string, extra: Record<string, string | number | undefined> = {}) =>
    `<text${attrs({ x: svgNum(x), y: svgNum(y), dy: '0.35em', 'font-size': FS, fill: CHART_COLORS.text, ...extra })}>${escapeXmlText(s)}</text>`;
  const vline = (x: number, y1: number, y2: number, extra: Record<string, string | number>) =>
    `<line${attrs({ x1: svgNum(x), x2: svgNum(x), y1: svgNum(y1), y2: svgNum(y2), ...extra })}/>`;
  titleLines.forEach((l, i) => parts.push(text(PAD, PAD + 6 + 20 * i, l, { 'font-size': TITLE_FS, 'font-weight': 'bold' })));
  subLines.forEach((l, i) => parts.push(text(PAD, PAD + 6 + 20 * titleLines.length + 15 * i, l, { fill: CHART_COLORS.muted })));

  // Label rows, then the strip of ticks, then the panels.
  const stripBottom = headerH + nRows * ROW_H + (nRows > 0 ? 2 : 0);
  const panelsTop = stripBottom + (minor.length > 0 ? TICK_STRIP : 0) + 2;
  let y = panelsTop;
  const panels: string[] = [];
  const plotSpans: [number, number][] = [];
  const janX = h.months.flatMap((m, i) => (m.endsWith('-01') && i > 0 ? [xAt(i)] : []));
  options.series.forEach((id, k) => {
    const s = h.series[id]!;
    const top = y + PANEL_HEAD;
    const bottom = top + panelH;
    plotSpans.push([top, bottom]);
    const { max, ticks: yTicks } = axes[k]!;
    const yAt = (v: number) => bottom - (Math.min(Math.max(v, 0), max) / max) * panelH;
    const g: string[] = [];
    g.push(text(PAD, y + 10, truncateText(historySeriesLabel(id), textW / BOLD, 12), { 'font-size': 12, 'font-weight': 'bold' }));
    for (const t of yTicks) {
      g.push(`<line${attrs({ x1: svgNum(x0), x2: svgNum(x0 + plotW), y1: svgNum(yAt(t)), y2: svgNum(yAt(t)), stroke: CHART_COLORS.grid })}/>`);
      g.push(text(x0 - 6, yAt(t), formatCount(t), { 'text-anchor': 'end', 'font-size': 10, fill: CHART_COLORS.muted }));
    }
    for (const x of janX) g.push(vline(x, top, bottom, { stroke: CHART_COLORS.grid, 'stroke-width': 0.75 }));
    const cx = (i: number) => svgNum(xAt(i + 0.5));
    const upper = s.ci95.map((c, i) => `${cx(i)},${svgNum(yAt(c[1]))}`);
    const lower = s.ci95.map((c, i) => `${cx(i)},${svgNum(yAt(c[0]))}`).reverse();
    g.push(`<path${attrs({ class: 'band', d: `M${upper.join('L')}L${lower.join('L')}Z`, fill: SERIES_COLOR, 'fill-opacity': BAND_OPACITY, stroke: 'none' })}/>`);
    g.push(
      `<path${attrs({ class: 'mean', d: `M${s.mean.map((v, i) => `${cx(i)},${svgNum(yAt(v))}`).join('L')}`, fill: 'none', stroke: SERIES_COLOR, 'stroke-width': 1.75, 'stroke-linejoin': 'round' })}/>`,
    );
    const points = s.mean
      .map((v, i) => {
        const [lo, hi] = s.ci95[i]!;
        return `<circle${attrs({ cx: cx(i), cy: svgNum(yAt(v)), r: 6, fill: 'transparent', 'data-month': h.months[i], 'data-mean': v, 'data-ci-low': lo, 'data-ci-high': hi })}><title>${escapeXmlText(`${historySeriesLabel(id)}, ${shortDate(h.months[i]!)}: ${formatCount(Math.round(v))} [${formatCount(Math.round(lo))}\u2013${formatCount(Math.round(hi))}]`)}</title></circle>`;
      })
      .join('');
    g.push(`<g class="points">${points}</g>`);
    g.push(`<line${attrs({ x1: svgNum(x0), x2: svgNum(x0 + plotW), y1: svgNum(bottom), y2: svgNum(bottom), stroke: CHART_COLORS.axis })}/>`);
    panels.push(`<g${attrs({ class: 'panel', 'data-series': id })}>${g.join('')}</g>`);
    y = bottom + PANEL_GAP;
  });
  const plotBottom = y - PANEL_GAP;

  // Time axis: a tick at every month start (longer at January), each year's number centred under its months.
  const axis: string[] = [];
  h.months.forEach((m, i) => {
    const jan = m.endsWith('-01');
    axis.push(vline(xAt(i), plotBottom, plotBottom + (jan ? 6 : 3), { stroke: CHART_COLORS.axis }));
  });
  const years = [...new Set(h.months.map((m) => m.slice(0, 4)))];
  let lastRight = -Infinity;
  for (const yr of years) {
    const from = h.months.findIndex((m) => m.startsWith(yr));
    const to = h.months.length - [...h.months].reverse().findIndex((m) => m.startsWith(yr));
    const cx = (xAt(from) + xAt(to)) / 2;
    const w = estimateTextWidth(yr, 10.5);
    // A year is named when its months are wide enough for the number and it does not touch the previous one.
    if (xAt(to) - xAt(from) < w + 2 || cx - w / 2 < lastRight + 4) continue;
    axis.push(text(cx, plotBottom + 15, yr, { 'text-anchor': 'middle', 'font-size': 10.5, fill: CHART_COLORS.muted }));
    lastRight = cx + w / 2;
  }
  y = plotBottom + 30;

  // Markers: labelled ones with a dashed line through the strip and every plot; the others as ticks in the strip.
  const dashed = { stroke: MARKER_COLOR, 'stroke-width': 0.9, 'stroke-dasharray': '4 3' };
  const marks = markers.map((m) => {
    const lineX = Math.min(Math.max(m.x, x0), x0 + plotW);
    const head = `<g${attrs({ class: 'marker', 'data-kind': m.placed ? 'major' : 'minor', 'data-date': m.date, 'data-measure': m.id })}><title>${escapeXmlText(`${shortDate(m.date)}: ${m.label}`)}</title>`;
    if (!m.placed) return `${head}${vline(lineX, stripBottom + 2, stripBottom + TICK_STRIP - 2, { stroke: TICK_COLOR, 'stroke-width': 1.25 })}</g>`;
    const p = m.placed;
    const boxTop = stripBottom + p.box.y;
    const cy = boxTop + p.box.h / 2;
    const lines = [vline(lineX, p.kind === 'number' ? cy + p.box.h / 2 - 1 : boxTop + 2, panelsTop, dashed), ...plotSpans.map(([t, b]) => vline(lineX, t, b, dashed))].join('');
    const halo = { stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' };
    const label =
      p.kind === 'label'
        ? text(p.textX, cy, m.chartLabel!, { 'text-anchor': p.anchor, 'font-size': LABEL_FS, 'font-weight': 'bold', fill: CHART_COLORS.text, ...halo })
        : `<circle${attrs({ cx: svgNum(p.textX), cy: svgNum(cy), r: svgNum(Math.min(p.box.w, p.box.h) / 2 - 0.5), fill: '#ffffff', stroke: MARKER_COLOR, 'stroke-width': 1 })}/>` +
          text(p.textX, cy, String(p.n), { 'text-anchor': 'middle', 'font-size': 9, 'font-weight': 'bold', fill: MARKER_COLOR });
    return `${head}${lines}${label}</g>`;
  });

  // The key: every marker in date order, labelled ones in bold (numbers first where a label had no room).
  const NUM_W = 18;
  const keyHead = 'Dated measures coming into force (bold: named on the chart; others: grey ticks)';
  const entries = markers.map((m) => ({ m, s: markerKeyText(m) }));
  const colW = Math.min(textW, Math.max(160, ...entries.map((e) => NUM_W + estimateTextWidth(e.s, KEY_FS) * (e.m.placed ? BOLD : 1) + 16)));
  const keyCols = Math.max(1, Math.floor(textW / colW));
  const keyColW = textW / keyCols;
  const keyRows = Math.ceil(entries.length / keyCols);
  const key: string[] = [];
  if (entries.length > 0) {
    key.push(text(PAD, y + 6, truncateText(keyHead, textW / BOLD, KEY_FS), { 'font-size': KEY_FS, 'font-weight': 'bold', fill: CHART_COLORS.muted }));
    y += KEY_LINE + 2;
  }
  entries.forEach(({ m, s }, i) => {
    const kx = PAD + Math.floor(i / keyRows) * keyColW;
    const ky = y + 6 + (i % keyRows) * KEY_LINE;
    const bold = m.placed ? { 'font-weight': 'bold' } : {};
    if (m.placed?.kind === 'number') key.push(text(kx + NUM_W - 6, ky, String(m.placed.n), { 'font-size': KEY_FS, 'font-weight': 'bold', fill: MARKER_COLOR, 'text-anchor': 'end' }));
    else if (!m.placed) key.push(vline(kx + NUM_W - 9, ky - 4, ky + 4, { stroke: TICK_COLOR, 'stroke-width': 1.25 }));
    else key.push(vline(kx + NUM_W - 9, ky - 5, ky + 5, dashed));
    key.push(text(kx + NUM_W, ky, truncateText(s, (keyColW - NUM_W - 12) / (m.placed ? BOLD : 1), KEY_FS), { 'font-size': KEY_FS, ...bold }));
  });
  if (entries.length > 0) y += keyRows * KEY_LINE + 8;

  const provenance = historyProvenance(h);
  const footer = chartFooter(provenance, textW);
  parts.push(`<g class="panels">${panels.join('')}</g>`);
  parts.push(`<g class="time-axis">${axis.join('')}</g>`);
  parts.push(`<g class="markers">${marks.join('')}</g>`);
  if (key.length > 0) parts.push(`<g class="marker-key">${key.join('')}</g>`);
  parts.push(footerSvg(footer.lines, PAD, y + 4, textW));
  const height = y + 4 + footer.height + PAD / 2;

  const desc =
    `Monthly line charts of ${options.series.map(historySeriesLabel).join(', ')} from ${shortDate(first)} to ${shortDate(h.months[M - 1]!)}, ` +
    `each mean with its 95% interval. Measures marked: ${markers.map((m) => `${shortDate(m.date)} ${m.label}`).join('; ') || 'none'}. ` +
    footerText(provenance).join(' ');
  return svgDocument({ width, height, title, desc, body: parts.join('\n'), idPrefix, rootAttrs: { 'data-chart': 'history' } });
}
