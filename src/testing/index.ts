// The property-testing kit: 'immsim/testing'. Requires fast-check (a peer dependency).
export { profile, regime, anyMeasures, date, fact, facts, walkChoices, CITIZENSHIPS } from './arbitraries.js';
export { pathOf, type Path, type Step } from './path.js';
export { walk, lawfulFacts, type WalkStep } from './walk.js';
export { invariants, type Invariant } from './invariants.js';
