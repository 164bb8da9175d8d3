import type { FactType } from './events.js';
import type { GuardName } from './guards/index.js';
import type { ActionName } from './actions.js';
import { bits } from './actions.js';
import type { StateId } from './states.js';

/** An action reference: a name, or a name with static params. */
export type ActionRef = ActionName | { type: ActionName; params: Record<string, unknown> };

/** One allowed move: the fact, the rule that must hold, where it leads (none: stays), what it records. */
export interface TransitionSpec {
  target?: StateId;
  guard?: GuardName;
  actions?: ActionRef[];
}

const track = (...t: Parameters<typeof bits>): ActionRef => ({ type: 'markTracks', params: { bits: bits(...t) } });

// The guards of a hearing on each docket: detained (the plain rules), non-detained (also the 2020 nationwide
// postponement) and MPP (also the MPP suspension). Order: continued, relief, removal order, voluntary departure,
// terminated, missed hearing.
type Docket = 'detained' | 'non-detained' | 'mpp';
const DOCKET_GUARDS: Record<Docket, readonly GuardName[]> = {
  detained: ['hearingContinued', 'reliefGranted', 'removalOrdered', 'voluntaryDepartureGranted', 'caseTerminated', 'missedHearing'],
  'non-detained': [
    'nonDetainedHearingContinued', 'nonDetainedReliefGranted', 'nonDetainedRemovalOrdered', 'nonDetainedVoluntaryDeparture',
    'nonDetainedCaseTerminated', 'nonDetainedMissedHearing',
  ],
  mpp: ['mppHearingContinued', 'mppReliefGranted', 'mppRemovalOrdered', 'mppVoluntaryDeparture', 'mppCaseTerminated', 'mppMissedHearing'],
};
const hearingOutcomes = (docket: Docket): TransitionSpec[] => {
  const g = DOCKET_GUARDS[docket];
  return [
    { guard: g[0]!, actions: ['countHearing', track('hearing')] },
    { guard: g[1]!, target: 'relief-granted', actions: ['countHearing', track('hearing'), 'enterUS'] },
    { guard: g[2]!, target: 'removal-order', actions: ['countHearing', track('hearing')] },
    { guard: g[3]!, target: 'voluntary-departure', actions: ['countHearing', track('hearing')] },
    { guard: g[4]!, target: 'terminated', actions: ['countHearing', track('hearing')] },
  ];
};
const noShow = (docket: Docket): TransitionSpec[] => [
  { guard: DOCKET_GUARDS[docket][5]!, target: 'in-absentia-order', actions: ['countMissedHearing', track('hearing')] },
];
// Rule 8: protection is asked for in court with an application (I-589), not with a fear claim (ER only).
const apply: TransitionSpec[] = [{ guard: 'canApplyForAsylum', actions: ['fileAsylumApplication', track('asylum-application')] }];
const recross: TransitionSpec[] = [{ guard: 'canRecross', target: 'encountered', actions: ['openCase'] }];
const removeInPlace: TransitionSpec[] = [{ guard: 'canRemove', actions: ['leaveUS', track('removal')] }];

/**
 * The law as a table: for each state, the facts it accepts. `pathwayMachine` is built from this table, and the
 * docs' state diagram is generated from the machine. Every move that embodies a rule names it as its guard.
 */
