import fc from 'fast-check';
import { BORDERS, DEMOGRAPHICS, ENTRIES, makeProfile, SECTORS, type MigrantProfile } from '../domain/profile.js';
import { addDays, type IsoDate } from '../domain/dates.js';
import type { FactEvent, FactType, HearingDecision, ReliefKind, ScreenStandard } from '../law/events.js';
import { FACT_TYPES } from '../law/events.js';
import { MEASURE_IDS, type InForce, type Regime } from '../policy/types.js';
import { regimeAt } from '../policy/regime-at.js';
import { REGIME_IDS, regimes } from '../policy/snapshots.js';

/** Citizenships the arbitraries draw from: every group, contiguous and non-contiguous, Spanish and not. */
export const CITIZENSHIPS = ['MX', 'GT', 'HN', 'SV', 'CU', 'BR', 'EC', 'VE', 'HT', 'IN', 'CA', 'NI'] as const;

/**
 * Any complete migrant profile.
 * @example
 * fc.assert(fc.property(profile(), (p) => p.citizenship.length === 2));
 */
export function profile(): fc.Arbitrary<MigrantProfile> {
  return fc
    .record({
      citizenship: fc.constantFrom(...CITIZENSHIPS),
      demographic: fc.constantFrom(...DEMOGRAPHICS),
      entry: fc.constantFrom(...ENTRIES),
      border: fc.constantFrom(...BORDERS),
      sector: fc.constantFrom(...SECTORS),
      adultAge: fc.integer({ min: 18, max: 75 }),
      childAge: fc.integer({ min: 0, max: 17 }),
      youngestChildAge: fc.integer({ min: 0, max: 17 }),
      spanishSpeaker: fc.boolean(),
      healthVulnerable: fc.boolean(),
      criminalHistory: fc.boolean(),
      priorRemovalOrder: fc.boolean(),
      fearOfReturn: fc.boolean(),
      fearOfMexico: fc.boolean(),
      traffickingVictim: fc.boolean(),
      transitedThirdCountry: fc.boolean(),
    })
    .map(({ adultAge, childAge, ...r }) => makeProfile({ ...r, age: r.demographic === 'uac' ? childAge : adultAge }));
}

/**
 * Any date from 2016-01-01 to 2021-12-31.
 * @example
 * fc.sample(date(), 1)[0] // e.g. '2019-03-14'
 */
export function date(min: IsoDate = '2016-01-01', max: IsoDate = '2021-12-31'): fc.Arbitrary<IsoDate> {
  const span = Math.round((Date.parse(max) - Date.parse(min)) / 86_400_000);
  return fc.integer({ min: 0, max: span }).map((d) => addDays(min, d));
}

/**
 * A regime: one of the named snapshots or the rules in force on any date 2016–2021.
 * @example
 * fc.assert(fc.property(regime(), (r) => typeof r.inForce['title-42'] === 'boolean'));
 */
export function regime(): fc.Arbitrary<Regime> {
  return fc.oneof(fc.constantFrom(...REGIME_IDS.map((id) => regimes[id])), date().map((d) => regimeAt(d)));
}

/**
 * A regime whose measures are switched on and off at random (combinations no date had), for probing the law's
 * rules beyond history. Parameters are those of a snapshot.
 * @example
 * fc.assert(fc.property(anyMeasures(), (r) => r.id === 'any-measures'));
 */
export function anyMeasures(): fc.Arbitrary<Regime> {
  const flags = fc.record(Object.fromEntries(MEASURE_IDS.map((m) => [m, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>);
  return fc.tuple(flags, fc.constantFrom(...REGIME_IDS)).map(([f, base]) => ({
    ...regimes[base],
    id: 'any-measures',
    label: 'random combination of measures',
    measures: MEASURE_IDS.filter((m) => f[m]),
    inForce: f as unknown as InForce,
  }));
}

const days = fc.oneof(
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

/** Builds a fact of a type from a bag of payload values. */
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
 * Choices for a lawful walk: at each step, an index into the facts the machine accepts (see `walk` in
 * `immsim/testing`), so generated paths go deep instead of being refused at the first step.
 * @example
 * fc.sample(walkChoices(), 1)[0].length <= 60
 */
export function walkChoices(maxLength = 60): fc.Arbitrary<{ pick: number; fact: FactEvent }[]> {
  return fc.array(fc.record({ pick: fc.nat(), fact: fact() }), { maxLength });
}
