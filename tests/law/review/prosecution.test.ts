// Issue 10, rule 5: the zero-tolerance memo stood until its rescission on 26 Jan 2021 (only the referral of parents
// stopped in June 2018); single adults were prosecuted under 8 USC 1325/1326 in every era (DOJ counts, via TRAC/GAO).
import { describe, expect, it } from 'vitest';
import { inForceOn } from '../../../src/policy/in-force.js';
import { regimes, REGIME_IDS } from '../../../src/policy/snapshots.js';
import { samplePaths } from '../../helpers/paths.js';

const share = (w: Record<string, { value: number }>) => w.prosecution!.value / Object.values(w).reduce((s, x) => s + x.value, 0);

describe('prosecution for illegal entry', () => {
  it('the zero-tolerance memo is in force from 6 Apr 2018 to 26 Jan 2021; family separation only to 20 Jun 2018', () => {
    expect(inForceOn('2018-04-05')['zero-tolerance']).toBe(false);
    expect(inForceOn('2019-12-01')['zero-tolerance']).toBe(true);
    expect(inForceOn('2021-01-26')['zero-tolerance']).toBe(true);
    expect(inForceOn('2021-01-27')['zero-tolerance']).toBe(false);
    expect(inForceOn('2019-12-01')['family-separation']).toBe(false);
  });

  it('single adults carry a prosecution share in every era, from DOJ counts (near zero under Title 42)', () => {
    for (const id of REGIME_IDS) {
      const row = regimes[id].params.disposition['single-adult']['northern-triangle'];
      expect(share(row), id).toBeGreaterThan(0);
      expect('record' in row.prosecution.source, id).toBe(true);
    }
    // One yearly series for FY2016–2019: CBP accepted prosecutions (all charges) over USBP single adults.
    expect(share(regimes['pep-2016'].params.disposition['single-adult'].mexico)).toBeCloseTo(74_255 / 271_504, 6);
    expect(share(regimes['mpp-2019'].params.disposition['single-adult'].other)).toBeCloseTo(121_006 / 301_806, 6);
    // Under Title 42 the Title 8 remainder carries FY2021's tiny share.
    expect(share(regimes['title42-2020'].params.disposition['single-adult'].other)).toBeLessThan(0.001);
  });

  it('a single adult crossing between ports in 2016 or 2017 may be prosecuted', () => {
    const gt = { citizenship: 'GT', demographic: 'single-adult' as const, entry: 'between-ports' as const };
    for (const id of ['pep-2016', 'kelly-2017'] as const) {
      const n = samplePaths(gt, regimes[id], 2000).filter((p) => p.steps.some((s) => s.to === 'prosecution')).length;
      expect(n, id).toBeGreaterThan(150);
    }
  });
});
