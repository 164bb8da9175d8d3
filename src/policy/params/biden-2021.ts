/**
 * 2021 under the new administration, 20 Jan – 31 Dec 2021: Title 42 continues for adults, UACs excepted, MPP
 * enrolments suspended then wound down, Tamaulipas refuses young families.
 */
import type { RegimeParams } from '../types.js';
import * as b from './base.js';
import { KELLY_SA_TITLE8 } from './kelly-2017.js';
import { MPP_2019 } from './mpp-2019.js';
import { assume, rec } from './source.js';
import { T42_SHARE, TITLE42_2020, covidCustody, title42Rows } from './title42-2020.js';

// §2: from late Jan 2021 other sectors "kept expelling some families"; the Apr 2020 share (0.93) would overstate it.
const FAMILY_T42 = assume(
  0.5,
  '§2: from late Jan 2021 sectors outside Tamaulipas "kept expelling some families"; no share given, even odds assumed (the Apr 2020 0.93 would overstate it)',
);

export const BIDEN_2021: RegimeParams = {
  ...TITLE42_2020,
  disposition: {
    'single-adult': title42Rows(T42_SHARE, b.withProsecution(KELLY_SA_TITLE8, b.PROSECUTED_SHARE.fy2021)),
    'family-unit': title42Rows(FAMILY_T42, MPP_2019.disposition['family-unit']),
    // The UAC exception (30 Jan 2021) is a measure: the law removes title42 for UACs while it is in force.
    uac: title42Rows(T42_SHARE, MPP_2019.disposition.uac),
  },
  // cf_positive_rate_fy2021: all decisions, matches the definition; cf_positive_rate_dec2020_dec2021 (0.674) uses
  // cases received as the denominator and agrees.
  cfPositive: rec(0.683, 'cf_positive_rate_fy2021', 'all decisions; Dec 2020–Dec 2021 (0.674, found/received) agrees'),
  ijReversal: rec(0.293, 'cf_ij_review_reversal_fy2021'),
  // MPP enrolments suspended: the return weight is kept for counterfactuals (mpp-reimplementation, custom measures).
  custody: covidCustody(b.returnToMexicoCounterfactual),
  orrDays: rec(34, 'orr_alos_jul2019', "the note's Mar 2021 value"),
  decision: b.decisions(rec(1 - 0.63, 'asylum_denial_rate_fy2018', 'derived: 1 − FY2021 denial 63% (in the note)')),
};
