/**
 * Late-Obama baseline (Priority Enforcement Program), 20 Nov 2014 – 24 Jan 2017.
 * §3: single adults mostly expedited removal or reinstatement; families and UACs mostly released with NTAs.
 */
import type { RegimeParams } from '../types.js';
import * as b from './base.js';
import { dispositions, rec } from './source.js';

const SA = 'PEP (§3): single adults mostly expedited removal or reinstatement; split assumed';
const SA_MX = 'PEP (§3): Mexican single adults mostly voluntary return, expedited removal or reinstatement; split assumed';
const FU = 'PEP (§3): families mostly released with NTAs; split assumed';

export const PEP_2016: RegimeParams = {
  meteredShare: b.meteredShare,
  meteringWaitDays: b.meteringWaitDays,
  processingDays: b.processingDays,
  disposition: {
    'single-adult': b.withProsecution(
      {
      mexico: dispositions(SA_MX, { voluntaryReturn: 0.2, expeditedRemoval: 0.4, reinstatement: 0.3, nta: 0.1 }),
      'northern-triangle': dispositions(SA, { voluntaryReturn: 0.05, expeditedRemoval: 0.6, reinstatement: 0.3, nta: 0.05 }),
      // Removal to distant countries is slower and harder, so more NTAs for other nationals (assumption).
      other: dispositions(`${SA}; more NTAs for distant countries`, { voluntaryReturn: 0.05, expeditedRemoval: 0.5, reinstatement: 0.2, nta: 0.25 }),
      },
      b.PROSECUTED_SHARE.fy2016,
    ),
    'family-unit': {
      mexico: dispositions(`${FU}; Mexican families also returned`, { voluntaryReturn: 0.3, expeditedRemoval: 0.1, reinstatement: 0.1, nta: 0.5 }),
      'northern-triangle': dispositions(FU, { voluntaryReturn: 0.05, expeditedRemoval: 0.15, reinstatement: 0.05, nta: 0.75 }),
      other: dispositions(FU, { voluntaryReturn: 0.05, expeditedRemoval: 0.15, reinstatement: 0.05, nta: 0.75 }),
    },
    uac: b.uacTitle8(),
  },
  prosecutionDays: b.prosecutionDays,
  acaTransferShare: b.acaTransferShare,
  // cf_positive_rate_fy2016_eoir: the all-decisions rate derived from its note, to match "of all decisions".
  cfPositive: rec(
    72_812 / 91_969,
    'cf_positive_rate_fy2016_eoir',
    'derived: 72,812 positive / 91,969 completed incl. 9,933 closed (0.792) to match the "of all decisions" definition; cf_positive_rate_fy2016_brief (0.786, 73,081/92,990) agrees but its source was not located; 0.89 excludes closures',
  ),
  cfPositiveBarred: b.cfPositiveBarred,
  rfPositive: b.rfPositive,
  cfDays: b.cfDays,
  pacrShare: b.pacrShareCounterfactual,
  pacrDays: b.pacrDays,
  ijReviewRequested: b.ijReviewRequested,
  // cf_ij_review_reversal_jun2018: no 2016 record; late-2017 level (nearest, same pre-2018 practice).
  ijReversal: rec(b.ijReversalLate2017.value, 'cf_ij_review_reversal_jun2018', 'no 2016 record; derived late-2017 rate (2 × 0.147, from the note) is the nearest measurement'),
  ijReviewDays: b.ijReviewDays,
  custody: {
    'single-adult': b.custody(
      'PEP: the Kelly memos (§3) later made detention "the rule" with parole only case by case, implying wider parole before; split assumed',
      { detain: 0.5, familyDetain: 0, parole: 0.3, release: 0.2 },
      null,
    ),
    'family-unit': b.custody(
      'PEP (§3): families mostly released with NTAs (Flores limit); released families split evenly between parole and release (the law allows only parole at ports, §2)',
      { detain: 0, familyDetain: 0.3, parole: 0.35, release: 0.35 },
      null,
    ),
  },
  // ice_alos_fy2017 note: FY2014 29.6, FY2017 43.7; FY2016 by linear interpolation.
  detentionDays: rec(29.6 + ((43.7 - 29.6) * 2) / 3, 'ice_alos_fy2017', 'derived: linear interpolation FY2014 (29.6 d) → FY2017 (43.7 d) at FY2016 (no FY2015/16 record)'),
  detainedDecidedShare: b.detainedDecidedShare,
  familyDetentionDays: b.familyDetentionDays,
  // orr_alos_jul2019: no record before late 2018; the Jul 2019 value rather than the late-2018 peak (90) or Mar 2021 (34).
  orrDays: rec(50, 'orr_alos_jul2019', 'no record before late 2018; the Jul 2019 value is used rather than the late-2018 peak (90 d)'),
  hearingIntervalDays: b.hearingInterval2016to2019,
  mppHearingIntervalDays: b.mppHearingIntervalDays,
  decisionPerHearing: b.decisionPerHearing,
  representation: b.representation,
  mppRepresentation: b.mppRepresentation,
  appearance: b.appearance,
  familyAppearance: b.familyAppearance,
  screenedAppearance: b.screenedAppearance,
  representedAppearance: b.representedAppearance,
  mppAppearance: b.mppAppearance,
  asylumApplication: b.asylumApplication,
  decision: b.decisions(rec(1 - 0.57, 'asylum_denial_rate_fy2018', 'derived: 1 − FY2016 denial rate 57% (in the note)')),
  representedReliefRatio: b.representedReliefRatio,
  removalExecuted: b.removalExecuted,
  removalDays: b.removalDays,
  airRemovalDays: b.airRemovalDays,
  recross: {
    afterExpulsion: b.afterExpulsion,
    // recid_fy2016: era-matched USBP recidivism (FY2016).
    afterReturn: rec(0.12, 'recid_fy2016', 'FY2016 USBP recidivism, used for voluntary return too (no separate rate)'),
    afterRemoval: rec(0.12, 'recid_fy2016', 'FY2016 USBP recidivism'),
    expulsionGapDays: b.expulsionGapDays,
    removalGapDays: b.removalGapDays,
  },
  mppWindDownDays: b.mppWindDownDays,
};
