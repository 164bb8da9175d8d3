import { describe, expect, it } from 'vitest';
import { getRegime, regimes, REGIME_IDS } from '../../src/policy/snapshots.js';
import { regimeIssues } from '../../src/policy/validate.js';

const DATES = {
  'pep-2016': '2016-06-01',
  'kelly-2017': '2017-06-01',
  'zero-tolerance-2018': '2018-06-01',
  'mpp-2019': '2019-12-01',
  'title42-2020': '2020-07-01',
  'biden-2021': '2021-03-15',
};

describe('regime snapshots', () => {
  it('has exactly the six ids, with their dates', () => {
    expect([...REGIME_IDS]).toEqual(Object.keys(DATES));
    expect(Object.keys(regimes)).toEqual(Object.keys(DATES));
    for (const id of REGIME_IDS) {
      expect(regimes[id].id).toBe(id);
      expect(regimes[id].date).toBe(DATES[id]);
      expect(regimes[id].label.length).toBeGreaterThan(5);
      expect(regimes[id].description.length).toBeGreaterThan(40);
    }
  });

  it('every snapshot is a valid regime', () => {
    for (const id of REGIME_IDS) expect(regimeIssues(regimes[id]), id).toEqual([]);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(regimes)).toBe(true);
    expect(Object.isFrozen(regimes['mpp-2019'].params.disposition['single-adult'].mexico.title42)).toBe(true);
    expect(() => {
      (regimes['mpp-2019'].params.cfPositive as { value: number }).value = 0;
    }).toThrow();
  });

  it('shows the rules each era is known for', () => {
    expect(regimes['pep-2016'].inForce.pep).toBe(true);
    expect(regimes['kelly-2017'].inForce['kelly-memos']).toBe(true);
    expect(regimes['kelly-2017'].inForce['mexico-refuses-section-7']).toBe(true);
    expect(regimes['zero-tolerance-2018'].inForce['zero-tolerance']).toBe(true);
    expect(regimes['zero-tolerance-2018'].inForce['family-separation']).toBe(true);
    expect(regimes['mpp-2019'].inForce.mpp && regimes['mpp-2019'].inForce['transit-bar'] && regimes['mpp-2019'].inForce['pacr-harp']).toBe(true);
    expect(regimes['title42-2020'].inForce['title-42']).toBe(true);
    expect(regimes['title42-2020'].inForce['uac-title-42-exception']).toBe(false);
    expect(regimes['biden-2021'].inForce['uac-title-42-exception']).toBe(true);
    expect(regimes['biden-2021'].inForce.mpp).toBe(false);
    expect(regimes['biden-2021'].inForce['mpp-wind-down']).toBe(true);
  });

  it('gives Title 42 weight only in the Title 42 eras, and single adults a prosecution share in every era (DOJ counts)', () => {
    for (const id of REGIME_IDS) {
      const sa = regimes[id].params.disposition['single-adult'].mexico;
      expect(sa.title42.value > 0, id).toBe(id === 'title42-2020' || id === 'biden-2021');
      expect(sa.prosecution.value > 0, id).toBe(true);
    }
    expect(regimes['title42-2020'].params.disposition['single-adult'].mexico.title42.value).toBe(0.93);
  });

  it('getRegime returns snapshots and names the allowed ids otherwise', () => {
    expect(getRegime('mpp-2019')).toBe(regimes['mpp-2019']);
    expect(() => getRegime('mpp-2020')).toThrow(/unknown regime "mpp-2020"; allowed: pep-2016, kelly-2017, zero-tolerance-2018, mpp-2019, title42-2020, biden-2021/);
  });
});
