/**
 * Reports: text tables, CSV, SVG charts and Mermaid diagrams of simulation results. Everything here is
 * browser-safe except {@link writeCharts} (Node file system).
 * @example
 * import { formatComparisonTable, comparisonToCsv, writeCharts } from './report/index.js';
 * console.log(formatComparisonTable(cmp));
 * @module
 */
export { formatComparisonTable, formatResultTable, type TableOptions } from './table.js';
export { comparisonToCsv, CSV_COLUMNS, csvField, resultToCsv, type CsvScope } from './csv.js';
export {
  excludesZero,
  formatCount,
  formatDifference,
  formatFixed,
  formatMeanWithCi,
  formatPercent,
  formatShareWithCi,
  formatSigned,
  NOT_AVAILABLE,
  percentDigits,
  RANGE_DASH,
} from './format.js';
export {
  cohortLabel,
  HISTORY_SERIES_LABELS,
  historySeriesLabel,
  OUTCOME_LABELS,
  outcomeLabel,
  REGIME_LABELS,
  regimeLabel,
  STATE_LABELS,
  stateLabel,
  TRACK_LABELS,
  trackLabel,
} from './labels.js';
export { CHART_CAVEAT, chartFooter, footerSvg, footerText, provenanceOf, type ChartProvenance } from './svg/footer.js';
export { formatCompact, historyChart, type HistoryChartOptions } from './history-chart.js';
export { checkHistoryInput, measureMarkers, monthOffset, shortDate, type HistoryChartInput, type TimeMarker } from './history-data.js';
export { outcomeBarsSpec, type OutcomeBarsSpecOptions } from './vega-lite/outcome-bars.js';
export { sankeySpec } from './vega-lite/sankey.js';
export { historySpec } from './vega-lite/history.js';
export { VEGA_LITE_SCHEMA, specHead, type VegaLiteSpec } from './vega-lite/spec.js';
export { sankeyPlan, type LabelBox, type SankeyPlan } from './sankey.js';
export { comparisonCharts, type ChartFile } from './chart-set.js';
export {
  displayWidth,
  renderTextTable,
  stripAnsi,
  styleText,
  type CellStyle,
  type TextCell,
  type TextColumn,
  type TextTableOptions,
} from './text-table.js';
export { outcomeBarsSvg, type OutcomeBarsOptions } from './outcome-bars.js';
export { sankeyMermaid, sankeySvg, type SankeySvgOptions } from './sankey.js';
export {
  sankeyLayout,
  type SankeyLayout,
  type SankeyLayoutOptions,
  type SankeyLinkLayout,
  type SankeyNode,
} from './sankey-layout.js';
export { acyclicFlows, type DroppedLink, type FlowGraph } from './sankey-graph.js';
export { fileSafeName, writeCharts } from './write-charts.js';
export { attrs, escapeXmlAttr, escapeXmlText, stripInvalidXmlChars } from './svg/escape.js';
export { niceCeil, svgNum, ticks } from './svg/number.js';
export {
  CHART_COLORS,
  contrastText,
  OUTCOME_COLORS,
  outcomeColor,
  outcomeOfState,
  stateColor,
} from './svg/palette.js';
export { legendSvg, type LegendItem, type LegendOptions } from './svg/legend.js';
export { svgDocument, type SvgDocumentParts } from './svg/document.js';
export { estimateTextWidth, truncateText, wrapText } from './svg/text-width.js';
