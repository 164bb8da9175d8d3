import { describe, expect, it } from 'vitest';
import { simulateHistory } from '../../src/history/index.js';

// MPP returns in calendar time against the published totals the two return rates are calibrated to
// (scripts/calibration/mpp-rate.ts: seed 2021, scale 0.25). Here another seed at scale 0.1: the bands allow for Monte
// Carlo error at this scale (about ±3% on the 2019–20 total, ±15% on the few Title 42 enrolments), not for a rate
// that is a weight in disguise (before the rates, the replay returned 14,635 against 67,790).
describe('history: MPP returns land on the published totals', () => {
  it('Jan 2019 – Sep 2020 within ±10% of TRAC\'s 67,790 MPP cases; Apr – Sep 2020 within ±35% of CBP\'s 2,864 enrolments', async () => {
    const h = await simulateHistory({ from: '2018-10', to: '2020-09', seed: 7, scale: 0.1, replications: 1, workers: 1 });
    const returns = h.series['mpp-returns'].mean;
    const sum = (from: string, to: string) => h.months.reduce((s, m, i) => (m >= from && m <= to ? s + returns[i]! : s), 0);
    const total = sum('2019-01', '2020-09');
    const title42 = sum('2020-04', '2020-09');
    expect(sum('2018-10', '2018-12')).toBe(0); // none before MPP (28 Jan 2019)
    expect(total, `Jan 2019 – Sep 2020: ${Math.round(total)}`).toBeGreaterThan(67_790 * 0.9);
    expect(total, `Jan 2019 – Sep 2020: ${Math.round(total)}`).toBeLessThan(67_790 * 1.1);
    expect(title42, `Apr – Sep 2020: ${Math.round(title42)}`).toBeGreaterThan(2_864 * 0.65);
    expect(title42, `Apr – Sep 2020: ${Math.round(title42)}`).toBeLessThan(2_864 * 1.35);
  }, 60_000);
});
