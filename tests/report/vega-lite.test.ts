// The Vega-Lite specs compile with vega-lite v6 without warnings, and run in Vega (rendered to SVG headlessly).
import { compile } from 'vega-lite';
import * as vega from 'vega';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowLink } from '../../src/engine/result.js';
import { historySpec } from '../../src/report/vega-lite/history.js';
import { outcomeBarsSpec } from '../../src/report/vega-lite/outcome-bars.js';
import { sankeySpec } from '../../src/report/vega-lite/sankey.js';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from '../../src/report/vega-lite/spec.js';
import { CHART_CAVEAT } from '../../src/report/svg/footer.js';
import { syntheticHistory } from './history-fixture.js';
import { makeComparison, threeRegimes } from './fixtures.js';
import { differencesSpec } from '../../src/report/vega-lite/differences.js';
import { pathSpec } from '../../src/report/vega-lite/path.js';
import { tornadoSpec } from '../../src/report/vega-lite/tornado.js';
import { explain } from '../../src/engine/explain.js';
import type { SensitivityResult } from '../../src/uncertainty/sensitivity.js';

const FLOWS: FlowLink[] = [
  { from: 'encountered', to: 'processing', count: 1000 },
  { from: 'processing', to: 'expedited-removal', count: 400 },
  { from: 'expedited-removal', to: 'removed-expedited', count: 380 },
  { from: 'expedited-removal', to: 'credible-fear', count: 20 },
  { from: 'credible-fear', to: 'custody', count: 20 },
  { from: 'processing', to: 'custody', count: 600 },
  { from: 'custody', to: 'in-absentia-order', count: 250 },
  { from: 'custody', to: 'relief-granted', count: 120 },
  { from: 'custody', to: 'pending', count: 250 },
];

let warnings: unknown[][] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args));
});
afterEach(() => vi.restoreAllMocks());

