import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canDetain, canDetainFamily, canParole, canRelease, withinFloresLimit } from '../../../src/law/guards/custody.js';
import { initialContext } from '../../../src/law/context.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt, ev } from '../../helpers/law.js';

describe('custody', () => {
  it('canRelease: never at a port; after ER, not once Matter of M-S- took effect (15 Jul 2019)', () => {
    expect(canRelease.test(ctxAt({ entry: 'port-of-entry' }, '2017-01-01'), ev('RELEASE'))).toBe(false);
    expect(canRelease.test(ctxAt({}, '2019-07-14', { viaExpeditedRemoval: true }), ev('RELEASE'))).toBe(true);
    expect(canRelease.test(ctxAt({}, '2019-07-15', { viaExpeditedRemoval: true }), ev('RELEASE'))).toBe(false);
    expect(canRelease.test(ctxAt({}, '2019-07-15'), ev('RELEASE'))).toBe(true);
    expect(canParole.test(ctxAt({}, '2019-07-15', { viaExpeditedRemoval: true }), ev('PAROLE'))).toBe(true);
  });

  it('detention: adults; parents only under family separation; family centres only for families', () => {
    expect(canDetain.test(ctxAt({}, '2017-06-01'), ev('DETAIN'))).toBe(true);
    expect(canDetain.test(ctxAt({ demographic: 'family-unit' }, '2018-05-04'), ev('DETAIN'))).toBe(false);
    expect(canDetain.test(ctxAt({ demographic: 'family-unit' }, '2018-05-05'), ev('DETAIN'))).toBe(true);
    expect(canDetainFamily.test(ctxAt({}, '2017-06-01'), ev('FAMILY_DETAIN'))).toBe(false);
    expect(canDetainFamily.test(ctxAt({ demographic: 'family-unit' }, '2017-06-01'), ev('FAMILY_DETAIN'))).toBe(true);
  });

  it('Flores: out of family detention within 20 days', () => {
    expect(withinFloresLimit.test(ctxAt({}, '2019-01-01'), ev('PAROLE', 20))).toBe(true);
    expect(withinFloresLimit.test(ctxAt({}, '2019-01-01'), ev('PAROLE', 21))).toBe(false);
  });

  it('property: no child is ever detained, paroled or released by DHS (children go to ORR)', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), (p, r) => {
        if (p.demographic !== 'uac') return;
        const c = initialContext({ profile: p, regime: r });
        for (const rule of [canDetain, canDetainFamily, canParole, canRelease]) expect(rule.test(c, ev('DETAIN'))).toBe(false);
      }),
    );
  });
});
