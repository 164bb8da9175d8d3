// Issue 10, rule 4: a reinstated order with a positive reasonable-fear screen leads to withholding-only proceedings
// (8 CFR 208.31(e)), not 240 proceedings: no MPP return (INA 235(b)(2)(C) reaches applicants for admission in 240
// proceedings) and no bond (detention under INA 241(a); Johnson v. Guzman Chavez, 594 U.S. 523 (2021)).
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { canRelease, canReturnToMexico } from '../../../src/law/guards/index.js';
import { REASONABLE_FEAR_SCREEN } from '../../../src/law/context.js';
import { pathwayMachine } from '../../../src/law/pathway-machine.js';
import { makeProfile } from '../../../src/domain/profile.js';
import { regimeAt } from '../../../src/policy/regime-at.js';
import { profile, regime, anyMeasures } from '../../../src/testing/arbitraries.js';
import { initialContext } from '../../../src/law/context.js';
import { ctxAt, ev } from '../../helpers/law.js';

const REINSTATED = { citizenship: 'HN', demographic: 'single-adult' as const, entry: 'between-ports' as const, priorRemovalOrder: true, fearOfReturn: true };

describe('withholding-only proceedings after a reinstated order (8 CFR 208.31(e))', () => {
  it('a replayed path: reinstated, positive reasonable-fear screen, then no return to Mexico and no bond (Dec 2019)', () => {
    const actor = createActor(pathwayMachine, { input: { profile: makeProfile(REINSTATED), regime: regimeAt('2019-12-01') } }).start();
    for (const e of [ev('PROCESS'), ev('REINSTATE', 2), ev('CLAIM_FEAR', 1), ev('SCREEN', 10, { positive: true, standard: 'reasonable-fear' })]) {
      expect(actor.getSnapshot().can(e), e.type).toBe(true);
      actor.send(e);
    }
    expect(actor.getSnapshot().value).toBe('custody');
    expect(actor.getSnapshot().can(ev('RETURN_TO_MEXICO'))).toBe(false);
    expect(actor.getSnapshot().can(ev('RELEASE', 0, { atd: false }))).toBe(false);
    // Detention under INA 241(a), or release on an order of supervision.
    expect(actor.getSnapshot().can(ev('DETAIN'))).toBe(true);
    actor.stop();
  });

  it('the same person in 240 proceedings (no reasonable-fear screen) can be returned and bonded', () => {
    const c = ctxAt({ ...REINSTATED, priorRemovalOrder: false }, '2019-12-01');
    expect(canReturnToMexico.test(c, ev('RETURN_TO_MEXICO'))).toBe(true);
    expect(canRelease.test(c, ev('RELEASE'))).toBe(true);
  });

  it('property: after a reasonable-fear screen, never MPP and never bond, under any regime', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), (p, r) => {
        const c = { ...initialContext({ profile: p, regime: r }), screen: REASONABLE_FEAR_SCREEN, fearClaimed: true, asylumBarred: true } as const;
        expect(canReturnToMexico.test(c, ev('RETURN_TO_MEXICO'))).toBe(false);
        expect(canRelease.test(c, ev('RELEASE'))).toBe(false);
      }),
    );
  });
});
