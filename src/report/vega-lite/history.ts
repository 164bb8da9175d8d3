import { checkHistoryInput, measureMarkers, monthOffset, shortDate, type HistoryChartInput } from '../history-data.js';
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
const MARKER_COLOR = '#b2182b';

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
    ],
  };
}

/**
 * Monthly series of a history result as a Vega-Lite v6 spec with the data inline: one panel per series (line = mean,
 * band = 95% interval, time on x), dashed rules at the dated measures with numbers above the first panel, and a key
 * of the numbered measures with their dates below; the same content as `historyChart`. `datasets.series` has one row
 * per series × month (`date` is the month's first day), `datasets.markers` one row per measure.
 * @example
 * await embed('#history', historySpec(result, { series: ['encounters', 'expulsions'] }));
 */
export function historySpec(h: HistoryChartInput, options: HistorySpecOptions): VegaLiteSpec {
  checkHistoryInput(h, options.series);
  const cf = options.counterfactual;
  if (cf) checkHistoryInput(cf, options.series);
  const [runA, runB] = options.runLabels ?? ['As it was', 'Counterfactual'];
  const width = (options.width ?? 960) - 80;
  const rowsOf = (r: HistoryChartInput, run?: string) =>
    options.series.flatMap((id) =>
      r.months.map((m, i) => ({ series: id, label: historySeriesLabel(id), ...(run === undefined ? {} : { run }), date: `${m}-01`, mean: r.series[id]!.mean[i], ciLow: r.series[id]!.ci95[i]![0], ciHigh: r.series[id]!.ci95[i]![1] })),
    );
  const rows = cf ? [...rowsOf(h, runA), ...rowsOf(cf, runB)] : rowsOf(h);
  // With a counterfactual each run has its colour (and a legend); without, the spec is as before.
  const runColor = cf ? { color: { field: 'run', type: 'nominal', title: null, scale: { domain: [runA, runB], range: [SERIES_COLOR, COUNTERFACTUAL_COLOR] }, legend: { orient: 'top', direction: 'horizontal' } } } : {};
  const cfNote = cf
    ? [`${runB}: ${[...(cf.measures?.with ?? []).map((m) => `with ${m}`), ...(cf.measures?.without ?? []).map((m) => `without ${m}`)].join(', ') || 'the same measures'} (same arrivals and random streams).`]
    : [];
  const first = `${h.months[0]}-01`;
  // Numbers above the first panel go in rows so that none overlap (as in the SVG chart): y in px above the plot.
  const rightmost: number[] = [];
  const markers = (options.markers ?? measureMarkers(h)).map((m, i) => {
    const px = (monthOffset(h.months[0]!, m.date) / h.months.length) * width;
    let row = rightmost.findIndex((r) => px - 7 > r);
    if (row < 0) row = rightmost.length;
    rightmost[row] = px + 7;
    return { n: i + 1, date: m.date, label: m.label, key: `${i + 1}  ${shortDate(m.date)} \u00b7 ${m.label}`, rowY: -4 - 12 * row };
  });
  const x = { field: 'date', type: 'temporal', title: null, scale: { domain: [first, `${h.months[h.months.length - 1]}-28`] }, axis: { format: '%Y', tickCount: 'year' } };
  const rules = {
    data: { name: 'markers' },
    mark: { type: 'rule', color: MARKER_COLOR, strokeDash: [3, 3], opacity: 0.7 },
    encoding: { x: { field: 'date', type: 'temporal' }, tooltip: [{ field: 'n', title: 'Marker' }, { field: 'date', type: 'temporal', title: 'In force from', format: '%d %b %Y' }, { field: 'label', title: 'Measure' }] },
  };
  const panels = options.series.map((id, k) => ({
    title: { text: historySeriesLabel(id), anchor: 'start', fontSize: 12 },
    width,
    height: options.panelHeight ?? 120,
    transform: [{ filter: { field: 'series', equal: id } }],
    data: { name: 'series' },
    layer: [
      { mark: { type: 'area', color: SERIES_COLOR, opacity: 0.2 }, encoding: { x, y: { field: 'ciLow', type: 'quantitative', title: null, axis: { format: '~s' } }, y2: { field: 'ciHigh' }, ...runColor } },
      {
        mark: { type: 'line', color: SERIES_COLOR, strokeWidth: 1.75, point: { size: 12, opacity: 0 } },
        encoding: {
          x,
          y: { field: 'mean', type: 'quantitative' },
          ...runColor,
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
      ...(markers.length > 0 ? [rules] : []),
      ...(k === 0 && markers.length > 0
        ? [{ data: { name: 'markers' }, mark: { type: 'text', color: MARKER_COLOR, fontSize: 9, baseline: 'bottom' }, encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'rowY', type: 'quantitative', scale: null }, text: { field: 'n' } } }]
        : []),
    ],
  }));
  const key =
    markers.length > 0
      ? [{ title: { text: 'Measures coming into force', anchor: 'start', fontSize: 12 }, width, height: { step: 14 }, data: { name: 'markers' }, mark: { type: 'text', align: 'left', x: 0 }, encoding: { y: { field: 'n', type: 'ordinal', axis: null }, text: { field: 'key' } } }]
      : [];
  return {
    ...specHead(
      options.title ?? `Monthly series, ${shortDate(h.months[0]!)} \u2013 ${shortDate(h.months[h.months.length - 1]!)}`,
      ['Mean over replications (line) with its 95% interval (band); each panel has its own scale from 0.', ...cfNote],
      provenance(h),
      `Monthly line charts of ${options.series.map(historySeriesLabel).join(', ')}, with measures marked.`,
      options.wrapWidth,
    ),
    datasets: { series: rows, markers },
    vconcat: [...panels, ...key],
    resolve: { scale: { y: 'independent' } },
  };
}
