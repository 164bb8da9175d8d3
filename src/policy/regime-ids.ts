/** Ids of the named regime snapshots (see `snapshots.ts`). */
export const REGIME_IDS = ['pep-2016', 'kelly-2017', 'zero-tolerance-2018', 'mpp-2019', 'title42-2020', 'biden-2021'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];
