import { assign, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileMachine } from '../../src/engine/compile.js';

const base = setup({
  types: { context: {} as { n: number }, events: {} as { type: 'GO' } | { type: 'STOP' } },
  guards: { small: ({ context }) => context.n < 2 },
  actions: { inc: assign({ n: ({ context }) => context.n + 1 }) },
});

// Counts GO events while fewer than 2, then ends in the final state b.
const counter = () =>
  base.createMachine({
    context: { n: 0 },
    initial: 'a',
    states: {
      a: { on: { GO: [{ guard: 'small', actions: 'inc' }, { target: 'b' }] } },
      b: { type: 'final' },
    },
  });

describe('compileMachine', () => {
  it('reproduces guards, property-map assigns, targetless moves and final states', () => {
    const m = compileMachine<{ n: number }>(counter());
    const ctx = m.createContext(undefined);
    let s = m.initialState;
    for (let i = 0; i < 3; i++) s = m.fire(m.select(s, m.eventIndex.GO!, ctx, { type: 'GO' }), ctx, { type: 'GO' });
    expect(ctx.n).toBe(2);
    expect(m.stateIds[s]).toBe('b');
    expect(m.isFinal[s]).toBe(1);
    expect(m.select(s, m.eventIndex.GO!, ctx, { type: 'GO' })).toBe(-1);
  });

  it('send selects and fires in one call, and leaves the state alone when nothing is allowed or the type is unknown', () => {
    const m = compileMachine<{ n: number }, { type: string }>(counter());
    const ctx = m.createContext(undefined);
    let s = m.initialState;
    expect(m.send(s, ctx, { type: 'STOP' })).toBe(s); // a does not take STOP
    expect(m.send(s, ctx, { type: 'NOT_AN_EVENT' })).toBe(s);
    expect(ctx.n).toBe(0);
    for (let i = 0; i < 3; i++) s = m.send(s, ctx, { type: 'GO' });
    expect(ctx.n).toBe(2);
    expect(m.stateIds[s]).toBe('b');
    expect(m.send(s, ctx, { type: 'GO' })).toBe(s); // final
  });

  it('rejects what it cannot reproduce, with a clear error', () => {
    const nested = base.createMachine({ initial: 'a', context: { n: 0 }, states: { a: { initial: 'x', states: { x: {} } } } });
    expect(() => compileMachine(nested)).toThrow(/nested states \(in 'a'\)/);
    const always = base.createMachine({ initial: 'a', context: { n: 0 }, states: { a: { always: 'b' }, b: {} } });
    expect(() => compileMachine(always)).toThrow(/'always'/);
    const after = base.createMachine({ initial: 'a', context: { n: 0 }, states: { a: { after: { 1000: 'b' } }, b: {} } });
    expect(() => compileMachine(after)).toThrow(/'after'|'always'/);
    const inline = base.createMachine({ initial: 'a', context: { n: 0 }, states: { a: { on: { GO: { guard: ({ context }) => context.n > 0, target: 'b' } } }, b: {} } });
    expect(() => compileMachine(inline)).toThrow(/inline or combined guard/);
    const self = base.createMachine({ initial: 'a', context: { n: 0 }, states: { a: { on: { GO: { target: 'a' } } } } });
    expect(() => compileMachine(self)).toThrow(/self-target/);
  });
});
