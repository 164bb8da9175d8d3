// The cohorts room's public surface: named exports only.
import { ImmsimError } from '../domain/errors.js';
import { deepFreeze } from '../policy/overrides.js';
import { SWB_FY2016 } from './data/swb-fy2016.js';
import { SWB_FY2017 } from './data/swb-fy2017.js';
import { SWB_FY2018 } from './data/swb-fy2018.js';
import { SWB_FY2019 } from './data/swb-fy2019.js';
import { SWB_FY2020 } from './data/swb-fy2020.js';
import { SWB_FY2021 } from './data/swb-fy2021.js';
import type { Cohort } from './types.js';

export type { Cohort } from './types.js';
export { compileCohort, drawProfile, DRAWS_PER_PROFILE, type ProfileSampler } from './draw-profile.js';
export { cohortIssues, MIX_TOLERANCE, parseCohort } from './validate.js';
export { FEAR_RELATIVE } from './data/build.js';

/** Ids of the built-in cohorts: USBP southwest border arrivals by fiscal year. */
export const COHORT_IDS = ['swb-fy2016', 'swb-fy2017', 'swb-fy2018', 'swb-fy2019', 'swb-fy2020', 'swb-fy2021'] as const;
export type CohortId = (typeof COHORT_IDS)[number];

/**
 * The built-in cohorts, frozen: who arrived at the southwest border each fiscal year (data/reference/procedure-and-regimes.md §4).
 * @example
 * cohorts['swb-fy2019'].demographic['family-unit'].value // ≈ 0.556
 */
export const cohorts: Readonly<Record<CohortId, Cohort>> = deepFreeze({
  'swb-fy2016': SWB_FY2016,
  'swb-fy2017': SWB_FY2017,
  'swb-fy2018': SWB_FY2018,
  'swb-fy2019': SWB_FY2019,
  'swb-fy2020': SWB_FY2020,
  'swb-fy2021': SWB_FY2021,
});

/**
 * Whether a string is a built-in cohort id.
 * @example
 * isCohortId('swb-fy2019') // true
 */
export function isCohortId(id: unknown): id is CohortId {
  return typeof id === 'string' && (COHORT_IDS as readonly string[]).includes(id);
}

/**
 * A built-in cohort by id; throws an ImmsimError naming the allowed ids.
 * @example
 * getCohort('swb-fy2021').fiscalYear // 2021
 */
export function getCohort(id: string): Cohort {
  if (!isCohortId(id)) {
    throw new ImmsimError([{ path: ['cohort'], message: `unknown cohort ${JSON.stringify(id)}; allowed: ${COHORT_IDS.join(', ')}` }]);
  }
  return cohorts[id];
}
