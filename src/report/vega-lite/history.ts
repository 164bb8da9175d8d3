import { checkHistoryInput, measureMarkers, shortDate, type HistoryChartInput } from '../history-data.js';
import { markerKeyText, positionMarkers } from '../history-markers.js';
import { CHART_COLORS } from '../svg/palette.js';
import { estimateTextWidth, truncateText, wrapText } from '../svg/text-width.js';
import type { HistoryChartOptions } from '../history-chart.js';
import { historySeriesLabel } from '../labels.js';
import { formatCount } from '../format.js';
import type { ChartProvenance } from '../svg/footer.js';
import { specHead, type VegaLiteSpec } from './spec.js';

/**
 * Options of {@link historySpec}: those of `historyChart`, and a counterfactual drawn beside the run.
 * @example
 * const o: HistorySpecOptions = { series: ['expulsions'], counterfactual: cmp.counterfactual, wrapWidth: 320 };
 */
export interface HistorySpecOptions extends HistoryChartOptions {
  /** A second run on the same arrivals (e.g. `compareHistory(...).counterfactual`), drawn in a second colour. */
  counterfactual?: HistoryChartInput;
  /** Names of the two runs in the legend and tooltips. Default ['As it was', 'Counterfactual']. */
  runLabels?: readonly [string, string];
  /** Wrap the title and subtitle to lines of this width in px (narrow screens). Default: one line each. */
  wrapWidth?: number;
}

const SERIES_COLOR = '#2166ac';
const COUNTERFACTUAL_COLOR = '#e08214';
const MARKER_COLOR = '#404040';
const TICK_COLOR = '#8c8c8c';
const LABEL_FS = 11;
/** Bold text runs about a tenth wider than text-width.ts estimates (regular weight). */
const BOLD = 1.1;
const ROW_H = 16;
const TICK_STRIP = 12;
const KEY_FS = 10.5;
const KEY_LINE = 15;

/** The provenance of a history run for the spec's subtitle. */
function provenance(h: HistoryChartInput): ChartProvenance {
  return {
    model: h.model.version,
    seed: h.seed,
    extra: [
      `${shortDate(h.from)} \u2013 ${shortDate(h.to)}`,
      ...(h.replications === undefined ? [] : [`${formatCount(h.replications)} replications`]),
      ...(h.scale === undefined || h.scale === 1 ? [] : [`scale ${h.scale} (counts scaled back)`]),
      ...((h.measures?.with ?? []).length > 0 ? [`with ${h.measures!.with.join(', ')}`] : []),
      ...((h.measures?.without ?? []).length > 0 ? [`without ${h.measures!.without.join(', ')}`] : []),
      '95% intervals across replications',
    ],
  };
}

/** The next month after a `YYYY-MM` month, as its first day. */
function monthAfter(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
}

/**
 * Monthly series of a history result as a Vega-Lite v6 spec with the data inline; the same content as
 * `historyChart`. On top, a strip with the major measures named beside dashed lines (laid out by
 * `layoutMarkerLabels` so that no labels overlap; a label without room becomes a number) and the other measures as
 * grey ticks; then one panel per series (line = mean, band = 95% interval, time on x, counts with thousands
 * separators, years on the last panel only) with the major measures' lines through it; then a key of every measure
 * with its date, the named ones in bold. With a counterfactual, the second run is orange and dashed (distinguishable
 * without colour). `datasets.series` has one row per series × month (`date` is the month's first day),
 * `datasets.markers` one row per measure (`kind`: label, number or tick; `px` its x in the plot).
 * @example
 * await embed('#history', historySpec(result, { series: ['encounters', 'expulsions'] }));
 */
