// Invariants of the border: children, dispositions, MPP, Title 42 (see docs/invariants.md).
import type { Path, Step } from './path.js';
import { casesOf, inForce as f, never, type InvariantSpec } from './invariant-kit.js';

// Whom Mexico took back, told from the measures and the person alone (not from the guards): nobody while it refused
// Section 7 returns; everyone once MPP expanded (7 Jun 2019) or was reimplemented; before that only Guatemalan,
// Honduran and Salvadoran single adults aged 18 to 60, and their families from 13 Feb 2019. Judged by the rules of
// the day of the return (`s`). Every invariant below that reads the measures reads those of the day of the fact it
// judges (f(p, s)).
const CENTRAL_AMERICA = ['GT', 'HN', 'SV'];
const mexicoAccepts = (p: Path, s: Step): boolean =>
  !f(p, s)['mexico-refuses-section-7'] &&
  (f(p, s)['mpp-expansion'] ||
    f(p, s)['mpp-reimplementation'] ||
    (CENTRAL_AMERICA.includes(p.profile.citizenship) &&
      ((p.profile.demographic === 'single-adult' && p.profile.age >= 18 && p.profile.age <= 60) ||
        (p.profile.demographic === 'family-unit' && f(p, s)['mpp-families']))));

// The measure of the MPP site serving each sector (independent of src/policy/mpp-sites.ts).
const SITE_OF: Record<string, string> = {
  'san-diego': 'mpp-site-san-diego', 'el-centro': 'mpp-site-el-centro', 'el-paso': 'mpp-site-el-paso', laredo: 'mpp-site-laredo',
  'rio-grande-valley': 'mpp-site-rio-grande-valley', 'del-rio': 'mpp-site-del-rio', tucson: 'mpp-site-tucson',
};
const siteOpen = (p: Path, s: Step): boolean => {
  if (!f(p, s)['mpp-site-by-site'] || p.profile.sector === 'other') return true;
  const m = SITE_OF[p.profile.sector];
  return m !== undefined && (f(p, s) as Record<string, boolean>)[m] === true;
};
const languageOk = (p: Path, s: Step): boolean =>
  p.profile.spanishSpeaker ||
  (!f(p, s)['mpp-spanish-speakers-only'] && (!f(p, s)['mpp-brazilians'] || p.profile.citizenship === 'BR'));

const CHILDREN = 'Children';
const DISPOSITIONS = 'Dispositions at the border';
const MPP = 'Remain in Mexico (MPP)';
const TITLE_42 = 'Title 42';

/**
 * Invariants about what happens at and right after the border.
 * @example
 * BORDER_INVARIANTS.map((i) => i.id) // ['uac-never-expedited-removal', ...]
 */
