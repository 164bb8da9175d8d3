// Invariants of a case after the border: screens, custody, hearings, removal, accounting (see docs/invariants.md).
import { tracksOf, type TrackId } from '../domain/outcomes.js';
import type { Path, Step } from './path.js';
import { before, casesOf, every, inForce as f, never, startOf, type InvariantSpec } from './invariant-kit.js';

const SCREENING = 'Fear screening';
const CUSTODY = 'Custody';
const HEARINGS = 'Hearings and relief';
const REMOVAL = 'Removal and new crossings';
const ACCOUNTING = 'Accounting';

const HEARING_STATES = ['detained', 'waiting-us', 'waiting-mexico'];
// Where time counts as custody (CBP, ICE, US Marshals; not ORR care of children) and as waiting in Mexico.
const CUSTODY_STATES = new Set([
  'processing', 'prosecution', 'expedited-removal', 'reinstatement', 'credible-fear', 'reasonable-fear', 'negative-screen',
  'ij-review', 'custody', 'detained', 'family-detention',
]);
const MEXICO_STATES = new Set(['metered', 'waiting-mexico']);
// States that put the person outside the US, and those that stand for a removal order.
const OUTSIDE_STATES = new Set(['expelled', 'voluntary-return', 'removed-expedited', 'transferred-third-country', 'voluntary-departure', 'waiting-mexico']);
const ORDER_STATES = new Set(['removed-expedited', 'removal-order', 'in-absentia-order']);

/** The transit bar (84 FR 33829), told from the measures of the step's day and the person alone (not from the guards). */
const barred = (p: Path, s: Step): boolean =>
  (f(p, s)['transit-bar'] || (f(p, s)['transit-bar-outside-ninth-circuit'] && !['san-diego', 'el-centro', 'yuma', 'tucson'].includes(p.profile.sector))) &&
  p.profile.border === 'southwest' &&
  p.profile.transitedThirdCountry &&
  p.profile.citizenship !== 'MX';

// Where each decision leads (a continued hearing stays where it is).
const HEARING_TARGET: Record<string, string | null> = {
  continued: null, relief: 'relief-granted', 'removal-order': 'removal-order', 'voluntary-departure': 'voluntary-departure', terminated: 'terminated',
};
function decisionFollowed(s: Step): boolean {
  const e = s.event;
  if (e.type === 'SCREEN') return s.state === (e.positive ? 'custody' : 'negative-screen');
  if (e.type === 'IJ_DECISION') return s.state === (e.vacated ? 'custody' : 'removed-expedited');
  if (e.type === 'HEARING') return s.state === (HEARING_TARGET[e.decision] ?? s.from);
  if (e.type === 'NO_SHOW') return s.state === 'in-absentia-order';
  return true;
}

/** The accounting of one step: time, custody and Mexico days, encounters, missed hearings, case start days. */
function countersFollow(p: Path, s: Step, i: number): boolean {
  const a = before(p, i);
  const c = s.context;
  const d = s.event.days;
  const crossed = s.event.type === 'RECROSS';
  return (
    c.day === a.day + d &&
    c.daysDetained === a.daysDetained + (CUSTODY_STATES.has(s.from) ? d : 0) &&
    c.daysInMexico === a.daysInMexico + (MEXICO_STATES.has(s.from) ? d : 0) &&
    c.encounters === a.encounters + (crossed ? 1 : 0) &&
    c.hearingsMissed === a.hearingsMissed + (s.event.type === 'NO_SHOW' ? 1 : 0) &&
    c.caseStartDay === (crossed ? c.day : a.caseStartDay) &&
    c.previousEncounterDay === (crossed ? a.caseStartDay : a.previousEncounterDay) &&
    c.reencounteredWithin365d === (a.reencounteredWithin365d || (crossed && c.day - a.caseStartDay <= 365))
  );
}

