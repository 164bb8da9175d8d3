// Vega-Lite specifications of the page's charts. Each carries its title, provenance and caveat inside the chart
// (subtitle), so an exported SVG or PNG keeps its context.
import { OUTCOME_IDS, type ComparisonResult, type Explanation, type OutcomeId, type SimulationResult } from 'immsim';
import { footerText, outcomeColor, outcomeLabel, regimeLabel, stateLabel, type ChartProvenance } from 'immsim/charts';

export type Spec = Record<string, unknown>;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Chart-wide settings: fits the container width, readable fonts, the footer as subtitle. */
/** Splits a sentence into lines of at most `width` characters (at spaces). */
function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

let chartWidth = 800;
/** The width the next charts are drawn at (the container's), so text wraps and labels shorten to fit. */
export function setChartWidth(px: number): void {
  chartWidth = Math.max(280, Math.round(px));
}

function frame(title: string, prov: ChartProvenance, body: Spec): Spec {
  const [who, caveat] = footerText(prov);
  // About 5.6 px per character of 10.5 px text.
  const chars = Math.floor(chartWidth / 5.8);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    autosize: { type: 'fit-x', contains: 'padding' },
    title: { text: wrap(title, Math.floor(chartWidth / 8.5)), subtitle: [...wrap(who, chars), ...wrap(caveat, chars)], anchor: 'start', subtitleFontSize: 10.5, subtitleColor: '#444', fontSize: 15 },
    config: { font: FONT, axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: Math.min(220, Math.round(chartWidth * 0.38)) }, legend: { labelFontSize: 11, orient: 'bottom', columns: 1, labelLimit: Math.round(chartWidth * 0.5) } },
    ...body,
  };
}

/** One row per (regime, outcome) with a share and its 95% interval: the data behind the outcomes chart. */
export function outcomeRows(results: readonly SimulationResult[]) {
  return results.flatMap((r) =>
    OUTCOME_IDS.filter((o) => results.some((x) => x.outcomes[o].count > 0)).map((o) => ({
      regime: r.regime,
      regimeLabel: regimeLabel(r.regime),
      outcome: o,
      outcomeLabel: outcomeLabel(o),
      count: r.outcomes[o].count,
      n: r.n,
      share: r.outcomes[o].share,
      low: r.outcomes[o].ci95[0],
      high: r.outcomes[o].ci95[1],
      text: `${pct(r.outcomes[o].share)} [${pct(r.outcomes[o].ci95[0])}–${pct(r.outcomes[o].ci95[1])}]`,
    })),
  );
}

/** Outcome shares with 95% intervals, one colour per regime. */
export function outcomesSpec(results: readonly SimulationResult[], prov: ChartProvenance): Spec {
  const rows = outcomeRows(results);
  const tooltip = [
    { field: 'regimeLabel', title: 'Regime' },
    { field: 'outcomeLabel', title: 'Outcome' },
    { field: 'text', title: 'Share [95% interval]' },
    { field: 'count', title: 'People', format: ',' },
  ];
  const y = { field: 'outcomeLabel', type: 'nominal', title: null, sort: { field: 'share', op: 'max', order: 'descending' } };
  return frame('Outcome of each person’s last case', prov, {
    data: { values: rows },
    height: { step: results.length > 1 ? 30 : 22 },
    encoding: {
      y,
      yOffset: { field: 'regimeLabel' },
      color: { field: 'regimeLabel', type: 'nominal', title: 'Regime', scale: { range: ['#4c6a92', '#d08c1b', '#5f8f4e', '#8b4f8f'] } },
    },
    layer: [
      { mark: { type: 'bar', opacity: 0.35, height: { band: 0.9 } }, encoding: { x: { field: 'share', type: 'quantitative', title: 'Share of people', axis: { format: '.0%' }, scale: { zero: true } }, tooltip } },
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip } },
      { mark: { type: 'point', filled: true, size: 40 }, encoding: { x: { field: 'share', type: 'quantitative' }, tooltip } },
    ],
  });
}

/** Paired differences of outcome shares (regime minus baseline) with 95% intervals, in percentage points. */
export function differenceRows(c: ComparisonResult) {
  const other = c.results[1]!.regime;
  const d = c.differences[other]!;
  return OUTCOME_IDS.filter((o) => c.results.some((r) => r.outcomes[o].count > 0)).map((o: OutcomeId) => ({
    outcome: o,
    outcomeLabel: outcomeLabel(o),
    regime: other,
    baseline: c.baseline,
    estimate: d.outcomes[o].estimate,
    low: d.outcomes[o].ci95[0],
    high: d.outcomes[o].ci95[1],
    text: `${(100 * d.outcomes[o].estimate).toFixed(1)} pp [${(100 * d.outcomes[o].ci95[0]).toFixed(1)} to ${(100 * d.outcomes[o].ci95[1]).toFixed(1)}]`,
    color: outcomeColor(o),
  }));
}

export function differencesSpec(c: ComparisonResult, prov: ChartProvenance): Spec {
  const rows = differenceRows(c);
  const tooltip = [{ field: 'outcomeLabel', title: 'Outcome' }, { field: 'text', title: 'Difference [95% interval]' }];
  const title = `${regimeLabel(c.results[1]!.regime)} minus ${regimeLabel(c.baseline)}, same people`;
  return frame(title, prov, {
    data: { values: rows },
    height: { step: 24 },
    encoding: { y: { field: 'outcomeLabel', type: 'nominal', title: null, sort: { field: 'estimate', order: 'descending' } } },
    layer: [
      { mark: { type: 'rule', color: '#999', strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { field: 'low', type: 'quantitative', title: 'Difference in share (percentage points)', axis: { format: '+.0%' } }, x2: { field: 'high' }, color: { field: 'color', type: 'nominal', scale: null }, tooltip } },
      { mark: { type: 'point', filled: true, size: 50 }, encoding: { x: { field: 'estimate', type: 'quantitative' }, color: { field: 'color', type: 'nominal', scale: null }, tooltip } },
    ],
  });
}

/** One row per step of an explained path. */
export function stepRows(e: Explanation) {
  return e.steps.map((s, i) => ({
    step: i + 1,
    day: s.day,
    state: s.state,
    stateLabel: stateLabel(s.state),
    fact: s.event ? s.event.type : '',
    rule: s.rule ?? '',
    statement: s.statement ?? '',
    authority: s.authority ?? '',
  }));
}

/** A person's path: the day of each step, one row per step. */
export function pathSpec(e: Explanation, prov: ChartProvenance): Spec {
  const tooltip = [
    { field: 'stateLabel', title: 'State' },
    { field: 'day', title: 'Day' },
    { field: 'fact', title: 'Fact' },
    { field: 'authority', title: 'Authority' },
  ];
  return frame(`One person’s path: ${outcomeLabel(e.outcome)}`, prov, {
    data: { values: stepRows(e) },
    height: { step: 22 },
    encoding: {
      y: { field: 'stateLabel', type: 'ordinal', title: null, sort: { field: 'step' } },
      x: { field: 'day', type: 'quantitative', title: 'Day after the first encounter' },
      tooltip,
    },
    layer: [{ mark: { type: 'line', point: true, interpolate: 'step-after', color: '#4c6a92' } }],
  });
}
