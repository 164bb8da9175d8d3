// History mode: the southwest border 2015–2021 replayed in calendar time (docs/history.md).
export { simulateHistory, simulateHistoryShard, mergeHistory, compareHistory } from './simulate-history.js';
export type { HistoryResult, HistoryShard, HistoryComparison } from './simulate-history.js';
export type { HistoryOptions } from './options.js';
export { SERIES_IDS, FY_FIGURES } from './series-ids.js';
export type { SeriesId, FyFigureId } from './series-ids.js';
export { RESOURCE, RESOURCE_IDS, REFUSE, unlimited } from './capacity-hooks.js';
export type { CapacityHooks, ResourceId, ResourceIndex } from './capacity-hooks.js';
export { publishedArrivals } from './arrivals.js';
export type { ArrivalSeries, MonthArrivals } from './arrivals.js';
export { explainHistory } from './explain-history.js';
export type { HistoryExplanation, HistoryExplainOptions } from './explain-history.js';
