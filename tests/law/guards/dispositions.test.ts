import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canIssueNta, canMeter, canPlaceInExpeditedRemoval, canProsecute, canReinstate, canRepatriateUac, canReturnVoluntarily,
  canTransferToOrr,
} from '../../../src/law/guards/dispositions.js';
import { initialContext } from '../../../src/law/context.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt, ev } from '../../helpers/law.js';

const UAC = { demographic: 'uac' as const, age: 15 };

describe('dispositions', () => {
  it('canPlaceInExpeditedRemoval: never a UAC (8 USC 1232(a)(5)(D)); Cubans at ports only from 12 Jan 2017', () => {
    expect(canPlaceInExpeditedRemoval.test(ctxAt(UAC, '2019-01-01'), ev('PLACE_IN_ER'))).toBe(false);
    const cuban = { citizenship: 'CU', entry: 'port-of-entry' as const };
    expect(canPlaceInExpeditedRemoval.test(ctxAt(cuban, '2017-01-11'), ev('PLACE_IN_ER'))).toBe(false);
    expect(canPlaceInExpeditedRemoval.test(ctxAt(cuban, '2017-01-12'), ev('PLACE_IN_ER'))).toBe(true);
    // Between ports the ER designations excepted Cubans until 82 FR 4902 (12 Jan 2017); others were never excepted.
    expect(canPlaceInExpeditedRemoval.test(ctxAt({ citizenship: 'CU' }, '2016-06-01'), ev('PLACE_IN_ER'))).toBe(false);
    expect(canPlaceInExpeditedRemoval.test(ctxAt({ citizenship: 'CU' }, '2017-01-12'), ev('PLACE_IN_ER'))).toBe(true);
    expect(canPlaceInExpeditedRemoval.test(ctxAt({ citizenship: 'HN' }, '2016-06-01'), ev('PLACE_IN_ER'))).toBe(true);
  });

  it('canReinstate: only with a prior order, never a UAC', () => {
    expect(canReinstate.test(ctxAt({}, '2018-01-01'), ev('REINSTATE'))).toBe(false);
    expect(canReinstate.test(ctxAt({ priorRemovalOrder: true }, '2018-01-01'), ev('REINSTATE'))).toBe(true);
    expect(canReinstate.test(ctxAt({ ...UAC, priorRemovalOrder: true }, '2018-01-01'), ev('REINSTATE'))).toBe(false);
  });

  it('UACs: to ORR within 72 hours; repatriated only if contiguous, no fear, not trafficked', () => {
    expect(canTransferToOrr.test(ctxAt(UAC, '2019-01-01'), ev('TRANSFER_TO_ORR', 3))).toBe(true);
    expect(canTransferToOrr.test(ctxAt(UAC, '2019-01-01'), ev('TRANSFER_TO_ORR', 4))).toBe(false);
    expect(canTransferToOrr.test(ctxAt({}, '2019-01-01'), ev('TRANSFER_TO_ORR', 1))).toBe(false);
    expect(canRepatriateUac.test(ctxAt({ ...UAC, citizenship: 'MX' }, '2019-01-01'), ev('REPATRIATE'))).toBe(true);
    expect(canRepatriateUac.test(ctxAt({ ...UAC, citizenship: 'MX', fearOfReturn: true }, '2019-01-01'), ev('REPATRIATE'))).toBe(false);
    expect(canRepatriateUac.test(ctxAt({ ...UAC, citizenship: 'MX', traffickingVictim: true }, '2019-01-01'), ev('REPATRIATE'))).toBe(false);
    expect(canRepatriateUac.test(ctxAt({ ...UAC, citizenship: 'GT' }, '2019-01-01'), ev('REPATRIATE'))).toBe(false);
    expect(canReturnVoluntarily.test(ctxAt(UAC, '2019-01-01'), ev('VOLUNTARY_RETURN'))).toBe(false);
    expect(canIssueNta.test(ctxAt(UAC, '2019-01-01'), ev('ISSUE_NTA'))).toBe(false);
  });

  it('canProsecute: parents only 5 May – 20 Jun 2018; never at a port; once per case', () => {
    const fam = { demographic: 'family-unit' as const };
    expect(canProsecute.test(ctxAt(fam, '2018-05-04'), ev('PROSECUTE'))).toBe(false);
    expect(canProsecute.test(ctxAt(fam, '2018-05-05'), ev('PROSECUTE'))).toBe(true);
    expect(canProsecute.test(ctxAt(fam, '2018-06-20'), ev('PROSECUTE'))).toBe(true);
    expect(canProsecute.test(ctxAt(fam, '2018-06-21'), ev('PROSECUTE'))).toBe(false);
    expect(canProsecute.test(ctxAt({ entry: 'port-of-entry' }, '2018-06-01'), ev('PROSECUTE'))).toBe(false);
    expect(canProsecute.test(ctxAt({}, '2018-06-01', { prosecuted: true }), ev('PROSECUTE'))).toBe(false);
    expect(canProsecute.test(ctxAt(UAC, '2018-06-01'), ev('PROSECUTE'))).toBe(false);
  });

  it('canMeter: at southwest ports from 1 Apr 2018 to 20 Mar 2020', () => {
    const poe = { entry: 'port-of-entry' as const };
    expect(canMeter.test(ctxAt(poe, '2018-03-31'), ev('METER'))).toBe(false);
    expect(canMeter.test(ctxAt(poe, '2018-04-01'), ev('METER'))).toBe(true);
    expect(canMeter.test(ctxAt(poe, '2020-03-20'), ev('METER'))).toBe(true);
    expect(canMeter.test(ctxAt(poe, '2020-03-21'), ev('METER'))).toBe(false);
    expect(canMeter.test(ctxAt({}, '2019-01-01'), ev('METER'))).toBe(false);
    expect(canMeter.test(ctxAt({ ...poe, border: 'northern' }, '2019-01-01'), ev('METER'))).toBe(false);
  });

  it('property: no UAC is ever voluntarily returned, placed in ER, reinstated, prosecuted or given an adult NTA', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), fc.boolean(), (p, r, prior) => {
        const c = { ...initialContext({ profile: p, regime: r }), hasRemovalOrder: prior };
        if (p.demographic !== 'uac') return;
        for (const rule of [canReturnVoluntarily, canPlaceInExpeditedRemoval, canReinstate, canProsecute, canIssueNta]) {
          expect(rule.test(c, ev('PROCESS'))).toBe(false);
        }
      }),
    );
  });
});
