/**
 * Facts told to the machine. Every fact carries `days`: the whole days that passed in the state it leaves.
 * The machine refuses a fact the law does not allow.
 */
export type HearingDecision = 'continued' | 'relief' | 'removal-order' | 'voluntary-departure' | 'terminated';
export type ReliefKind = 'asylum' | 'withholding' | 'cat';
export type ScreenStandard = 'credible-fear' | 'transit-bar' | 'reasonable-fear';

/**
 * A fact told to the machine; `days` is the time spent in the state it leaves.
 * @example
 * const e: FactEvent = { type: 'SCREEN', days: 2, positive: true, standard: 'credible-fear' };
 */
export type FactEvent =
  | { type: 'METER'; days: number }
  | { type: 'INSPECT'; days: number }
  | { type: 'PROCESS'; days: number }
  | { type: 'EXPEL'; days: number }
  | { type: 'VOLUNTARY_RETURN'; days: number }
  | { type: 'REPATRIATE'; days: number }
  | { type: 'PLACE_IN_ER'; days: number }
  | { type: 'REINSTATE'; days: number }
  | { type: 'ISSUE_NTA'; days: number }
  | { type: 'TRANSFER_TO_ORR'; days: number }
  | { type: 'PROSECUTE'; days: number }
  | { type: 'SENTENCE_SERVED'; days: number }
  | { type: 'CLAIM_FEAR'; days: number }
  | { type: 'ACA_TRANSFER'; days: number }
  | { type: 'SCREEN'; days: number; positive: boolean; standard: ScreenStandard }
  | { type: 'REQUEST_REVIEW'; days: number }
  | { type: 'IJ_DECISION'; days: number; vacated: boolean }
  | { type: 'DETAIN'; days: number }
  | { type: 'FAMILY_DETAIN'; days: number }
  | { type: 'PAROLE'; days: number }
  | { type: 'RELEASE'; days: number; atd: boolean }
  | { type: 'RETURN_TO_MEXICO'; days: number }
  | { type: 'RELEASE_TO_SPONSOR'; days: number }
  | { type: 'HEARING'; days: number; decision: HearingDecision; relief?: ReliefKind }
  | { type: 'NO_SHOW'; days: number }
  | { type: 'ADMIT_WIND_DOWN'; days: number }
  | { type: 'REMOVE'; days: number }
  | { type: 'RECROSS'; days: number }
  | { type: 'HORIZON'; days: number }
  | { type: 'APPLY_ASYLUM'; days: number };

export type FactType = FactEvent['type'];

/**
 * Every fact type, in a fixed order (the compiled runner numbers events by it).
 * @example
 * FACT_TYPES.includes('EXPEL') // true
 */
export const FACT_TYPES: readonly FactType[] = [
  'METER', 'INSPECT', 'PROCESS', 'EXPEL', 'VOLUNTARY_RETURN', 'REPATRIATE', 'PLACE_IN_ER', 'REINSTATE', 'ISSUE_NTA',
  'TRANSFER_TO_ORR', 'PROSECUTE', 'SENTENCE_SERVED', 'CLAIM_FEAR', 'ACA_TRANSFER', 'SCREEN', 'REQUEST_REVIEW',
  'IJ_DECISION', 'DETAIN', 'FAMILY_DETAIN', 'PAROLE', 'RELEASE', 'RETURN_TO_MEXICO', 'RELEASE_TO_SPONSOR', 'HEARING',
  'NO_SHOW', 'ADMIT_WIND_DOWN', 'REMOVE', 'RECROSS', 'HORIZON', 'APPLY_ASYLUM',
];
