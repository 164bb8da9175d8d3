import { citizenshipGroup } from '../../domain/citizenship.js';
import type { MeasureId } from '../../policy/types.js';
import { inNinthCircuitSector } from '../geography.js';
import type { PathContext } from '../context.js';

/**
 * Whether a built-in measure is in force for the fact being judged. The one place the law reads the rules in force,
 * so a context can carry the rules of the day the fact happens on (history mode) without any guard changing.
 * @example
 * inForce(initialContext({ profile, regime: regimeAt('2020-06-01') }), 'title-42') // true
 */
export const inForce = (c: PathContext, id: MeasureId): boolean => c.regime.inForce[id];

// Small shared facts about a person that several rules read.
export const isUac = (c: PathContext): boolean => c.profile.demographic === 'uac';
/** A child travelling with a parent in a family unit (not unaccompanied while the parent is with them). */
export const isFamilyChild = (c: PathContext): boolean => c.profile.demographic === 'family-unit' && c.profile.familyRole === 'child';
export const isMexican = (c: PathContext): boolean => c.profile.citizenship === 'MX';
export const isNorthernTriangle = (c: PathContext): boolean => citizenshipGroup(c.profile.citizenship) === 'northern-triangle';
export const inTamaulipasSector = (c: PathContext): boolean =>
  c.profile.sector === 'rio-grande-valley' || c.profile.sector === 'laredo';

/**
 * Whether the third-country transit bar (84 FR 33829) applies to this person under this regime: nationwide while
 * `transit-bar` is in force; only outside the 9th Circuit while `transit-bar-outside-ninth-circuit` is.
 */
export const transitBarApplies = (c: PathContext): boolean =>
  (inForce(c, 'transit-bar') || (inForce(c, 'transit-bar-outside-ninth-circuit') && !inNinthCircuitSector(c.profile.sector))) &&
  c.profile.border === 'southwest' &&
  c.profile.transitedThirdCountry &&
  !isMexican(c);
