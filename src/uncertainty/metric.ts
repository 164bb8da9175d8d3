import { ImmsimError } from '../domain/errors.js';
import { OUTCOME_IDS, type OutcomeId } from '../domain/outcomes.js';
import type { BlockResult } from '../engine/run-block.js';

const MEANS = ['daysDetained', 'daysInMexico', 'encountersPerPerson'] as const;
type MeanMetric = (typeof MEANS)[number];

/** A metric a sensitivity analysis ranks parameters by: an outcome share or a mean, of one regime or a difference. */
export type MetricId = OutcomeId | `outcomes.${OutcomeId}` | MeanMetric;

/** Every accepted metric id (outcome ids may also be written `outcomes.<id>`). */
export const METRIC_IDS: readonly string[] = [...OUTCOME_IDS, ...MEANS];

/**
 * A function reading a metric from a block result: with two regimes the paired difference (second minus first),
 * with one the regime's own share or mean. Throws an ImmsimError naming the allowed ids for an unknown metric.
 * @example
 * metricReader('in-absentia-order', true)(block) // difference of in absentia shares, b − a
 */
export function metricReader(metric: string, paired: boolean): (b: BlockResult) => number {
  const id = metric.startsWith('outcomes.') ? metric.slice('outcomes.'.length) : metric;
  const o = (OUTCOME_IDS as readonly string[]).indexOf(id);
  if (o >= 0) {
    if (paired) return (b) => (b.paired[0]!.n ? (b.paired[0]!.bOnly[o]! - b.paired[0]!.aOnly[o]!) / b.paired[0]!.n : 0);
    return (b) => {
      const s = b.summaries[0]!;
      return s.n ? s.people[o]! / s.n : 0;
    };
  }
  if ((MEANS as readonly string[]).includes(id)) {
    const m = id as MeanMetric;
    const pairedKey = m === 'encountersPerPerson' ? 'encounters' : m;
    const summaryKey = m === 'encountersPerPerson' ? 'encounters' : m;
    if (paired) return (b) => nanToZero(b.paired[0]![pairedKey].estimate);
    return (b) => nanToZero(b.summaries[0]![summaryKey].mean);
  }
  throw new ImmsimError([{ path: ['metric'], message: `unknown metric '${metric}'; allowed: ${METRIC_IDS.join(', ')}` }]);
}

const nanToZero = (x: number) => (Number.isNaN(x) ? 0 : x);
