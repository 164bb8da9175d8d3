import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIZENSHIP_GROUPS, citizenshipGroup } from '../../src/domain/citizenship.js';
import { DEMOGRAPHICS, profileIssues, type MigrantProfile } from '../../src/domain/profile.js';
import { cohorts, COHORT_IDS, compileCohort, drawProfile, DRAWS_PER_PROFILE } from '../../src/cohorts/index.js';
import { seeded } from './helpers.js';

fc.configureGlobal({ seed: 42, numRuns: 200 });

const N = 100_000;
// Within 5 standard errors of the expected share (a seeded, fixed run: this is a check of the tables, not luck).
const near = (count: number, n: number, p: number) => expect(Math.abs(count / n - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / n) + 1e-12);

describe.each(COHORT_IDS)('drawing from %s', (id) => {
  const cohort = cohorts[id];
  const sample = compileCohort(cohort);
  const next = seeded(42);
  const people: MigrantProfile[] = Array.from({ length: N }, () => sample(next));

  it('reproduces the demographic and citizenship mixes', () => {
    for (const d of DEMOGRAPHICS) {
      const inD = people.filter((p) => p.demographic === d);
      near(inD.length, N, cohort.demographic[d].value);
      for (const g of CITIZENSHIP_GROUPS) near(inD.filter((p) => citizenshipGroup(p.citizenship) === g).length, inD.length, cohort.citizenship[d][g].value);
    }
  });

  it('reproduces port-of-entry, fear and trait shares', () => {
    near(people.filter((p) => p.entry === 'port-of-entry').length, N, cohort.portOfEntryShare.value);
    const sa = people.filter((p) => p.demographic === 'single-adult' && citizenshipGroup(p.citizenship) === 'northern-triangle');
    near(sa.filter((p) => p.fearOfReturn).length, sa.length, cohort.fearOfReturn['single-adult']['northern-triangle'].value);
    const adults = people.filter((p) => p.demographic !== 'uac');
    near(adults.filter((p) => p.priorRemovalOrder).length, adults.length, cohort.priorRemovalOrder.value);
    near(adults.filter((p) => p.healthVulnerable).length, adults.length, cohort.healthVulnerable.value);
    near(people.filter((p) => p.sector === 'rio-grande-valley' || p.sector === 'laredo').length, N, cohort.tamaulipasSectors.value);
    for (const [sector, w] of Object.entries(cohort.sectors!)) near(people.filter((p) => p.sector === sector).length, N, w.value);
    const families = people.filter((p) => p.demographic === 'family-unit');
    near(families.filter((p) => p.youngestChildAge < 6).length, families.length, cohort.familyYoungChild.value);
    const uacs = people.filter((p) => p.demographic === 'uac');
    near(uacs.filter((p) => p.age < 14).length, uacs.length, cohort.uacUnder14.value);
  });

  it('reproduces the country split within the Northern Triangle', () => {
    const nt = people.filter((p) => citizenshipGroup(p.citizenship) === 'northern-triangle');
    for (const [code, w] of Object.entries(cohort.countries['northern-triangle'])) near(nt.filter((p) => p.citizenship === code).length, nt.length, w.value);
  });

  it('draws valid profiles; UACs carry no adult traits', () => {
    for (const p of people.slice(0, 5_000)) expect(profileIssues(p)).toEqual([]);
    const badUacs = people.filter(
      (p) => p.demographic === 'uac' && (p.age >= 18 || p.priorRemovalOrder || p.healthVulnerable || p.criminalHistory || p.fearOfMexico),
    );
    expect(badUacs).toEqual([]);
  });
});

describe('draw count and determinism', () => {
  it(`always consumes exactly ${DRAWS_PER_PROFILE} draws per profile`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...COHORT_IDS), fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 12, maxLength: 12 }), (id, us) => {
        let i = 0;
        const next = () => us[i++ % us.length]!;
        const p = compileCohort(cohorts[id])(next);
        expect(i).toBe(DRAWS_PER_PROFILE);
        expect(profileIssues(p)).toEqual([]);
      }),
    );
  });

  it('keeps per-person streams aligned whatever the branch', () => {
    const a = seeded(7);
    const b = seeded(7);
    const fy16 = compileCohort(cohorts['swb-fy2016']);
    const fy21 = compileCohort(cohorts['swb-fy2021']);
    for (let k = 0; k < 1_000; k++) {
      fy16(a);
      fy21(b);
    }
    expect(a()).toBe(b());
  });

  it('is deterministic, and drawProfile matches compileCohort', () => {
    const one = compileCohort(cohorts['swb-fy2019']);
    const x = seeded(3);
    const y = seeded(3);
    for (let k = 0; k < 1_000; k++) expect(drawProfile(cohorts['swb-fy2019'], x)).toEqual(one(y));
  });

  it('handles the extreme draws 0 and just below 1', () => {
    for (const u of [0, 1 - 2 ** -53]) {
      for (const id of COHORT_IDS) expect(profileIssues(compileCohort(cohorts[id])(() => u))).toEqual([]);
    }
  });
});
