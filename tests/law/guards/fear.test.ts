import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canClaimFear, canTransferUnderAca, ijAffirms, ijVacates, minimumConsultationDays, requiredScreenStandard, screenNegative,
  screenPositive,
} from '../../../src/law/guards/fear.js';
import { initialContext } from '../../../src/law/context.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt, ev } from '../../helpers/law.js';

const screen = (days: number, positive: boolean, standard: string) => ev('SCREEN', days, { positive, standard });

describe('fear screens', () => {
  it('canClaimFear: only a person who fears return, once per case', () => {
    expect(canClaimFear.test(ctxAt({}, '2019-01-01'), ev('CLAIM_FEAR'))).toBe(false);
    expect(canClaimFear.test(ctxAt({ fearOfReturn: true }, '2019-01-01'), ev('CLAIM_FEAR'))).toBe(true);
    expect(canClaimFear.test(ctxAt({ fearOfReturn: true }, '2019-01-01', { fearClaimed: true }), ev('CLAIM_FEAR'))).toBe(false);
  });

  it('transit bar: non-Mexicans screened at the higher standard from 11 Sep 2019 to 29 Jun 2020', () => {
    const cf = { screen: 1 as const };
    expect(requiredScreenStandard(ctxAt({}, '2019-09-10', cf))).toBe('credible-fear');
    expect(requiredScreenStandard(ctxAt({}, '2019-09-11', cf))).toBe('transit-bar');
    expect(requiredScreenStandard(ctxAt({}, '2020-06-29', cf))).toBe('transit-bar');
    expect(requiredScreenStandard(ctxAt({}, '2020-06-30', cf))).toBe('credible-fear');
    expect(requiredScreenStandard(ctxAt({ citizenship: 'MX' }, '2019-12-01', cf))).toBe('credible-fear');
    expect(requiredScreenStandard(ctxAt({}, '2019-12-01', { screen: 2 }))).toBe('reasonable-fear');
    expect(screenPositive.test(ctxAt({}, '2019-12-01', cf), screen(2, true, 'credible-fear'))).toBe(false);
    expect(screenPositive.test(ctxAt({}, '2019-12-01', cf), screen(2, true, 'transit-bar'))).toBe(true);
  });

  it('consultation: 48 hours, 1 day from 8 Jul 2019 to 1 Mar 2020', () => {
    const cf = { screen: 1 as const, fearClaimed: true };
    expect(minimumConsultationDays(ctxAt({ citizenship: 'MX' }, '2019-07-07', cf))).toBe(2);
    expect(minimumConsultationDays(ctxAt({ citizenship: 'MX' }, '2019-07-08', cf))).toBe(1);
    expect(minimumConsultationDays(ctxAt({ citizenship: 'MX' }, '2020-03-01', cf))).toBe(1);
    expect(minimumConsultationDays(ctxAt({ citizenship: 'MX' }, '2020-03-02', cf))).toBe(2);
    expect(screenNegative.test(ctxAt({ citizenship: 'MX' }, '2018-01-01', cf), screen(1, false, 'credible-fear'))).toBe(false);
    expect(screenNegative.test(ctxAt({ citizenship: 'MX' }, '2018-01-01', cf), screen(2, false, 'credible-fear'))).toBe(true);
  });

  it('ACA: Hondurans and Salvadorans 21 Nov 2019 – 16 Mar 2020, not Guatemalans', () => {
    const hn = { citizenship: 'HN', fearOfReturn: true };
    expect(canTransferUnderAca.test(ctxAt(hn, '2019-11-20', { screen: 1 }), ev('ACA_TRANSFER'))).toBe(false);
    expect(canTransferUnderAca.test(ctxAt(hn, '2019-11-21', { screen: 1 }), ev('ACA_TRANSFER'))).toBe(true);
    expect(canTransferUnderAca.test(ctxAt({ ...hn, citizenship: 'SV' }, '2020-03-16', { screen: 1 }), ev('ACA_TRANSFER'))).toBe(true);
    expect(canTransferUnderAca.test(ctxAt(hn, '2020-03-17', { screen: 1 }), ev('ACA_TRANSFER'))).toBe(false);
    expect(canTransferUnderAca.test(ctxAt({ ...hn, citizenship: 'GT' }, '2020-01-01', { screen: 1 }), ev('ACA_TRANSFER'))).toBe(false);
  });

  it('IJ review: within 7 days (credible fear) or 10 (reasonable fear)', () => {
    expect(ijVacates.test(ctxAt({}, '2018-01-01', { screen: 1 }), ev('IJ_DECISION', 7, { vacated: true }))).toBe(true);
    expect(ijVacates.test(ctxAt({}, '2018-01-01', { screen: 1 }), ev('IJ_DECISION', 8, { vacated: true }))).toBe(false);
    expect(ijAffirms.test(ctxAt({}, '2018-01-01', { screen: 2 }), ev('IJ_DECISION', 10, { vacated: false }))).toBe(true);
    expect(ijAffirms.test(ctxAt({}, '2018-01-01', { screen: 2 }), ev('IJ_DECISION', 11, { vacated: false }))).toBe(false);
  });

  it('property: exactly one screen standard is lawful, and a screen is positive or negative, never both', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), fc.constantFrom(1, 2), fc.integer({ min: 0, max: 30 }), fc.boolean(), (p, r, kind, days, pos) => {
        const c = { ...initialContext({ profile: p, regime: r }), screen: kind as 1 | 2, fearClaimed: true };
        const lawful = ['credible-fear', 'transit-bar', 'reasonable-fear'].filter((s) =>
          screenPositive.test(c, screen(Math.max(days, 2), true, s)),
        );
        expect(lawful).toHaveLength(1);
        const e = screen(days, pos, requiredScreenStandard(c));
        expect(screenPositive.test(c, e) && screenNegative.test(c, e)).toBe(false);
      }),
    );
  });
});
