import { rule } from '../rule.js';
import { inForce, inTamaulipasSector, isMexican, isUac } from './helpers.js';

/** Title 42 expulsion: only while the CDC order is in force, and never for the people it was held not to reach. */
export const canExpelTitle42 = rule({
  id: 'canExpelTitle42',
  statement:
    'A person may be expelled under Title 42 only while the CDC order is in force (from 21 Mar 2020); ' +
    'not an unaccompanied child while the P.J.E.S. injunction (18 Nov 2020 – 29 Jan 2021) or the CDC UAC exception ' +
    '(from 30 Jan 2021) is in force; and not a non-Mexican family with a child under 6 in the Rio Grande Valley or ' +
    'Laredo sectors once Tamaulipas stopped accepting such families (late Jan 2021).',
  authority:
    '42 USC 265; CDC order of 20 Mar 2020 (85 FR 17060); P.J.E.S. v. Wolf (D.D.C. 18 Nov 2020); CDC notice of ' +
    'temporary exception for UACs (30 Jan 2021); Tamaulipas refusal (Reuters, 3–4 Feb 2021)',
  test: (c) =>
    inForce(c, 'title-42') &&
    !(isUac(c) && (inForce(c, 'pjes-injunction') || inForce(c, 'uac-title-42-exception'))) &&
    !(
      inForce(c, 'tamaulipas-family-refusal') &&
      c.profile.demographic === 'family-unit' &&
      c.profile.youngestChildAge < 6 &&
      !isMexican(c) &&
      inTamaulipasSector(c)
    ),
});
