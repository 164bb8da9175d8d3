/**
 * The property-testing kit: fast-check arbitraries of people, dates, measures and facts, lawful walks through the
 * machine, the catalogue of legal invariants, and `assertPath` / `checkInvariants` for rules of your own.
 * Requires fast-check (a peer dependency).
 * @module immsim/testing
 */
export {
  profile, regime, anyMeasures, date, fact, facts, walkChoices, toFact, CITIZENSHIPS, type WalkChoice, historicalRegime, perturb, perturbations,
  applyPerturbations, measure, measureWindow, regimeWith,
  type MeasureArbitraryOptions, type Perturbation, type RegimeArbitraryOptions,
} from './arbitraries.js';
export { PARAM_LEAVES, valueInRange, perturbationOverrides, KIT_START, KIT_END } from './regimes.js';
export { pathOf, type Path, type Step } from './path.js';
export { walk, lawfulFacts, factVariants, type WalkStep } from './walk.js';
export { reachableStates } from './explore.js';
export { invariants, invariant, defineInvariant, type Invariant, type InvariantSpec } from './invariants.js';
export {
  findCounterexample, assertPath, formatCounterexample, CounterexampleError, type Counterexample, type FindOptions,
} from './counterexample.js';
export {
  checkInvariants, type CheckInvariantsOptions, type InvariantFailure, type InvariantReport,
} from './check-invariants.js';
export { describeProfile, describeRegime, regimeDifferences } from './describe.js';
// The vocabulary a property is written in, so one import is enough.
export { TRACK_IDS, OUTCOME_IDS, type TrackId, type OutcomeId } from '../domain/outcomes.js';
export { defineMeasure, defineRegime } from '../policy/define-regime.js';
