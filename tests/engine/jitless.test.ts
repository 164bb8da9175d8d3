import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileMachine } from '../../src/engine/compile.js';
import { configure, jitless } from '../../src/engine/jit.js';
import { runBlock } from '../../src/engine/run-block.js';
import { pathwayMachine } from '../../src/law/pathway-machine.js';
import type { PathContext } from '../../src/law/context.js';
import type { FactEvent } from '../../src/law/events.js';
import { anyMeasures, facts, profile, regime, walkChoices } from '../../src/testing/arbitraries.js';
import { walk } from '../../src/testing/walk.js';
import { regimes } from '../../src/policy/snapshots.js';
import { cohorts } from '../../src/cohorts/index.js';
import type { MigrantProfile } from '../../src/domain/profile.js';
import type { Regime } from '../../src/policy/types.js';
import { FC } from '../helpers/law.js';

const generated = compileMachine<PathContext, FactEvent>(pathwayMachine, { jitless: false });
const interpreted = compileMachine<PathContext, FactEvent>(pathwayMachine, { jitless: true });

/** The interpreter, the generated code and a real XState actor take the same facts to the same state and context. */
function allThreeAgree(p: MigrantProfile, r: Regime, fs: FactEvent[]): void {
  const actor = createActor(pathwayMachine, { input: { profile: p, regime: r } }).start();
  const runs = [generated, interpreted].flatMap((m) => [
    { m, ctx: m.createContext({ profile: p, regime: r }), s: m.initialState, viaSend: false },
    { m, ctx: m.createContext({ profile: p, regime: r }), s: m.initialState, viaSend: true },
  ]);
  for (const e of fs) {
    const can = actor.getSnapshot().can(e);
    const chosen = runs.map((x) => x.m.select(x.s, x.m.eventIndex[e.type] ?? -1, x.ctx, e));
    expect(new Set(chosen).size).toBe(1);
    expect(chosen[0]! >= 0).toBe(can);
    for (const x of runs) {
      if (x.viaSend) x.s = x.m.send(x.s, x.ctx, e);
      else {
        const t = x.m.select(x.s, x.m.eventIndex[e.type] ?? -1, x.ctx, e);
        if (t >= 0) x.s = x.m.fire(t, x.ctx, e);
      }
    }
    // A finished actor takes no more events (XState warns about each one); the runners must not move either.
    if (actor.getSnapshot().status !== 'done') actor.send(e);
    const snap = actor.getSnapshot();
    for (const x of runs) {
      expect(x.m.stateIds[x.s]).toBe(snap.value);
      expect(x.ctx).toEqual(snap.context);
    }
  }
  actor.stop();
}

describe('jitless: the interpreter of the compiled table', () => {
  it('has the same table as the generated code', () => {
    expect(interpreted.jitless).toBe(true);
    expect(generated.jitless).toBe(false);
    expect(interpreted.stateIds).toEqual(generated.stateIds);
    expect([...interpreted.transitionTarget]).toEqual([...generated.transitionTarget]);
    expect(interpreted.transitionMeta).toEqual(generated.transitionMeta);
  });

  it('interpreter, generated code and actor agree on arbitrary facts (refused facts included)', () => {
    fc.assert(fc.property(profile(), fc.oneof(regime(), anyMeasures()), facts(40), allThreeAgree), { seed: FC.seed, numRuns: FC.numRuns });
  });

  it('interpreter, generated code and actor agree along lawful walks that reach deep states', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), walkChoices(80), (p, r, c) => allThreeAgree(p, r, walk(p, r, c).facts)),
      { seed: FC.seed, numRuns: FC.numRuns },
    );
  });

  it('a whole run gives the same summaries on either back end', () => {
    const spec = { regimes: [regimes['kelly-2017'], regimes['mpp-2019']], cohort: cohorts['swb-fy2019'], seed: 9, horizonDays: 1095, start: 0, end: 3000, paired: true, flows: true };
    const viaGenerated = runBlock(spec);
    const viaInterpreter = runBlock(spec, undefined, interpreted);
    expect(viaInterpreter.summaries.map((s) => s.toJSON())).toEqual(viaGenerated.summaries.map((s) => s.toJSON()));
    expect(viaInterpreter.paired.map((s) => s.toJSON())).toEqual(viaGenerated.paired.map((s) => s.toJSON()));
  });

  it('configure({ jitless }) overrides detection and rejects a non-boolean', () => {
    configure({ jitless: true });
    expect(jitless()).toBe(true);
    expect(compileMachine(pathwayMachine).jitless).toBe(true);
    configure({});
    expect(jitless()).toBe(false); // Node allows new Function
    expect(() => configure({ jitless: 'yes' as unknown as boolean })).toThrow(/jitless must be true or false/);
  });

  it('is detected where the runtime refuses code generation (as under a strict CSP)', () => {
    const out = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--import', 'tsx', '-e', [
        "const { compileMachine } = await import('./src/engine/compile.ts');",
        "const { pathwayMachine } = await import('./src/law/pathway-machine.ts');",
        'console.log(JSON.stringify({ jitless: compileMachine(pathwayMachine).jitless }));',
      ].join('\n'), '--input-type=module'],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ jitless: true });
  });
});
