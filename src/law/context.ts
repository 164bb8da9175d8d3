import type { MigrantProfile } from '../domain/profile.js';
import type { Regime } from '../policy/types.js';

/** Which fear screen the current case is in: none, a credible-fear screen (ER) or a reasonable-fear screen. */
export type ScreenKind = 0 | 1 | 2;
export const NO_SCREEN = 0;
export const CREDIBLE_FEAR_SCREEN = 1;
export const REASONABLE_FEAR_SCREEN = 2;

/**
 * What the machine remembers about one person across repeated crossings. Counters only: no randomness,
 * clocks or I/O. Fields marked "case" are reset at every new encounter.
 */
export interface PathContext {
  profile: MigrantProfile;
  regime: Regime;
  /** Days since the first encounter. */
  day: number;
  encounters: number;
  /** Days in government custody (CBP, ICE, US Marshals); ORR care of children is not counted. */
  daysDetained: number;
  /** Days waiting in Mexico: metering queues and MPP. */
  daysInMexico: number;
  hearingsMissed: number;
  /** Bit mask of tracks (see `TRACK_IDS`) over all cases, and for the current case. */
  tracks: number;
  caseTracks: number;
  /** Day the current case opened, and the day of the encounter before it (-1 if none). */
  caseStartDay: number;
  previousEncounterDay: number;
  /** Whether any encounter came within 365 days of the previous one. */
  reencounteredWithin365d: boolean;
  /** Whether the person is in the United States now. */
  inUS: boolean;
  /** A removal order exists that can be reinstated (from the profile or earned on this path). */
  hasRemovalOrder: boolean;
  /** case: placed in expedited removal (so not MPP-eligible; after a positive screen, M-S- applies). */
  viaExpeditedRemoval: boolean;
  /** case: a fear claim was made. */
  fearClaimed: boolean;
  /** case: the screen in progress or done. */
  screen: ScreenKind;
  /** case: asylum is unavailable (transit bar, or withholding-only after reinstatement). */
  asylumBarred: boolean;
  /** case: an application for asylum, withholding or CAT (Form I-589) is on file with the immigration court. */
  asylumApplied: boolean;
  /** case: referred for prosecution already. */
  prosecuted: boolean;
  /** case: waited in a metering queue already. */
  metered: boolean;
  /** case: hearings held. */
  hearings: number;
}

/** Input to `pathwayMachine`: who, and under which regime. */
export interface PathInput {
  profile: MigrantProfile;
  regime: Regime;
}

/**
 * The context a person starts with. Pure; the compiled runner and the XState machine both use it.
 * @example
 * initialContext({ profile, regime }).encounters // 1
 */
export function initialContext({ profile, regime }: PathInput): PathContext {
  return {
    profile,
    regime,
    day: 0,
    encounters: 1,
    daysDetained: 0,
    daysInMexico: 0,
    hearingsMissed: 0,
    tracks: 0,
    caseTracks: 0,
    caseStartDay: 0,
    previousEncounterDay: -1,
    reencounteredWithin365d: false,
    inUS: true,
    hasRemovalOrder: profile.priorRemovalOrder,
    viaExpeditedRemoval: false,
    fearClaimed: false,
    screen: 0,
    asylumBarred: false,
    asylumApplied: false,
    prosecuted: false,
    metered: false,
    hearings: 0,
  };
}
