export { pathwayMachine, type PathwayMachine, type TransitionMeta } from './pathway-machine.js';
export { initialContext, type PathContext, type PathInput } from './context.js';
export { FACT_TYPES, type FactEvent, type FactType, type HearingDecision, type ReliefKind, type ScreenStandard } from './events.js';
export { STATES, STATE_IDS, OUTCOME_STATE, outcomeOf, type StateId, type StateInfo, type TimeKind } from './states.js';
export { TRANSITIONS, type TransitionSpec } from './transitions.js';
export { RULES, type GuardName } from './guards/index.js';
export { type Rule } from './rule.js';
