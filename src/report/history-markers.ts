import { monthOffset, shortDate, type TimeMarker } from './history-data.js';
import { layoutMarkerLabels, type PlacedMarker } from './marker-layout.js';

/**
 * A dated marker placed on a chart's time axis: its x in px, and how it is shown — a label or a number above the
 * plot (`placed`), or, without `placed`, an unlabelled tick.
 * @example
 * const m: PositionedMarker = { date: '2020-03-21', label: 'Title 42 expulsions', chartLabel: 'Title 42', x: 700 };
 */
export interface PositionedMarker extends TimeMarker {
  x: number;
  placed?: PlacedMarker;
}

/**
 * The geometry shared by the SVG chart and the Vega-Lite spec for dated markers.
 * @example
 * const g: MarkerStripOptions = { months: result.months, x0: 64, plotWidth: 880, fontSize: 11, rowHeight: 16, maxRows: 3 };
 */
export interface MarkerStripOptions {
  months: readonly string[];
  /** x of the plot's left edge and its width (px); a date's x is linear in months over the plot. */
  x0: number;
  plotWidth: number;
  fontSize: number;
  rowHeight: number;
  maxRows: number;
}

/**
 * Puts markers on the time axis: those in the months' range, at their x; those with a `chartLabel` laid out as labels
 * (or numbers where labels would overlap) by {@link layoutMarkerLabels}; the rest are ticks. Returns them in date
 * order with the number of label rows.
 * @example
 * const { markers, rows } = positionMarkers(measureMarkers(h), { months: h.months, x0: 64, plotWidth: 880, fontSize: 11, rowHeight: 16, maxRows: 3 });
 * markers.filter((m) => m.placed?.kind === 'label').map((m) => m.chartLabel) // ['Kelly memos', …, 'Title 42', …]
 */
export function positionMarkers(all: readonly TimeMarker[], o: MarkerStripOptions): { markers: PositionedMarker[]; rows: number } {
  const M = o.months.length;
  const inRange = all
    .map((m) => ({ ...m, at: monthOffset(o.months[0]!, m.date) }))
    .filter((m) => m.at >= 0 && m.at <= M)
    .sort((a, b) => a.at - b.at);
  const markers: PositionedMarker[] = inRange.map(({ at, ...m }) => ({ ...m, x: o.x0 + (at / M) * o.plotWidth }));
  const labelled = markers.filter((m) => m.chartLabel !== undefined);
  const layout = layoutMarkerLabels(
    labelled.map((m) => ({ x: m.x, text: m.chartLabel! })),
    { left: o.x0, right: o.x0 + o.plotWidth, fontSize: o.fontSize, rowHeight: o.rowHeight, maxRows: o.maxRows },
  );
  labelled.forEach((m, i) => (m.placed = layout.placed[i]));
  return { markers, rows: layout.rows };
}

/**
 * One entry of a chart's key of dated measures: `21 Mar 2020 · Title 42 expulsions`, with its number if it has one.
 * @example
 * markerKeyText({ date: '2020-03-21', label: 'Title 42 expulsions', x: 0 }) // '21 Mar 2020 · Title 42 expulsions'
 */
export function markerKeyText(m: PositionedMarker): string {
  return `${shortDate(m.date)} \u00b7 ${m.label}`;
}
