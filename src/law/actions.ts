import { assign } from 'xstate';
import { TRACK_IDS } from '../domain/outcomes.js';
import type { PathContext } from './context.js';
import type { FactEvent } from './events.js';

type Args = { context: PathContext; event: FactEvent };

// Every assignment is a property map whose functions read only the field they write: the compiled runner may
// then write fields in place (DESIGN.md, Engine). Keep it that way when adding actions.
export const actions = {
  /** Days pass in a state that counts as free time. */
  elapse: assign({ day: ({ context, event }: Args) => context.day + event.days }),
  /** Days pass in custody. */
  elapseDetained: assign({
    day: ({ context, event }: Args) => context.day + event.days,
    daysDetained: ({ context, event }: Args) => context.daysDetained + event.days,
  }),
  /** Days pass waiting in Mexico. */
  elapseInMexico: assign({
    day: ({ context, event }: Args) => context.day + event.days,
    daysInMexico: ({ context, event }: Args) => context.daysInMexico + event.days,
  }),
  markTracks: assign({
    tracks: ({ context }: Args, params: { bits: number }) => context.tracks | params.bits,
    caseTracks: ({ context }: Args, params: { bits: number }) => context.caseTracks | params.bits,
  }),
  leaveUS: assign({ inUS: () => false }),
  enterUS: assign({ inUS: () => true }),
  recordRemovalOrder: assign({ hasRemovalOrder: () => true }),
  markMetered: assign({ metered: () => true }),
  markExpeditedRemoval: assign({ viaExpeditedRemoval: () => true }),
  markProsecuted: assign({ prosecuted: () => true }),
  claimCredibleFear: assign({ fearClaimed: () => true, screen: () => 1 as const }),
  claimReasonableFear: assign({ fearClaimed: () => true, screen: () => 2 as const, asylumBarred: () => true }),
  fileAsylumApplication: assign({ asylumApplied: () => true }),
  countHearing: assign({ hearings: ({ context }: Args) => context.hearings + 1 }),
  countMissedHearing: assign({ hearingsMissed: ({ context }: Args) => context.hearingsMissed + 1 }),
  /** A new crossing opens a new case (runs after the days of the gap have elapsed). */
  openCase: assign({
    encounters: ({ context }: Args) => context.encounters + 1,
    reencounteredWithin365d: ({ context }: Args) => context.reencounteredWithin365d || context.day - context.caseStartDay <= 365,
    previousEncounterDay: ({ context }: Args) => context.caseStartDay,
    caseStartDay: ({ context }: Args) => context.day,
    caseTracks: () => 0,
    inUS: () => true,
    viaExpeditedRemoval: () => false,
    fearClaimed: () => false,
    screen: () => 0 as const,
    asylumBarred: () => false,
    asylumApplied: () => false,
    prosecuted: () => false,
    metered: () => false,
    hearings: () => 0,
  }),
};

export type ActionName = keyof typeof actions;

/**
 * The bit mask of some tracks.
 * @example
 * bits('title-42', 'voluntary-return') // 3
 */
export function bits(...tracks: (typeof TRACK_IDS)[number][]): number {
  return tracks.reduce((m, t) => m | (1 << TRACK_IDS.indexOf(t)), 0);
}
