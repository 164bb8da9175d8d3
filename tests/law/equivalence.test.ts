import fc from 'fast-check';
import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pathwayMachine } from '../../src/law/pathway-machine.js';
import { compiledPathway } from '../../src/engine/sampler.js';
import { anyMeasures, facts, profile, regime, walkChoices } from '../../src/testing/arbitraries.js';
import { walk } from '../../src/testing/walk.js';
import '../helpers/law.js';
import type { FactEvent } from '../../src/law/events.js';
import type { MigrantProfile } from '../../src/domain/profile.js';
import type { Regime } from '../../src/policy/types.js';

function bothAgree(p: MigrantProfile, r: Regime, fs: FactEvent[]): void {
  const m = compiledPathway();
  const actor = createActor(pathwayMachine, { input: { profile: p, regime: r } }).start();
  const ctx = m.createContext({ profile: p, regime: r });
  // The same facts through `send` (select and fire in one call), on a context of its own.
  const ctx2 = m.createContext({ profile: p, regime: r });
  let s = m.initialState;
  let s2 = m.initialState;
  expect(ctx).toEqual(actor.getSnapshot().context);
  for (const e of fs) {
    const t = m.select(s, m.eventIndex[e.type] ?? -1, ctx, e);
    expect(t >= 0).toBe(actor.getSnapshot().can(e));
    if (t >= 0) s = m.fire(t, ctx, e);
    s2 = m.send(s2, ctx2, e);
    // A finished actor takes no more events (XState warns about each one); the compiled runner must not move either.
    if (actor.getSnapshot().status !== 'done') actor.send(e);
    const snap = actor.getSnapshot();
    expect(m.stateIds[s]).toBe(snap.value);
    expect(ctx).toEqual(snap.context);
    expect(m.stateIds[s2]).toBe(snap.value);
    expect(ctx2).toEqual(snap.context);
    expect(m.isFinal[s] === 1).toBe(snap.status === 'done');
  }
  actor.stop();
}

describe('the compiled runner is the machine', () => {
  // No XState warnings (such as "Event ... was sent to stopped actor") in the test output: the test sends no event
  // to a finished actor.
  let warn: { mock: { calls: unknown[][] }; mockRestore(): void };
  beforeEach(() => void (warn = vi.spyOn(console, 'warn')));
  afterEach(() => {
    expect(warn.mock.calls.map((c) => String(c[0]).split('\n')[0])).toEqual([]);
    warn.mockRestore();
  });

  it('same state and context as a real XState actor for arbitrary fact sequences (refused facts included)', () => {
    fc.assert(fc.property(profile(), fc.oneof(regime(), anyMeasures()), facts(50), bothAgree), { numRuns: 300 });
  });

  it('same state and context along lawful walks that reach deep states', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), walkChoices(80), (p, r, choices) => bothAgree(p, r, walk(p, r, choices).facts)),
      { numRuns: 300 },
    );
  });
});
