import { describe, expect, it } from 'vitest';
import { CITIZENSHIP_GROUPS, citizenshipGroup } from '../../src/domain/citizenship.js';
import { DEMOGRAPHICS } from '../../src/domain/profile.js';
import { cohortIssues, cohorts, COHORT_IDS, FEAR_RELATIVE, getCohort } from '../../src/cohorts/index.js';

const sum = (ps: { value: number }[]) => ps.reduce((s, p) => s + p.value, 0);

// §4 USBP table.
const TABLE: Record<string, [number, number, number]> = {
  'swb-fy2016': [59_692, 77_674, 271_504],
  'swb-fy2017': [41_435, 75_622, 186_859],
  'swb-fy2018': [50_036, 107_212, 239_331],
  'swb-fy2019': [76_020, 473_682, 301_806],
  'swb-fy2020': [30_557, 52_230, 317_864],
  'swb-fy2021': [144_834, 451_087, 1_063_285],
};

describe.each(COHORT_IDS)('cohort %s', (id) => {
  const c = cohorts[id];
  it('is valid and frozen, with its id and fiscal year', () => {
    expect(cohortIssues(c)).toEqual([]);
    expect(c.id).toBe(id);
    expect(c.fiscalYear).toBe(Number(id.slice(-4)));
    expect(Object.isFrozen(c.citizenship.uac.mexico)).toBe(true);
  });
  it('mixes sum to 1 within 1e-9', () => {
    expect(Math.abs(sum(Object.values(c.demographic)) - 1)).toBeLessThan(1e-9);
    for (const d of DEMOGRAPHICS) expect(Math.abs(sum(Object.values(c.citizenship[d])) - 1), d).toBeLessThan(1e-9);
    for (const g of CITIZENSHIP_GROUPS) expect(Math.abs(sum(Object.values(c.countries[g])) - 1), g).toBeLessThan(1e-9);
  });
  it('reproduces the §4 demographic counts', () => {
    const [uac, fu, sa] = TABLE[id]!;
    const total = uac + fu + sa;
    expect(c.demographic.uac.value).toBeCloseTo(uac / total, 12);
    expect(c.demographic['family-unit'].value).toBeCloseTo(fu / total, 12);
    expect(c.demographic['single-adult'].value).toBeCloseTo(sa / total, 12);
  });
  it('puts each country in its own group', () => {
    for (const g of CITIZENSHIP_GROUPS) for (const code of Object.keys(c.countries[g])) expect(citizenshipGroup(code)).toBe(g);
  });
  it('fear claims reproduce the overall share, concentrated in families and non-Mexicans', () => {
    let overall = 0;
    for (const d of DEMOGRAPHICS) for (const g of CITIZENSHIP_GROUPS) overall += c.demographic[d].value * c.citizenship[d][g].value * c.fearOfReturn[d][g].value;
    const target = c.fiscalYear <= 2017 ? 38_300 / 303_916 : 54_690 / 396_579;
    expect(overall).toBeCloseTo(target, 12);
    for (const d of DEMOGRAPHICS) {
      for (const g of CITIZENSHIP_GROUPS) {
        expect(c.fearOfReturn[d][g].value / c.fearOfReturn['single-adult'].mexico.value).toBeCloseTo(FEAR_RELATIVE[d][g], 9);
      }
    }
  });
});

describe('cohort facts from §4', () => {
  it('uses the OFO port shares where given', () => {
    expect(cohorts['swb-fy2019'].portOfEntryShare.value).toBeCloseTo(126_999 / 977_509, 12);
    expect(cohorts['swb-fy2020'].portOfEntryShare.value).toBeCloseTo(57_437 / 458_088, 12);
    expect('assumption' in cohorts['swb-fy2016'].portOfEntryShare.source).toBe(true);
  });
  it('uses family-unit citizenship counts FY2016–19 and Mexican UAC counts FY2016–18', () => {
    expect(cohorts['swb-fy2019'].citizenship['family-unit'].mexico.value).toBeCloseTo(6_004 / 473_682, 12);
    expect(cohorts['swb-fy2016'].citizenship['family-unit'].mexico.value).toBeCloseTo(3_481 / 77_674, 12);
    expect(cohorts['swb-fy2018'].citizenship.uac.mexico.value).toBeCloseTo(10_136 / 50_036, 12);
    expect(cohorts['swb-fy2017'].citizenship.uac.mexico.value).toBeCloseTo(8_877 / 41_435, 12);
  });
  it('single adults are mostly Mexican before 2019 and in 2020', () => {
    for (const id of ['swb-fy2016', 'swb-fy2017', 'swb-fy2020'] as const) expect(cohorts[id].citizenship['single-adult'].mexico.value).toBeGreaterThan(0.6);
    expect(cohorts['swb-fy2020'].citizenship['single-adult'].mexico.value).toBeCloseTo(0.56 / 0.77, 12);
  });
  it('marks borrowed mixes as assumptions', () => {
    expect('assumption' in cohorts['swb-fy2021'].citizenship.uac.mexico.source).toBe(true);
    expect('assumption' in cohorts['swb-fy2019'].citizenship.uac.mexico.source).toBe(true);
  });
});

describe('getCohort', () => {
  it('returns built-ins and names the allowed ids otherwise', () => {
    expect(getCohort('swb-fy2019')).toBe(cohorts['swb-fy2019']);
    expect(() => getCohort('fy2019')).toThrow('cohort: unknown cohort "fy2019"; allowed: swb-fy2016, swb-fy2017, swb-fy2018, swb-fy2019, swb-fy2020, swb-fy2021');
  });
});
