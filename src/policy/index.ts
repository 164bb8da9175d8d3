// The policy room's public surface: named exports only. `loadRegimeFile` (node:fs) is not here so this stays
// browser-safe; import it from './load-regime-file.js' (the node entry).
export { MEASURE_IDS } from './types.js';
export type {
  CustodyKey, DecisionKey, DispositionKey, InForce, Measure, MeasureId, Param, ParamOverrides, Regime, RegimeParams, Source,
  UacDispositionKey, Weights,
} from './types.js';
export { MEASURES, MODEL_END, MODEL_START, type BuiltInMeasure } from './measures.js';
export { inForceOn, isMeasureId, isMeasureInForce, measuresInForce } from './in-force.js';
export { checkRegimeDate, measureList, regimeAt, regimeDateIssue, type RegimeAtOptions } from './regime-at.js';
export { getRegime, isRegimeId, regimes, REGIME_IDS, type RegimeId } from './snapshots.js';
export { defineMeasure, defineRegime, type MeasureInput, type RegimeOverrides } from './define-regime.js';
export { measureIssues, parseRegime, PARAMS_SPEC, regimeIssues, walkSpec, type Spec, type WeightsSpec } from './validate.js';
export { ERA_IDS, ERA_PERIODS, eraPeriodAt, type EraId, type EraPeriod } from './params/eras.js';
export { applyParamOverrides, deepFreeze, isParam } from './overrides.js';
