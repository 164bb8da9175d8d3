import { describe, expect, it } from 'vitest';
import { tornadoSvg } from '../../src/report/tornado.js';
import type { SensitivityResult } from '../../src/uncertainty/sensitivity.js';
import { findAll, parseSvg } from './xml.js';

const idx = (estimate: number) => ({ estimate, ci95: [Math.max(0, estimate - 0.05), estimate + 0.05] as [number, number] });
const result: SensitivityResult = {
  metric: 'in-absentia-order',
  regimes: ['pep-2016', 'mpp-2019'],
  nominal: 0.012,
  cohort: 'swb-fy2019',
  n: 10_000,
  seed: 1,
  baseSamples: 64,
  runs: 5000,
  parameters: [
    { id: 'custody.family-unit.returnToMexico', low: 0.003, high: 0.02, range: {}, firstOrder: idx(0.3), total: idx(0.4) },
    { id: 'mppAppearance', low: 0.018, high: 0.006, range: {}, firstOrder: idx(0.2), total: idx(0.25) },
    { id: 'removalExecuted', low: 0.012, high: 0.012, range: {}, firstOrder: idx(0), total: idx(0) },
  ],
};

describe('tornadoSvg', () => {
  it('draws one bar per parameter, low end blue and high end red, from the nominal line', () => {
    const svg = parseSvg(tornadoSvg(result));
    const bars = findAll(svg, 'g', (e) => e.attrs['class'] === 'bar');
    expect(bars.map((b) => b.attrs['data-parameter'])).toEqual(['custody.family-unit.returnToMexico', 'mppAppearance', 'removalExecuted']);
    const rects = findAll(bars[0]!, 'rect');
    const low = rects.find((r) => r.attrs['data-end'] === 'low')!;
    const high = rects.find((r) => r.attrs['data-end'] === 'high')!;
    // Low end left of nominal, high end right of it; the two segments meet at the nominal line.
    expect(Number(low.attrs.x) + Number(low.attrs.width)).toBeCloseTo(Number(high.attrs.x), 1);
    expect(low.attrs.fill).not.toBe(high.attrs.fill);
    // The second parameter's low end is above the nominal: its blue segment lies right of the line.
    const low2 = findAll(bars[1]!, 'rect').find((r) => r.attrs['data-end'] === 'low')!;
    expect(Number(low2.attrs.x)).toBeCloseTo(Number(high.attrs.x), 1);
    expect(tornadoSvg(result)).toMatch(/total 0\.40 \[0\.35–0\.45\]/);
  });

  it('shows at most `top` parameters', () => {
    expect(findAll(parseSvg(tornadoSvg(result, { top: 1 })), 'g', (e) => e.attrs['class'] === 'bar')).toHaveLength(1);
  });
});
