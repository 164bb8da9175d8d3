import { initialContext, type PathContext } from '../law/context.js';
import { mexicoAcceptsReturn, transitBarApplies } from '../law/guards/index.js';
import type { Path, Step } from './path.js';

/** A legal invariant: something that must hold on every lawful path, with the authority it comes from. */
export interface Invariant {
  id: string;
  statement: string;
  authority: string;
  holds: (path: Path) => boolean;
}

const start = (p: Path): PathContext => initialContext({ profile: p.profile, regime: p.regime });
const every = (p: Path, f: (s: Step, i: number) => boolean) => p.steps.every(f);
const never = (p: Path, f: (s: Step) => boolean) => !p.steps.some(f);
const f = (p: Path) => p.regime.inForce;

/** The catalogue of legal invariants the model must satisfy on every path (see docs/invariants.md). */
export const invariants: readonly Invariant[] = [
  {
    id: 'uac-never-expedited-removal',
    statement: 'An unaccompanied child is never placed in expedited removal or under a reinstated order.',
    authority: '8 USC 1232(a)(5)(D)',
    holds: (p) => p.profile.demographic !== 'uac' || never(p, (s) => s.state === 'expedited-removal' || s.state === 'reinstatement'),
  },
  {
    id: 'uac-never-mpp',
    statement: 'An unaccompanied child is never returned to Mexico under MPP.',
    authority: '8 USC 1232; MPP Guiding Principles (28 Jan 2019)',
    holds: (p) => p.profile.demographic !== 'uac' || never(p, (s) => s.state === 'waiting-mexico'),
  },
  {
    id: 'uac-to-orr-within-72h',
    statement: 'An unaccompanied child who is not repatriated or expelled is transferred to ORR within 72 hours.',
    authority: '8 USC 1232(b)(3)',
    holds: (p) => never(p, (s) => s.event.type === 'TRANSFER_TO_ORR' && s.event.days > 3),
  },
  {
    id: 'mexicans-never-mpp',
    statement: 'A Mexican national is never returned to Mexico to await hearings.',
    authority: 'MPP Guiding Principles (28 Jan 2019)',
    holds: (p) => p.profile.citizenship !== 'MX' || never(p, (s) => s.state === 'waiting-mexico'),
  },
  {
    id: 'mpp-only-in-force-and-accepted',
    statement: 'A return to Mexico happens only while MPP enrols people and Mexico accepts the person.',
    authority: 'INA 235(b)(2)(C); EO 13767 §7; US–Mexico joint declaration (7 Jun 2019)',
    holds: (p) =>
      never(p, (s) => s.event.type === 'RETURN_TO_MEXICO') ||
      ((f(p).mpp || f(p)['mpp-reimplementation']) && mexicoAcceptsReturn(start(p))),
  },
  {
    id: 'mpp-excludes-vulnerable',
    statement: 'No one with known health issues, criminal history, a fear of Mexico, or who does not speak Spanish is returned under MPP.',
    authority: 'MPP Guiding Principles (28 Jan 2019)',
    holds: (p) =>
      never(p, (s) => s.state === 'waiting-mexico') ||
      (!p.profile.healthVulnerable && !p.profile.criminalHistory && !p.profile.fearOfMexico && p.profile.spanishSpeaker),
  },
  {
    id: 'expedited-removal-cases-not-mpp',
    statement: 'A case processed through expedited removal is not returned to Mexico under MPP.',
    authority: 'DHS MPP memo (25 Jan 2019): MPP applies to aliens not processed for expedited removal',
    holds: (p) => never(p, (s) => s.event.type === 'RETURN_TO_MEXICO' && s.context.viaExpeditedRemoval),
  },
  {
    id: 'no-title-42-without-order',
    statement: 'No one is expelled under Title 42 unless the CDC order is in force (from 21 Mar 2020).',
    authority: '42 USC 265; CDC order of 20 Mar 2020',
    holds: (p) => f(p)['title-42'] || never(p, (s) => s.state === 'expelled'),
  },
  {
    id: 'no-uac-expulsion-under-exception',
    statement: 'No unaccompanied child is expelled while the P.J.E.S. injunction or the CDC exception (from 30 Jan 2021) is in force.',
    authority: 'P.J.E.S. v. Wolf (18 Nov 2020); CDC notice (30 Jan 2021)',
    holds: (p) =>
      p.profile.demographic !== 'uac' ||
      !(f(p)['pjes-injunction'] || f(p)['uac-title-42-exception']) ||
      never(p, (s) => s.state === 'expelled'),
  },
  {
    id: 'tamaulipas-young-families-not-expelled',
    statement:
      'Once Tamaulipas refused them (late Jan 2021), non-Mexican families with a child under 6 in the Rio Grande Valley or Laredo are not expelled.',
    authority: 'Tamaulipas refusal (Reuters, 3–4 Feb 2021)',
    holds: (p) =>
      !(
        f(p)['tamaulipas-family-refusal'] &&
        p.profile.demographic === 'family-unit' &&
        p.profile.youngestChildAge < 6 &&
        p.profile.citizenship !== 'MX' &&
        (p.profile.sector === 'rio-grande-valley' || p.profile.sector === 'laredo')
      ) || never(p, (s) => s.state === 'expelled'),
  },
  {
    id: 'transit-bar-no-asylum',
    statement: 'Under the transit bar, a non-Mexican who crossed a third country is never granted asylum (withholding or CAT only).',
    authority: '84 FR 33829 (in force 11 Sep 2019 – 29 Jun 2020)',
    holds: (p) =>
      !transitBarApplies(start(p)) || never(p, (s) => s.event.type === 'HEARING' && s.event.decision === 'relief' && s.event.relief === 'asylum'),
  },
  {
    id: 'transit-bar-screen-standard',
    statement: 'Under the transit bar, the fear screen of a barred person applies the higher reasonable-fear standard.',
    authority: '84 FR 33829; 8 CFR 208.30(e)(5)',
    holds: (p) =>
      !transitBarApplies(start(p)) ||
      every(p, (s) => s.event.type !== 'SCREEN' || s.from !== 'credible-fear' || s.event.standard === 'transit-bar'),
  },
  {
    id: 'cf-consultation-period',
    statement: 'A credible-fear interview is not held before the consultation period (48 hours; 1 day from 8 Jul 2019 to 1 Mar 2020).',
    authority: '8 CFR 208.30(d)(4); USCIS directive 8 Jul 2019; L.M.-M. v. Cuccinelli (1 Mar 2020)',
    holds: (p) =>
      every(p, (s) => s.from !== 'credible-fear' || s.event.type !== 'SCREEN' || s.event.days >= (f(p)['cf-consultation-1-day'] ? 1 : 2)),
  },
  {
    id: 'ij-review-deadline',
    statement: 'An immigration judge reviews a negative credible-fear finding within 7 days (10 for reasonable fear).',
    authority: 'INA 235(b)(1)(B)(iii)(III); 8 CFR 208.31(g)',
    holds: (p) => every(p, (s) => s.event.type !== 'IJ_DECISION' || s.event.days <= (s.context.screen === 2 ? 10 : 7)),
  },
  {
    id: 'flores-family-detention-limit',
    statement: 'Families leave family detention within 20 days.',
    authority: 'Flores v. Lynch (2015)',
    holds: (p) => every(p, (s) => s.from !== 'family-detention' || s.event.type === 'HORIZON' || s.event.days <= 20),
  },
  {
    id: 'prosecution-only-between-ports',
    statement: 'Only adults who entered between ports are prosecuted for illegal entry; parents only under zero-tolerance family separation.',
    authority: '8 USC 1325(a); AG memo (6 Apr 2018); EO 13841 (20 Jun 2018)',
    holds: (p) =>
      never(p, (s) => s.state === 'prosecution') ||
      (p.profile.entry === 'between-ports' &&
        (p.profile.demographic === 'single-adult' || (p.profile.demographic === 'family-unit' && f(p)['family-separation']))),
  },
  {
    id: 'aca-only-hn-sv-while-applied',
    statement: 'Only Hondurans and Salvadorans are sent to Guatemala, and only while the ACA was applied.',
    authority: '84 FR 64095; ACA Guatemala (21 Nov 2019 – 16 Mar 2020)',
    holds: (p) =>
      never(p, (s) => s.state === 'transferred-third-country') ||
      (f(p)['aca-guatemala'] && (p.profile.citizenship === 'HN' || p.profile.citizenship === 'SV')),
  },
  {
    id: 'no-bond-for-arriving-aliens',
    statement: 'People who arrived at a port of entry are never released on bond (parole only).',
    authority: '8 CFR 1003.19(h)(2)(i)(B)',
    holds: (p) => p.profile.entry !== 'port-of-entry' || never(p, (s) => s.event.type === 'RELEASE'),
  },
  {
    id: 'matter-of-m-s-no-bond',
    statement: 'After Matter of M-S- took effect, people transferred from expedited removal are not released on bond.',
    authority: 'Matter of M-S-, 27 I&N Dec. 509 (A.G. 2019)',
    holds: (p) => !f(p)['matter-of-m-s'] || never(p, (s) => s.event.type === 'RELEASE' && s.context.viaExpeditedRemoval),
  },
  {
    id: 'metering-only-at-ports-while-in-force',
    statement: 'Only people at a southwest port of entry wait for metering, and only while metering is in force.',
    authority: 'CBP metering guidance (Apr 2018 – Mar 2020)',
    holds: (p) =>
      never(p, (s) => s.state === 'metered') ||
      (f(p).metering && p.profile.entry === 'port-of-entry' && p.profile.border === 'southwest'),
  },
  {
    id: 'no-mpp-hearing-while-suspended',
    statement: 'No MPP hearing is held while MPP hearings are suspended.',
    authority: 'DHS/DOJ joint statements (Mar 2020 – Apr 2021)',
    holds: (p) =>
      !f(p)['mpp-hearings-suspended'] || never(p, (s) => s.from === 'waiting-mexico' && (s.event.type === 'HEARING' || s.event.type === 'NO_SHOW')),
  },
  {
    id: 'no-removal-during-pause',
    statement: 'No one is removed during the removal pause (22–26 Jan 2021).',
    authority: 'DHS memo 20 Jan 2021; TRO 26 Jan 2021',
    holds: (p) => !f(p)['removal-pause'] || never(p, (s) => s.event.type === 'REMOVE'),
  },
  {
    id: 'reinstatement-needs-prior-order',
    statement: 'An order is reinstated only if the person had one (from before or earlier on this path).',
    authority: 'INA 241(a)(5)',
    holds: (p) => every(p, (s, i) => s.state !== 'reinstatement' || (i === 0 ? start(p) : p.steps[i - 1]!.context).hasRemovalOrder),
  },
  {
    id: 'detained-respondents-appear',
    statement: 'A detained respondent is never ordered removed in absentia while detained.',
    authority: 'INA 240(b)(5); ICE produces detained respondents',
    holds: (p) => never(p, (s) => s.from === 'detained' && s.event.type === 'NO_SHOW'),
  },
  {
    id: 'recross-only-from-outside',
    statement: 'Only a person outside the US crosses again, and each crossing is a new encounter.',
    authority: '8 USC 1325, 1326',
    holds: (p) => every(p, (s, i) => s.event.type !== 'RECROSS' || !(i === 0 ? start(p) : p.steps[i - 1]!.context).inUS),
  },
  {
    id: 'counters-consistent',
    statement:
      'Time never runs backwards; days detained plus days in Mexico never exceed days elapsed; encounters = 1 + crossings.',
    authority: 'model accounting (DESIGN.md)',
    holds: (p) =>
      every((p), (s, i) => {
        const prev = i === 0 ? start(p) : p.steps[i - 1]!.context;
        const c = s.context;
        const crossings = p.steps.slice(0, i + 1).filter((x) => x.event.type === 'RECROSS').length;
        return c.day >= prev.day && c.daysDetained + c.daysInMexico <= c.day && c.encounters === 1 + crossings;
      }),
  },
  {
    id: 'final-states-absorbing',
    statement: 'Nothing happens after relief is granted, proceedings are terminated or the horizon is reached.',
    authority: 'INA 208, 241(b)(3); 8 CFR 1239.2',
    holds: (p) => every(p, (s) => s.from !== 'relief-granted' && s.from !== 'terminated' && s.from !== 'pending'),
  },
];
