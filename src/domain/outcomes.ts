/**
 * How a case ends: the machine's outcome states.
 * @example
 * OUTCOME_IDS[0] // 'expelled'
 */
export const OUTCOME_IDS = [
  'expelled', 'voluntary-return', 'removed-expedited', 'removal-order', 'in-absentia-order', 'relief-granted',
  'voluntary-departure', 'terminated', 'transferred-third-country', 'pending',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

/**
 * The procedures a case can go through (fixed vocabulary).
 * @example
 * TRACK_IDS.includes('mpp') // true
 */
export const TRACK_IDS = [
  'title-42', 'voluntary-return', 'expedited-removal', 'reinstatement', 'prosecution', 'orr', 'credible-fear',
  'ij-review', 'third-country', '240-proceedings', 'detention', 'family-detention', 'parole', 'mpp', 'hearing', 'removal',
  'asylum-application',
] as const;
export type TrackId = (typeof TRACK_IDS)[number];

/**
 * Bit of a track in a track mask (tracks are kept as bit masks in the hot path).
 * @example
 * trackBit('title-42') // 1
 */
export function trackBit(track: TrackId): number {
  return 1 << TRACK_IDS.indexOf(track);
}

/**
 * The tracks in a bit mask, in vocabulary order.
 * @example
 * tracksOf(trackBit('credible-fear') | trackBit('hearing')) // ['credible-fear', 'hearing']
 */
export function tracksOf(mask: number): TrackId[] {
  return TRACK_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}

/**
 * Whether a string is an outcome id.
 * @example
 * isOutcomeId('expelled') // true
 */
export function isOutcomeId(s: string): s is OutcomeId {
  return (OUTCOME_IDS as readonly string[]).includes(s);
}
