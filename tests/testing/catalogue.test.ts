import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeProfile } from '../../src/domain/profile.js';
import { TRACK_IDS } from '../../src/domain/outcomes.js';
import { regimes } from '../../src/policy/snapshots.js';
import {
  anyMeasures, assertPath, invariant, invariants, measure, pathOf, profile, regime, regimeWith, type Path,
} from '../../src/testing/index.js';
import { FC } from '../helpers/law.js';
import { lawlessChoices, lawlessPath } from './lawless.js';

// Historical regimes, perturbed chances, random combinations of measures, and custom measures applied to history.
const anyRegime = fc.oneof(regime(), anyMeasures(), measure().chain((m) => regimeWith(m)!));
const all = (p: Path) => invariants.every((inv) => inv.predicate(p));

describe('the catalogue of legal invariants', () => {
  it('is data: unique ids, a statement, an authority and a topic for each', () => {
    const ids = invariants.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of invariants) {
      expect(i.id).toMatch(/^[a-z0-9-]+$/);
      expect(i.statement.length).toBeGreaterThan(20);
      expect(i.authority.length).toBeGreaterThan(3);
      expect(i.topic).toBeTruthy();
      expect(i.predicate).toBe(i.holds);
    }
    expect(invariant('uac-never-mpp').authority).toContain('8 USC 1232');
    expect(() => invariant('nope')).toThrow(/no invariant 'nope'; the catalogue has: uac-never-expedited-removal/);
  });

  // Under mutation testing (vitest.stryker.config.ts) the combined property below does the same work in one search.
  describe.skipIf(process.env.IMMSIM_MUTATION)('each invariant holds on every lawful path (arbitrary people, regimes, measures and walks)', () => {
    for (const inv of invariants) {
      it(`${inv.id} [${inv.authority}]`, () => {
        assertPath({ name: inv.id, regime: anyRegime, predicate: inv.predicate, numRuns: Math.min(FC.numRuns, 120) });
      });
    }
  });

  it('all invariants hold together on long lawful walks', () => {
    assertPath({ name: 'all invariants', regime: anyRegime, predicate: all, numRuns: 2 * FC.numRuns, maxSteps: 80 });
  });

  it('every invariant holds on arbitrary fact sequences: the machine refuses what breaks the law', () => {
    assertPath({ name: 'all invariants', regime: anyRegime, facts: 'arbitrary', predicate: all, numRuns: FC.numRuns });
  });
});

// Invariants the transition table and the actions guarantee (no guard is involved), and a tampering of a lawful
// path that breaks each: the lawless machine has the same table and actions, so it cannot break them.
const STRUCTURAL: Record<string, (p: Path) => Path> = {
  'counters-consistent': (p) => ({ ...p, steps: p.steps.map((s, i) => (i === 0 ? { ...s, context: { ...s.context, day: s.context.day + 1 } } : s)) }),
  'final-states-absorbing': (p) => ({ ...p, steps: [...p.steps, { ...p.steps[p.steps.length - 1]!, from: 'relief-granted' }] }),
  'detained-respondents-appear': (p) => ({ ...p, steps: [...p.steps, { ...p.steps[0]!, from: 'detained', event: { type: 'NO_SHOW', days: 1 } }] }),
  'tracks-record-procedures': (p) => ({ ...p, tracks: p.tracks.length ? p.tracks.slice(1) : [TRACK_IDS[0]] }),
  'case-record-matches-facts': (p) => ({ ...p, steps: p.steps.map((s, i) => (i === 1 ? { ...s, context: { ...s.context, inUS: false } } : s)) }),
  'decisions-are-followed': (p) => ({ ...p, steps: [...p.steps, { ...p.steps[0]!, from: 'ij-review', state: 'custody', event: { type: 'IJ_DECISION', days: 1, vacated: false } }] }),
  'relief-only-from-a-judge': (p) => ({ ...p, steps: [...p.steps, { ...p.steps[p.steps.length - 1]!, state: 'relief-granted', event: { type: 'PAROLE', days: 0 } }] }),
};

// These check the catalogue, not the law (the lawless machine has no guards to mutate): skipped under mutation testing.
describe.skipIf(process.env.IMMSIM_MUTATION)('no invariant is vacuous', () => {
  for (const inv of invariants.filter((i) => !(i.id in STRUCTURAL))) {
    it(`${inv.id} fails on some walk of the machine without its guards`, () => {
      const d = fc.check(
        fc.property(profile(), anyMeasures(), lawlessChoices, (p, r, ch) => inv.predicate(lawlessPath(p, r, ch))),
        { numRuns: 30_000, endOnFailure: true, seed: FC.seed },
      );
      expect(d.failed, `${inv.id} held on 30,000 lawless walks`).toBe(true);
    });
  }

  it('the structural invariants fail on a tampered lawful path, and hold on the lawful one', () => {
    const p = makeProfile({ citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' });
    const path = pathOf(p, regimes['pep-2016'], [
      { type: 'PROCESS', days: 0 },
      { type: 'ISSUE_NTA', days: 2 },
      { type: 'DETAIN', days: 0 },
    ]);
    expect(path.steps).toHaveLength(3);
    for (const [id, tamper] of Object.entries(STRUCTURAL)) {
      expect(invariant(id).predicate(path), id).toBe(true);
      expect(invariant(id).predicate(tamper(path)), id).toBe(false);
    }
  });
});
