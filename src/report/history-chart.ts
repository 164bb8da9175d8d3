import { formatCount } from './format.js';
import { checkHistoryInput, measureMarkers, monthOffset, shortDate, type HistoryChartInput, type TimeMarker } from './history-data.js';
import { historySeriesLabel } from './labels.js';
import { svgDocument } from './svg/document.js';
import { attrs, escapeXmlText } from './svg/escape.js';
import { chartFooter, footerSvg, footerText, type ChartProvenance } from './svg/footer.js';
import { niceCeil, svgNum, ticks } from './svg/number.js';
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
const AXIS_W = 48;
const MARKER_R = 8;
const ROW_H = 2 * MARKER_R + 4;
const PANEL_HEAD = 28;
const PANEL_GAP = 14;
const SERIES_COLOR = '#2166ac';
const MARKER_COLOR = '#b2182b';

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

/** Rows for numbered markers so that no two circles in a row overlap: the first row with room. */
function markerRows(xs: readonly number[]): number[] {
  const rightmost: number[] = [];
  return xs.map((x) => {
    let row = rightmost.findIndex((r) => x - MARKER_R > r + 2);
    if (row < 0) row = rightmost.length;
    rightmost[row] = x + MARKER_R;
    return row;
  });
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
    ],
  };
}

/**
 * Line charts of monthly series of a history result (issue 11's JSON contract), one panel per series on one time
 * axis: the mean as a line, its 95% interval across replications as a band, each panel on its own scale from 0.
 * Dated measures are marked by numbered circles above the panels with dashed lines through them (circles are
 * stacked in rows so none overlap) and listed with their dates in a key below the axis; a footer names the model
 * version, seed, range, replications, scale and switched measures, with the caveat. Throws an ImmsimError for a
 * series the result does not have.
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('history.svg', historyChart(result, { series: ['encounters', 'expulsions', 'waiting-in-mexico'] }));
 */
