import { setup } from 'xstate';
import { actions } from './actions.js';
import { bits } from './actions.js';
import { initialContext, type PathContext, type PathInput } from './context.js';
import type { FactEvent, FactType } from './events.js';
import { RULES } from './guards/index.js';
import type { Rule } from './rule.js';
import { STATES, type StateId, type StateInfo } from './states.js';
import { TRANSITIONS, type ActionRef } from './transitions.js';

/** Meta on every transition that embodies a rule: the rule's id, statement and authority. */
export interface TransitionMeta {
  rule?: string;
  statement?: string;
  authority?: string;
}

const ELAPSE = { free: 'elapse', detained: 'elapseDetained', mexico: 'elapseInMexico' } as const;
// States whose entry puts the person outside the US, or records a removal order.
const LEAVES_US: readonly StateId[] = [
  'expelled', 'voluntary-return', 'removed-expedited', 'transferred-third-country', 'voluntary-departure', 'waiting-mexico',
];
const ORDER_STATES: readonly StateId[] = ['removed-expedited', 'removal-order', 'in-absentia-order'];

function entryActions(id: StateId, info: StateInfo): ActionRef[] {
  const out: ActionRef[] = [];
  if (info.tracks?.length) out.push({ type: 'markTracks', params: { bits: bits(...info.tracks) } });
  if (LEAVES_US.includes(id)) out.push('leaveUS');
  if (ORDER_STATES.includes(id)) out.push('recordRemovalOrder');
  return out;
}

function buildStates() {
  const states: Record<string, unknown> = {};
  for (const id of Object.keys(STATES) as StateId[]) {
    const info: StateInfo = STATES[id];
    const elapse = ELAPSE[info.time];
    const on: Record<string, unknown[]> = {};
    const table = TRANSITIONS[id];
    for (const type of Object.keys(table) as FactType[]) {
      on[type] = (table[type] ?? []).map((t) => {
        const rule: Rule | undefined = t.guard ? RULES[t.guard] : undefined;
        const meta: TransitionMeta = rule ? { rule: rule.id, statement: rule.statement, authority: rule.authority } : {};
        return {
          ...(t.target ? { target: t.target } : {}),
          ...(t.guard ? { guard: t.guard } : {}),
          actions: [elapse, ...(t.actions ?? [])],
          meta,
        };
      });
    }
    // Any case still open when the simulation stops ends as pending.
    if (!info.outcome) on.HORIZON = [{ target: 'pending', actions: [elapse], meta: {} }];
    states[id] = {
      description: info.description,
      meta: { ...info, id },
      ...(info.final ? { type: 'final' } : {}),
      entry: entryActions(id, info),
      on,
    };
  }
  return states;
}

// A rule made of parts (allOf) holds when every part holds, in order: its conjuncts are its parts' conjuncts.
const conjunctsOf = (r: Rule): Rule['test'][] => {
  const parts = (r as Rule & { parts?: Rule[] }).parts;
  return parts ? parts.flatMap(conjunctsOf) : [r.test];
};

// Each guard also lists its rule's tests as `conjuncts` (see compile.ts), so the compiled runner calls the rules'
// own tests directly; XState calls the guard itself.
type Guard = (args: { context: PathContext; event: FactEvent }) => boolean;
const guards = Object.fromEntries(
  Object.values(RULES).map((r: Rule): [string, Guard] => [
    r.id,
    Object.assign(({ context, event }: { context: PathContext; event: FactEvent }) => r.test(context, event), { conjuncts: conjunctsOf(r) }),
  ]),
) as { [K in keyof typeof RULES]: Guard };

/**
 * The law as a statechart: one person across repeated crossings. Facts (events) carry the days that passed; the
 * machine refuses a fact the law does not allow. No randomness, clocks or I/O: chance lives in the regime and the
 * engine. Built from {@link TRANSITIONS} and {@link STATES}.
 * @example
 * import { createActor } from 'xstate';
 * const actor = createActor(pathwayMachine, { input: { profile, regime: regimes['title42-2020'] } }).start();
 * actor.send({ type: 'PROCESS', days: 0 });
 * actor.send({ type: 'EXPEL', days: 1 });
 * actor.getSnapshot().value; // 'expelled'
 */
export const pathwayMachine = setup({
  types: {
    context: {} as PathContext,
    events: {} as FactEvent,
    input: {} as PathInput,
    meta: {} as Record<string, unknown>,
  },
  guards,
  // The action map is typed in actions.ts; setup() cannot infer property-map assigns with params.
  actions: actions as unknown as Record<string, never>,
}).createMachine({
  id: 'pathway',
  initial: 'encountered',
  context: ({ input }) => initialContext(input),
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  states: buildStates() as any,
});

export type PathwayMachine = typeof pathwayMachine;
