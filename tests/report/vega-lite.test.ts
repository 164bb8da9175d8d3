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
import { threeRegimes } from './fixtures.js';

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
    expect((spec.vconcat as unknown[]).length).toBe(3);
    const d = spec.datasets as { series: unknown[]; markers: { key: string }[] };
    expect(d.series).toHaveLength(2 * h.months.length);
    expect(d.markers.some((m) => m.key.includes('21 Mar 2020 \u00b7 Title 42 expulsions'))).toBe(true);
    const svg = await run(spec);
    expect(svg).toContain('Title 42 expulsions');
    expect(() => historySpec(h, { series: ['nope'] })).toThrow(/unknown series "nope"/);
  });
});
