import { allOf, type Rule } from '../rule.js';
import { canDetain, canDetainFamily, canParole, canRelease, withinFloresLimit } from './custody.js';
import {
  canIssueNta, canMeter, canPlaceInExpeditedRemoval, canProsecute, canReinstate, canRepatriateUac, canReturnVoluntarily,
  canTransferToOrr,
} from './dispositions.js';
import { canClaimFear, canTransferUnderAca, ijAffirms, ijVacates, screenNegative, screenPositive } from './fear.js';
import {
  canApplyForAsylum, caseTerminated, hearingContinued, missedHearing, nonDetainedHearingsHeld, reliefGranted, removalOrdered, voluntaryDepartureGranted,
} from './hearing.js';
import { canAdmitUnderWindDown, canReturnToMexico, mppHearingsHeld } from './mpp.js';
import { canRecross, canRemove } from './removal.js';
import { canExpelTitle42 } from './title-42.js';

// Transitions bound by more than one rule.
export const paroleFromFamilyDetention = allOf('paroleFromFamilyDetention', canParole, withinFloresLimit);
export const releaseFromFamilyDetention = allOf('releaseFromFamilyDetention', canRelease, withinFloresLimit);
export const mppHearingContinued = allOf('mppHearingContinued', hearingContinued, mppHearingsHeld);
export const mppReliefGranted = allOf('mppReliefGranted', reliefGranted, mppHearingsHeld);
export const mppRemovalOrdered = allOf('mppRemovalOrdered', removalOrdered, mppHearingsHeld);
export const mppVoluntaryDeparture = allOf('mppVoluntaryDeparture', voluntaryDepartureGranted, mppHearingsHeld);
export const mppCaseTerminated = allOf('mppCaseTerminated', caseTerminated, mppHearingsHeld);
export const mppMissedHearing = allOf('mppMissedHearing', missedHearing, mppHearingsHeld);
export const nonDetainedHearingContinued = allOf('nonDetainedHearingContinued', hearingContinued, nonDetainedHearingsHeld);
export const nonDetainedReliefGranted = allOf('nonDetainedReliefGranted', reliefGranted, nonDetainedHearingsHeld);
export const nonDetainedRemovalOrdered = allOf('nonDetainedRemovalOrdered', removalOrdered, nonDetainedHearingsHeld);
export const nonDetainedVoluntaryDeparture = allOf('nonDetainedVoluntaryDeparture', voluntaryDepartureGranted, nonDetainedHearingsHeld);
export const nonDetainedCaseTerminated = allOf('nonDetainedCaseTerminated', caseTerminated, nonDetainedHearingsHeld);
export const nonDetainedMissedHearing = allOf('nonDetainedMissedHearing', missedHearing, nonDetainedHearingsHeld);

/** Every rule the machine uses as a guard, by guard name. */
export const RULES = {
  canExpelTitle42, canReturnVoluntarily, canRepatriateUac, canTransferToOrr, canIssueNta, canPlaceInExpeditedRemoval,
  canReinstate, canProsecute, canMeter, canClaimFear, canTransferUnderAca, screenPositive, screenNegative, ijVacates,
  ijAffirms, canDetain, canDetainFamily, canParole, canRelease, canReturnToMexico, canAdmitUnderWindDown,
  hearingContinued, reliefGranted, removalOrdered, voluntaryDepartureGranted, caseTerminated, missedHearing,
  canRemove, canRecross, paroleFromFamilyDetention, releaseFromFamilyDetention, mppHearingContinued, mppReliefGranted,
  mppRemovalOrdered, mppVoluntaryDeparture, mppCaseTerminated, mppMissedHearing, nonDetainedHearingContinued,
  nonDetainedReliefGranted, nonDetainedRemovalOrdered, nonDetainedVoluntaryDeparture, nonDetainedCaseTerminated,
  nonDetainedMissedHearing, canApplyForAsylum,
} satisfies Record<string, Rule>;

export type GuardName = keyof typeof RULES;

export {
  canExpelTitle42, canReturnVoluntarily, canRepatriateUac, canTransferToOrr, canIssueNta, canPlaceInExpeditedRemoval,
  canReinstate, canProsecute, canMeter, canClaimFear, canTransferUnderAca, screenPositive, screenNegative, ijVacates,
  ijAffirms, canDetain, canDetainFamily, canParole, canRelease, withinFloresLimit, canReturnToMexico,
  canAdmitUnderWindDown, mppHearingsHeld, hearingContinued, reliefGranted, removalOrdered, voluntaryDepartureGranted,
  caseTerminated, missedHearing, canRemove, canRecross, nonDetainedHearingsHeld, canApplyForAsylum,
};
export { requiredScreenStandard, minimumConsultationDays } from './fear.js';
export { mexicoAcceptsReturn, mppLanguageAccepted, mppSiteOpen } from './mpp.js';
export { expulsionReceiver } from './receiving.js';
export { transitBarApplies } from './helpers.js';
