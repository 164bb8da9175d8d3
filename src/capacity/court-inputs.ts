/**
 * Court inputs derived from published figures: total receipts by fiscal year, the initial pending stock on
 * 1 Oct 2015 and its ages. See docs/capacity.md ("How the queue starts", "Exogenous receipts").
 */

/** EOIR initial receipts by fiscal year (all origins). */
export const PUBLISHED_RECEIPTS: Readonly<Record<number, { value: number; record: string; note?: string }>> = {
  2016: { value: 228448, record: 'eoir_initial_receipts_fy2016' },
  2017: { value: 295245, record: 'eoir_initial_receipts_fy2017' },
  2018: { value: 316106, record: 'eoir_initial_receipts_fy2018' },
  2019: { value: 546248, record: 'eoir_initial_receipts_fy2019' },
  2020: { value: 368746, record: 'eoir_initial_receipts_fy2020' },
  2021: {
    value: 244261,
    record: 'eoir_initial_receipts_alt_vintage_2025',
    note: 'later vintage, low-confidence provenance; the Apr 2021 vintage has only Oct–Mar (66,158, eoir_initial_receipts_fy2021h1)',
  },
};

/** Pending cases at the end of FY2016 (calibration-inputs.json). */
export const PENDING_END_FY2016 = { value: 521517, record: 'eoir_pending_fy2016' } as const;

/**
 * Receipts that do not come from the southwest border (interior arrests, ports elsewhere, other borders) in a fiscal
 * year: the published total minus the border receipts the model itself produces in that year (never below 0).
 * @example
 * exogenousReceipts(2019, 300000) // 246248
 */
export function exogenousReceipts(fy: number, borderReceipts: number): number {
  const total = PUBLISHED_RECEIPTS[fy];
  if (!total) return 0;
  return Math.max(0, total.value - borderReceipts);
}

/**
 * The pending stock on 1 Oct 2015, rolled back one year from the published end-FY2016 stock with the published
 * FY2016 receipts and the model's own FY2016 completion capacity: S0 = P(end FY2016) − R(FY2016) + C(FY2016).
 * Its cases are aged uniformly over the S0 / (daily FY2016 receipts) days before 1 Oct 2015: in a first-come-first-
 * served queue fed at a steady rate, the waiting cases are exactly the receipts of that many most recent days.
 * @example
 * initialStock(172212).count // 465281
 */
export function initialStock(completionCapacityFy2016: number): { count: number; spanDays: number } {
  const r = PUBLISHED_RECEIPTS[2016]!.value;
  const count = Math.round(PENDING_END_FY2016.value - r + completionCapacityFy2016);
  return { count, spanDays: Math.round(count / (r / 366)) };
}
