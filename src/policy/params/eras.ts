import type { IsoDate } from '../../domain/dates.js';
import { deepFreeze } from '../overrides.js';
import type { RegimeParams } from '../types.js';
import { BIDEN_2021 } from './biden-2021.js';
import { KELLY_2017 } from './kelly-2017.js';
import { MPP_2019, MPP_2019_CF_1_DAY, MPP_2019_PACR } from './mpp-2019.js';
import { PEP_2016 } from './pep-2016.js';
import { TITLE42_2020 } from './title42-2020.js';
import { ZERO_TOLERANCE_2018 } from './zero-tolerance-2018.js';

/** The parameter eras (not the same thing as named snapshots: an era is the set of chances and durations in use). */
export const ERA_IDS = ['pep-2016', 'kelly-2017', 'zero-tolerance-2018', 'mpp-2019', 'title42-2020', 'biden-2021'] as const;
export type EraId = (typeof ERA_IDS)[number];

/** One period of an era: `from`..`until` inclusive, with the parameters in use. */
export interface EraPeriod {
  era: EraId;
  from: IsoDate;
  until: IsoDate;
  params: RegimeParams;
  /** Why the period starts where it does. */
  why: string;
}

/**
 * The era boundaries, in one place. They follow the measures that change chances and durations (§3); the measures
 * themselves (what the law allows) are dated separately in `measures.ts`. Periods are contiguous and cover the model
 * range 2014-11-20 .. 2021-12-31 exactly (tested).
 */
export const ERA_PERIODS: readonly EraPeriod[] = deepFreeze([
  { era: 'pep-2016', from: '2014-11-20', until: '2017-01-24', params: PEP_2016, why: 'PEP memo in force (20 Nov 2014)' },
  { era: 'kelly-2017', from: '2017-01-25', until: '2018-04-05', params: KELLY_2017, why: 'EO 13767 (25 Jan 2017), then the Kelly memos: detention-first custody' },
  // The 2018 era runs on past the end of zero tolerance (25 Jun) because its 2018 figures (ALOS, ORR days, IJ review,
  // denial rate) hold until MPP; prosecution itself stops with the measure.
  { era: 'zero-tolerance-2018', from: '2018-04-06', until: '2019-01-27', params: ZERO_TOLERANCE_2018, why: 'AG zero-tolerance memo (6 Apr 2018); 2018 figures' },
  { era: 'mpp-2019', from: '2019-01-28', until: '2019-07-07', params: MPP_2019, why: 'first MPP returns (28 Jan 2019)' },
  { era: 'mpp-2019', from: '2019-07-08', until: '2019-09-30', params: MPP_2019_CF_1_DAY, why: 'credible-fear consultation cut to 1 day (8 Jul 2019)' },
  { era: 'mpp-2019', from: '2019-10-01', until: '2020-03-20', params: MPP_2019_PACR, why: 'PACR/HARP screening in CBP custody (Oct 2019)' },
  { era: 'title42-2020', from: '2020-03-21', until: '2021-01-19', params: TITLE42_2020, why: 'Title 42 expulsions (21 Mar 2020); COVID detention' },
  { era: 'biden-2021', from: '2021-01-20', until: '2021-12-31', params: BIDEN_2021, why: 'new administration (20 Jan 2021): MPP suspended, UAC exception, 2021 figures' },
]);

/**
 * The era period containing a date, or undefined outside 2014-11-20 .. 2021-12-31.
 * @example
 * eraPeriodAt('2019-12-01')?.era // 'mpp-2019'
 */
export function eraPeriodAt(date: IsoDate): EraPeriod | undefined {
  return ERA_PERIODS.find((p) => p.from <= date && date <= p.until);
}
