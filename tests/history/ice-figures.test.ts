import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateHistory } from '../../src/history/simulate-history.js';
import { FC } from '../helpers/law.js';

// FY2019 ICE figures of a small replay (Jun 2018 – Sep 2019, so stays that began before the fiscal year are held)
// against ICE's detention statistics (data/reference/law-review-inputs.json, ice_detention_stats_fy2019):
// without capacity the model holds only its own border detainees, whom ICE counts as book-ins arrested by CBP
// (ADP 30,050, ALOS 26.6 d; the ALOS is what airRemovalDays was derived from, the ADP is not); with capacity the
// interior detainees are added and the ADP is all of ICE's (50,165, ice_adp_fy2019).
const fy2019 = async (seed: number, capacity: boolean) =>
  (await simulateHistory({ from: '2018-06', to: '2019-09', seed, scale: 0.02, ...(capacity ? {} : { capacity: false }) })).fiscalYears['FY2019']!;

describe('ICE average daily population and length of stay, FY2019', () => {
  it('own border detainees: ADP within 20% of ICE’s CBP-arrest ADP (30,050) and ALOS within 20% of 26.6 days', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        const f = await fy2019(seed, false);
        expect(f['ice-adp'].mean, `seed ${seed}`).toBeGreaterThan(30_050 * 0.8);
        expect(f['ice-adp'].mean, `seed ${seed}`).toBeLessThan(30_050 * 1.2);
        expect(f['ice-alos'].mean, `seed ${seed}`).toBeGreaterThan(26.6 * 0.8);
        expect(f['ice-alos'].mean, `seed ${seed}`).toBeLessThan(26.6 * 1.2);
      }),
      { seed: FC.seed, numRuns: Math.min(FC.numRuns, 3) },
    );
  });

  it('with capacity (interior detainees added): ADP within 15% of ICE’s 50,165', async () => {
    const f = await fy2019(11, true);
    expect(f['ice-adp'].mean).toBeGreaterThan(50_165 * 0.85);
    expect(f['ice-adp'].mean).toBeLessThan(50_165 * 1.15);
  });
});
