import type { CitizenshipGroup } from '../domain/citizenship.js';
import { CITIZENSHIP_GROUPS } from '../domain/citizenship.js';
import type { Demographic } from '../domain/profile.js';
import type { Param, Regime, Weights } from '../policy/types.js';

/** A regime's chances flattened to plain numbers for the sampler's hot loop. */
export interface Chances {
  meteredShare: number;
  meteringWaitDays: number;
  processingDays: number;
  /** [demographic][group] → weights in the order of ADULT_DISPOSITIONS / UAC_DISPOSITIONS. */
  disposition: Record<Demographic, Record<CitizenshipGroup, number[]>>;
  prosecutionDays: number;
  acaTransferShare: number;
  cfPositive: number;
  cfPositiveBarred: number;
  rfPositive: number;
  cfDays: number;
  pacrShare: number;
  pacrDays: number;
  ijReviewRequested: number;
  ijReversal: number;
  ijReviewDays: number;
  /** [demographic] → weights in the order of CUSTODY_DECISIONS. */
  custody: Record<'single-adult' | 'family-unit', number[]>;
  detentionDays: number;
  airRemovalDays: number;
  detainedDecidedShare: number;
  familyDetentionDays: number;
  orrDays: number;
  hearingIntervalDays: number;
  mppHearingIntervalDays: number;
  decisionPerHearing: number;
  representation: number;
  mppRepresentation: number;
  appearance: number;
  familyAppearance: number;
  screenedAppearance: number;
  representedAppearance: number;
  mppAppearance: number;
  applyAfterScreen: number;
  applyDirect: number;
  applyMpp: number;
  /** Weights in the order of DECISIONS: with an application on file (fear), without one (noFear). */
  decisionFear: number[];
  decisionNoFear: number[];
  /** Decisions when asylum is barred (withholding or CAT only), and on the MPP docket. */
  decisionBarred: number[];
  decisionMpp: number[];
  /** Relief weight multipliers for unrepresented and represented respondents (regular docket; mean 1 over the docket). */
  reliefUnrepresented: number;
  reliefRepresented: number;
  removalExecuted: number;
  removalDays: number;
  recrossAfterExpulsion: number;
  recrossAfterReturn: number;
  recrossAfterRemoval: number;
  expulsionGapDays: number;
  removalGapDays: number;
  mppWindDownDays: number;
}

export const ADULT_DISPOSITIONS = ['title42', 'voluntaryReturn', 'expeditedRemoval', 'reinstatement', 'nta', 'prosecution'] as const;
export const UAC_DISPOSITIONS = ['title42', 'orr', 'repatriate'] as const;
export const CUSTODY_DECISIONS = ['detain', 'familyDetain', 'parole', 'release', 'returnToMexico'] as const;
export const DECISIONS = ['relief', 'removalOrder', 'voluntaryDeparture', 'terminated'] as const;

const v = (p: Param): number => p.value;

/**
 * Relief multipliers so that represented respondents win `ratio` times as often as unrepresented ones while the
 * docket's mean relief (at representation share `r`) stays the regime's figure: u·(1 − r) + ratio·u·r = 1.
 * @example
 * reliefByRepresentation(0.354, 2.0625).reliefRepresented // ≈ 1.51
 */
export function reliefByRepresentation(r: number, ratio: number): { reliefUnrepresented: number; reliefRepresented: number } {
  const u = 1 / (1 - r + ratio * r);
  return { reliefUnrepresented: u, reliefRepresented: ratio * u };
}
const w = <K extends string>(ws: Weights<K>, keys: readonly K[]): number[] => keys.map((k) => ws[k].value);

/**
 * Flattens a regime's parameters for the sampler.
 * @example
 * chancesOf(regimes['mpp-2019']).cfPositive // a share in [0, 1]
 */
export function chancesOf(regime: Regime): Chances {
  const p = regime.params;
  const byGroup = <K extends string>(r: Record<CitizenshipGroup, Weights<K>>, keys: readonly K[]) =>
    Object.fromEntries(CITIZENSHIP_GROUPS.map((g) => [g, w(r[g], keys)])) as Record<CitizenshipGroup, number[]>;
  return {
    meteredShare: v(p.meteredShare),
    meteringWaitDays: v(p.meteringWaitDays),
    processingDays: v(p.processingDays),
    disposition: {
      'single-adult': byGroup(p.disposition['single-adult'], ADULT_DISPOSITIONS),
      'family-unit': byGroup(p.disposition['family-unit'], ADULT_DISPOSITIONS),
      uac: byGroup(p.disposition.uac, UAC_DISPOSITIONS),
    },
    prosecutionDays: v(p.prosecutionDays),
    acaTransferShare: v(p.acaTransferShare),
    cfPositive: v(p.cfPositive),
    cfPositiveBarred: v(p.cfPositiveBarred),
    rfPositive: v(p.rfPositive),
    cfDays: v(p.cfDays),
    pacrShare: v(p.pacrShare),
    pacrDays: v(p.pacrDays),
    ijReviewRequested: v(p.ijReviewRequested),
    ijReversal: v(p.ijReversal),
    ijReviewDays: v(p.ijReviewDays),
    custody: {
      'single-adult': w(p.custody['single-adult'], CUSTODY_DECISIONS),
      'family-unit': w(p.custody['family-unit'], CUSTODY_DECISIONS),
    },
    detentionDays: v(p.detentionDays),
    airRemovalDays: v(p.airRemovalDays),
    detainedDecidedShare: v(p.detainedDecidedShare),
    familyDetentionDays: v(p.familyDetentionDays),
    orrDays: v(p.orrDays),
    hearingIntervalDays: v(p.hearingIntervalDays),
    mppHearingIntervalDays: v(p.mppHearingIntervalDays),
    decisionPerHearing: v(p.decisionPerHearing),
    representation: v(p.representation),
    mppRepresentation: v(p.mppRepresentation),
    appearance: v(p.appearance),
    familyAppearance: v(p.familyAppearance),
    screenedAppearance: v(p.screenedAppearance),
    representedAppearance: v(p.representedAppearance),
    mppAppearance: v(p.mppAppearance),
    applyAfterScreen: v(p.asylumApplication.afterScreen),
    applyDirect: v(p.asylumApplication.direct),
    applyMpp: v(p.asylumApplication.mpp),
    decisionFear: w(p.decision.fear, DECISIONS),
    decisionNoFear: w(p.decision.noFear, DECISIONS),
    decisionBarred: w(p.decision.barred, DECISIONS),
    decisionMpp: w(p.decision.mpp, DECISIONS),
    ...reliefByRepresentation(v(p.representation), v(p.representedReliefRatio)),
    removalExecuted: v(p.removalExecuted),
    removalDays: v(p.removalDays),
    recrossAfterExpulsion: v(p.recross.afterExpulsion),
    recrossAfterReturn: v(p.recross.afterReturn),
    recrossAfterRemoval: v(p.recross.afterRemoval),
    expulsionGapDays: v(p.recross.expulsionGapDays),
    removalGapDays: v(p.recross.removalGapDays),
    mppWindDownDays: v(p.mppWindDownDays),
  };
}
