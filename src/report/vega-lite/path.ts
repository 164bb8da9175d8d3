import type { Explanation } from '../../engine/explain.js';
import { factLabel, outcomeLabel, stateLabel } from '../labels.js';
import type { ChartProvenance } from '../svg/footer.js';
import { specHead, type VegaLiteSpec } from './spec.js';

/**
 * Options of {@link pathSpec}.
 * @example
 * const o: PathSpecOptions = { width: 480, provenance: { model: '0.1.0', seed: 7, regimes: ['mpp-2019'] } };
 */
export interface PathSpecOptions {
  title?: string;
  /** Width of the plot in px. Default 520. */
  width?: number;
  provenance?: ChartProvenance;
  /** Wrap the title and subtitle to lines of this width in px (narrow screens). Default: one line each. */
  wrapWidth?: number;
}

/** The words of a fact, with the result of a screening. */
function factText(e: Explanation['steps'][number]['event']): string {
  if (!e) return '';
  const base = factLabel(e.type);
  return e.type === 'SCREEN' ? `${base} (${e.positive ? 'positive' : 'negative'})` : base;
}

/**
 * One person's explained path as a Vega-Lite v6 spec with the data inline (`datasets.steps`: one row per step with
 * the day, the state id and its label, the fact in words, and the rule, statement and authority of the law that
 * allowed it): a step line from state to state over the days after the first encounter, states in plain words.
 * @example
 * await embed('#path', pathSpec(explain({ regime: 'mpp-2019', profile, seed: 3 })));
 */
export function pathSpec(e: Explanation, options: PathSpecOptions = {}): VegaLiteSpec {
  const rows = e.steps.map((s, i) => ({
    step: i + 1,
    day: s.day,
    state: s.state,
    stateLabel: stateLabel(s.state),
    fact: s.event ? s.event.type : '',
    factLabel: factText(s.event),
    rule: s.rule ?? '',
    statement: s.statement ?? '',
    authority: s.authority ?? '',
  }));
  const tooltip = [
    { field: 'stateLabel', title: 'State' },
    { field: 'day', title: 'Day' },
    { field: 'factLabel', title: 'After' },
    { field: 'authority', title: 'Authority' },
  ];
  return {
    ...specHead(
      options.title ?? `One person\u2019s path: ${outcomeLabel(e.outcome)}`,
      ['Each step with the day it happened; every step is allowed by the law in force (see the list of steps).'],
      options.provenance,
      `The path of one person under ${e.regime}, ${rows.length} steps, ending ${outcomeLabel(e.outcome)}.`,
      options.wrapWidth,
    ),
    datasets: { steps: rows },
    data: { name: 'steps' },
    width: options.width ?? 520,
    height: { step: 22 },
    encoding: {
      y: { field: 'stateLabel', type: 'ordinal', title: null, sort: { field: 'step' } },
      x: { field: 'day', type: 'quantitative', title: 'Day after the first encounter' },
      tooltip,
    },
    layer: [{ mark: { type: 'line', point: true, interpolate: 'step-after', color: '#4c6a92' } }],
  };
}
