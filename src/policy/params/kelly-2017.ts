/**
 * EO 13767 and the Kelly memos, 25 Jan 2017 – 5 Apr 2018 (until the zero-tolerance memo).
 * §3: detention of 235(b) arrivals is the rule, parole only case by case; expedited removal expanded.
 */
import type { RegimeParams } from '../types.js';
import * as b from './base.js';
import { dispositions, rec } from './source.js';

const SA = 'Kelly memos (§3): expedited removal expanded; single adults mostly ER or reinstatement; split assumed';
const SA_MX = 'Kelly memos (§3): expedited removal expanded; Mexicans mostly voluntary return, ER or reinstatement; split assumed';
const FU = 'Kelly memos (§3): ER expanded, but families mostly still NTAs (Flores limit); split assumed';

/** Single-adult custody weights in the Kelly-memo eras (detention is the rule). */
export const KELLY_SA_CUSTODY = { detain: 0.8, familyDetain: 0, parole: 0.1, release: 0.1 } as const;
/** Family custody weights in the Kelly-memo eras. */
export const KELLY_FU_CUSTODY = { detain: 0, familyDetain: 0.4, parole: 0.3, release: 0.3 } as const;

/** Single-adult Title 8 dispositions of the Kelly-memo eras, before prosecution (each era adds its DOJ share). */
export const KELLY_SA_TITLE8 = {
  mexico: dispositions(SA_MX, { voluntaryReturn: 0.15, expeditedRemoval: 0.45, reinstatement: 0.35, nta: 0.05 }),
  'northern-triangle': dispositions(SA, { voluntaryReturn: 0.05, expeditedRemoval: 0.6, reinstatement: 0.3, nta: 0.05 }),
  other: dispositions(`${SA}; more NTAs for distant countries`, { voluntaryReturn: 0.05, expeditedRemoval: 0.55, reinstatement: 0.2, nta: 0.2 }),
};

export const KELLY_2017: RegimeParams = {
  meteredShare: b.meteredShare,
  meteringWaitDays: b.meteringWaitDays,
  processingDays: b.processingDays,
  disposition: {
    'single-adult': b.withProsecution(KELLY_SA_TITLE8, b.PROSECUTED_SHARE.fy2017),
    'family-unit': {
      mexico: dispositions(`${FU}; Mexican families also returned`, { voluntaryReturn: 0.3, expeditedRemoval: 0.2, reinstatement: 0.1, nta: 0.4 }),
      'northern-triangle': dispositions(FU, { voluntaryReturn: 0.05, expeditedRemoval: 0.25, reinstatement: 0.05, nta: 0.65 }),
      other: dispositions(FU, { voluntaryReturn: 0.05, expeditedRemoval: 0.25, reinstatement: 0.05, nta: 0.65 }),
    },
    uac: b.uacTitle8(),
  },
  prosecutionDays: b.prosecutionDays,
  acaTransferShare: b.acaTransferShare,
  // cf_positive_rate_fy2017: all-decisions rate derived from its note.
  cfPositive: rec(
    59_450 / 78_090,
    'cf_positive_rate_fy2017',
    'derived: 59,450 positive / 78,090 completed incl. 10,467 other (0.761), to match the "of all decisions" definition; 0.88 excludes closures',
  ),
  cfPositiveBarred: b.cfPositiveBarred,
  rfPositive: b.rfPositive,
  cfDays: b.cfDays,
  pacrShare: b.pacrShareCounterfactual,
  pacrDays: b.pacrDays,
  ijReviewRequested: b.ijReviewRequested,
  // cf_ij_review_reversal_jun2018 note: late 2017 ≈ 2 × June 2018.
  ijReversal: b.ijReversalLate2017,
  ijReviewDays: b.ijReviewDays,
  custody: {
    'single-adult': b.custody('Kelly memos (§3): detention is the rule, parole only case by case; split assumed', KELLY_SA_CUSTODY, b.returnToMexicoCounterfactual),
    'family-unit': b.custody(
      'EO 13767 §6 / Kelly memos (§3) push toward detention, but Flores limits family detention; released families split evenly between parole and release',
      KELLY_FU_CUSTODY,
      b.returnToMexicoCounterfactual,
    ),
  },
  detentionDays: rec(43.7, 'ice_alos_fy2017'),
  detainedDecidedShare: b.detainedDecidedShare,
  familyDetentionDays: b.familyDetentionDays,
  // orr_alos_jul2019: no record before late 2018.
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
  decision: b.decisions(rec(1 - 0.61, 'asylum_denial_rate_fy2018', 'derived: 1 − FY2017 denial 61%, midway between FY2016 (57%, note) and FY2018 (65%)')),
  representedReliefRatio: b.representedReliefRatio,
  removalExecuted: b.removalExecuted,
  removalDays: b.removalDays,
  airRemovalDays: b.airRemovalDays,
  recross: {
    afterExpulsion: b.afterExpulsion,
    afterReturn: rec(0.14, 'recid_baseline_fy2014_2019', 'FY2014–2019 average, used for voluntary return too (no separate rate)'),
    afterRemoval: b.recidBaseline,
    expulsionGapDays: b.expulsionGapDays,
    removalGapDays: b.removalGapDays,
  },
  mppWindDownDays: b.mppWindDownDays,
};
