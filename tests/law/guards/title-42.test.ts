import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canExpelTitle42 } from '../../../src/law/guards/title-42.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { initialContext } from '../../../src/law/context.js';
import { ctxAt, ev } from '../../helpers/law.js';

const E = ev('EXPEL', 1);

describe('canExpelTitle42 (42 USC 265; CDC order 20 Mar 2020)', () => {
  it('starts on 21 Mar 2020, not the day before', () => {
    expect(canExpelTitle42.test(ctxAt({}, '2020-03-20'), E)).toBe(false);
    expect(canExpelTitle42.test(ctxAt({}, '2020-03-21'), E)).toBe(true);
    expect(canExpelTitle42.test(ctxAt({}, '2021-12-31'), E)).toBe(true);
    expect(canExpelTitle42.test(ctxAt({}, '2016-06-01'), E)).toBe(false);
  });

  it('UACs: expellable until 17 Nov 2020, not under P.J.E.S. (18 Nov 2020 – 29 Jan 2021), not from 30 Jan 2021', () => {
    const uac = { demographic: 'uac' as const, age: 15 };
    expect(canExpelTitle42.test(ctxAt(uac, '2020-11-17'), E)).toBe(true);
    expect(canExpelTitle42.test(ctxAt(uac, '2020-11-18'), E)).toBe(false);
    expect(canExpelTitle42.test(ctxAt(uac, '2021-01-29'), E)).toBe(false);
    expect(canExpelTitle42.test(ctxAt(uac, '2021-01-30'), E)).toBe(false);
    expect(canExpelTitle42.test(ctxAt(uac, '2021-06-01'), E)).toBe(false);
  });

  it('families with a child under 6 in RGV/Laredo: expellable before the Tamaulipas refusal, not after', () => {
    const fam = { citizenship: 'HN', demographic: 'family-unit' as const, youngestChildAge: 4, sector: 'rio-grande-valley' as const };
    expect(canExpelTitle42.test(ctxAt(fam, '2021-01-26'), E)).toBe(true);
    expect(canExpelTitle42.test(ctxAt(fam, '2021-01-27'), E)).toBe(false);
    // Older children, other sectors and Mexican families are still expelled.
    expect(canExpelTitle42.test(ctxAt({ ...fam, youngestChildAge: 6 }, '2021-03-01'), E)).toBe(true);
    expect(canExpelTitle42.test(ctxAt({ ...fam, sector: 'other' }, '2021-03-01'), E)).toBe(true);
    expect(canExpelTitle42.test(ctxAt({ ...fam, citizenship: 'MX' }, '2021-03-01'), E)).toBe(true);
  });

  it('property: never without the order, never a UAC under the injunction or exception', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), (p, r) => {
        const ok = canExpelTitle42.test(initialContext({ profile: p, regime: r }), E);
        if (!r.inForce['title-42']) expect(ok).toBe(false);
        if (p.demographic === 'uac' && (r.inForce['pjes-injunction'] || r.inForce['uac-title-42-exception'])) expect(ok).toBe(false);
      }),
    );
  });
});
