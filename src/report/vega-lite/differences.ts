import { OUTCOME_IDS, type OutcomeId } from '../../domain/outcomes.js';
import type { ComparisonResult } from '../../engine/result.js';
import { outcomeLabel, regimeLabel } from '../labels.js';
import { provenanceOf, type ChartProvenance } from '../svg/footer.js';
import { outcomeColor } from '../svg/palette.js';
import { specHead, type VegaLiteSpec } from './spec.js';

/**
 * Options of {@link differencesSpec}.
 * @example
 * const o: DifferencesSpecOptions = { regime: 'mpp-2019', width: 480 };
 */
export interface DifferencesSpecOptions {
  /** Which compared regime to show against the baseline. Default: the first regime that is not the baseline. */
  regime?: string;
  title?: string;
  /** Width of the plot in px. Default 520. */
  width?: number;
  provenance?: ChartProvenance;
  /** Wrap the title and subtitle to lines of this width in px (narrow screens). Default: one line each. */
  wrapWidth?: number;
}

const pp = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;

/**
 * Paired differences of outcome shares (a regime minus the comparison's baseline, the same people under both) as a
 * Vega-Lite v6 spec with the data inline (`datasets.differences`: one row per outcome with the estimate and its 95%
 * interval, in shares): a dot per outcome with its interval, in the outcome's colour, around a dashed zero line.
 * @example
 * await embed('#diff', differencesSpec(await compare({ regimes: ['kelly-2017', 'mpp-2019'], n: 20_000, seed: 1 })));
 */
export function differencesSpec(c: ComparisonResult, options: DifferencesSpecOptions = {}): VegaLiteSpec {
  const regime = options.regime ?? c.results.find((r) => r.regime !== c.baseline)?.regime ?? c.baseline;
  const d = c.differences[regime];
  const shown: OutcomeId[] = OUTCOME_IDS.filter((o) => c.results.some((r) => r.outcomes[o].count > 0));
  const rows = shown.map((o) => {
    const x = d?.outcomes[o] ?? { estimate: 0, ci95: [0, 0] as [number, number] };
    return {
      outcome: o,
      outcomeLabel: outcomeLabel(o),
      regime,
      baseline: c.baseline,
      estimate: x.estimate,
      ciLow: x.ci95[0],
      ciHigh: x.ci95[1],
      text: `${pp(x.estimate)} pp [${pp(x.ci95[0])} to ${pp(x.ci95[1])}]`,
      color: outcomeColor(o),
    };
  });
  const tooltip = [
    { field: 'outcomeLabel', title: 'Outcome' },
    { field: 'text', title: 'Difference [95% interval]' },
  ];
  const color = { field: 'color', type: 'nominal', scale: null, legend: null };
  const results = c.results.filter((r) => r.regime === regime || r.regime === c.baseline);
  return {
    ...specHead(
      options.title ?? `${regimeLabel(regime)} minus ${regimeLabel(c.baseline)}, same people`,
      ['Difference in the share of people with each outcome, percentage points, with paired 95% intervals.'],
      options.provenance ?? provenanceOf(results),
      `Paired differences of outcome shares, ${regime} minus ${c.baseline}, with 95% intervals.`,
      options.wrapWidth,
    ),
    datasets: { differences: rows },
    data: { name: 'differences' },
    width: options.width ?? 520,
    height: { step: 24 },
    encoding: { y: { field: 'outcomeLabel', type: 'nominal', title: null, sort: { field: 'estimate', order: 'descending' } } },
    layer: [
      { mark: { type: 'rule', color: '#999999', strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: { x: { field: 'ciLow', type: 'quantitative', title: 'Difference in share (percentage points)', axis: { format: '+.0%' } }, x2: { field: 'ciHigh' }, color, tooltip },
      },
      { mark: { type: 'point', filled: true, size: 50 }, encoding: { x: { field: 'estimate', type: 'quantitative' }, color, tooltip } },
    ],
  };
}
