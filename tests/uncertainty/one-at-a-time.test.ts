// The one-at-a-time analysis alone (the page's tornado): the same low/high values as the full sensitivity analysis,
// at 1 + 2d runs, sorted by swing.
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/uncertainty/sensitivity.js';
import { oneAtATime } from '../../src/uncertainty/one-at-a-time.js';

describe('oneAtATime', () => {
  it('gives the tornado of sensitivity() without the Saltelli runs, sorted by swing', async () => {
    const o = { regimes: ['pep-2016', 'mpp-2019'], metric: 'in-absentia-order', n: 300, seed: 4, workers: 1, parameters: ['mppAppearance', 'representedAppearance', 'custody.*.*'] };
    const full = await sensitivity({ ...o, baseSamples: 2, resamples: 10 });
    const oat = await oneAtATime(o);
    const d = oat.parameters.length;
    expect(d).toBe(full.parameters.length);
    expect(oat.nominal).toBe(full.nominal);
    expect(oat.baseSamples).toBe(0);
    expect(oat.runs).toBeLessThanOrEqual(1 + 2 * d);
    const byId = new Map(full.parameters.map((p) => [p.id, p]));
    for (const p of oat.parameters) {
      expect(p).not.toHaveProperty('total');
      expect([p.low, p.high, p.range]).toEqual([byId.get(p.id)!.low, byId.get(p.id)!.high, byId.get(p.id)!.range]);
    }
    const swings = oat.parameters.map((p) => Math.abs(p.high - p.low));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });
});
