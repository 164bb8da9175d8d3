import { REASONABLE_FEAR_SCREEN } from '../context.js';
import { FLORES_FAMILY_DETENTION } from '../limits.js';
import { rule } from '../rule.js';
import { inForce, isFamilyChild, isUac } from './helpers.js';

/** Adult detention. */
export const canDetain = rule({
  id: 'canDetain',
  statement:
    'A single adult in proceedings may be detained; a parent in a family unit only when separated under zero ' +
    'tolerance; a child never (unaccompanied and separated children go to ORR care; accompanied children stay with ' +
    'their parents).',
  authority: 'INA 235(b), 236(a); Jennings v. Rodriguez, 583 U.S. 281 (2018); 8 USC 1232(b)(3)',
  test: (c) =>
    c.profile.demographic === 'single-adult' ||
    (c.profile.demographic === 'family-unit' && !isFamilyChild(c) && inForce(c, 'family-separation')),
});

/** Family detention. */
export const canDetainFamily = rule({
  id: 'canDetainFamily',
  statement: 'Only a family unit may be held in a family residential centre.',
  authority: 'Flores Settlement Agreement (1997); Flores v. Lynch, 828 F.3d 898 (9th Cir. 2016)',
  test: (c) => c.profile.demographic === 'family-unit',
});

/** Leaving family detention: Flores limit. */
export const withinFloresLimit = rule({
  id: 'withinFloresLimit',
  statement: FLORES_FAMILY_DETENTION.statement,
  authority: FLORES_FAMILY_DETENTION.authority,
  test: (_c, e) => e.days <= FLORES_FAMILY_DETENTION.days,
});

/** Parole. */
export const canParole = rule({
  id: 'canParole',
  statement:
    'An adult or family may be paroled case by case for urgent humanitarian reasons or significant public benefit; ' +
    'children are released by ORR to sponsors instead.',
  authority: 'INA 212(d)(5)(A); 8 CFR 212.5; Kelly memo of 20 Feb 2017 (case-by-case only)',
  test: (c) => !isUac(c),
});

/** Release on bond or recognizance (possibly with ATD). */
export const canRelease = rule({
  id: 'canRelease',
  statement:
    'Release on bond or recognizance is open only to people who entered between ports (arriving aliens at a port are ' +
    'never bond-eligible); not to people transferred from expedited removal after a positive screen once Matter of ' +
    'M-S- took effect (15 Jul 2019), except while the Padilla injunction required bond hearings for that class ' +
    '(16 Jul 2019 – 10 Jan 2021); and never in withholding-only proceedings after a reinstated order, where detention ' +
    'is under INA 241(a) (release only on an order of supervision).',
  authority:
    'INA 236(a), 241(a); 8 CFR 1003.19(h)(2)(i)(B); Matter of X-K-, 23 I&N Dec. 731 (BIA 2005); Matter of M-S-, 27 I&N ' +
    'Dec. 509 (A.G. 2019); Padilla v. ICE (W.D. Wash. 2 Jul 2019), 953 F.3d 1134 (9th Cir. 2020), vacated 11 Jan 2021; ' +
    '8 CFR 208.31(e), 241.4; Johnson v. Guzman Chavez, 594 U.S. 523 (2021)',
  test: (c) =>
    !isUac(c) &&
    c.profile.entry === 'between-ports' &&
    c.screen !== REASONABLE_FEAR_SCREEN &&
    !(c.viaExpeditedRemoval && inForce(c, 'matter-of-m-s') && !inForce(c, 'padilla-injunction')),
});
