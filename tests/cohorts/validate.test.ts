import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortIssues, cohorts, parseCohort } from '../../src/cohorts/index.js';
import { ImmsimError } from '../../src/domain/errors.js';

fc.configureGlobal({ seed: 42, numRuns: 100 });

const clone = () => JSON.parse(JSON.stringify(cohorts['swb-fy2019'])) as Record<string, any>;
const at = (issues: { path: (string | number)[]; message: string }[], path: string) => issues.filter((i) => i.path.join('.') === path).map((i) => i.message);

describe('cohortIssues / parseCohort', () => {
  it('accepts every built-in cohort after a JSON round trip', () => {
    for (const c of Object.values(cohorts)) expect(parseCohort(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  it('names the field, the range and the sum rule', () => {
    const c = clone();
    c.portOfEntryShare.value = 1.2;
    c.demographic.uac.value += 0.1;
    c.citizenship['family-unit'].other.value = -0.1;
    const issues = cohortIssues(c);
    expect(at(issues, 'portOfEntryShare.value')).toEqual(['must be a share between 0 and 1; got 1.2']);
    expect(at(issues, 'demographic')[0]).toMatch(/^shares of single-adult, family-unit, uac must sum to 1 \(±0.000001\); got 1.1/);
    expect(at(issues, 'citizenship.family-unit.other.value')).toEqual(['must be a share between 0 and 1; got -0.1']);
  });

  it('checks countries: code, group, weights', () => {
    const c = clone();
    c.countries['northern-triangle'].MX = c.countries['northern-triangle'].GT;
    c.countries.other.Brazil = c.countries.other.BR;
    c.countries.other.BR = { value: -1, source: { assumption: 'test value' } };
    c.countries.mexico.MX.value = 0;
    const issues = cohortIssues(c);
    expect(at(issues, 'countries.northern-triangle.MX')).toEqual(["belongs to group 'mexico', not 'northern-triangle'"]);
    expect(at(issues, 'countries.other.Brazil')[0]).toMatch(/^unknown country code; must be ISO 3166 alpha-2/);
    expect(at(issues, 'countries.other.BR.value')).toEqual(['must be a weight of 0 or more; got -1']);
    expect(at(issues, 'countries.mexico')).toEqual(['at least one country weight must be greater than 0; all are 0']);
  });

  it('treats unknown and missing keys as errors', () => {
    const c = clone();
    c.fearOfReturns = c.fearOfReturn;
    delete c.fearOfReturn;
    c.demographic.adult = c.demographic.uac;
    const issues = cohortIssues(c);
    expect(at(issues, 'fearOfReturns')[0]).toMatch(/^unknown field; allowed: id, label, fiscalYear, description, demographic, citizenship/);
    expect(at(issues, 'fearOfReturn')[0]).toMatch(/^required: an object with single-adult, family-unit, uac/);
    expect(at(issues, 'demographic.adult')).toEqual(['unknown demographic; allowed: single-adult, family-unit, uac']);
  });

  it('checks id, fiscal year and sources', () => {
    const c = clone();
    c.id = 'FY 2019';
    c.fiscalYear = 2019.5;
    c.uacUnder14.source = { record: '' };
    const issues = cohortIssues(c);
    expect(at(issues, 'id')[0]).toMatch(/^must be an id of lower-case letters/);
    expect(at(issues, 'fiscalYear')).toEqual(['must be a fiscal year (an integer such as 2019); got 2019.5']);
    expect(at(issues, 'uacUnder14.source.record')).toEqual(['must be a non-empty string; got ""']);
  });

  it('property: any shift of a demographic share breaks the sum and is reported', () => {
    fc.assert(
      fc.property(fc.constantFrom('single-adult', 'family-unit', 'uac'), fc.double({ min: 0.001, max: 0.05, noNaN: true }), (d, delta) => {
        const c = clone();
        c.demographic[d].value -= delta;
        expect(at(cohortIssues(c), 'demographic')).toHaveLength(1);
      }),
    );
  });

  it('parseCohort throws an ImmsimError and returns frozen cohorts', () => {
    expect(() => parseCohort({})).toThrow(ImmsimError);
    expect(Object.isFrozen(parseCohort(clone()))).toBe(true);
  });
});
