/**
 * What the sampler remembers about one person besides the law's context: sampler state, not law. Kept out of the
 * sampler so one sampler can step many people one fact at a time (history mode keeps these packed between events).
 */
export interface PersonRecord {
  /** Whether the current case is represented: -1 not yet drawn, 0 no, 1 yes. */
  represented: number;
  /** Whether a detained case is decided in detention (drawn when detained). */
  decidedInDetention: boolean;
}

/**
 * A fresh record: nothing drawn yet.
 * @example
 * newPersonRecord().represented // -1
 */
export function newPersonRecord(): PersonRecord {
  return { represented: -1, decidedInDetention: false };
}

/**
 * Forgets the per-case draws (a new crossing opens a new case).
 * @example
 * const p = newPersonRecord(); p.represented = 1; resetCaseRecord(p); p.represented // -1
 */
export function resetCaseRecord(p: PersonRecord): void {
  p.represented = -1;
  p.decidedInDetention = false;
}
