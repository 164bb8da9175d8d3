import type { MigrantProfile } from '../domain/profile.js';
import { dayNumber } from '../domain/dates.js';
import type { CapacitySet } from './capacity-set.js';

/** The Dedicated Docket's first day (DHS/DOJ announcement of 28 May 2021): from then only families caught between ports. */
export const DEDICATED_DOCKET_FROM = dayNumber('2021-05-28');

/**
 * Whether a case received on `day` goes to the family-unit docket: the person is a member of a family unit, eligible
 * under the program of that day (FAMU tracking from 16 Nov 2018: any family-unit case; the Dedicated Docket from
 * 28 May 2021: families apprehended between ports), and among the `family-docket-intake` share of such cases. The
 * share is taken by a fixed hash of the person, so a counterfactual with the same people picks the same cases.
 * @example
 * onFamilyDocket(new CapacitySet(), dayNumber('2019-03-01'), { demographic: 'single-adult', entry: 'between-ports' }, 7) // false
 */
export function onFamilyDocket(set: CapacitySet, day: number, who: Readonly<Pick<MigrantProfile, 'demographic' | 'entry'>>, person: number): boolean {
  if (who.demographic !== 'family-unit') return false;
  if (day >= DEDICATED_DOCKET_FROM && who.entry !== 'between-ports') return false;
  const share = set.on('family-docket-intake', day);
  return share > 0 && personUniform(person) < share;
}

/**
 * A fixed uniform in [0, 1) for a person id (an integer hash, not a random stream: the same person, the same value).
 * @example
 * personUniform(1) === personUniform(1) // true
 */
export function personUniform(person: number): number {
  let h = Math.imul(person ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
