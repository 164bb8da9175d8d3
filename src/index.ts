/**
 * The core of immsim, browser-safe: `simulate` and `compare` regimes on cohorts with intervals, `explain` one
 * person's path with the law of each step, `regimeAt`, `defineRegime` and `defineMeasure` for dated rules of your
 * own, shards, and the text and CSV reports. Node-only helpers are in `immsim/node`, the fast-check kit in
 * `immsim/testing`, charts in `immsim/charts`.
 * @module immsim
 */
// Explicit named exports only.

// Simulation
export { simulate, compare, type SimulateOptions, type CompareOptions, type RunOptions } from './engine/simulate.js';
export { explain, type Explanation, type ExplainOptions, type PathStep } from './engine/explain.js';
export { runShard, mergeShards, parseShard, shardRange, type ShardFile, type ShardOptions } from './engine/shard.js';
export { DEFAULT_HORIZON_DAYS, DEFAULT_COHORT } from './engine/options.js';
export type {
  SimulationResult, ComparisonResult, Outcomes, OutcomeShare, Group, MeanWithCi, PairedDifference, FlowLink,
} from './engine/result.js';
export { compileMachine, type CompiledMachine, type CompileOptions } from './engine/compile.js';
export { configure, type EngineConfig } from './engine/jit.js';
export { personStream, pathStream, type Uniform } from './engine/random.js';

// The law
export { pathwayMachine, type PathwayMachine, type TransitionMeta } from './law/pathway-machine.js';
export { initialContext, type PathContext, type PathInput } from './law/context.js';
export { FACT_TYPES, type FactEvent, type FactType, type HearingDecision, type ReliefKind, type ScreenStandard } from './law/events.js';
export { STATES, STATE_IDS, outcomeOf, type StateId, type StateInfo } from './law/states.js';
export { RULES, type GuardName } from './law/guards/index.js';
export type { Rule } from './law/rule.js';

// Policy
export { regimes, REGIME_IDS, getRegime, type RegimeId } from './policy/snapshots.js';
export { regimeAt, type RegimeAtOptions } from './policy/regime-at.js';
export { defineRegime, defineMeasure, type RegimeOverrides, type MeasureInput } from './policy/define-regime.js';
export { parseRegime, regimeIssues } from './policy/validate.js';
export { MEASURES } from './policy/measures.js';
export { inForceOn, measuresInForce } from './policy/in-force.js';
export { MEASURE_IDS } from './policy/types.js';
export type { Regime, RegimeParams, Measure, MeasureId, InForce, Param, Source, ParamOverrides } from './policy/types.js';

// Cohorts and people
export { cohorts, COHORT_IDS, getCohort, parseCohort } from './cohorts/index.js';
export { compileCohort, drawProfile } from './cohorts/draw-profile.js';
export type { Cohort } from './cohorts/types.js';
export { makeProfile, profileIssues, DEMOGRAPHICS, ENTRIES, BORDERS, SECTORS } from './domain/profile.js';
export type { MigrantProfile, ProfileInput, Demographic, Entry, Border, Sector } from './domain/profile.js';
export { citizenshipGroup, CITIZENSHIP_GROUPS, type CitizenshipGroup } from './domain/citizenship.js';
export { OUTCOME_IDS, TRACK_IDS, type OutcomeId, type TrackId } from './domain/outcomes.js';
export { fiscalYear, type IsoDate } from './domain/dates.js';
export { ImmsimError, type Issue } from './domain/errors.js';

// Reports
export { formatResultTable, formatComparisonTable } from './report/table.js';
export { resultToCsv, comparisonToCsv } from './report/csv.js';
export { stateDiagramMermaid } from './report/state-diagram.js';

// Uncertainty in the assumptions (parameter ranges, total intervals, sensitivity)
export { sensitivity, type SensitivityOptions, type SensitivityResult, type ParameterSensitivity } from './uncertainty/sensitivity.js';
export { oneAtATime, type OneAtATimeResult } from './uncertainty/one-at-a-time.js';
export { sensitivityShard, mergeSensitivityShards, type SensitivityShard } from './uncertainty/sensitivity-shard.js';
export type { UncertaintyOptions } from './uncertainty/options.js';
export type { UncertaintyInfo } from './uncertainty/probabilistic.js';
export { METRIC_IDS } from './uncertainty/metric.js';
export {
  paramRanges, rangeOverrideIssues, PATH_RANGES, RECORD_RANGES, DEFAULT_RANGES, type ParamRange, type RangeOverride, type RangeOverrides, type RangeRule,
} from './policy/ranges.js';
export { sobolIndices, sobolWithBootstrap, type IndexEstimate, type SobolIndices } from './stats/sobol.js';

// Statistics
export { wilsonInterval, pairedShareDifference } from './stats/index.js';

// Capacity (history mode): dated resources, queues and the court (docs/capacity.md).
export {
  CapacityModel,
  CapacitySet,
  capacityReport,
  courtOnlyReplay,
  parseChange as parseCapacityChange,
  readCapacityFile,
  RESOURCES as CAPACITY_RESOURCES,
  type CapacityChange,
  type CapacityInput,
  type CapacityModelOptions,
  type CapacityReport,
  type ResourceSpec,
} from './capacity/index.js';
export { MODEL_VERSION } from './version.js';

// History mode (calendar time, 2015–2021): docs/history.md.
export { simulateHistory, simulateHistoryShard, mergeHistory, compareHistory, explainHistory, publishedArrivals } from './history/index.js';
export { SERIES_IDS as HISTORY_SERIES_IDS, FY_FIGURES as HISTORY_FY_FIGURES, RESOURCE, RESOURCE_IDS, REFUSE, unlimited } from './history/index.js';
export type {
  HistoryResult, HistoryShard, HistoryComparison, HistoryOptions, SeriesId as HistorySeriesId, FyFigureId as HistoryFyFigureId,
  CapacityHooks, ResourceId, ResourceIndex, ArrivalSeries, MonthArrivals, HistoryExplanation, HistoryExplainOptions,
} from './history/index.js';
export { LEGAL_LIMITS, type LegalLimit } from './law/limits.js';
