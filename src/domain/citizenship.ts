/** The three citizenship groups the reference data reports arrivals by. */
export type CitizenshipGroup = 'mexico' | 'northern-triangle' | 'other';

/** All citizenship groups, in report order. */
export const CITIZENSHIP_GROUPS: readonly CitizenshipGroup[] = ['mexico', 'northern-triangle', 'other'];

/** Guatemala, Honduras, El Salvador. */
export const NORTHERN_TRIANGLE: readonly string[] = ['GT', 'HN', 'SV'];

// Countries whose nationals are presumed Spanish speakers for the MPP language exemption (MPP Guiding Principles).
const SPANISH_SPEAKING = new Set([
  'MX', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'CU', 'DO', 'CO', 'VE', 'EC', 'PE', 'BO', 'CL', 'AR', 'UY', 'PY', 'ES', 'PR',
]);

/**
 * The citizenship group of an ISO 3166 alpha-2 code.
 * @example
 * citizenshipGroup('MX') // 'mexico'
 * citizenshipGroup('HN') // 'northern-triangle'
 * citizenshipGroup('BR') // 'other'
 */
export function citizenshipGroup(citizenship: string): CitizenshipGroup {
  if (citizenship === 'MX') return 'mexico';
  if (citizenship === 'GT' || citizenship === 'HN' || citizenship === 'SV') return 'northern-triangle';
  return 'other';
}

/**
 * Whether a country borders the US by land (Mexico, Canada): TVPRA screening of UACs, 8 USC 1232(a)(2).
 * @example
 * isContiguous('CA') // true
 */
export function isContiguous(citizenship: string): boolean {
  return citizenship === 'MX' || citizenship === 'CA';
}

/**
 * Whether nationals of a country are presumed to speak Spanish (default for `spanishSpeaker`).
 * @example
 * presumedSpanishSpeaker('BR') // false
 */
export function presumedSpanishSpeaker(citizenship: string): boolean {
  return SPANISH_SPEAKING.has(citizenship);
}

/**
 * Whether a string is a syntactically valid ISO 3166 alpha-2 code (two upper-case letters).
 * @example
 * isCountryCode('GT') // true
 */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
}