export const TRANSITIONS: Record<StateId, Partial<Record<FactType, TransitionSpec[]>>> = {
  encountered: {
    METER: [{ guard: 'canMeter', target: 'metered', actions: ['markMetered'] }],
    PROCESS: [{ target: 'processing' }],
  },
  metered: { INSPECT: [{ target: 'processing' }] },
  processing: {
    EXPEL: [{ guard: 'canExpelTitle42', target: 'expelled' }],
    VOLUNTARY_RETURN: [{ guard: 'canReturnVoluntarily', target: 'voluntary-return' }],
    REPATRIATE: [{ guard: 'canRepatriateUac', target: 'voluntary-return' }],
    PLACE_IN_ER: [{ guard: 'canPlaceInExpeditedRemoval', target: 'expedited-removal', actions: ['markExpeditedRemoval'] }],
    REINSTATE: [{ guard: 'canReinstate', target: 'reinstatement' }],
    ISSUE_NTA: [{ guard: 'canIssueNta', target: 'custody' }],
    TRANSFER_TO_ORR: [{ guard: 'canTransferToOrr', target: 'orr' }],
    PROSECUTE: [{ guard: 'canProsecute', target: 'prosecution', actions: ['markProsecuted'] }],
  },
  prosecution: { SENTENCE_SERVED: [{ target: 'processing' }] },
  orr: { RELEASE_TO_SPONSOR: [{ target: 'waiting-us' }] },
  'expedited-removal': {
    CLAIM_FEAR: [{ guard: 'canClaimFear', target: 'credible-fear', actions: ['claimCredibleFear'] }],
    REMOVE: [{ guard: 'canRemove', target: 'removed-expedited' }],
  },
  reinstatement: {
    CLAIM_FEAR: [{ guard: 'canClaimFear', target: 'reasonable-fear', actions: ['claimReasonableFear'] }],
    REMOVE: [{ guard: 'canRemove', target: 'removed-expedited' }],
  },
  'credible-fear': {
    ACA_TRANSFER: [{ guard: 'canTransferUnderAca', target: 'transferred-third-country' }],
    SCREEN: [
      { guard: 'screenPositive', target: 'custody' },
      { guard: 'screenNegative', target: 'negative-screen' },
    ],
  },
  'reasonable-fear': {
    SCREEN: [
      { guard: 'screenPositive', target: 'custody' },
      { guard: 'screenNegative', target: 'negative-screen' },
    ],
  },
  'negative-screen': {
    REQUEST_REVIEW: [{ target: 'ij-review' }],
    REMOVE: [{ guard: 'canRemove', target: 'removed-expedited' }],
  },
  'ij-review': {
    IJ_DECISION: [
      { guard: 'ijVacates', target: 'custody' },
      { guard: 'ijAffirms', target: 'removed-expedited' },
    ],
  },
  custody: {
    DETAIN: [{ guard: 'canDetain', target: 'detained' }],
    FAMILY_DETAIN: [{ guard: 'canDetainFamily', target: 'family-detention' }],
    PAROLE: [{ guard: 'canParole', target: 'waiting-us', actions: [track('parole')] }],
    RELEASE: [{ guard: 'canRelease', target: 'waiting-us', actions: [track('parole')] }],
    RETURN_TO_MEXICO: [{ guard: 'canReturnToMexico', target: 'waiting-mexico' }],
  },
  detained: {
    PAROLE: [{ guard: 'canParole', target: 'waiting-us', actions: [track('parole')] }],
    RELEASE: [{ guard: 'canRelease', target: 'waiting-us', actions: [track('parole')] }],
    // Detained respondents are produced for their hearings: no NO_SHOW here.
    HEARING: hearingOutcomes('detained'),
    APPLY_ASYLUM: apply,
  },
  'family-detention': {
    PAROLE: [{ guard: 'paroleFromFamilyDetention', target: 'waiting-us', actions: [track('parole')] }],
    RELEASE: [{ guard: 'releaseFromFamilyDetention', target: 'waiting-us', actions: [track('parole')] }],
  },
  'waiting-us': { HEARING: hearingOutcomes('non-detained'), NO_SHOW: noShow('non-detained'), APPLY_ASYLUM: apply },
  'waiting-mexico': {
    HEARING: hearingOutcomes('mpp'),
    NO_SHOW: noShow('mpp'),
    APPLY_ASYLUM: apply,
    ADMIT_WIND_DOWN: [{ guard: 'canAdmitUnderWindDown', target: 'waiting-us', actions: ['enterUS'] }],
  },
  expelled: { RECROSS: recross },
  'voluntary-return': { RECROSS: recross },
  'removed-expedited': { RECROSS: recross },
  'transferred-third-country': { RECROSS: recross },
  'removal-order': { REMOVE: removeInPlace, RECROSS: recross },
  'in-absentia-order': { REMOVE: removeInPlace, RECROSS: recross },
  'voluntary-departure': { RECROSS: recross },
  'relief-granted': {},
  terminated: {},
  pending: {},
};
