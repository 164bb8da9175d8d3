// Issue 10, rule 6: family units contain children. A child is never prosecuted or detained as an adult; a child
// separated from a parent prosecuted under zero tolerance becomes an unaccompanied child (6 USC 279(g)(2)) and goes
// to ORR (8 USC 1232(b)(3)).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCohort } from '../../../src/cohorts/draw-profile.js';
import { cohorts } from '../../../src/cohorts/index.js';
import { personStream } from '../../../src/engine/random.js';
import { canDetain, canProsecute, canTransferToOrr } from '../../../src/law/guards/index.js';
import { initialContext } from '../../../src/law/context.js';
import { regimes } from '../../../src/policy/snapshots.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt, ev } from '../../helpers/law.js';
import { samplePaths } from '../../helpers/paths.js';

const CHILD = { citizenship: 'HN', demographic: 'family-unit' as const, familyRole: 'child' as const, age: 7, youngestChildAge: 7 };
const PARENT = { citizenship: 'HN', demographic: 'family-unit' as const, familyRole: 'parent' as const };

describe('children in family units', () => {
  it('a child is never prosecuted or detained by ICE; the parent is, while families were separated', () => {
    expect(canProsecute.test(ctxAt(CHILD, '2018-06-01'), ev('PROSECUTE'))).toBe(false);
    expect(canDetain.test(ctxAt(CHILD, '2018-06-01'), ev('DETAIN'))).toBe(false);
    expect(canProsecute.test(ctxAt(PARENT, '2018-06-01'), ev('PROSECUTE'))).toBe(true);
    expect(canDetain.test(ctxAt(PARENT, '2018-06-01'), ev('DETAIN'))).toBe(true);
  });

  it('a child separated from a prosecuted parent goes to ORR within 72 hours, only while separation lasted', () => {
    expect(canTransferToOrr.test(ctxAt(CHILD, '2018-05-05'), ev('TRANSFER_TO_ORR', 2))).toBe(true);
    expect(canTransferToOrr.test(ctxAt(CHILD, '2018-06-20'), ev('TRANSFER_TO_ORR', 3))).toBe(true);
    expect(canTransferToOrr.test(ctxAt(CHILD, '2018-06-21'), ev('TRANSFER_TO_ORR', 2))).toBe(false);
    expect(canTransferToOrr.test(ctxAt(CHILD, '2018-06-01'), ev('TRANSFER_TO_ORR', 4))).toBe(false);
    expect(canTransferToOrr.test(ctxAt({ ...CHILD, entry: 'port-of-entry' }, '2018-06-01'), ev('TRANSFER_TO_ORR', 2))).toBe(false);
    expect(canTransferToOrr.test(ctxAt(PARENT, '2018-06-01'), ev('TRANSFER_TO_ORR', 2))).toBe(false);
  });

  it('property: nobody under 18 is ever prosecuted, under any regime', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), (p, r) => {
        if (p.age < 18) expect(canProsecute.test(initialContext({ profile: p, regime: r }), ev('PROSECUTE'))).toBe(false);
      }),
    );
  });

  it('cohorts draw family members as parents and children (children under 18, about half)', () => {
    const draw = compileCohort(cohorts['swb-fy2019']);
    let members = 0;
    let children = 0;
    for (let i = 0; i < 20_000; i++) {
      const p = draw(personStream(3, i));
      if (p.demographic !== 'family-unit') continue;
      members++;
      if (p.familyRole === 'child') {
        children++;
        expect(p.age).toBeLessThan(18);
        expect(p.age).toBe(p.youngestChildAge);
      } else expect(p.age).toBeGreaterThanOrEqual(18);
    }
    expect(members).toBeGreaterThan(5000);
    expect(children / members).toBeGreaterThan(0.45);
    expect(children / members).toBeLessThan(0.55);
  });

  it('June 2018, between ports: sampled children are never prosecuted and some go to ORR; parents are prosecuted', () => {
    const childPaths = samplePaths({ ...CHILD, entry: 'between-ports' }, regimes['zero-tolerance-2018'], 2000);
    expect(childPaths.some((p) => p.steps.some((s) => s.to === 'prosecution'))).toBe(false);
    expect(childPaths.filter((p) => p.steps.some((s) => s.event.type === 'TRANSFER_TO_ORR')).length).toBeGreaterThan(100);
    const parentPaths = samplePaths({ ...PARENT, entry: 'between-ports' }, regimes['zero-tolerance-2018'], 2000);
    expect(parentPaths.filter((p) => p.steps.some((s) => s.to === 'prosecution')).length).toBeGreaterThan(100);
  });
});
