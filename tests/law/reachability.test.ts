import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_IDS, STATES, type StateInfo } from '../../src/law/states.js';
import { OUTCOME_IDS } from '../../src/domain/outcomes.js';
import { makeProfile, type ProfileInput } from '../../src/domain/profile.js';
import { reachableStates } from '../../src/testing/explore.js';
import { profile, regime } from '../../src/testing/arbitraries.js';
import { regimes, REGIME_IDS, type RegimeId } from '../../src/policy/snapshots.js';
import '../helpers/law.js';

// A small set of people that between them meet every rule's conditions.
const PEOPLE: ProfileInput[] = [
  { citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports', fearOfReturn: true, priorRemovalOrder: true },
  { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports', fearOfReturn: true, youngestChildAge: 4, sector: 'rio-grande-valley' },
  { citizenship: 'SV', demographic: 'single-adult', entry: 'port-of-entry', fearOfReturn: true },
  { citizenship: 'MX', demographic: 'uac', entry: 'between-ports', age: 15 },
  { citizenship: 'GT', demographic: 'uac', entry: 'between-ports', age: 15, fearOfReturn: true },
  { citizenship: 'CU', demographic: 'single-adult', entry: 'port-of-entry', fearOfReturn: true },
  { citizenship: 'MX', demographic: 'single-adult', entry: 'between-ports', priorRemovalOrder: true },
];

function reach(id: RegimeId): Set<string> {
  const all = new Set<string>();
  for (const p of PEOPLE) for (const s of reachableStates(makeProfile(p), regimes[id])) all.add(s);
  return all;
}

describe('reachability (breadth-first search over lawful facts)', () => {
  const byRegime = Object.fromEntries(REGIME_IDS.map((id) => [id, reach(id)])) as Record<RegimeId, Set<string>>;

  it('every state — and so every outcome — is reachable for some profile and historical regime', () => {
    const union = new Set(REGIME_IDS.flatMap((id) => [...byRegime[id]]));
    expect(STATE_IDS.filter((s) => !union.has(s))).toEqual([]);
    for (const o of OUTCOME_IDS) expect(union.has(o)).toBe(true);
  });

  it('each snapshot reaches the states its measures open, and not those they close', () => {
    expect(byRegime['title42-2020'].has('expelled')).toBe(true);
    expect(byRegime['pep-2016'].has('expelled')).toBe(false);
    expect(byRegime['zero-tolerance-2018'].has('expelled')).toBe(false);
    expect(byRegime['mpp-2019'].has('waiting-mexico')).toBe(true);
    expect(byRegime['kelly-2017'].has('waiting-mexico')).toBe(false);
    expect(byRegime['biden-2021'].has('waiting-mexico')).toBe(false);
    expect(byRegime['zero-tolerance-2018'].has('prosecution')).toBe(true);
    expect(byRegime['mpp-2019'].has('transferred-third-country')).toBe(true);
    expect(byRegime['biden-2021'].has('transferred-third-country')).toBe(false);
    expect(byRegime['mpp-2019'].has('metered')).toBe(true);
    expect(byRegime['pep-2016'].has('metered')).toBe(false);
  });

  it('final states are outcomes, and absorbing', () => {
    for (const id of STATE_IDS) {
      const info: StateInfo = STATES[id];
      if (info.final) expect(info.outcome).toBeDefined();
    }
  });

  it('property: a UAC never reaches expedited removal, MPP or adult detention under any regime', () => {
    fc.assert(
      fc.property(profile(), regime(), (p, r) => {
        if (p.demographic !== 'uac') return;
        const s = reachableStates(p, r, [0, 2]);
        for (const bad of ['expedited-removal', 'reinstatement', 'waiting-mexico', 'detained', 'family-detention', 'custody']) {
          expect(s.has(bad)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
