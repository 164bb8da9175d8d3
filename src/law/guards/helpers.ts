import { citizenshipGroup } from '../../domain/citizenship.js';
import type { PathContext } from '../context.js';

// Small shared facts about a person that several rules read.
export const isUac = (c: PathContext): boolean => c.profile.demographic === 'uac';
export const isMexican = (c: PathContext): boolean => c.profile.citizenship === 'MX';
export const isNorthernTriangle = (c: PathContext): boolean => citizenshipGroup(c.profile.citizenship) === 'northern-triangle';
export const inTamaulipasSector = (c: PathContext): boolean =>
  c.profile.sector === 'rio-grande-valley' || c.profile.sector === 'laredo';

/** Whether the third-country transit bar (84 FR 33829) applies to this person under this regime. */
export const transitBarApplies = (c: PathContext): boolean =>
  c.regime.inForce['transit-bar'] &&
  c.profile.border === 'southwest' &&
  c.profile.transitedThirdCountry &&
  !isMexican(c);
