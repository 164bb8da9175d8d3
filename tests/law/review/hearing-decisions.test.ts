// Issue 10, rule 2 and "outcomes that depend on what decided them": withholding is not asylum (INA 241(b)(3);
// INS v. Stevic, 467 U.S. 407 (1984)); MPP hearings have their own decision weights; representation changes relief.
import { describe, expect, it } from 'vitest';
import { chancesOf } from '../../../src/engine/chances.js';
import { defineRegime } from '../../../src/policy/define-regime.js';
import { regimes } from '../../../src/policy/snapshots.js';
import { reliefAmongDecided, samplePaths } from '../../helpers/paths.js';

// A Guatemalan adult who crossed Mexico and fears return: barred from asylum under the transit bar (Dec 2019).
const GT = { citizenship: 'GT', demographic: 'single-adult' as const, entry: 'between-ports' as const, fearOfReturn: true };

describe('decisions at a hearing depend on what decides them', () => {
  it('a person barred from asylum (transit bar) wins relief much less often than the same person unbarred', () => {
    const barred = defineRegime('mpp-2019', { id: 'barred', params: { cfPositiveBarred: 0.762, custody: { 'single-adult': { returnToMexico: 0 } } } });
    const unbarred = defineRegime('mpp-2019', { id: 'unbarred', inForce: { 'transit-bar': false }, params: { custody: { 'single-adult': { returnToMexico: 0 } } } });
    const a = reliefAmongDecided(samplePaths(GT, barred, 6000));
    const b = reliefAmongDecided(samplePaths(GT, unbarred, 6000));
    expect(a.decided).toBeGreaterThan(500);
    expect(b.decided).toBeGreaterThan(500);
    // Withholding needs a clear probability: at most half the unbarred relief share.
    expect(a.relief / a.decided).toBeLessThan(0.5 * (b.relief / b.decided));
  });

  it('MPP hearings use published MPP outcomes: relief under 1% of decisions, far below the regular docket', () => {
    const c = chancesOf(regimes['mpp-2019']);
    const share = (w: number[]) => w[0]! / w.reduce((s, x) => s + x, 0);
    expect(share(c.decisionMpp)).toBeLessThan(0.01);
    expect(share(c.decisionFear)).toBeGreaterThan(10 * share(c.decisionMpp));
    // An MPP returnee (only MPP possible after an NTA) wins relief less than 2% of decided hearings.
    const mppOnly = defineRegime('mpp-2019', {
      id: 'mpp-only',
      params: {
        disposition: { 'family-unit': { 'northern-triangle': { nta: 1, voluntaryReturn: 0, expeditedRemoval: 0, reinstatement: 0 } } },
        custody: { 'family-unit': { returnToMexico: 1, familyDetain: 0, parole: 0, release: 0 } },
      },
    });
    const fam = { citizenship: 'HN', demographic: 'family-unit' as const, entry: 'between-ports' as const, fearOfReturn: true };
    const r = reliefAmongDecided(samplePaths(fam, mppOnly, 4000));
    expect(r.decided).toBeGreaterThan(500);
    expect(r.relief / r.decided).toBeLessThan(0.02);
  });

  it('representation raises relief, and the docket mean stays the regime figure', () => {
    const c = chancesOf(regimes['mpp-2019']);
    const r = regimes['mpp-2019'].params.representation.value;
    expect(c.reliefRepresented).toBeGreaterThan(2 * c.reliefUnrepresented - 1e-9);
    expect(r * c.reliefRepresented + (1 - r) * c.reliefUnrepresented).toBeCloseTo(1, 12);
  });
});
