// History mode under a strict Content-Security-Policy: the packed person store works without `new Function` (found by
// the page's e2e test under a CSP without 'unsafe-eval'), with the same records and the same replay.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { configure } from '../../src/engine/jit.js';
import { initialContext } from '../../src/law/context.js';
import { PersonStore } from '../../src/history/person-store.js';
import { simulateHistory } from '../../src/history/simulate-history.js';
import { profile, regime } from '../../src/testing/arbitraries.js';
import { FC } from '../helpers/law.js';

afterEach(() => configure({}));

function packed(jitless: boolean, ctx: ReturnType<typeof initialContext>): { data: number[]; back: unknown; strings: string[] } {
  configure({ jitless });
  const store = new PersonStore(ctx, 1);
  const slot = store.alloc();
  store.pack(ctx, store.data, slot * store.stride);
  const back = { ...ctx, profile: PersonStore.blankProfile(ctx.profile) };
  store.unpack(store.data, slot * store.stride, back);
  return { data: [...store.data.subarray(0, store.stride)], back, strings: store.strings };
}

describe('PersonStore without generated code', () => {
  it('packs and unpacks every context exactly as the generated code does', () => {
    fc.assert(
      fc.property(profile(), regime(), (p, r) => {
        const ctx = initialContext({ profile: p, regime: r });
        const a = packed(false, ctx);
        const b = packed(true, ctx);
        expect(b).toEqual(a);
        expect(b.back).toEqual(ctx);
      }),
      FC,
    );
  });

  it('never calls new Function when jitless (as under a CSP without unsafe-eval, where it throws)', () => {
    const ctx = initialContext({ profile: fc.sample(profile(), { seed: 1, numRuns: 1 })[0]!, regime: fc.sample(regime(), { seed: 1, numRuns: 1 })[0]! });
    const real = globalThis.Function;
    const refused = function refused() {
      throw new EvalError('Evaluating a string as JavaScript violates the Content Security Policy');
    } as unknown as FunctionConstructor;
    configure({ jitless: true });
    globalThis.Function = refused;
    try {
      const store = new PersonStore(ctx, 1);
      const back = { ...ctx, profile: PersonStore.blankProfile(ctx.profile) };
      store.pack(ctx, store.data, 0);
      store.unpack(store.data, 0, back);
      expect(back).toEqual(ctx);
    } finally {
      globalThis.Function = real;
    }
  });

  it('a jitless replay gives the same history as the generated one', async () => {
    const o = { from: '2020-01', to: '2020-06', scale: 0.005, replications: 1, seed: 3, capacity: false } as const;
    configure({ jitless: false });
    const a = await simulateHistory(o);
    configure({ jitless: true });
    const b = await simulateHistory(o);
    expect(b).toEqual(a);
  });
});
