export { wilsonInterval } from './wilson.js';
export { shareWithCi, type ShareWithCi } from './share-with-ci.js';
export { normalQuantile } from './normal-quantile.js';
export { tQuantile } from './t-quantile.js';
export { MeanAccumulator, type MeanAccumulatorJSON } from './mean-accumulator.js';
export { PairedDifferenceAccumulator, type PairedDifferenceAccumulatorJSON } from './paired-difference.js';
export { pairedShareDifference } from './paired-share-difference.js';
export { QuantileSketch, type QuantileSketchJSON, type QuantileSketchOptions } from './quantile-sketch.js';
export { OutcomeCounter, type OutcomeCounterJSON } from './outcome-counter.js';
