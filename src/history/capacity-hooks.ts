import type { MigrantProfile } from '../domain/profile.js';

/**
 * The capacity hook of history mode: the engine asks it before a fact that uses a resource happens on a calendar day,
 * and it admits the fact that day, delays it to a later day (a queue decides when the fact happens), or refuses it
 * (the person then takes a lawful alternative). The law allows, the regime weighs, capacity admits. History mode
 * without capacity uses {@link unlimited}; src/capacity implements real resources on this interface.
 *
 * Days are calendar day numbers: days since 2015-10-01 (day 0), see `dayOfIso` in src/history/calendar.ts.
 */

/** Resources a fact can use, as small integers (the engine's hot loop passes numbers, not strings). */
export const RESOURCE = Object.freeze({
  /** CBP short-term holding: occupied from the encounter's processing until the processing disposition. */
  cbpHolding: 0,
  /** ICE adult detention bed: occupied from DETAIN until the person leaves detention. */
  iceBed: 1,
  /** ICE family residential centre bed: from FAMILY_DETAIN until release. */
  familyBed: 2,
  /** ORR shelter bed: from TRANSFER_TO_ORR until release to a sponsor. */
  orrBed: 3,
  /** An asylum officer's credible- or reasonable-fear interview (a service: no occupancy). */
  cfInterview: 4,
  /** An immigration-court hearing on the regular or detained docket (a service). */
  courtHearing: 5,
  /** An MPP hearing (a service). */
  mppHearing: 6,
});
export type ResourceIndex = (typeof RESOURCE)[keyof typeof RESOURCE];
/** Resource ids, by index. */
export const RESOURCE_IDS = ['cbp-holding', 'ice-bed', 'family-bed', 'orr-bed', 'cf-interview', 'court-hearing', 'mpp-hearing'] as const;
export type ResourceId = (typeof RESOURCE_IDS)[number];

/** The answer meaning "refused": the engine takes the lawful alternative. */
export const REFUSE = -1;

/**
 * What a capacity model answers. `request` returns the calendar day the fact may happen: `day` itself admits it
 * now, a later day delays it (the engine re-asks on that day, so a queue can keep its place), {@link REFUSE} refuses.
 *
 * What the engine does on a refusal (the lawful alternative): an ICE or family bed → the person is released from
 * custody (release on recognizance with an NTA, or parole, whichever the law allows); CBP holding → the person is
 * processed at once (the fact happens that day; the capacity model counts it as an over-capacity release);
 * ORR bed, fear interview, hearings → there is no lawful alternative, so a refusal is treated as a delay of one day.
 */
export interface CapacityHooks {
  /**
   * Asked before a fact that uses `resource` happens for person `person` on calendar day `day`. `who` is the person's
   * profile (e.g. the demographic, for a family-unit docket); it is the engine's reused object, valid only during the
   * call. `decides` (hearings): whether the fact ends the case (a decision or an in absentia order) rather than
   * continuing it.
   */
  request(resource: ResourceIndex, day: number, person: number, who?: Readonly<MigrantProfile>, decides?: boolean): number;
  /** A person left an occupied resource (bed, holding) on `day`. Not called for services. */
  release(resource: ResourceIndex, day: number, person: number): void;
  /**
   * A case was received by the immigration court on `day` (the NTA filed: the engine's first court receipt of the
   * case), so a docket can queue it from its receipt rather than from its first hearing.
   */
  courtReceipt?(day: number, person: number, who: Readonly<MigrantProfile>): void;
  /** Called once at the start of each calendar day the engine reaches, in order, before any fact of that day. */
  startDay?(day: number): void;
}

/**
 * Capacity that never binds: every fact is admitted on its day. History mode's default.
 * @example
 * unlimited.request(RESOURCE.iceBed, 100, 7) // 100 (admitted that day)
 */
export const unlimited: CapacityHooks = Object.freeze({
  request: (_resource: ResourceIndex, day: number): number => day,
  release: (): void => {},
});
