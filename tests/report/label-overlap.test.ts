// Every chart is rendered in headless Chromium; the boxes of its texts must not overlap each other nor leave the
// viewBox. Covers the six regimes × six cohorts (Sankey diagrams and outcome bars) and every SVG in docs/img/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COHORT_IDS, compare, REGIME_IDS } from '../../src/index.js';
import { comparisonCharts } from '../../src/report/chart-set.js';
import { historyChart } from '../../src/report/history-chart.js';
import { historySpec } from '../../src/report/vega-lite/history.js';
import { compile } from 'vega-lite';
import * as vega from 'vega';
import { syntheticHistory } from './history-fixture.js';
import { chartRenderer, labelProblems, overlaps, shotsDir, type ChartRenderer } from './label-boxes.js';

let renderer: ChartRenderer;
beforeAll(async () => {
  renderer = await chartRenderer();
});
afterAll(async () => {
  await renderer?.close();
});

describe('the overlap check itself', () => {
  it('finds two labels drawn on top of each other, and a label off the edge', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">' +
      '<text x="10" y="50" font-size="12">Ordered removed</text><text x="30" y="52" font-size="12">in absentia</text>' +
      '<text x="170" y="90" font-size="12">off the edge</text></svg>';
    const m = await renderer.measure(svg);
    expect(overlaps(m.boxes)).toHaveLength(1);
    expect(labelProblems(m).some((p) => p.startsWith('outside') && p.includes('off the edge'))).toBe(true);
  });
});

describe('charts of the six regimes for the six cohorts have no overlapping labels', () => {
  for (const cohort of COHORT_IDS) {
    it(cohort, async () => {
      const cmp = await compare({ cohort, n: 8000, seed: 7, regimes: [...REGIME_IDS], workers: 1, flows: true });
      const dir = shotsDir(cohort);
      for (const f of comparisonCharts(cmp).filter((c) => c.name.endsWith('.svg'))) {
        const m = await renderer.measure(f.content, join(dir, f.name.replace(/\.svg$/, '.png')));
        expect(m.boxes.length, f.name).toBeGreaterThan(10);
        expect(labelProblems(m), `${cohort}/${f.name} (screenshot in ${dir})`).toEqual([]);
      }
    });
  }
});

describe('history chart (synthetic result in the history JSON contract)', () => {
  for (const width of [960, 640, 480]) {
    it(`all series at ${width} px`, async () => {
      const h = syntheticHistory();
      const svg = historyChart(h, { series: Object.keys(h.series), width });
      const m = await renderer.measure(svg, join(shotsDir('history'), `history-${width}.png`));
      expect(labelProblems(m)).toEqual([]);
    });
  }
});

describe('history on the page (the Vega-Lite spec rendered by Vega)', () => {
  for (const width of [960, 720, 480, 340]) {
    it(`all series at ${width} px, with a counterfactual`, async () => {
      const h = syntheticHistory();
      const spec = historySpec(h, { series: Object.keys(h.series), width, wrapWidth: width - 20, counterfactual: { ...h, measures: { with: [], without: ['mpp'] } } });
      const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
      const m = await renderer.measure(await view.toSVG(), join(shotsDir('history'), `history-vega-${width}.png`));
      expect(m.boxes.map((b) => b.text)).toContain('Title 42');
      expect(labelProblems(m)).toEqual([]);
    });
  }
});

describe('docs/img', () => {
  const dir = new URL('../../docs/img/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
  it('has charts', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(f, async () => {
      const m = await renderer.measure(readFileSync(new URL(f, dir), 'utf8'), join(shotsDir('docs-img'), f.replace(/\.svg$/, '.png')));
      expect(labelProblems(m), f).toEqual([]);
    });
  }
});

describe('docs/history-border.svg (the README chart of history mode)', () => {
  it('has the major measures named and no overlapping or cut-off text', async () => {
    const svg = readFileSync(new URL('../../docs/history-border.svg', import.meta.url), 'utf8');
    const m = await renderer.measure(svg, join(shotsDir('docs'), 'history-border.png'));
    expect(labelProblems(m)).toEqual([]);
    for (const name of ['MPP starts', 'Title 42', 'MPP wind-down']) expect(m.boxes.map((b) => b.text)).toContain(name);
  });
});
