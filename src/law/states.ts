import type { OutcomeId, TrackId } from '../domain/outcomes.js';

/** How the days spent in a state are counted. */
export type TimeKind = 'free' | 'detained' | 'mexico';

/** What a state means: the procedure it belongs to, how its time counts, and the authority for it. */
export interface StateInfo {
  description: string;
  authority?: string;
  /** Tracks marked when the state is entered. */
  tracks?: TrackId[];
  time: TimeKind;
  /** The case outcome this state stands for, if it is an outcome state. */
  outcome?: OutcomeId;
  /** No fact leaves this state (relief, termination, pending). */
  final?: boolean;
}

/**
 * Every state of `pathwayMachine`, in the order the docs list them, with its meaning and authority.
 * @example
 * STATES['waiting-mexico'].authority // 'INA 235(b)(2)(C)'
 */
export const STATES = {
  encountered: { description: 'Encountered at a port of entry or between ports', authority: 'INA 235(a)', time: 'free' },
  metered: {
    description: 'Waiting in Mexico for a metering slot at a port of entry',
    authority: 'CBP metering guidance (Apr 2018)',
    time: 'mexico',
  },
  processing: { description: 'In CBP custody awaiting a processing disposition', authority: 'CBP TEDS (2015)', time: 'detained' },
  prosecution: {
    description: 'Referred for criminal prosecution for illegal entry',
    authority: '8 USC 1325, 1326',
    tracks: ['prosecution'],
    time: 'detained',
  },
  orr: {
    description: 'Unaccompanied child in HHS/ORR care, in 240 proceedings',
    authority: '8 USC 1232(b)(3), (a)(5)(D)',
    tracks: ['orr', '240-proceedings'],
    time: 'free',
  },
  'expedited-removal': {
    description: 'Placed in expedited removal',
    authority: 'INA 235(b)(1)',
    tracks: ['expedited-removal'],
    time: 'detained',
  },
  reinstatement: {
    description: 'Prior removal order reinstated',
    authority: 'INA 241(a)(5)',
    tracks: ['reinstatement'],
    time: 'detained',
  },
  'credible-fear': {
    description: 'Awaiting a credible-fear interview by a USCIS asylum officer',
    authority: 'INA 235(b)(1)(B); 8 CFR 208.30',
    tracks: ['credible-fear'],
    time: 'detained',
  },
  'reasonable-fear': {
    description: 'Awaiting a reasonable-fear screen after reinstatement',
    authority: '8 CFR 208.31',
    tracks: ['credible-fear'],
    time: 'detained',
  },
  'negative-screen': {
    description: 'Fear screen negative; may ask an immigration judge to review',
    authority: 'INA 235(b)(1)(B)(iii)(III)',
    time: 'detained',
  },
  'ij-review': {
    description: 'Immigration judge reviewing a negative fear finding',
    authority: 'INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42',
    tracks: ['ij-review'],
    time: 'detained',
  },
  custody: {
    description: 'Notice to Appear issued (INA 240 proceedings); custody decision pending',
    authority: 'INA 239, 240',
    tracks: ['240-proceedings'],
    time: 'detained',
  },
  detained: { description: 'Detained by ICE during proceedings', authority: 'INA 235(b), 236(a)', tracks: ['detention'], time: 'detained' },
  'family-detention': {
    description: 'Held with family in a family residential centre',
    authority: 'Flores v. Lynch (2015)',
    tracks: ['family-detention'],
    time: 'detained',
  },
  'waiting-us': { description: 'Released in the US, awaiting hearings', authority: 'INA 240', time: 'free' },
  'waiting-mexico': {
    description: 'Returned to Mexico to await hearings (MPP)',
    authority: 'INA 235(b)(2)(C)',
    tracks: ['mpp'],
    time: 'mexico',
  },
  expelled: { description: 'Expelled under Title 42', authority: '42 USC 265', tracks: ['title-42'], time: 'free', outcome: 'expelled' },
  'voluntary-return': {
    description: 'Returned voluntarily or withdrew the application for admission',
    authority: '8 CFR 240.25; INA 235(a)(4)',
    tracks: ['voluntary-return'],
    time: 'free',
    outcome: 'voluntary-return',
  },
  'removed-expedited': {
    description: 'Removed summarily (expedited removal or a reinstated order)',
    authority: 'INA 235(b)(1), 241(a)(5)',
    tracks: ['removal'],
    time: 'free',
    outcome: 'removed-expedited',
  },
  'transferred-third-country': {
    description: 'Sent to Guatemala under the Asylum Cooperative Agreement',
    authority: 'INA 208(a)(2)(A); 84 FR 64095',
    tracks: ['third-country'],
    time: 'free',
    outcome: 'transferred-third-country',
  },
  'removal-order': { description: 'Ordered removed by an immigration judge', authority: 'INA 240(c)', time: 'free', outcome: 'removal-order' },
  'in-absentia-order': {
    description: 'Ordered removed in absentia for not appearing',
    authority: 'INA 240(b)(5)',
    time: 'free',
    outcome: 'in-absentia-order',
  },
  'voluntary-departure': { description: 'Granted voluntary departure and left', authority: 'INA 240B', time: 'free', outcome: 'voluntary-departure' },
  'relief-granted': {
    description: 'Granted asylum, withholding of removal or CAT protection',
    authority: 'INA 208, 241(b)(3); 8 CFR 1208.16–.18',
    time: 'free',
    outcome: 'relief-granted',
    final: true,
  },
  terminated: { description: 'Proceedings terminated or dismissed', authority: '8 CFR 1239.2', time: 'free', outcome: 'terminated', final: true },
  pending: { description: 'Case still open at the horizon', time: 'free', outcome: 'pending', final: true },
} as const satisfies Record<string, StateInfo>;

/** A state of `pathwayMachine`. */
export type StateId = keyof typeof STATES;
/**
 * Every state id, in docs order.
 * @example
 * STATE_IDS.length // 26
 */
export const STATE_IDS = Object.keys(STATES) as StateId[];

/** The state that stands for each outcome. */
export const OUTCOME_STATE: Record<OutcomeId, StateId> = {
  expelled: 'expelled',
  'voluntary-return': 'voluntary-return',
  'removed-expedited': 'removed-expedited',
  'removal-order': 'removal-order',
  'in-absentia-order': 'in-absentia-order',
  'relief-granted': 'relief-granted',
  'voluntary-departure': 'voluntary-departure',
  terminated: 'terminated',
  'transferred-third-country': 'transferred-third-country',
  pending: 'pending',
};

/**
 * The outcome a state stands for, or undefined while a case is in progress.
 * @example
 * outcomeOf('expelled') // 'expelled'
 * outcomeOf('waiting-us') // undefined
 */
export function outcomeOf(state: string): OutcomeId | undefined {
  return (STATES as Record<string, StateInfo>)[state]?.outcome;
}