const freshStart = (p: Path): boolean => {
  const c = startOf(p);
  return (
    c.day === 0 && c.encounters === 1 && c.daysDetained === 0 && c.daysInMexico === 0 && c.hearingsMissed === 0 && c.caseStartDay === 0 &&
    c.previousEncounterDay === -1 && !c.reencounteredWithin365d && c.inUS && c.hasRemovalOrder === p.profile.priorRemovalOrder &&
    !c.viaExpeditedRemoval && !c.fearClaimed && c.screen === 0 && !c.asylumBarred && !c.prosecuted && !c.metered && c.hearings === 0 &&
    c.tracks === 0 && c.caseTracks === 0
  );
};

/** Whether the case record after each step agrees with the facts of the case so far. */
function caseRecordMatches(p: Path): boolean {
  let caseSteps: Step[] = [];
  let inUS = true;
  let order = p.profile.priorRemovalOrder;
  return p.steps.every((s) => {
    if (s.event.type === 'RECROSS') caseSteps = [];
    caseSteps.push(s);
    if (s.event.type === 'RECROSS' || s.event.type === 'ADMIT_WIND_DOWN' || s.state === 'relief-granted') inUS = true;
    if ((OUTSIDE_STATES.has(s.state) && s.state !== s.from) || s.event.type === 'REMOVE') inUS = false;
    if (ORDER_STATES.has(s.state)) order = true;
    const c = s.context;
    const seen = (state: string) => caseSteps.some((x) => x.state === state);
    const caseTracks = (Object.keys(TRACK_EVIDENCE) as TrackId[]).filter((t) => caseSteps.some(TRACK_EVIDENCE[t]));
    return (
      c.viaExpeditedRemoval === seen('expedited-removal') &&
      c.fearClaimed === caseSteps.some((x) => x.event.type === 'CLAIM_FEAR') &&
      c.screen === (seen('reasonable-fear') ? 2 : seen('credible-fear') ? 1 : 0) &&
      c.asylumBarred === seen('reasonable-fear') &&
      c.prosecuted === seen('prosecution') &&
      c.metered === seen('metered') &&
      c.hearings === caseSteps.filter((x) => x.event.type === 'HEARING').length &&
      tracksOf(c.caseTracks).join() === caseTracks.join() &&
      c.hasRemovalOrder === order &&
      c.inUS === inUS
    );
  });
}
const hearingAsylum = (s: Step) => s.event.type === 'HEARING' && s.event.decision === 'relief' && s.event.relief === 'asylum';

// Which steps put a track on a path: the procedures, told from the states and facts alone.
const TRACK_EVIDENCE: Record<TrackId, (s: Step) => boolean> = {
  'title-42': (s) => s.state === 'expelled',
  'voluntary-return': (s) => s.state === 'voluntary-return',
  'expedited-removal': (s) => s.state === 'expedited-removal',
  reinstatement: (s) => s.state === 'reinstatement',
  prosecution: (s) => s.state === 'prosecution',
  orr: (s) => s.state === 'orr',
  'credible-fear': (s) => s.state === 'credible-fear' || s.state === 'reasonable-fear',
  'ij-review': (s) => s.state === 'ij-review',
  'third-country': (s) => s.state === 'transferred-third-country',
  '240-proceedings': (s) => s.state === 'custody' || s.state === 'orr',
  detention: (s) => s.state === 'detained',
  'family-detention': (s) => s.state === 'family-detention',
  parole: (s) => s.event.type === 'PAROLE' || s.event.type === 'RELEASE',
  mpp: (s) => s.state === 'waiting-mexico',
  hearing: (s) => s.event.type === 'HEARING' || s.event.type === 'NO_SHOW',
  removal: (s) => s.state === 'removed-expedited' || s.event.type === 'REMOVE',
  'asylum-application': (s) => s.event.type === 'APPLY_ASYLUM',
};

const tracksMatch = (p: Path) =>
  (Object.keys(TRACK_EVIDENCE) as TrackId[]).every((t) => p.tracks.includes(t) === p.steps.some(TRACK_EVIDENCE[t]));

/**
 * Invariants about a case once it is open.
 * @example
 * CASE_INVARIANTS.map((i) => i.id) // ['fear-screen-only-after-claim', ...]
 */
