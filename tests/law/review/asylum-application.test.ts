// Issue 10, rule 8: a fear claim exists only in expedited removal and reinstatement (where it leads to a screen).
// People placed straight into 240 proceedings apply for asylum in court (Form I-589) without ever claiming fear, and
// relief at the hearing depends on having applied, not on a cohort's "claimed credible fear" share.
// Authority: INA 208(a)(1), (d)(1); 8 CFR 1208.3(a), 1240.11(c); 8 CFR 208.30(f).
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { canApplyForAsylum, reliefGranted } from '../../../src/law/guards/index.js';
import { initialContext } from '../../../src/law/context.js';
import { pathwayMachine } from '../../../src/law/pathway-machine.js';
import { makeProfile } from '../../../src/domain/profile.js';
import { regimeAt } from '../../../src/policy/regime-at.js';
import { regimes } from '../../../src/policy/snapshots.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ev } from '../../helpers/law.js';
import { samplePaths } from '../../helpers/paths.js';

// A Honduran family given an NTA and released (no expedited removal, so no fear claim is possible).
const FAMILY = { citizenship: 'HN', demographic: 'family-unit' as const, entry: 'between-ports' as const, youngestChildAge: 6 };

describe('rule 8: asylum is applied for in court; fear claims belong to expedited removal', () => {
  it('a replayed path: a family released with an NTA never claims fear, files an I-589 in court and may be granted asylum', () => {
    const actor = createActor(pathwayMachine, { input: { profile: makeProfile({ ...FAMILY, fearOfReturn: false }), regime: regimeAt('2016-06-01') } }).start();
    const relief = ev('HEARING', 120, { decision: 'relief', relief: 'asylum' });
    for (const e of [ev('PROCESS'), ev('ISSUE_NTA', 2), ev('PAROLE', 0)]) {
      expect(actor.getSnapshot().can(e), e.type).toBe(true);
      actor.send(e);
    }
    expect(actor.getSnapshot().value).toBe('waiting-us');
    expect(actor.getSnapshot().can(ev('CLAIM_FEAR'))).toBe(false);
    // Without an application on file the judge cannot grant protection.
    expect(actor.getSnapshot().can(relief)).toBe(false);
    expect(actor.getSnapshot().can(ev('APPLY_ASYLUM'))).toBe(true);
    actor.send(ev('APPLY_ASYLUM'));
    expect(actor.getSnapshot().context.asylumApplied).toBe(true);
    expect(actor.getSnapshot().can(ev('APPLY_ASYLUM'))).toBe(false);
    expect(actor.getSnapshot().can(relief)).toBe(true);
    actor.stop();
  });

  it('property: relief is granted only on an application on file, under any regime and for anyone', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), fc.constantFrom('asylum', 'withholding', 'cat'), (p, r, kind) => {
        const c = initialContext({ profile: p, regime: r });
        const e = ev('HEARING', 30, { decision: 'relief', relief: kind });
        expect(reliefGranted.test(c, e)).toBe(false);
        expect(canApplyForAsylum.test(c, ev('APPLY_ASYLUM'))).toBe(true);
        expect(canApplyForAsylum.test({ ...c, asylumApplied: true }, ev('APPLY_ASYLUM'))).toBe(false);
        // Withholding and CAT need only the application; asylum also needs no bar.
        if (kind !== 'asylum') expect(reliefGranted.test({ ...c, asylumApplied: true }, e)).toBe(true);
      }),
    );
  });

  it('property: on sampled paths, a fear claim is made only in expedited removal or reinstatement, and every grant follows an application', () => {
    fc.assert(
      fc.property(profile(), fc.constantFrom('pep-2016', 'kelly-2017', 'mpp-2019', 'biden-2021' as const), fc.nat(1000), (p, id, seed) => {
        for (const path of samplePaths(p, regimes[id], 5, 1095, seed)) {
          let applied = false;
          for (const s of path.steps) {
            if (s.event.type === 'CLAIM_FEAR') expect(['expedited-removal', 'reinstatement']).toContain(s.from);
            if (s.event.type === 'APPLY_ASYLUM') applied = true;
            if (s.event.type === 'RECROSS') applied = false;
            if (s.to === 'relief-granted') expect(applied).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('relief among released families depends on having applied, not on a fear-of-return flag that was never used', () => {
    const relief = (fearOfReturn: boolean) => {
      const paths = samplePaths({ ...FAMILY, fearOfReturn }, regimes['pep-2016'], 4000, 1095, 7).filter(
        (p) => p.steps.some((s) => s.event.type === 'ISSUE_NTA') && !p.steps.some((s) => s.event.type === 'CLAIM_FEAR'),
      );
      const decided = paths.filter((p) => ['relief-granted', 'removal-order', 'voluntary-departure', 'terminated'].includes(p.final));
      return { n: decided.length, share: decided.filter((p) => p.final === 'relief-granted').length / decided.length };
    };
    const withFlag = relief(true);
    const without = relief(false);
    expect(withFlag.n).toBeGreaterThan(300);
    expect(without.n).toBeGreaterThan(300);
    // The same people in court, whatever the flag: equal relief within sampling noise (was 5× apart).
    expect(Math.abs(withFlag.share - without.share)).toBeLessThan(0.06);
    expect(without.share).toBeGreaterThan(0.05);
  });
});
