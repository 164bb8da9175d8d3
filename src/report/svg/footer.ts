import { formatCount } from '../format.js';
import { cohortLabel, regimeLabel } from '../labels.js';
import { attrs, escapeXmlText } from './escape.js';
import { svgNum } from './number.js';
import { CHART_COLORS } from './palette.js';
import { wrapText } from './text-width.js';

/** What every chart says about itself, so that a shared chart keeps its context. */
export const CHART_CAVEAT = 'What follows from the rules and the assumed chances, not a record of history.';

/**
 * Where a chart's numbers come from: the model version, seed, number of people, cohort and regime(s).
 * @example
 * const p: ChartProvenance = { model: '0.1.0', seed: 2021, n: 50000, cohort: 'swb-fy2019', regimes: ['mpp-2019'] };
 */
export interface ChartProvenance {
  model: string;
  seed: number;
  /** People simulated (per regime). */
  n?: number;
  cohort?: string;
  regimes?: readonly string[];
  /** Extra facts, e.g. 'horizon 1,095 days' or 'Oct 2015 – Sep 2021'. */
  extra?: readonly string[];
}

const FS = 10.5;
const LINE = 14;

/**
 * The footer's text: one provenance sentence and the caveat. Regimes and cohorts are named in words and by id.
 * @example
 * footerText({ model: '0.1.0', seed: 1, n: 1000, cohort: 'swb-fy2019', regimes: ['mpp-2019'] })[1]
 * // 'What follows from the rules and the assumed chances, not a record of history.'
 */
export function footerText(p: ChartProvenance): [string, string] {
  const named = (label: string, id: string) => (label === id ? id : `${label} (${id})`);
  const regimes = p.regimes ?? [];
  const parts = [
    `immsim ${p.model}`,
    `seed ${p.seed}`,
    ...(p.n === undefined ? [] : [`n = ${formatCount(p.n)}${regimes.length > 1 ? ' per regime' : ''}`]),
    ...(p.cohort === undefined ? [] : [`cohort ${named(cohortLabel(p.cohort), p.cohort)}`]),
    ...(regimes.length === 1 ? [`regime ${named(regimeLabel(regimes[0]!), regimes[0]!)}`] : []),
    ...(regimes.length > 1 ? [`regimes ${regimes.join(', ')}`] : []),
    ...(p.extra ?? []),
  ];
  return [`Simulated with ${parts.join(' \u00b7 ')}.`, CHART_CAVEAT];
}

/**
 * The footer laid out for a width: its lines (wrapped) and height.
 * @example
 * const f = chartFooter({ model: '0.1.0', seed: 1, n: 1000, cohort: 'swb-fy2019', regimes: ['mpp-2019'] }, 600);
 * f.height > 0 // true
 */
export function chartFooter(p: ChartProvenance, width: number): { lines: string[]; height: number } {
  const [prov, caveat] = footerText(p);
  const lines = [...wrapText(prov, width, FS), ...wrapText(caveat, width, FS)];
  return { lines, height: lines.length * LINE + 10 };
}

/**
 * The footer's markup: a hairline, then the lines from `y` down, left-aligned at `x` (caveat in italics).
 * @example
 * const f = chartFooter({ model: '0.1.0', seed: 1, n: 1000, cohort: 'swb-fy2019', regimes: ['mpp-2019'] }, 600);
 * footerSvg(f.lines, 16, 400, 600).startsWith('<g class="footer"') // true
 */
export function footerSvg(lines: readonly string[], x: number, y: number, width: number): string {
  const rule = `<line${attrs({ x1: svgNum(x), x2: svgNum(x + width), y1: svgNum(y), y2: svgNum(y), stroke: CHART_COLORS.grid })}/>`;
  const caveatFrom = lines.findIndex((l) => CHART_CAVEAT.startsWith(l));
  const texts = lines.map(
    (line, i) =>
      `<text${attrs({
        x: svgNum(x),
        y: svgNum(y + 8 + LINE * i + LINE / 2),
        dy: '0.35em',
        'font-size': FS,
        fill: CHART_COLORS.muted,
        'font-style': caveatFrom >= 0 && i >= caveatFrom ? 'italic' : undefined,
      })}>${escapeXmlText(line)}</text>`,
  );
  return `<g class="footer">${rule}${texts.join('')}</g>`;
}

/**
 * The provenance of simulation results (one or several regimes over the same people).
 * @example
 * provenanceOf([result]).regimes // ['mpp-2019']
 */
export function provenanceOf(
  results: readonly { model: { version: string }; seed: number; n: number; cohort: string; regime: string; horizonDays: number }[],
): ChartProvenance | undefined {
  const first = results[0];
  if (!first) return undefined;
  return {
    model: first.model.version,
    seed: first.seed,
    n: first.n,
    cohort: first.cohort,
    regimes: results.map((r) => r.regime),
    extra: [`horizon ${formatCount(first.horizonDays)} days`],
  };
}
