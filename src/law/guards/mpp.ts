import { MPP_SITES } from '../../policy/mpp-sites.js';
import { REASONABLE_FEAR_SCREEN, type PathContext } from '../context.js';
import { rule } from '../rule.js';
import { inForce, isMexican, isNorthernTriangle, isUac } from './helpers.js';

/**
 * Whether Mexico accepts this person back under MPP under this regime.
 * @example
 * mexicoAcceptsReturn(ctx) // false before 13 Feb 2019 for a family
 */
export function mexicoAcceptsReturn(c: PathContext): boolean {
  if (inForce(c, 'mexico-refuses-section-7')) return false;
  if (inForce(c, 'mpp-expansion') || inForce(c, 'mpp-reimplementation')) return true;
  // Before the 7 Jun 2019 joint declaration Mexico took only GT/SV/HN nationals: single adults aged 18–60, and
  // families from 13 Feb 2019.
  if (!isNorthernTriangle(c)) return false;
  if (c.profile.demographic === 'family-unit') return inForce(c, 'mpp-families');
  return c.profile.demographic === 'single-adult' && c.profile.age >= 18 && c.profile.age <= 60;
}

/**
 * Whether MPP operates where the person was encountered: while MPP runs site by site, only in sectors whose site is
 * open ('other', a sector not given, is not narrowed).
 * @example
 * mppSiteOpen(ctx) // false for the Laredo sector before 9 Jul 2019
 */
export function mppSiteOpen(c: PathContext): boolean {
  if (!inForce(c, 'mpp-site-by-site') || c.profile.sector === 'other') return true;
  return MPP_SITES.some((s) => s.sector === c.profile.sector && inForce(c, s.measure));
}

/**
 * Whether MPP practice at the time returned people of this language: Spanish speakers only until 28 Jan 2020, then
 * also Brazilians; not limited otherwise (the statute names no language).
 * @example
 * mppLanguageAccepted(ctx) // true for a Brazilian from 29 Jan 2020
 */
export function mppLanguageAccepted(c: PathContext): boolean {
  if (c.profile.spanishSpeaker) return true;
  if (inForce(c, 'mpp-spanish-speakers-only')) return false;
  if (inForce(c, 'mpp-brazilians')) return c.profile.citizenship === 'BR';
  return true;
}

/** MPP: return to Mexico to await hearings. */
export const canReturnToMexico = rule({
  id: 'canReturnToMexico',
  statement:
    'A person in 240 proceedings may be returned to Mexico to await hearings only while MPP enrols people; only on ' +
    'the southwest border, and only from a sector where MPP operates (San Diego from 28 Jan 2019, Calexico 12 Mar, ' +
    'El Paso mid-Mar, Laredo 9 Jul, Brownsville 19 Jul, Eagle Pass Oct, Tucson Nov 2019; every sector from Jan 2020; ' +
    'El Paso only when restarted in Dec 2021); never an unaccompanied child, a Mexican, a person processed through ' +
    'expedited removal, a person with known health issues or criminal history, or one more likely than not to be ' +
    'persecuted or tortured in Mexico; in practice only Spanish speakers until 28 Jan 2020, then also Brazilians; ' +
    'never a person in withholding-only proceedings after a reinstated order (not an applicant in 240 proceedings); ' +
    'and only if Mexico accepts the person (before the 7 Jun 2019 declaration: Central American single adults aged ' +
    '18–60, and families from 13 Feb 2019).',
  authority:
    'INA 235(b)(2)(C); EO 13767 §7; DHS MPP memo (25 Jan 2019); MPP Guiding Principles (CBP, 28 Jan 2019); ' +
    'US–Mexico joint declaration (7 Jun 2019); DHS press release on Brazilians (29 Jan 2020); 8 USC 1232; ' +
    '8 CFR 208.31(e), 1208.2(c)(2); src/policy/mpp-sites.ts',
  test: (c) =>
    (inForce(c, 'mpp') || inForce(c, 'mpp-reimplementation')) &&
    c.profile.border === 'southwest' &&
    !isUac(c) &&
    !isMexican(c) &&
    !c.viaExpeditedRemoval &&
    c.screen !== REASONABLE_FEAR_SCREEN &&
    !c.profile.healthVulnerable &&
    !c.profile.criminalHistory &&
    !c.profile.fearOfMexico &&
    mppSiteOpen(c) &&
    mppLanguageAccepted(c) &&
    mexicoAcceptsReturn(c),
});

/** MPP wind-down: admission of active MPP cases. */
export const canAdmitUnderWindDown = rule({
  id: 'canAdmitUnderWindDown',
  statement: 'A person with an active MPP case may be admitted to the US to continue the case only during the wind-down (from 19 Feb 2021).',
  authority: 'DHS MPP wind-down announcement (11 Feb 2021), phase one from 19 Feb 2021',
  test: (c) => inForce(c, 'mpp-wind-down'),
});

/** MPP hearings were suspended during COVID. */
export const mppHearingsHeld = rule({
  id: 'mppHearingsHeld',
  statement: 'No MPP hearing is held while MPP hearings are suspended (Mar 2020 – Apr 2021).',
  authority: 'DHS/DOJ joint statements postponing MPP hearings (from 23 Mar 2020)',
  test: (c) => !inForce(c, 'mpp-hearings-suspended'),
});
