/**
 * The `immsim/charts` entry point: chart builders that return SVG or Mermaid text. Browser-safe (no Node
 * built-ins); to write the charts to files use `writeCharts` from the Node entry point.
 * @example
 * import { outcomeBarsSvg, sankeySvg, sankeyMermaid } from 'immsim/charts';
 * document.body.innerHTML = outcomeBarsSvg(cmp.results);
 * @module immsim/charts
 */
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
export { OUTCOME_COLORS, outcomeColor } from './svg/palette.js';
export {
  cohortLabel,
  FACT_LABELS,
  factLabel,
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
export { historySpec, type HistorySpecOptions } from './vega-lite/history.js';
export { differencesSpec, type DifferencesSpecOptions } from './vega-lite/differences.js';
export { pathSpec, type PathSpecOptions } from './vega-lite/path.js';
export { tornadoSpec, type TornadoSpecOptions } from './vega-lite/tornado.js';
export { VEGA_LITE_SCHEMA, specHead, type VegaLiteSpec } from './vega-lite/spec.js';
export { sankeyPlan, type LabelBox, type SankeyPlan } from './sankey.js';
export { comparisonCharts, fileSafeName, type ChartFile } from './chart-set.js';
export { tornadoSvg, type TornadoOptions } from './tornado.js';
