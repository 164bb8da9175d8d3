import { rule } from '../rule.js';
import { inForce, isUac } from './helpers.js';
import { expulsionReceiver } from './receiving.js';

/** Title 42 expulsion: only while the CDC order is in force, never for the people it was held not to reach, and only to a country that takes the person. */
export const canExpelTitle42 = rule({
  id: 'canExpelTitle42',
  statement:
    'A person may be expelled under Title 42 only while the CDC order is in force (from 21 Mar 2020); ' +
    'not an unaccompanied child while the P.J.E.S. injunction (18 Nov 2020 – 29 Jan 2021) or the CDC UAC exception ' +
    '(from 30 Jan 2021) is in force; and only to a country that takes the person: Mexico takes its own nationals and ' +
    'Guatemalan, Honduran and Salvadoran adults and families in good health (not, from 27 Jan 2021, families with a ' +
    'child under 6 in the Rio Grande Valley or Laredo sectors: Tamaulipas); other nationals only by flight to their ' +
    'own country, which Cuba, Nicaragua and Venezuela did not take. Whom no country takes is processed under Title 8.',
  authority:
    '42 USC 265; CDC order of 20 Mar 2020 (85 FR 17060); P.J.E.S. v. Wolf (D.D.C. 18 Nov 2020); CDC notice of ' +
    'temporary exception for UACs (30 Jan 2021); Mexican foreign ministry document of 21 Mar 2020 (Reuters, 4 Feb ' +
    '2021); Tamaulipas refusal (Reuters, 3–4 Feb 2021); src/policy/title42-acceptance.ts',
  test: (c) =>
    inForce(c, 'title-42') &&
    !(isUac(c) && (inForce(c, 'pjes-injunction') || inForce(c, 'uac-title-42-exception'))) &&
    expulsionReceiver(c) !== undefined,
});
