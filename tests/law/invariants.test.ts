import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invariants } from '../../src/testing/invariants.js';
import { pathOf } from '../../src/testing/path.js';
import { walk } from '../../src/testing/walk.js';
import { anyMeasures, facts, profile, regime, walkChoices } from '../../src/testing/arbitraries.js';
import '../helpers/law.js';

describe('legal invariants hold on every lawful path', () => {
  for (const inv of invariants) {
    it(`${inv.id}: ${inv.statement}`, () => {
      fc.assert(
        fc.property(profile(), fc.oneof(regime(), anyMeasures()), walkChoices(), (p, r, choices) => {
          const w = walk(p, r, choices);
          const path = pathOf(p, r, w.facts);
          expect(path.refused).toEqual([]);
          return inv.holds(path);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('arbitrary (mostly unlawful) fact sequences: the machine refuses what breaks the law, so every invariant still holds', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), facts(60), (p, r, fs) => {
        const path = pathOf(p, r, fs);
        for (const inv of invariants) if (!inv.holds(path)) return false;
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
