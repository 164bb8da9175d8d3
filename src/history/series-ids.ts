/** Monthly series of history mode (the JSON contract; docs/history.md defines each). Flows count facts in the month. */
export const FLOW_SERIES = [
  'encounters', 'encounters-between-ports', 'encounters-at-ports', 'encounters-repeat', 'first-crossings', 'first-crossings-at-ports', 'expulsions', 'voluntary-returns', 'expedited-removals',
  'reinstatements', 'ntas', 'fear-claims', 'fear-screens-positive', 'fear-screens-negative', 'mpp-returns',
  'court-receipts', 'court-completions', 'court-completions-in-absentia', 'court-completions-relief', 'removals',
  'wind-down-admissions',
] as const;
/** Month-end stocks. */
export const STOCK_SERIES = ['waiting-in-mexico', 'in-cbp-custody', 'in-ice-detention', 'in-family-detention', 'in-orr', 'court-pending'] as const;
/** The published series the arrivals were solved against (input, for the fit). */
export const INPUT_SERIES = ['published-encounters', 'published-encounters-between-ports', 'published-encounters-at-ports'] as const;
export const SERIES_IDS = [...FLOW_SERIES, ...STOCK_SERIES, ...INPUT_SERIES] as const;
export type FlowSeriesId = (typeof FLOW_SERIES)[number];
export type StockSeriesId = (typeof STOCK_SERIES)[number];
export type SeriesId = (typeof SERIES_IDS)[number];

/** Fiscal-year figures (docs/history.md gives the published definition each follows). */
export const FY_FIGURES = [
  'encounters', 'unique-people-encountered', 'reencounter-rate-12m', 'expulsion-share', 'court-receipts',
  'court-completions', 'in-absentia-share-of-completions', 'ice-adp', 'ice-alos',
] as const;
export type FyFigureId = (typeof FY_FIGURES)[number];