export const BORDER_INVARIANTS: readonly InvariantSpec[] = [
  {
    id: 'uac-never-expedited-removal',
    topic: CHILDREN,
    statement: 'An unaccompanied child is never placed in expedited removal or under a reinstated order.',
    authority: '8 USC 1232(a)(5)(D)',
    holds: (p) => p.profile.demographic !== 'uac' || never(p, (s) => s.state === 'expedited-removal' || s.state === 'reinstatement'),
  },
  {
    id: 'uac-never-mpp',
    topic: CHILDREN,
    statement: 'An unaccompanied child is never returned to Mexico under MPP.',
    authority: '8 USC 1232; MPP Guiding Principles (28 Jan 2019)',
    holds: (p) => p.profile.demographic !== 'uac' || never(p, (s) => s.state === 'waiting-mexico'),
  },
  {
    id: 'uac-to-orr-within-72h',
    topic: CHILDREN,
    statement: 'An unaccompanied child who is not repatriated or expelled is transferred to ORR within 72 hours.',
    authority: '8 USC 1232(b)(3)',
    holds: (p) => never(p, (s) => s.event.type === 'TRANSFER_TO_ORR' && s.event.days > 3),
  },
  {
    id: 'uac-not-in-dhs-custody',
    topic: CHILDREN,
    statement:
      'An unaccompanied child is never issued an adult Notice to Appear, detained by ICE, held in family detention, or paroled or released by DHS: children go to ORR care.',
    authority: '8 USC 1232(b)(3); Flores Settlement Agreement (1997)',
    holds: (p) =>
      p.profile.demographic !== 'uac' ||
      never(p, (s) => s.state === 'custody' || s.state === 'detained' || s.state === 'family-detention' || s.event.type === 'PAROLE' || s.event.type === 'RELEASE'),
  },
  {
    id: 'uac-repatriation-tvpra',
    topic: CHILDREN,
    statement:
      'An unaccompanied child is returned at once only if a national of Mexico or Canada who is not a trafficking victim and has no fear of return.',
    authority: '8 USC 1232(a)(2) (TVPRA 2008)',
    holds: (p) =>
      p.profile.demographic !== 'uac' ||
      never(p, (s) => s.state === 'voluntary-return') ||
      ((p.profile.citizenship === 'MX' || p.profile.citizenship === 'CA') && !p.profile.fearOfReturn && !p.profile.traffickingVictim),
  },
  {
    id: 'cuban-parole-no-expedited-removal',
    topic: DISPOSITIONS,
    statement: 'While wet-foot/dry-foot parole lasted (until 11 Jan 2017), a Cuban at a port of entry is not placed in expedited removal.',
    authority: 'Cuban Adjustment Act of 1966; 82 FR 4902 (13 Jan 2017)',
    holds: (p) =>
      !(p.profile.citizenship === 'CU' && p.profile.entry === 'port-of-entry') ||
      never(p, (s) => s.state === 'expedited-removal' && f(p, s)['cuban-parole']),
  },
  {
    id: 'cuban-between-ports-no-expedited-removal',
    topic: DISPOSITIONS,
    statement: 'While the Cuban exception lasted (until 11 Jan 2017), a Cuban encountered between ports is not placed in expedited removal.',
    authority: '82 FR 4902 (13 Jan 2017); 82 FR 4769 (13 Jan 2017)',
    holds: (p) =>
      !(p.profile.citizenship === 'CU' && p.profile.entry === 'between-ports') ||
      never(p, (s) => s.state === 'expedited-removal' && f(p, s)['cuban-er-exception']),
  },
  {
    id: 'prosecution-only-between-ports',
    topic: DISPOSITIONS,
    statement:
      'Only adults who entered between ports are prosecuted for illegal entry; parents only under zero-tolerance family separation; a child never.',
    authority: '8 USC 1325(a); 18 USC 5032; AG memo (6 Apr 2018); EO 13841 (20 Jun 2018)',
    holds: (p) =>
      never(
        p,
        (s) =>
          s.state === 'prosecution' &&
          !(
            p.profile.entry === 'between-ports' &&
            p.profile.age >= 18 &&
            (p.profile.demographic === 'single-adult' ||
              (p.profile.demographic === 'family-unit' && p.profile.familyRole === 'parent' && f(p, s)['family-separation']))
          ),
      ),
  },
  {
    id: 'separated-child-to-orr',
    topic: CHILDREN,
    statement:
      'A child travelling with a parent goes to ORR only when separated from a parent prosecuted under zero-tolerance family separation (between ports, 5 May – 20 Jun 2018), and is then an unaccompanied child.',
    authority: '6 USC 279(g)(2); 8 USC 1232(b)(3); EO 13841 (20 Jun 2018); Ms. L. v. ICE (S.D. Cal. 26 Jun 2018)',
    holds: (p) =>
      p.profile.demographic !== 'family-unit' ||
      never(p, (s) => s.state === 'orr' && !(p.profile.familyRole === 'child' && p.profile.entry === 'between-ports' && f(p, s)['family-separation'])),
  },
  {
    id: 'prosecution-once-per-encounter',
    topic: DISPOSITIONS,
    statement: 'A person is referred for prosecution at most once per encounter.',
    authority: '8 USC 1325(a), 1326 (one offence per entry)',
    holds: (p) => casesOf(p).every((c) => c.filter((s) => s.state === 'prosecution').length <= 1),
  },
  {
    id: 'metering-only-at-ports-while-in-force',
    topic: DISPOSITIONS,
    statement: 'Only people at a southwest port of entry wait for metering, and only while metering is in force.',
    authority: 'CBP metering guidance (Apr 2018 – Mar 2020)',
    holds: (p) =>
      never(p, (s) => s.state === 'metered' && !(f(p, s).metering && p.profile.entry === 'port-of-entry' && p.profile.border === 'southwest')),
  },
  {
    id: 'aca-only-hn-sv-while-applied',
    topic: DISPOSITIONS,
    statement: 'Only Honduran and Salvadoran adults and families are sent to Guatemala, and only while the ACA was applied.',
    authority: '84 FR 64095; ACA Guatemala (21 Nov 2019 – 16 Mar 2020)',
    holds: (p) =>
      never(
        p,
        (s) =>
          s.state === 'transferred-third-country' &&
          !(f(p, s)['aca-guatemala'] && (p.profile.citizenship === 'HN' || p.profile.citizenship === 'SV') && p.profile.demographic !== 'uac'),
      ),
  },
  {
    id: 'mexicans-never-mpp',
    topic: MPP,
    statement: 'A Mexican national is never returned to Mexico to await hearings.',
    authority: 'MPP Guiding Principles (28 Jan 2019)',
    holds: (p) => p.profile.citizenship !== 'MX' || never(p, (s) => s.state === 'waiting-mexico'),
  },
  {
    id: 'mpp-only-in-force-and-accepted',
    topic: MPP,
    statement:
      'A return to Mexico happens only while MPP enrols people and Mexico accepts the person: before the 7 Jun 2019 declaration only Guatemalan, Honduran and Salvadoran single adults aged 18–60, and their families from 13 Feb 2019.',
    authority: 'INA 235(b)(2)(C); EO 13767 §7; US–Mexico joint declaration (7 Jun 2019)',
    holds: (p) => never(p, (s) => s.event.type === 'RETURN_TO_MEXICO' && !((f(p, s).mpp || f(p, s)['mpp-reimplementation']) && mexicoAccepts(p, s))),
  },
  {
    id: 'mpp-only-where-it-operates',
    topic: MPP,
    statement:
      'While MPP ran site by site, people are returned only from sectors where it operated (San Diego from 28 Jan 2019, then Calexico, El Paso, Laredo, Brownsville, Eagle Pass, Tucson; El Paso alone when restarted).',
    authority: 'data/reference/history-inputs.json mpp_start_* records; CBP MPP FY2020 enrolments by sector',
    holds: (p) => never(p, (s) => s.event.type === 'RETURN_TO_MEXICO' && !siteOpen(p, s)),
  },
  {
    id: 'mpp-southwest-border-only',
    topic: MPP,
    statement: 'Only people encountered on the southwest border are returned to Mexico.',
    authority: 'INA 235(b)(2)(C) (return to the contiguous territory the person arrived from)',
    holds: (p) => never(p, (s) => s.state === 'waiting-mexico') || p.profile.border === 'southwest',
  },
  {
    id: 'mpp-excludes-vulnerable',
    topic: MPP,
    statement:
      'No one with known health issues, criminal history or a fear of Mexico is returned under MPP; nor, while MPP practice was limited by language, a non-Spanish speaker (until 28 Jan 2020; then Brazilians too).',
    authority: 'MPP Guiding Principles (28 Jan 2019); DHS press release (29 Jan 2020)',
    holds: (p) =>
      never(p, (s) => s.event.type === 'RETURN_TO_MEXICO' && !languageOk(p, s)) &&
      (never(p, (s) => s.state === 'waiting-mexico') || (!p.profile.healthVulnerable && !p.profile.criminalHistory && !p.profile.fearOfMexico)),
  },
  {
    id: 'expedited-removal-cases-not-mpp',
    topic: MPP,
    statement: 'A case processed through expedited removal is not returned to Mexico under MPP.',
    authority: 'DHS MPP memo (25 Jan 2019): MPP applies to aliens not processed for expedited removal',
    holds: (p) =>
      casesOf(p).every((c) => !c.some((s) => s.state === 'expedited-removal') || !c.some((s) => s.event.type === 'RETURN_TO_MEXICO')),
  },
  {
    id: 'no-mpp-hearing-while-suspended',
    topic: MPP,
    statement: 'No MPP hearing is held while MPP hearings are suspended.',
    authority: 'DHS/DOJ joint statements (Mar 2020 – Apr 2021)',
    holds: (p) =>
      never(p, (s) => s.from === 'waiting-mexico' && (s.event.type === 'HEARING' || s.event.type === 'NO_SHOW') && f(p, s)['mpp-hearings-suspended']),
  },
  {
    id: 'mpp-admission-only-in-wind-down',
    topic: MPP,
    statement: 'A person waiting in Mexico is admitted to continue the case in the US only during the MPP wind-down (from 19 Feb 2021).',
    authority: 'DHS MPP wind-down announcement (11 Feb 2021)',
    holds: (p) => never(p, (s) => s.event.type === 'ADMIT_WIND_DOWN' && !f(p, s)['mpp-wind-down']),
  },
  {
    id: 'no-title-42-without-order',
    topic: TITLE_42,
    statement: 'No one is expelled under Title 42 unless the CDC order is in force (from 21 Mar 2020).',
    authority: '42 USC 265; CDC order of 20 Mar 2020',
    holds: (p) => never(p, (s) => s.state === 'expelled' && !f(p, s)['title-42']),
  },
  {
    id: 'no-uac-expulsion-under-exception',
    topic: TITLE_42,
    statement: 'No unaccompanied child is expelled while the P.J.E.S. injunction or the CDC exception (from 30 Jan 2021) is in force.',
    authority: 'P.J.E.S. v. Wolf (18 Nov 2020); CDC notice (30 Jan 2021)',
    holds: (p) =>
      p.profile.demographic !== 'uac' ||
      never(p, (s) => s.state === 'expelled' && (f(p, s)['pjes-injunction'] || f(p, s)['uac-title-42-exception'])),
  },
  {
    id: 'tamaulipas-young-families-not-expelled',
    topic: TITLE_42,
    statement:
      'Once Tamaulipas refused them (27 Jan 2021), Guatemalan, Honduran and Salvadoran families with a child under 6 in the Rio Grande Valley or Laredo are not expelled.',
    authority: 'Tamaulipas refusal (Reuters, 3–4 Feb 2021)',
    holds: (p) =>
      !(
        p.profile.demographic === 'family-unit' &&
        p.profile.youngestChildAge < 6 &&
        CENTRAL_AMERICA.includes(p.profile.citizenship) &&
        (p.profile.sector === 'rio-grande-valley' || p.profile.sector === 'laredo')
      ) || never(p, (s) => s.state === 'expelled' && f(p, s)['tamaulipas-family-refusal']),
  },
  {
    id: 'title-42-needs-a-receiving-country',
    topic: TITLE_42,
    statement:
      'No Cuban, Nicaraguan or Venezuelan is expelled under Title 42 (no country took them); nor a Guatemalan, Honduran or Salvadoran family in poor health (Mexico took only people in good health, and families were not flown).',
    authority: 'Mexican foreign ministry document of 21 Mar 2020 (Reuters, 4 Feb 2021); Boston Globe (9 Jun 2022)',
    holds: (p) =>
      never(p, (s) => s.state === 'expelled') ||
      (!['CU', 'NI', 'VE'].includes(p.profile.citizenship) &&
        !(CENTRAL_AMERICA.includes(p.profile.citizenship) && p.profile.demographic === 'family-unit' && p.profile.healthVulnerable)),
  },
];
