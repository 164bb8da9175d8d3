import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canAdmitUnderWindDown, canReturnToMexico, mppHearingsHeld } from '../../../src/law/guards/mpp.js';
import { initialContext } from '../../../src/law/context.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt, ev } from '../../helpers/law.js';

const R = ev('RETURN_TO_MEXICO');

describe('MPP (INA 235(b)(2)(C))', () => {
  it('enrols from 28 Jan 2019 to 20 Jan 2021, and again from 8 Dec 2021', () => {
    expect(canReturnToMexico.test(ctxAt({}, '2019-01-27'), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({}, '2019-01-28'), R)).toBe(true);
    expect(canReturnToMexico.test(ctxAt({}, '2021-01-20'), R)).toBe(true);
    expect(canReturnToMexico.test(ctxAt({}, '2021-01-21'), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({}, '2021-12-08'), R)).toBe(true);
  });

  it('Mexico took only NT adults 18–60 (families from 13 Feb 2019) until the 7 Jun 2019 declaration, then other Spanish speakers', () => {
    const fam = { demographic: 'family-unit' as const, citizenship: 'HN' };
    expect(canReturnToMexico.test(ctxAt(fam, '2019-02-12'), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt(fam, '2019-02-13'), R)).toBe(true);
    expect(canReturnToMexico.test(ctxAt({ ...fam, citizenship: 'CU' }, '2019-06-06'), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({ ...fam, citizenship: 'CU' }, '2019-06-07'), R)).toBe(true);
    expect(canReturnToMexico.test(ctxAt({ citizenship: 'CU' }, '2019-06-06'), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({ citizenship: 'CU' }, '2019-06-07'), R)).toBe(true);
    expect(canReturnToMexico.test(ctxAt({ age: 61 }, '2019-03-01'), R)).toBe(false);
  });

  it('never Mexicans, UACs, ER cases, the sick, those with criminal history, non-Spanish speakers, or those who fear Mexico', () => {
    const d = '2019-12-01';
    expect(canReturnToMexico.test(ctxAt({ citizenship: 'MX' }, d), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({ demographic: 'uac', age: 15 }, d), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({}, d, { viaExpeditedRemoval: true }), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({ healthVulnerable: true }, d), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({ criminalHistory: true }, d), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({ citizenship: 'BR' }, d), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({ fearOfMexico: true }, d), R)).toBe(false);
    expect(canReturnToMexico.test(ctxAt({ border: 'northern' }, d), R)).toBe(false);
  });

  it('hearings suspended 23 Mar 2020 – Apr 2021; wind-down from 19 Feb 2021', () => {
    expect(mppHearingsHeld.test(ctxAt({}, '2020-03-22'), ev('HEARING'))).toBe(true);
    expect(mppHearingsHeld.test(ctxAt({}, '2020-03-23'), ev('HEARING'))).toBe(false);
    expect(mppHearingsHeld.test(ctxAt({}, '2021-04-30'), ev('HEARING'))).toBe(false);
    expect(mppHearingsHeld.test(ctxAt({}, '2021-05-01'), ev('HEARING'))).toBe(true);
    expect(canAdmitUnderWindDown.test(ctxAt({}, '2021-02-18'), ev('ADMIT_WIND_DOWN'))).toBe(false);
    expect(canAdmitUnderWindDown.test(ctxAt({}, '2021-02-19'), ev('ADMIT_WIND_DOWN'))).toBe(true);
  });

  it('Section 7 refused by Mexico (22 Feb 2017 – 19 Dec 2018): no returns even if MPP were switched on', () => {
    fc.assert(
      fc.property(profile(), anyMeasures(), (p, r) => {
        const c = initialContext({ profile: p, regime: r });
        if (r.inForce['mexico-refuses-section-7'] || p.citizenship === 'MX' || p.demographic === 'uac') {
          expect(canReturnToMexico.test(c, R)).toBe(false);
        }
      }),
    );
  });

  it('property: for every regime of history, no one is returned outside MPP enrolment', () => {
    fc.assert(
      fc.property(profile(), regime(), (p, r) => {
        if (!r.inForce.mpp && !r.inForce['mpp-reimplementation']) {
          expect(canReturnToMexico.test(initialContext({ profile: p, regime: r }), R)).toBe(false);
        }
      }),
    );
  });
});