/** Compiles with vega-lite, renders with vega to SVG; returns the SVG. */
async function run(spec: VegaLiteSpec): Promise<string> {
  expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
  // JSON round trip: the spec must be plain data (what `--format vega-lite` writes).
  const json = JSON.parse(JSON.stringify(spec)) as VegaLiteSpec;
  const vg = compile(json as never).spec;
  const view = new vega.View(vega.parse(vg), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  expect(warnings.map((w) => w.join(" "))).toEqual([]);
  return svg;
}

describe('Vega-Lite specs', () => {
  it('outcome bars: data inline, every regime × drawn outcome, provenance and caveat in the subtitle', async () => {
    const results = threeRegimes();
    const spec = outcomeBarsSpec(results, { title: 'Outcomes' });
    const rows = (spec.datasets as { outcomes: { regime: string; share: number }[] }).outcomes;
    expect(rows.filter((r) => r.regime === 'title-42').reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 10);
    expect(new Set(rows.map((r) => r.regime))).toEqual(new Set(results.map((r) => r.regime)));
    expect(JSON.stringify(spec.title)).toContain(CHART_CAVEAT);
    const svg = await run(spec);
    expect(svg).toContain('Outcomes');
    expect(svg).toContain('Ordered removed in absentia');
  });

  it('sankey: one band per kept link, one rect per node, labels in words', async () => {
    const spec = sankeySpec(FLOWS, { title: 'Flow', provenance: { model: '0.1.0', seed: 1, n: 1000, cohort: 'swb-fy2019', regimes: ['mpp-2019'] } });
    const d = spec.datasets as { links: { link: number }[]; nodes: { state: string }[]; labels: { lines: string[] }[] };
    expect(new Set(d.links.map((l) => l.link)).size).toBe(FLOWS.length);
    expect(d.nodes).toHaveLength(new Set(FLOWS.flatMap((l) => [l.from, l.to])).size);
    expect(d.labels.map((l) => l.lines[0])).toContain('Ordered removed in absentia');
    const svg = await run(spec);
    expect(svg).toContain('Sent to immigration');
  });

  it('history: one panel per series, markers and their key, with provenance', async () => {
    const h = syntheticHistory();
    const spec = historySpec(h, { series: ['encounters', 'expulsions'] });
    expect((spec.vconcat as unknown[]).length).toBe(4); // the strip of measures, two panels, the key
    const d = spec.datasets as { series: unknown[]; markers: { key: string }[] };
    expect(d.series).toHaveLength(2 * h.months.length);
    expect(d.markers.some((m) => m.key.includes('21 Mar 2020 \u00b7 Title 42 expulsions'))).toBe(true);
    const svg = await run(spec);
    expect(svg).toContain('Title 42 expulsions');
    expect(() => historySpec(h, { series: ['nope'] })).toThrow(/unknown series "nope"/);
  });

  it('wraps title and subtitle to a width when asked (the page at 360 px), one line each otherwise', () => {
    const results = threeRegimes();
    const one = outcomeBarsSpec(results).title as { text: string; subtitle: string[] };
    const narrow = outcomeBarsSpec(results, { wrapWidth: 300 }).title as { text: string[]; subtitle: string[] };
    expect(typeof one.text).toBe('string');
    expect(narrow.subtitle.length).toBeGreaterThan(one.subtitle.length);
    expect(narrow.subtitle.join(' ')).toBe(one.subtitle.join(' '));
  });

  it('differences: one row per drawn outcome, the comparison’s paired estimates and intervals', async () => {
    const c = makeComparison(threeRegimes());
    const other = c.results.find((r) => r.regime !== c.baseline)!.regime;
    const spec = differencesSpec(c, { regime: other });
    const rows = (spec.datasets as { differences: { outcome: string; estimate: number; ciLow: number; ciHigh: number }[] }).differences;
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) {
      const d = c.differences[other]!.outcomes[r.outcome as keyof (typeof c.differences)[string]['outcomes']];
      expect([r.estimate, r.ciLow, r.ciHigh]).toEqual([d.estimate, ...d.ci95]);
    }
    expect(JSON.stringify(spec.title)).toContain(CHART_CAVEAT);
    const svg = await run(spec);
    expect(svg).toContain('Ordered removed in absentia');
  });

  it('path: one row per step, states and facts in words', async () => {
    const e = explain({ regime: 'mpp-2019', profile: { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports' }, seed: 5 });
    const spec = pathSpec(e, { provenance: { model: '0.1.0', seed: 5, regimes: ['mpp-2019'] } });
    const rows = (spec.datasets as { steps: { state: string; stateLabel: string; fact: string; factLabel: string }[] }).steps;
    expect(rows.map((r) => r.state)).toEqual(e.steps.map((s) => s.state));
    for (const r of rows.slice(1)) {
      expect(r.factLabel).not.toBe('');
      expect(r.factLabel).not.toContain('_');
    }
    const svg = await run(spec);
    expect(svg).toContain('Encountered at the border');
  });

  it('tornado: bars from the nominal value to each end, with or without Sobol indices', async () => {
    const s: SensitivityResult = {
      metric: 'in-absentia-order', regimes: ['pep-2016', 'mpp-2019'], nominal: 0.02, cohort: 'swb-fy2019', n: 1000, seed: 1, baseSamples: 4, runs: 25,
      parameters: [
        { id: 'mppAppearance', low: 0.05, high: -0.01, range: { 'mpp-2019': [0.2, 0.6] }, firstOrder: { estimate: 0.7, ci95: [0.5, 0.9] }, total: { estimate: 0.8, ci95: [0.6, 1] } },
        { id: 'representedAppearance', low: 0.015, high: 0.025, range: { 'mpp-2019': [0.8, 0.95] }, firstOrder: { estimate: 0.1, ci95: [0, 0.2] }, total: { estimate: 0.1, ci95: [0, 0.2] } },
      ],
    };
    const spec = tornadoSpec(s, { model: '0.1.0' });
    const rows = (spec.datasets as { parameters: { parameter: string; low: number; high: number; total?: number }[] }).parameters;
    expect(rows.map((r) => [r.parameter, r.low, r.high, r.total])).toEqual([['mppAppearance', 0.05, -0.01, 0.8], ['representedAppearance', 0.015, 0.025, 0.1]]);
    const svg = await run(spec);
    expect(svg).toContain('mppAppearance');
    const oat = tornadoSpec({ ...s, baseSamples: 0, parameters: s.parameters.map(({ firstOrder: _f, total: _t, ...p }) => p) });
    expect(JSON.stringify(oat.title)).toContain('one at a time');
    await run(oat);
  });

  it('history with a counterfactual: both runs, in two colours with a legend; without one, unchanged rows', async () => {
    const h = syntheticHistory();
    const cf = { ...syntheticHistory(), measures: { with: [], without: ['mpp'] } };
    const spec = historySpec(h, { series: ['encounters'], counterfactual: cf });
    const rows = (spec.datasets as { series: { run?: string }[] }).series;
    expect(rows.filter((r) => r.run === 'As it was')).toHaveLength(h.months.length);
    expect(rows.filter((r) => r.run === 'Counterfactual')).toHaveLength(h.months.length);
    expect(JSON.stringify(spec.title)).toContain('without mpp');
    const svg = await run(spec);
    expect(svg).toContain('Counterfactual');
    expect((historySpec(h, { series: ['encounters'] }).datasets as { series: object[] }).series.every((r) => !('run' in r))).toBe(true);
  });
});