export function historyChart(h: HistoryChartInput, options: HistoryChartOptions): string {
  checkHistoryInput(h, options.series);
  const width = Math.max(480, options.width ?? 960);
  const panelH = Math.max(60, options.panelHeight ?? 120);
  const title = options.title ?? `Monthly series, ${shortDate(h.months[0]!)} \u2013 ${shortDate(h.months[h.months.length - 1]!)}`;
  const idPrefix = options.idPrefix ?? 'immsim-history';
  const M = h.months.length;
  const textW = width - 2 * PAD;
  const x0 = PAD + AXIS_W;
  const plotW = width - PAD - x0;
  const xAt = (offset: number) => x0 + (offset / M) * plotW;
  const first = h.months[0]!;

  const markers = (options.markers ?? measureMarkers(h))
    .map((m) => ({ ...m, at: monthOffset(first, m.date) }))
    .filter((m) => m.at >= 0 && m.at <= M);
  const mx = markers.map((m) => Math.min(Math.max(xAt(m.at), x0 + MARKER_R), x0 + plotW - MARKER_R));
  const rows = markerRows(mx);
  const nRows = markers.length === 0 ? 0 : Math.max(...rows) + 1;

  const titleLines = wrapText(title, textW, TITLE_FS);
  const sub =
    `Mean over replications (line) with its 95% interval (band); each panel has its own scale from 0.` +
    (markers.length > 0 ? ' Numbered lines: measures coming into force (key below).' : '');
  const subLines = wrapText(sub, textW, FS);
  const headerH = PAD + 20 * titleLines.length + 15 * subLines.length + 6;

  const parts: string[] = [];
  const text = (x: number, y: number, s: string, extra: Record<string, string | number | undefined> = {}) =>
    `<text${attrs({ x: svgNum(x), y: svgNum(y), dy: '0.35em', 'font-size': FS, fill: CHART_COLORS.text, ...extra })}>${escapeXmlText(s)}</text>`;
  titleLines.forEach((l, i) => parts.push(text(PAD, PAD + 6 + 20 * i, l, { 'font-size': TITLE_FS, 'font-weight': 'bold' })));
  subLines.forEach((l, i) => parts.push(text(PAD, PAD + 6 + 20 * titleLines.length + 15 * i, l, { fill: CHART_COLORS.muted })));

  const markersTop = headerH;
  const panelsTop = markersTop + nRows * ROW_H + 4;
  let y = panelsTop;
  const panels: string[] = [];
  for (const id of options.series) {
    const s = h.series[id]!;
    const top = y + PANEL_HEAD;
    const bottom = top + panelH;
    const max = niceCeil(Math.max(0, ...s.ci95.map((c) => c[1]), ...s.mean));
    const yAt = (v: number) => bottom - (Math.min(Math.max(v, 0), max) / max) * panelH;
    const g: string[] = [];
    g.push(text(PAD, y + 8, truncateText(historySeriesLabel(id), textW, 12), { 'font-size': 12, 'font-weight': 'bold' }));
    for (const t of ticks(max, 4)) {
      g.push(`<line${attrs({ x1: svgNum(x0), x2: svgNum(x0 + plotW), y1: svgNum(yAt(t)), y2: svgNum(yAt(t)), stroke: CHART_COLORS.grid })}/>`);
      g.push(text(x0 - 6, yAt(t), formatCompact(t), { 'text-anchor': 'end', 'font-size': 10, fill: CHART_COLORS.muted }));
    }
    const cx = (i: number) => svgNum(xAt(i + 0.5));
    const upper = s.ci95.map((c, i) => `${cx(i)},${svgNum(yAt(c[1]))}`);
    const lower = s.ci95.map((c, i) => `${cx(i)},${svgNum(yAt(c[0]))}`).reverse();
    g.push(`<path${attrs({ class: 'band', d: `M${upper.join('L')}L${lower.join('L')}Z`, fill: SERIES_COLOR, 'fill-opacity': 0.2, stroke: 'none' })}/>`);
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
  }
  const plotBottom = y - PANEL_GAP;

  // Time axis: a tick at every month start, a year label at every January (thinned when crowded).
  const axis: string[] = [];
  const perMonth = plotW / M;
  const yearStep = Math.max(1, Math.ceil(40 / (12 * perMonth)));
  h.months.forEach((m, i) => {
    const x = xAt(i);
    const jan = m.endsWith('-01');
    axis.push(`<line${attrs({ x1: svgNum(x), x2: svgNum(x), y1: svgNum(plotBottom), y2: svgNum(plotBottom + (jan ? 6 : 3)), stroke: CHART_COLORS.axis })}/>`);
    const year = Number(m.slice(0, 4));
    if (jan && year % yearStep === 0) axis.push(text(x, plotBottom + 14, String(year), { 'text-anchor': 'middle', 'font-size': 10.5, fill: CHART_COLORS.muted }));
  });
  if (!h.months.some((m) => m.endsWith('-01'))) axis.push(text(x0, plotBottom + 14, shortDate(first), { 'font-size': 10.5, fill: CHART_COLORS.muted }));
  y = plotBottom + 28;

  // Markers: numbered circles in rows above the panels, dashed lines down to the axis, and the key.
  const marks = markers.map((m, i) => {
    const x = mx[i]!;
    const cy = markersTop + rows[i]! * ROW_H + MARKER_R + 1;
    const lineX = xAt(m.at);
    return (
      `<g${attrs({ class: 'marker', 'data-date': m.date, 'data-measure': m.id })}><title>${escapeXmlText(`${shortDate(m.date)}: ${m.label}`)}</title>` +
      `<line${attrs({ x1: svgNum(lineX), x2: svgNum(lineX), y1: svgNum(cy + MARKER_R), y2: svgNum(plotBottom), stroke: MARKER_COLOR, 'stroke-width': 0.75, 'stroke-dasharray': '3 3', 'stroke-opacity': 0.7 })}/>` +
      `<circle${attrs({ cx: svgNum(x), cy: svgNum(cy), r: MARKER_R, fill: '#ffffff', stroke: MARKER_COLOR, 'stroke-width': 1 })}/>` +
      `<text${attrs({ x: svgNum(x), y: svgNum(cy), dy: '0.35em', 'text-anchor': 'middle', 'font-size': i + 1 >= 10 ? 8 : 9.5, fill: MARKER_COLOR })}>${i + 1}</text></g>`
    );
  });
  const NUM_W = 20;
  const keyEntries = markers.map((m) => `${shortDate(m.date)} \u00b7 ${m.label}`);
  const colW = Math.min(textW, Math.max(160, ...keyEntries.map((k) => NUM_W + estimateTextWidth(k, 10.5) + 16)));
  const keyCols = Math.max(1, Math.floor(textW / colW));
  const keyColW = textW / keyCols;
  const keyRows = Math.ceil(keyEntries.length / keyCols);
  const key = keyEntries.map((k, i) => {
    const col = Math.floor(i / keyRows);
    const row = i % keyRows;
    const kx = PAD + col * keyColW;
    return (
      text(kx + NUM_W - 6, y + 8 + row * 15, String(i + 1), { 'font-size': 10.5, 'font-weight': 'bold', fill: MARKER_COLOR, 'text-anchor': 'end' }) +
      text(kx + NUM_W, y + 8 + row * 15, truncateText(k, keyColW - NUM_W - 12, 10.5), { 'font-size': 10.5 })
    );
  });
  if (key.length > 0) y += 8 + keyRows * 15 + 6;

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