export const CASE_INVARIANTS: readonly InvariantSpec[] = [
  {
    id: 'fear-screen-only-after-claim',
    topic: SCREENING,
    statement: 'A fear screen follows only a fear of return the person expressed, once per encounter.',
    authority: 'INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4), 208.30, 208.31',
    holds: (p) =>
      never(p, (s) => s.event.type === 'CLAIM_FEAR') ||
      (p.profile.fearOfReturn && casesOf(p).every((c) => c.filter((s) => s.event.type === 'CLAIM_FEAR').length <= 1)),
  },
  {
    id: 'transit-bar-screen-standard',
    topic: SCREENING,
    statement:
      'Under the transit bar (southwest border, crossed a third country, not Mexican) the fear screen applies the higher reasonable-fear standard; everyone else in expedited removal gets the credible-fear standard.',
    authority: '84 FR 33829; 8 CFR 208.30(e)(5)',
    holds: (p) =>
      every(p, (s) => s.event.type !== 'SCREEN' || s.from !== 'credible-fear' || s.event.standard === (barred(p, s) ? 'transit-bar' : 'credible-fear')),
  },
  {
    id: 'screen-standard-matches-procedure',
    topic: SCREENING,
    statement: 'A screen after a reinstated order applies the reasonable-fear standard; a credible-fear screen never does.',
    authority: '8 CFR 208.30, 208.31',
    holds: (p) =>
      every(p, (s) => s.event.type !== 'SCREEN' || (s.from === 'reasonable-fear') === (s.event.standard === 'reasonable-fear')),
  },
  {
    id: 'cf-consultation-period',
    topic: SCREENING,
    statement: 'A credible-fear interview is not held before the consultation period (48 hours; 1 day from 8 Jul 2019 to 1 Mar 2020).',
    authority: '8 CFR 208.30(d)(4); USCIS directive 8 Jul 2019; L.M.-M. v. Cuccinelli (1 Mar 2020)',
    holds: (p) =>
      every(p, (s) => s.from !== 'credible-fear' || s.event.type !== 'SCREEN' || s.event.days >= (f(p, s)['cf-consultation-1-day'] ? 1 : 2)),
  },
  {
    id: 'ij-review-deadline',
    topic: SCREENING,
    statement: 'An immigration judge reviews a negative credible-fear finding within 7 days (10 for reasonable fear).',
    authority: 'INA 235(b)(1)(B)(iii)(III); 8 CFR 208.31(g)',
    holds: (p) =>
      casesOf(p).every((c) => {
        const limit = c.some((s) => s.state === 'reasonable-fear') ? 10 : 7;
        return c.every((s) => s.event.type !== 'IJ_DECISION' || s.event.days <= limit);
      }),
  },
  {
    id: 'decisions-are-followed',
    topic: SCREENING,
    statement:
      'A decision is carried out as made: a positive screen or a vacated negative finding leads to 240 proceedings, a negative screen to review or removal, an affirmed finding to removal; a judge’s decision to relief, an order, voluntary departure, termination or the next hearing; a missed hearing to an in-absentia order.',
    authority: 'INA 235(b)(1)(B)(ii)–(iii); INA 240(b)(5), 240(c); 8 CFR 1003.42',
    holds: (p) => every(p, decisionFollowed),
  },
  {
    id: 'detention-adults-only',
    topic: CUSTODY,
    statement:
      'ICE detains single adults, and parents only while families were separated (never a child); only families are held in family residential centres.',
    authority: 'INA 235(b), 236(a); EO 13841 (20 Jun 2018); Flores v. Lynch (2015)',
    holds: (p) =>
      never(
        p,
        (s) =>
          s.state === 'detained' &&
          !(p.profile.demographic === 'single-adult' || (p.profile.demographic === 'family-unit' && p.profile.familyRole === 'parent' && f(p, s)['family-separation'])),
      ) &&
      (never(p, (s) => s.state === 'family-detention') || p.profile.demographic === 'family-unit'),
  },
  {
    id: 'flores-family-detention-limit',
    topic: CUSTODY,
    statement: 'Families leave family detention within 20 days.',
    authority: 'Flores v. Lynch (2015)',
    holds: (p) => every(p, (s) => s.from !== 'family-detention' || s.event.type === 'HORIZON' || s.event.days <= 20),
  },
  {
    id: 'no-bond-for-arriving-aliens',
    topic: CUSTODY,
    statement: 'People who arrived at a port of entry are never released on bond (parole only).',
    authority: '8 CFR 1003.19(h)(2)(i)(B)',
    holds: (p) => p.profile.entry !== 'port-of-entry' || never(p, (s) => s.event.type === 'RELEASE'),
  },
  {
    id: 'matter-of-m-s-no-bond',
    topic: CUSTODY,
    statement:
      'After Matter of M-S- took effect, people transferred from expedited removal are not released on bond, except while the Padilla injunction required bond hearings for them (16 Jul 2019 – 10 Jan 2021).',
    authority: 'Matter of M-S-, 27 I&N Dec. 509 (A.G. 2019); Padilla v. ICE, 953 F.3d 1134 (9th Cir. 2020), vacated 11 Jan 2021',
    holds: (p) =>
      casesOf(p).every(
        (c) => !c.some((s) => s.state === 'expedited-removal') || !c.some((s) => s.event.type === 'RELEASE' && f(p, s)['matter-of-m-s'] && !f(p, s)['padilla-injunction']),
      ),
  },
  {
    id: 'withholding-only-no-mpp-no-bond',
    topic: CUSTODY,
    statement:
      'After a reinstated order and a positive reasonable-fear screen (withholding-only proceedings), a person is never returned to Mexico under MPP and never released on bond (detention under INA 241(a)).',
    authority: '8 CFR 208.31(e); INA 235(b)(2)(C), 241(a); Johnson v. Guzman Chavez, 594 U.S. 523 (2021)',
    holds: (p) =>
      casesOf(p).every(
        (c) => !c.some((s) => s.state === 'reasonable-fear') || !c.some((s) => s.event.type === 'RETURN_TO_MEXICO' || s.event.type === 'RELEASE'),
      ),
  },
  {
    id: 'detained-respondents-appear',
    topic: HEARINGS,
    statement: 'A detained respondent is never ordered removed in absentia while detained.',
    authority: 'INA 240(b)(5); ICE produces detained respondents',
    holds: (p) => never(p, (s) => s.from === 'detained' && s.event.type === 'NO_SHOW'),
  },
  {
    id: 'no-nondetained-hearing-while-postponed',
    topic: HEARINGS,
    statement: 'No hearing is held for a person waiting in the US (not detained) while non-detained hearings are postponed nationwide (18 Mar – 26 Jun 2020).',
    authority: 'EOIR operational status notices (COVID-19), 18 Mar – 26 Jun 2020',
    holds: (p) =>
      never(p, (s) => s.from === 'waiting-us' && (s.event.type === 'HEARING' || s.event.type === 'NO_SHOW') && f(p, s)['nondetained-hearings-postponed']),
  },
  {
    id: 'relief-only-from-a-judge',
    topic: HEARINGS,
    statement: 'Asylum, withholding or CAT protection is granted only by an immigration judge at a hearing in proceedings.',
    authority: 'INA 208, 240, 241(b)(3); 8 CFR 1208.16–.18',
    holds: (p) =>
      every(p, (s) => s.state !== 'relief-granted' || (s.event.type === 'HEARING' && s.event.decision === 'relief' && HEARING_STATES.includes(s.from))),
  },
  {
    id: 'relief-only-on-an-application',
    topic: HEARINGS,
    statement:
      'Protection is granted only on an application (I-589) filed in the same case; a fear claim is made only in expedited removal or reinstatement.',
    authority: 'INA 208(a)(1), (d)(1); 8 CFR 1208.3(a), 1240.11(c); INA 235(b)(1)(A)(ii)',
    holds: (p) =>
      never(p, (s) => s.event.type === 'CLAIM_FEAR' && s.from !== 'expedited-removal' && s.from !== 'reinstatement') &&
      casesOf(p).every((c) => !c.some((s) => s.state === 'relief-granted') || c.some((s) => s.event.type === 'APPLY_ASYLUM')),
  },
  {
    id: 'transit-bar-no-asylum',
    topic: HEARINGS,
    statement: 'Under the transit bar, a non-Mexican who crossed a third country is never granted asylum (withholding or CAT only).',
    authority: '84 FR 33829 (in force 11 Sep 2019 – 29 Jun 2020)',
    holds: (p) => never(p, (s) => hearingAsylum(s) && barred(p, s)),
  },
  {
    id: 'withholding-only-proceedings',
    topic: HEARINGS,
    statement:
      'After a reinstated order and a positive reasonable-fear screen, proceedings are withholding-only: no asylum and no voluntary departure.',
    authority: '8 CFR 208.31(e); 8 CFR 1208.2(c)(3)',
    holds: (p) =>
      casesOf(p).every(
        (c) =>
          !c.some((s) => s.state === 'reasonable-fear') ||
          !c.some((s) => hearingAsylum(s) || (s.event.type === 'HEARING' && s.event.decision === 'voluntary-departure')),
      ),
  },
  {
    id: 'no-removal-during-pause',
    topic: REMOVAL,
    statement: 'No one is removed during the removal pause (22–26 Jan 2021).',
    authority: 'DHS memo 20 Jan 2021; TRO 26 Jan 2021',
    holds: (p) => never(p, (s) => s.event.type === 'REMOVE' && f(p, s)['removal-pause']),
  },
  {
    id: 'removal-only-from-the-us',
    topic: REMOVAL,
    statement: 'Only a person in the United States is removed; an order is executed once.',
    authority: 'INA 241(a)',
    holds: (p) => every(p, (s, i) => s.event.type !== 'REMOVE' || before(p, i).inUS),
  },
  {
    id: 'reinstatement-needs-prior-order',
    topic: REMOVAL,
    statement: 'An order is reinstated only if the person had one (from before or earlier on this path).',
    authority: 'INA 241(a)(5)',
    holds: (p) =>
      every(
        p,
        (s, i) =>
          s.state !== 'reinstatement' ||
          p.profile.priorRemovalOrder ||
          p.steps.slice(0, i).some((x) => x.state === 'removed-expedited' || x.state === 'removal-order' || x.state === 'in-absentia-order'),
      ),
  },
  {
    id: 'recross-only-from-outside',
    topic: REMOVAL,
    statement: 'Only a person outside the US crosses again, and each crossing is a new encounter.',
    authority: '8 USC 1325, 1326',
    holds: (p) => every(p, (s, i) => s.event.type !== 'RECROSS' || (!before(p, i).inUS && s.state === 'encountered')),
  },
  {
    id: 'counters-consistent',
    topic: ACCOUNTING,
    statement:
      'Every fact’s days are counted once: time runs forward by them; days in custody (CBP, ICE, Marshals — not ORR care) and days waiting in Mexico grow by them only there; encounters = 1 + crossings; missed hearings are counted; each case starts on the day of its crossing and a re-encounter within 365 days is recorded.',
    authority: 'model accounting (DESIGN.md, PathContext)',
    holds: (p) => freshStart(p) && every(p, (s, i) => countersFollow(p, s, i)),
  },
  {
    id: 'case-record-matches-facts',
    topic: ACCOUNTING,
    statement:
      'What the model remembers about the open case matches its facts — placed in expedited removal, fear claimed and which screen, asylum barred after reinstatement, prosecuted, metered, hearings held, its procedures — and a removal order and being in the US match the whole path; a new crossing opens a clean case.',
    authority: 'model accounting (PathContext); 8 USC 1325, 1326 (each crossing a new encounter)',
    holds: caseRecordMatches,
  },
  {
    id: 'tracks-record-procedures',
    topic: ACCOUNTING,
    statement: "A path's tracks are exactly the procedures its steps went through (e.g. '240-proceedings' iff an NTA or an ORR transfer).",
    authority: 'model accounting (TRACK_IDS)',
    holds: tracksMatch,
  },
  {
    id: 'final-states-absorbing',
    topic: ACCOUNTING,
    statement: 'Nothing happens after relief is granted, proceedings are terminated or the horizon is reached.',
    authority: 'INA 208, 241(b)(3); 8 CFR 1239.2',
    holds: (p) => every(p, (s) => s.from !== 'relief-granted' && s.from !== 'terminated' && s.from !== 'pending'),
  },
];
