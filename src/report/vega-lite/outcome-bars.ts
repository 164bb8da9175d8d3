import { OUTCOME_IDS, type OutcomeId } from '../../domain/outcomes.js';
import type { SimulationResult } from '../../engine/result.js';
import { outcomeLabel, regimeLabel } from '../labels.js';
import { provenanceOf, type ChartProvenance } from '../svg/footer.js';
import { outcomeColor } from '../svg/palette.js';
import { specHead, type VegaLiteSpec } from './spec.js';

/**
 * Options of {@link outcomeBarsSpec}.
 * @example
 * const o: OutcomeBarsSpecOptions = { title: 'Outcomes, FY2019 cohort', width: 520 };
 */
export interface OutcomeBarsSpecOptions {
  title?: string;
  /** Width of the plots in px. Default 520. */
  width?: number;
  provenance?: ChartProvenance;
  /** Wrap the title and subtitle to lines of this width in px (narrow screens). Default: one line each. */
  wrapWidth?: number;
  /** Narrow screens: the outcome names above their rows instead of beside them. Default false. */
  narrow?: boolean;
}

/**
 * The outcome shares of several regimes as a Vega-Lite v6 spec with the data inline (`datasets.outcomes`: one row per
 * regime × outcome with count, n, share and the 95% interval): stacked bars to 100% on top, and below, per outcome,
 * each regime's share as a dot with its interval on one axis from 0 — the same two panels as `outcomeBarsSvg`, in
 * the same colours, with tooltips. Title, subtitle and `usermeta.immsim` carry the provenance and the caveat.
 * @example
 * import embed from 'vega-embed';
 * await embed('#chart', outcomeBarsSpec(cmp.results));
 */
export function outcomeBarsSpec(results: readonly SimulationResult[], options: OutcomeBarsSpecOptions = {}): VegaLiteSpec {
  const shown: OutcomeId[] = OUTCOME_IDS.filter((id) => results.some((r) => r.outcomes[id].share > 0));
  const rows = results.flatMap((r) =>
    shown.map((id, order) => {
      const o = r.outcomes[id];
      return {
        regime: r.regime,
        regimeLabel: regimeLabel(r.regime),
        outcome: id,
        outcomeLabel: outcomeLabel(id),
        order,
        count: o.count,
        n: r.n,
        share: o.share,
        ciLow: o.ci95[0],
        ciHigh: o.ci95[1],
      };
    }),
  );
  const width = options.width ?? 520;
  const regimes = results.map((r) => r.regime);
  const labels = shown.map(outcomeLabel);
  const color = {
    field: 'outcomeLabel',
    type: 'nominal',
    title: 'Outcome',
    scale: { domain: labels, range: shown.map(outcomeColor) },
    legend: { orient: 'bottom', columns: options.narrow ? 1 : 3, title: null },
  };
  const y = { field: 'regime', type: 'nominal', sort: regimes, title: null };
  const tooltip = [
    { field: 'regimeLabel', title: 'Regime' },
    { field: 'outcomeLabel', title: 'Outcome' },
    { field: 'share', title: 'Share', format: '.1%' },
    { field: 'ciLow', title: '95% interval from', format: '.1%' },
    { field: 'ciHigh', title: '95% interval to', format: '.1%' },
    { field: 'count', title: 'People', format: ',' },
    { field: 'n', title: 'Of', format: ',' },
  ];
  const provenance = options.provenance ?? provenanceOf(results);
  return {
    ...specHead(
      options.title ?? 'Outcomes by policy regime',
      ['Share of people by the outcome of their last case; dots with 95% intervals below.'],
      provenance,
      `Outcome shares of ${regimes.join(', ')}: stacked bars, then each share with its 95% interval.`,
      options.wrapWidth,
    ),
    datasets: { outcomes: rows },
    vconcat: [
      {
        title: 'Outcome shares, stacked to 100%',
        width,
        data: { name: 'outcomes' },
        mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 0.75 },
        encoding: {
          y,
          x: { field: 'share', type: 'quantitative', stack: 'zero', title: null, axis: { format: '%' }, scale: { domain: [0, 1] } },
          color,
          order: { field: 'order', type: 'quantitative' },
          tooltip,
        },
      },
      {
        title: 'Each share with its 95% interval',
        data: { name: 'outcomes' },
        facet: { row: { field: 'outcomeLabel', type: 'nominal', sort: labels, title: null, header: options.narrow ? { labelAngle: 0, labelOrient: 'top', labelAlign: 'left', labelAnchor: 'start', labelFontWeight: 'bold' } : { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelFontWeight: 'bold' } } },
        spec: {
          width,
          height: { step: 14 },
          layer: [
            { mark: { type: 'rule', color: '#111111' }, encoding: { y, x: { field: 'ciLow', type: 'quantitative', title: 'Share', axis: { format: '%' } }, x2: { field: 'ciHigh' }, tooltip } },
            { mark: { type: 'point', filled: true, size: 40, stroke: '#333333', strokeWidth: 0.75 }, encoding: { y, x: { field: 'share', type: 'quantitative' }, color, tooltip } },
          ],
        },
        resolve: { scale: { x: 'shared' } },
      },
    ],
  };
}
