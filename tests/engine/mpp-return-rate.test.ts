import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledPathway, PathSampler } from '../../src/engine/sampler.js';
import { newPersonRecord, resetCaseRecord } from '../../src/engine/person-record.js';
import { pathStream } from '../../src/engine/random.js';
import type { FactEvent } from '../../src/law/events.js';
import { defineRegime } from '../../src/policy/define-regime.js';
import { regimes } from '../../src/policy/snapshots.js';
import type { Regime } from '../../src/policy/types.js';
import { profile } from '../../src/testing/arbitraries.js';
import '../helpers/law.js';

const m = compiledPathway();
const CUSTODY = m.stateIndex.custody!;
const RETURN = m.eventIndex.RETURN_TO_MEXICO!;
const PEOPLE = 3000;
const PEOPLE_BY: Record<string, number> = { "single-adult": 8000, "family-unit": 3000 };
const HORIZON = 1095;

/**
 * Runs `PEOPLE` profiles through the sampler and counts, at every custody decision, whether the law allowed the return
 * to Mexico there (eligible) and whether the sampler chose it.
 */
function tally(r: Regime, demographic: 'single-adult' | 'family-unit', citizenship: string, seed: number) {
  const s = new PathSampler(r, HORIZON, m);
  // People whom MPP could reach (Spanish-speaking Central Americans at the southwest border, without a criminal
  // history or prior order); the law still decides, person by person, who is eligible at the decision.
  const people = fc.sample(
    profile({ demographic, citizenship, border: 'southwest', spanishSpeaker: true, criminalHistory: false, priorRemovalOrder: false, fearOfMexico: false, healthVulnerable: false }),
    { seed, numRuns: PEOPLE_BY[demographic] ?? PEOPLE },
  );
  let eligible = 0;
  let returned = 0;
  let returnedIneligible = 0;
  const ends: string[] = [];
  people.forEach((p, i) => {
    const ctx = m.createContext({ profile: p, regime: r });
    const person = newPersonRecord();
    resetCaseRecord(person);
    s.begin(ctx, person);
    const u = pathStream(seed, i);
    let state = m.initialState;
    for (let step = 0; step < 10_000; step++) {
      const allowed = state === CUSTODY && m.select(CUSTODY, RETURN, ctx, { type: 'RETURN_TO_MEXICO', days: 0 } as FactEvent) >= 0;
      const f = s.next(state, ctx, u);
      if (f === null || ctx.day + f.days > HORIZON) break;
      if (state === CUSTODY) {
        if (allowed) eligible++;
        if (f.type === 'RETURN_TO_MEXICO') {
          if (allowed) returned++;
          else returnedIneligible++;
        }
      }
      state = s.fire(state, s.chosenTransition, f, ctx, { caseEnded() {} });
    }
    ends.push(`${m.stateIds[state]}@${ctx.day.toFixed(3)}`);
  });
  return { eligible, returned, returnedIneligible, ends };
}

describe('MPP: the return to Mexico is a rate among the people the law lets be returned at the custody decision', () => {
  it('the share returned among the MPP-eligible equals the regime rate within Monte Carlo error (single adults and families)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('single-adult' as const, 'family-unit' as const),
        fc.constantFrom('GT', 'HN', 'SV'),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.nat({ max: 1_000_000 }),
        (demographic, citizenship, rate, seed) => {
          const r = defineRegime('mpp-2019', { id: 'mpp-rate', params: { custody: { [demographic]: { returnToMexico: rate } } } });
          const t = tally(r, demographic, citizenship, seed);
          expect(t.returnedIneligible).toBe(0);
          // Enough eligible decisions for the check to mean something.
          expect(t.eligible).toBeGreaterThan(200);
          const share = t.returned / t.eligible;
          const se = Math.sqrt((rate * (1 - rate)) / t.eligible);
          expect(Math.abs(share - rate), `share ${share.toFixed(4)} vs rate ${rate.toFixed(4)} over ${t.eligible} eligible`).toBeLessThan(4.5 * se);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('the built-in mpp-2019 and title42-2020 rates hold as rates (families, 2019 rate; single adults, 2020 rate)', () => {
    for (const [id, demographic] of [['mpp-2019', 'family-unit'], ['title42-2020', 'single-adult']] as const) {
      const r = regimes[id];
      const rate = r.params.custody[demographic].returnToMexico.value;
      const t = tally(r, demographic, "HN", 7);
      if (t.eligible === 0) continue; // Title 42 expels nearly everyone: the rate is then checked only where people are eligible.
      const se = Math.sqrt((rate * (1 - rate)) / t.eligible);
      expect(Math.abs(t.returned / t.eligible - rate), `${id} ${demographic}: ${t.returned}/${t.eligible} vs ${rate}`).toBeLessThan(4.5 * se + 1e-9);
    }
  });

  it('eras where the law does not allow the return make no draw for it: kelly-2017 paths are unchanged by its rate', () => {
    const base = regimes['kelly-2017'];
    const other = defineRegime('kelly-2017', { id: 'kelly-rate', params: { custody: { 'family-unit': { returnToMexico: 0.9 }, 'single-adult': { returnToMexico: 0.9 } } } });
    for (const demographic of ['single-adult', 'family-unit'] as const) {
      const a = tally(base, demographic, 'GT', 11);
      const b = tally(other, demographic, 'GT', 11);
      expect(a.eligible).toBe(0);
      // Same states on the same days for every person: no extra draw shifted anyone's stream.
      expect(b.ends).toEqual(a.ends);
    }
  });
});
