import fc from 'fast-check';
import { BORDERS, DEMOGRAPHICS, ENTRIES, FAMILY_ROLES, makeProfile, SECTORS, type MigrantProfile } from '../domain/profile.js';
import type { FactEvent, FactType, HearingDecision, ReliefKind, ScreenStandard } from '../law/events.js';
import { FACT_TYPES } from '../law/events.js';

export {
  anyMeasures, applyPerturbations, date, historicalRegime, measure, measureWindow, perturb, perturbations, regime, regimeWith,
  type MeasureArbitraryOptions, type Perturbation, type RegimeArbitraryOptions,
} from './regimes.js';

/**
 * Citizenships the arbitraries draw from: every group, contiguous and non-contiguous, Spanish and not.
 * @example
 * fc.assert(fc.property(fc.constantFrom(...CITIZENSHIPS), (c) => c.length === 2));
 */
export const CITIZENSHIPS = ['MX', 'GT', 'HN', 'SV', 'CU', 'BR', 'EC', 'VE', 'HT', 'IN', 'CA', 'NI'] as const;

// Exclusions and rare facts are true one time in four (shrinking to false), so the common paths are not starved.
const rarely = fc.oneof({ withCrossShrink: true }, { weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
// Facts presumed from citizenship (Spanish, third country): the presumption three times in four, else either.
const presumedOr = fc.oneof({ withCrossShrink: true }, { weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.boolean() });

/**
 * Any complete migrant profile; fields given in `fixed` are kept as given (e.g. only Honduran families).
 * @example
 * fc.assert(fc.property(profile(), (p) => p.citizenship.length === 2));
 * fc.assert(fc.property(profile({ citizenship: 'HN', demographic: 'family-unit' }), (p) => p.citizenship === 'HN'));
 */
export function profile(fixed: Partial<MigrantProfile> = {}): fc.Arbitrary<MigrantProfile> {
  return fc
    .record({
      citizenship: fc.constantFrom(...CITIZENSHIPS),
      demographic: fc.constantFrom(...DEMOGRAPHICS),
      entry: fc.constantFrom(...ENTRIES),
      border: fc.oneof({ withCrossShrink: true }, { weight: 4, arbitrary: fc.constant(BORDERS[0]!) }, fc.constantFrom(...BORDERS)),
      sector: fc.constantFrom(...SECTORS),
      adultAge: fc.integer({ min: 18, max: 75 }),
      childAge: fc.integer({ min: 0, max: 17 }),
      youngestChildAge: fc.integer({ min: 0, max: 17 }),
      familyRole: fc.constantFrom(...FAMILY_ROLES),
      spanishSpeaker: presumedOr,
      healthVulnerable: rarely,
      criminalHistory: rarely,
      priorRemovalOrder: rarely,
      fearOfReturn: fc.boolean(),
      fearOfMexico: rarely,
      traffickingVictim: rarely,
      transitedThirdCountry: presumedOr,
    })
    .map(({ adultAge, childAge, ...r }) => {
      const demographic = fixed.demographic ?? r.demographic;
      const child = demographic === 'uac' || (demographic === 'family-unit' && (fixed.familyRole ?? r.familyRole) === 'child');
      return makeProfile({ ...r, ...fixed, age: fixed.age ?? (child ? childAge : adultAge) });
    });
}

const days: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 400 }) },
);

/**
 * Any fact event (most will be refused by the machine in most states).
 * @example
 * fc.sample(fact(), 1)[0].type // e.g. 'SCREEN'
 */
export function fact(): fc.Arbitrary<FactEvent> {
  return fc
    .record({
      type: fc.constantFrom(...FACT_TYPES),
      days,
      positive: fc.boolean(),
      vacated: fc.boolean(),
      atd: fc.boolean(),
      standard: fc.constantFrom<ScreenStandard>('credible-fear', 'transit-bar', 'reasonable-fear'),
      decision: fc.constantFrom<HearingDecision>('continued', 'relief', 'removal-order', 'voluntary-departure', 'terminated'),
      relief: fc.constantFrom<ReliefKind>('asylum', 'withholding', 'cat'),
    })
    .map((r) => toFact(r.type, r));
}

/**
 * Builds a fact of a type from a bag of payload values (fields the type does not use are left out).
 * @example
 * toFact('RELEASE', { days: 3, positive: false, vacated: false, atd: true, standard: 'credible-fear', decision: 'continued', relief: 'asylum' })
 * // { type: 'RELEASE', days: 3, atd: true }
 */
export function toFact(
  type: FactType,
  r: { days: number; positive: boolean; vacated: boolean; atd: boolean; standard: ScreenStandard; decision: HearingDecision; relief: ReliefKind },
): FactEvent {
  switch (type) {
    case 'SCREEN':
      return { type, days: r.days, positive: r.positive, standard: r.standard };
    case 'IJ_DECISION':
      return { type, days: r.days, vacated: r.vacated };
    case 'RELEASE':
      return { type, days: r.days, atd: r.atd };
    case 'HEARING':
      return r.decision === 'relief' ? { type, days: r.days, decision: r.decision, relief: r.relief } : { type, days: r.days, decision: r.decision };
    default:
      return { type, days: r.days } as FactEvent;
  }
}

/**
 * Sequences of arbitrary facts (refused ones included).
 * @example
 * fc.sample(facts(), 1)[0].length <= 40
 */
export function facts(maxLength = 40): fc.Arbitrary<FactEvent[]> {
  return fc.array(fact(), { maxLength });
}

/**
 * One choice of a lawful walk: which lawful fact (`pick`, modulo how many), its days, and whether to stop here.
 * @example
 * walk(profile, regime, [{ pick: 0, fact: { days: 0 } }, { pick: 2, fact: { days: 1 } }, { pick: 0, fact: { days: 0 }, stop: true }])
 */
export interface WalkChoice {
  pick: number;
  fact: { days: number };
  /** Stop the case here with HORIZON (pending), if the law allows it. */
  stop?: boolean;
}

/**
 * Choices for a lawful walk: at each step, an index into the facts the machine accepts (see `walk` in
 * `immsim/testing`), so generated paths go deep instead of being refused at the first step. About one step in
 * twenty stops the case at the horizon.
 * @example
 * fc.sample(walkChoices(), 1)[0].length <= 60
 */
export function walkChoices(maxLength = 60): fc.Arbitrary<WalkChoice[]> {
  const stop = fc.oneof({ withCrossShrink: true }, { weight: 19, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
  return fc.array(
    fc.record({ pick: fc.nat(), fact: fc.record({ days }), stop }).map((c) => (c.stop ? c : { pick: c.pick, fact: c.fact })),
    { maxLength },
  );
}
