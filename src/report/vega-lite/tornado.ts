import { OUTCOME_IDS, type OutcomeId } from '../../domain/outcomes.js';
import type { SensitivityResult } from '../../uncertainty/sensitivity.js';
import { outcomeLabel } from '../labels.js';
import type { ChartProvenance } from '../svg/footer.js';
import { specHead, type VegaLiteSpec } from './spec.js';

/**
 * Options of {@link tornadoSpec}.
 * @example
 * const o: TornadoSpecOptions = { top: 12, width: 480 };
 */
export interface TornadoSpecOptions {
  /** How many parameters to draw (in the result's order: largest total index, or largest swing, first). Default 15. */
  top?: number;
  title?: string;
  /** Width of the plot in px. Default 520. */
  width?: number;
  /** Default: model version, seed, n and cohort of the analysis. */
  provenance?: ChartProvenance;
  /** Model version for the default provenance. */
  model?: string;
  /** Wrap the title and subtitle to lines of this width in px (narrow screens). Default: one line each. */
  wrapWidth?: number;
  /** Room for the parameter names left of the plot, in px (longer names are cut). Default 0.6 × width. */
  labelWidth?: number;
}

const MEANS = ['daysDetained', 'daysInMexico', 'encountersPerPerson'];

/** The part of a sensitivity result the chart reads (Sobol indices are optional: a one-at-a-time analysis has none). */
export type TornadoInput = Omit<SensitivityResult, 'parameters'> & {
  parameters: (Omit<SensitivityResult['parameters'][number], 'firstOrder' | 'total'> & Partial<Pick<SensitivityResult['parameters'][number], 'firstOrder' | 'total'>>)[];
};

/**
 * A tornado chart of a sensitivity analysis as a Vega-Lite v6 spec with the data inline (`datasets.parameters`: one
 * row per parameter with the metric at the low and the high end of its range, every other parameter at its value,
 * and the total Sobol index when the analysis has one): per parameter a blue bar from the nominal metric to the low
 * end and a red bar to the high end, around a line at the nominal metric — the same content as `tornadoSvg`.
 * @example
 * await embed('#tornado', tornadoSpec(await sensitivity({ regimes: ['pep-2016', 'mpp-2019'], metric: 'in-absentia-order', n: 10_000, seed: 1 })));
 */
export function tornadoSpec(s: TornadoInput, options: TornadoSpecOptions = {}): VegaLiteSpec {
  const paired = s.regimes.length === 2;
  const share = !MEANS.includes(s.metric);
  const fmt = (x: number) => (share ? `${paired && x > 0 ? '+' : ''}${(100 * x).toFixed(2)}${paired ? ' pp' : '%'}` : x.toFixed(2));
  const rows = s.parameters.slice(0, options.top ?? 15).map((p, i) => ({
    order: i,
    parameter: p.id,
    nominal: s.nominal,
    low: p.low,
    high: p.high,
    swing: Math.abs(p.high - p.low),
    text: `${fmt(p.low)} at the low end, ${fmt(p.high)} at the high end`,
    range: Object.entries(p.range).map(([r, [lo, hi]]) => `${r}: ${lo}\u2013${hi}`).join('; '),
    ...(p.total ? { total: p.total.estimate, totalLow: p.total.ci95[0], totalHigh: p.total.ci95[1], firstOrder: p.firstOrder?.estimate } : {}),
  }));
  const id = s.metric.replace(/^outcomes\./, '');
  const metricWords = (OUTCOME_IDS as readonly string[]).includes(id) ? `\u201c${outcomeLabel(id as OutcomeId)}\u201d` : s.metric;
  const what = paired ? `${metricWords}: ${s.regimes[1]} minus ${s.regimes[0]}` : `${metricWords} under ${s.regimes[0]}`;
  // One bar per end of each range, the longer first so that a shorter one on the same side stays visible on top.
  const ends = rows.flatMap((r) =>
    (['low', 'high'] as const)
      .map((end) => ({ parameter: r.parameter, order: r.order, end: end === 'low' ? 'Low end' : 'High end', nominal: s.nominal, value: r[end], length: Math.abs(r[end] - s.nominal), text: r.text, range: r.range, ...(r.total === undefined ? {} : { total: r.total, firstOrder: r.firstOrder }) }))
      .sort((a, b) => b.length - a.length),
  );
  const sobol = s.parameters.some((p) => p.total);
  const tooltip = [
    { field: 'parameter', title: 'Parameter' },
    { field: 'text', title: 'Metric' },
    { field: 'range', title: 'Range' },
    ...(sobol ? [{ field: 'total', title: 'Total Sobol index', format: '.3f' }, { field: 'firstOrder', title: 'First-order index', format: '.3f' }] : []),
  ];
  const x = { type: 'quantitative', title: paired ? `Difference, ${s.regimes[1]} minus ${s.regimes[0]}` : s.metric, axis: { format: share ? (paired ? '+.1%' : '.1%') : '.2f' }, scale: { zero: false } };
  const y = { field: 'parameter', type: 'nominal', title: null, sort: { field: 'order' }, axis: { labelLimit: Math.round(options.labelWidth ?? (options.width ?? 520) * 0.6) } };
  const provenance = options.provenance ?? { model: options.model ?? 'unknown', seed: s.seed, n: s.n, cohort: s.cohort, regimes: s.regimes };
  return {
    ...specHead(
      options.title ?? `What decides ${what}`,
      [
        'Bars: the metric with one parameter at the low (blue) or high (red) end of its range, all others at their values.',
        sobol ? `Ordered by total Sobol index (Saltelli design, N = ${s.baseSamples}, ${s.runs.toLocaleString('en-US')} runs).` : `Ordered by swing; one at a time, ${s.runs.toLocaleString('en-US')} runs.`,
      ],
      provenance,
      `Tornado chart of ${rows.length} parameters for ${what}; nominal ${fmt(s.nominal)}.`,
      options.wrapWidth,
    ),
    datasets: { parameters: rows, ends },
    width: options.width ?? 520,
    height: { step: 22 },
    encoding: { y },
    layer: [
      {
        data: { name: 'ends' },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          x: { field: 'nominal', ...x },
          x2: { field: 'value' },
          color: { field: 'end', type: 'nominal', title: null, scale: { domain: ['Low end', 'High end'], range: ['#4575b4', '#d73027'] }, legend: { orient: 'top', direction: 'horizontal' } },
          tooltip: [{ field: 'end', title: 'Bar' }, ...tooltip],
        },
      },
      { data: { name: 'parameters' }, mark: { type: 'rule', color: '#111111', strokeWidth: 1.5 }, encoding: { x: { datum: s.nominal, type: 'quantitative' } } },
    ],
  };
}
