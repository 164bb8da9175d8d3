/**
 * MPP era, 28 Jan 2019 – 20 Mar 2020: MPP, its expansion, M-S-, the transit bar, PACR/HARP, the ACA.
 * The fear-screen timing changes within the era (see `eras.ts`): 48 h, then 1 day (8 Jul 2019), then PACR (Oct 2019).
 */
import type { RegimeParams } from '../types.js';
import * as b from './base.js';
import { KELLY_2017, KELLY_SA_CUSTODY, KELLY_SA_TITLE8 } from './kelly-2017.js';
import { dispositions, rec } from './source.js';

const FU = '2019 (§2): families mostly given NTAs and released or returned under MPP (MPP needs an NTA, not ER); split assumed';

// The return to Mexico is a rate drawn before these weights (src/engine/sampler.ts), so the rest is not reduced by it.
const released = (1 - b.familyDetainFy2019.value) / 2;

export const MPP_2019: RegimeParams = {
  ...KELLY_2017,
  disposition: {
    'single-adult': b.withProsecution(KELLY_SA_TITLE8, b.PROSECUTED_SHARE.fy2019),
    'family-unit': {
      mexico: dispositions(`${FU}; Mexican families also returned`, { voluntaryReturn: 0.3, expeditedRemoval: 0.1, reinstatement: 0.1, nta: 0.5 }),
      'northern-triangle': dispositions(FU, { voluntaryReturn: 0.05, expeditedRemoval: 0.1, reinstatement: 0.05, nta: 0.8 }),
      other: dispositions(FU, { voluntaryReturn: 0.05, expeditedRemoval: 0.1, reinstatement: 0.05, nta: 0.8 }),
    },
    uac: b.uacTitle8(),
  },
  // cf_positive_rate_2019h1: regular screens (the transit bar's screen is cfPositiveBarred). Jul–Sep 2019 (0.653)
  // mixes in the transit-bar IFR period and is not used for the regular screen.
  cfPositive: rec(0.762, 'cf_positive_rate_2019h1', 'regular (unbarred) screens; the transit-bar screen is cfPositiveBarred'),
  cfDays: b.cfDays,
  ijReversal: b.ijReversalJun2018,
  custody: {
    'single-adult': b.custody(
      'Kelly memos (§3) still in force: detention is the rule (M-S-: parole only after a positive screen from ER); split assumed',
      KELLY_SA_CUSTODY,
      // mpp_representation_ever (calibrated MPP return rate)
      b.mppReturnRate2019,
    ),
    'family-unit': {
      detain: b.familiesOnlyInFrc,
      // frc_capacity_2019 (derived upper bound)
      familyDetain: b.familyDetainFy2019,
      parole: rec(released, 'frc_capacity_2019', 'derived: the rest after family detention, split evenly between parole and release (assumption)'),
      release: rec(released, 'frc_capacity_2019', 'derived: the rest after family detention, split evenly between parole and release (assumption)'),
      returnToMexico: b.mppReturnRate2019,
    },
  },
  detentionDays: rec(34.3, 'ice_alos_fy2019'),
  orrDays: rec(50, 'orr_alos_jul2019'),
  decision: b.decisions(rec(1 - 0.69, 'asylum_denial_rate_fy2018', 'derived: 1 − FY2019 denial 69% (in the note); CF-origin grant rate FY2019 Q1 (0.33) agrees')),
};

/**
 * 8 Jul – 30 Sep 2019: one-day consultation (cf-consultation-1-day). The law lowers the minimum (src/law/limits.ts);
 * no source gives a different mean, so the chances are the era's.
 */
export const MPP_2019_CF_1_DAY: RegimeParams = { ...MPP_2019 };
/** 1 Oct 2019 – 20 Mar 2020: PACR/HARP screening in CBP custody for the share it covered (GAO-21-144). */
export const MPP_2019_PACR: RegimeParams = { ...MPP_2019, pacrShare: b.pacrShare };