export function historySpec(h: HistoryChartInput, options: HistorySpecOptions): VegaLiteSpec {
  checkHistoryInput(h, options.series);
  const cf = options.counterfactual;
  if (cf) checkHistoryInput(cf, options.series);
  const [runA, runB] = options.runLabels ?? ['As it was', 'Counterfactual'];
  const width = (options.width ?? 960) - 80;
  const last = h.months[h.months.length - 1]!;
  // Counts are never negative: a lower bound below 0 (few replications) is drawn at 0, as in the SVG chart.
  const rowsOf = (r: HistoryChartInput, run?: string) =>
    options.series.flatMap((id) =>
      r.months.map((m, i) => ({ series: id, label: historySeriesLabel(id), ...(run === undefined ? {} : { run }), date: `${m}-01`, mean: r.series[id]!.mean[i], ciLow: Math.max(0, r.series[id]!.ci95[i]![0]), ciHigh: r.series[id]!.ci95[i]![1] })),
    );
  const rows = cf ? [...rowsOf(h, runA), ...rowsOf(cf, runB)] : rowsOf(h);
  // With a counterfactual each run has its colour and dash (one legend); without, one colour and no legend.
  const runScale = { domain: [runA, runB] };
  // The legend comes from the lines (colour and dash merged, drawn as strokes), not from the bands.
  const legend = { orient: 'top', direction: 'horizontal', symbolType: 'stroke', symbolStrokeWidth: 2 };
  const colorOf = (withLegend: boolean) => ({ color: { field: 'run', type: 'nominal', title: null, scale: { ...runScale, range: [SERIES_COLOR, COUNTERFACTUAL_COLOR] }, legend: withLegend ? legend : null } });
  const bandColor = cf ? colorOf(true) : {};
  const runColor = cf ? colorOf(true) : {};
  const runDash = cf ? { strokeDash: { field: 'run', type: 'nominal', title: null, scale: { ...runScale, range: [[1, 0], [6, 3]] }, legend } } : {};
  const cfNote = cf
    ? [`${runB}: ${[...(cf.measures?.with ?? []).map((m) => `with ${m}`), ...(cf.measures?.without ?? []).map((m) => `without ${m}`)].join(', ') || 'the same measures'} (same arrivals and random streams; orange, dashed).`]
    : [];
  const first = `${h.months[0]}-01`;
  // The x scale runs from the first month's first day to the day after the last month, so a date's px is (to well
  // under a pixel) its month offset over the plot width, as the label layout assumes.
  const domain = [first, monthAfter(last)];
  const { markers: placed, rows: nRows } = positionMarkers(options.markers ?? measureMarkers(h), { months: h.months, x0: 0, plotWidth: width, fontSize: LABEL_FS * BOLD, rowHeight: ROW_H, maxRows: 3 });
  const hasTicks = placed.some((m) => !m.placed);
  const stripH = nRows * ROW_H + (hasTicks ? TICK_STRIP : 0);
  const markers = placed.map((m) => {
    const p = m.placed;
    const base = { date: m.date, label: m.label, px: m.x, key: `${p?.kind === 'number' ? `${p.n}  ` : ''}${markerKeyText(m)}` };
    if (!p) return { ...base, kind: 'tick' };
    const top = stripH - (hasTicks ? TICK_STRIP : 0) + p.box.y;
    return { ...base, kind: p.kind, text: p.kind === 'number' ? String(p.n) : m.chartLabel!, anchor: p.anchor, textX: p.textX, textY: top + p.box.h / 2, lineTop: top + (p.kind === 'number' ? p.box.h - 1 : 2), cx: p.textX };
  });
  const px = (field: string) => ({ field, type: 'quantitative', scale: null });
  const isKind = (...kinds: string[]) => ({ filter: { field: 'kind', oneOf: kinds } });
  const textLayer = (kind: string, align: string, anchor: string) => ({
    transform: [isKind(kind), { filter: { field: 'anchor', equal: anchor } }],
    mark: { type: 'text', align, baseline: 'middle', fontSize: kind === 'number' ? 9 : LABEL_FS, fontWeight: 'bold', color: kind === 'number' ? MARKER_COLOR : CHART_COLORS.text },
    encoding: { x: px('textX'), y: px('textY'), text: { field: 'text' }, tooltip: [{ field: 'date', type: 'temporal', title: 'In force from', format: '%d %b %Y' }, { field: 'label', title: 'Measure' }] },
  });
  const dashed = { type: 'rule', color: MARKER_COLOR, strokeDash: [4, 3], strokeWidth: 0.9 };
  const strip =
    placed.length > 0
      ? [{
          width,
          height: stripH,
          data: { name: 'markers' },
          layer: [
            { transform: [isKind('label', 'number')], mark: dashed, encoding: { x: px('px'), y: px('lineTop'), y2: { value: stripH } } },
            { transform: [isKind('tick')], mark: { type: 'rule', color: TICK_COLOR, strokeWidth: 1.25 }, encoding: { x: px('px'), y: { value: stripH - TICK_STRIP + 2 }, y2: { value: stripH - 2 }, tooltip: [{ field: 'date', type: 'temporal', title: 'In force from', format: '%d %b %Y' }, { field: 'label', title: 'Measure' }] } },
            { transform: [isKind('number')], mark: { type: 'circle', size: 150, fill: '#ffffff', stroke: MARKER_COLOR, strokeWidth: 1, opacity: 1 }, encoding: { x: px('cx'), y: px('textY') } },
            textLayer('label', 'left', 'start'),
            textLayer('label', 'right', 'end'),
            textLayer('number', 'center', 'middle'),
          ],
        }]
      : [];
  const majorRules = { data: { name: 'markers' }, transform: [isKind('label', 'number')], mark: dashed, encoding: { x: { field: 'date', type: 'temporal' }, tooltip: [{ field: 'date', type: 'temporal', title: 'In force from', format: '%d %b %Y' }, { field: 'label', title: 'Measure' }] } };
  const panels = options.series.map((id, k) => {
    const lastPanel = k === options.series.length - 1;
    const x = { field: 'date', type: 'temporal', title: null, scale: { domain }, axis: { format: '%Y', tickCount: 'year', grid: true, labels: lastPanel, labelAlign: 'left', labelOffset: 2, labelBound: true, ticks: true } };
    return {
      title: { text: historySeriesLabel(id), anchor: 'start', fontSize: 12 },
      width,
      height: options.panelHeight ?? 120,
      transform: [{ filter: { field: 'series', equal: id } }],
      data: { name: 'series' },
      layer: [
        { mark: { type: 'area', color: SERIES_COLOR, opacity: 0.25 }, encoding: { x, y: { field: 'ciLow', type: 'quantitative', title: null, scale: { zero: true, nice: true }, axis: { format: ',~f', tickCount: 4 } }, y2: { field: 'ciHigh' }, ...bandColor } },
        {
          mark: { type: 'line', color: SERIES_COLOR, strokeWidth: 1.75, point: { size: 12, opacity: 0 } },
          encoding: {
            x,
            y: { field: 'mean', type: 'quantitative' },
            ...runColor,
            ...runDash,
            tooltip: [
              ...(cf ? [{ field: 'run', title: 'Run' }] : []),
              { field: 'label', title: 'Series' },
              { field: 'date', type: 'temporal', title: 'Month', format: '%b %Y' },
              { field: 'mean', title: 'Mean', format: ',.0f' },
              { field: 'ciLow', title: '95% interval from', format: ',.0f' },
              { field: 'ciHigh', title: '95% interval to', format: ',.0f' },
            ],
          },
        },
        ...(markers.some((m) => m.kind !== 'tick') ? [majorRules] : []),
      ],
    };
  });
  // The key in columns as wide as its longest entry allows, in date order down each column; named measures in bold.
  // From 560 px on, at least two columns: longer entries are shortened rather than forcing one column.
  const colW = Math.min(width >= 560 ? width / 2 : width, Math.max(160, ...markers.map((m) => estimateTextWidth(m.key, KEY_FS) * (m.kind === 'tick' ? 1 : BOLD) + 16)));
  const keyCols = Math.max(1, Math.min(3, Math.floor(width / colW)));
  const keyRows = Math.ceil(markers.length / keyCols);
  const keyData = markers.map((m, i) => ({ ...m, kx: Math.floor(i / keyRows) * (width / keyCols), ky: (i % keyRows) * KEY_LINE + KEY_LINE / 2, key: truncateText(m.key, (width / keyCols - 12) / (m.kind === 'tick' ? 1 : BOLD), KEY_FS) }));
  const key =
    markers.length > 0
      ? [{
          title: { text: wrapText('Dated measures coming into force (bold: named on the chart; others: grey ticks)', width / BOLD, 11), anchor: 'start', fontSize: 11, color: CHART_COLORS.muted },
          width,
          height: keyRows * KEY_LINE,
          data: { values: keyData },
          layer: [
            { transform: [{ filter: { field: 'kind', equal: 'tick' } }], mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: KEY_FS, color: CHART_COLORS.text }, encoding: { x: px('kx'), y: px('ky'), text: { field: 'key' } } },
            { transform: [{ filter: { field: 'kind', oneOf: ['label', 'number'] } }], mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: KEY_FS, fontWeight: 'bold', color: CHART_COLORS.text }, encoding: { x: px('kx'), y: px('ky'), text: { field: 'key' } } },
          ],
        }]
      : [];
  return {
    ...specHead(
      options.title ?? `Simulated monthly series, ${shortDate(h.months[0]!)} \u2013 ${shortDate(last)}`,
      ['Mean over replications (line) with its 95% interval across replications (band); each panel has its own scale from 0. Dashed lines: major measures; grey ticks: other measures.', ...cfNote],
      provenance(h),
      `Monthly line charts of ${options.series.map(historySeriesLabel).join(', ')}, with measures marked.`,
      options.wrapWidth,
    ),
    datasets: { series: rows, markers },
    vconcat: [...strip, ...panels, ...key],
    resolve: { scale: { y: 'independent' } },
  };
}
