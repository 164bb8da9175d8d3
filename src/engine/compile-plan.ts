import type { AnyStateMachine } from 'xstate';
import { ImmsimError } from '../domain/errors.js';

/**
 * A guard may list `conjuncts`: pure predicates of (context, event) whose conjunction, evaluated in order, is the
 * guard. The compiler then calls them directly — no `{ context, event }` object, one inlinable call site each.
 */
export interface Conjuncts {
  conjuncts?: readonly ((context: never, event: never) => boolean)[];
}

type Fn = (...a: unknown[]) => unknown;

/** One action of a transition, as the generated code and the interpreter both run it. */
export type ActionPlan =
  | { kind: 'assign-fn'; fn: Fn; params: unknown }
  | { kind: 'assign-map'; fields: { key: string; fn?: Fn; value?: unknown }[]; params: unknown }
  | { kind: 'call'; fn: Fn; params: unknown };

/** How a transition's guard is checked: not at all, as a conjunction of (ctx, event) predicates, or as a guard. */
export type GuardPlan = { kind: 'none' } | { kind: 'conjuncts'; fns: Fn[] } | { kind: 'guard'; fn: Fn };

export interface TransitionPlan {
  id: number;
  source: number;
  event: number;
  /** -1 for a targetless transition. */
  target: number;
  meta: unknown;
  guard: GuardPlan;
  /** The transition's actions, then the target's entry actions. */
  actions: ActionPlan[];
}

/** The table of a flat machine: what both back ends (generated code, interpreter) run. */
export interface MachinePlan {
  stateIds: string[];
  stateIndex: Record<string, number>;
  eventTypes: string[];
  eventIndex: Record<string, number>;
  initialState: number;
  isFinal: Uint8Array;
  /** In the machine's order: per (state, event), the candidates are tried in this order. */
  transitions: TransitionPlan[];
  /** Per state: per accepted event type (in the machine's order), its transitions. */
  byState: { event: number; transitions: TransitionPlan[] }[][];
  initialEntry: ActionPlan[];
  contextFactory: unknown;
}

type ActionRef = string | { type: string; params?: unknown };
interface Node {
  key: string;
  type: string;
  states: Record<string, unknown>;
  entry: unknown[];
  exit: unknown[];
  always?: unknown[];
  transitions: Map<string, Array<{ target?: Array<{ key: string; parent?: unknown }>; guard?: unknown; actions: unknown[]; meta?: unknown; reenter?: boolean }>>;
  config: Record<string, unknown>;
  invoke?: unknown[];
  history?: unknown;
}

/**
 * Throws the compiler's error for a construct it cannot reproduce exactly.
 * @example
 * unsupported('nested states'); // throws ImmsimError
 */
export function unsupported(what: string): never {
  throw new ImmsimError(`compileMachine: ${what} is not supported by the compiled runner; keep the machine flat (DESIGN.md)`);
}

function planAction(ref: ActionRef, where: string, actions: Record<string, unknown>): ActionPlan {
  if (typeof ref === 'function') unsupported(`an inline action (${where}); name it in setup()`);
  const type = typeof ref === 'string' ? ref : ref.type;
  const params = typeof ref === 'string' ? undefined : ref.params;
  const impl = actions[type] as (Fn & { type?: string; assignment?: unknown }) | undefined;
  if (!impl) unsupported(`action '${type}' without an implementation (${where})`);
  if (impl.type === 'xstate.assign') {
    const assignment = impl.assignment;
    if (typeof assignment === 'function') return { kind: 'assign-fn', fn: assignment as Fn, params };
    const fields = Object.entries(assignment as Record<string, unknown>).map(([key, v]) =>
      typeof v === 'function' ? { key, fn: v as Fn } : { key, value: v },
    );
    return { kind: 'assign-map', fields, params };
  }
  if (typeof impl.type === 'string' && impl.type.startsWith('xstate.')) unsupported(`built-in action '${impl.type}' (${where})`);
  return { kind: 'call', fn: impl, params };
}

function planGuard(guard: unknown, guards: Record<string, unknown>, ev: string, key: string): GuardPlan {
  if (guard === undefined) return { kind: 'none' };
  if (typeof guard !== 'string') unsupported(`an inline or combined guard ('${ev}' in '${key}'); name it in setup()`);
  const g = guards[guard];
  if (typeof g !== 'function') unsupported(`guard '${guard}' without an implementation`);
  const parts = (g as Conjuncts).conjuncts;
  return parts && parts.length > 0 && parts.every((p) => typeof p === 'function')
    ? { kind: 'conjuncts', fns: parts as unknown as Fn[] }
    : { kind: 'guard', fn: g as Fn };
}

function checkFlat(n: Node): void {
  if (Object.keys(n.states).length > 0) unsupported(`nested states (in '${n.key}')`);
  if ((n.always?.length ?? 0) > 0) unsupported(`'always' (in '${n.key}')`);
  if (n.config.after) unsupported(`'after' delays (in '${n.key}')`);
  if ((n.invoke?.length ?? 0) > 0) unsupported(`'invoke' (in '${n.key}')`);
  if (n.type === 'history' || n.type === 'parallel') unsupported(`${n.type} states (in '${n.key}')`);
  if (n.exit.length > 0) unsupported(`exit actions (in '${n.key}')`);
}

/**
 * Reads a flat XState v5 machine into its table (states, events, transitions with guards and actions), rejecting
 * anything the compiled runner cannot reproduce exactly (nesting, `always`, `after`, `invoke`, inline guards).
 * @example
 * const plan = planMachine(pathwayMachine);
 * plan.stateIds[plan.initialState] // 'encountered'
 */
export function planMachine(machine: AnyStateMachine): MachinePlan {
  const root = machine.root as unknown as Node;
  const guards = machine.implementations.guards as Record<string, unknown>;
  const actions = machine.implementations.actions as Record<string, unknown>;
  if ((root.always?.length ?? 0) > 0 || root.transitions.size > 0) unsupported('a root-level transition');
  const stateIds = Object.keys(root.states);
  const stateIndex = Object.fromEntries(stateIds.map((k, i) => [k, i]));
  const nodes = stateIds.map((k) => root.states[k] as Node);
  const eventTypes: string[] = [];
  for (const n of nodes) {
    checkFlat(n);
    for (const ev of n.transitions.keys()) {
      if (ev === '*' || ev.includes('.')) unsupported(`wildcard or partial event descriptors ('${ev}' in '${n.key}')`);
      if (!eventTypes.includes(ev)) eventTypes.push(ev);
    }
  }
  const eventIndex = Object.fromEntries(eventTypes.map((k, i) => [k, i]));
  const initialKey = (root.config.initial as string | undefined) ?? stateIds[0];
  if (initialKey === undefined || !(initialKey in stateIndex)) unsupported('a machine without an initial state');

  const transitions: TransitionPlan[] = [];
  const byState = nodes.map((n, s) =>
    [...n.transitions].map(([ev, list]) => ({
      event: eventIndex[ev] as number,
      transitions: list.map((t) => {
        if ((t.target?.length ?? 0) > 1) unsupported(`multiple targets ('${ev}' in '${n.key}')`);
        const targetKey = t.target?.[0]?.key;
        if (targetKey === n.key) unsupported(`an explicit self-target ('${ev}' in '${n.key}'); leave the target out`);
        const target = targetKey === undefined ? -1 : (stateIndex[targetKey] as number);
        const guard = planGuard(t.guard, guards, ev, n.key);
        const acts = (t.actions as ActionRef[]).map((a) => planAction(a, `'${ev}' in '${n.key}'`, actions));
        if (target >= 0) for (const a of nodes[target]!.entry as ActionRef[]) acts.push(planAction(a, `entry of '${nodes[target]!.key}'`, actions));
        const plan: TransitionPlan = { id: transitions.length, source: s, event: eventIndex[ev] as number, target, meta: t.meta, guard, actions: acts };
        transitions.push(plan);
        return plan;
      }),
    })),
  );
  const initialState = stateIndex[initialKey] as number;
  return {
    stateIds,
    stateIndex,
    eventTypes,
    eventIndex,
    initialState,
    isFinal: Uint8Array.from(nodes.map((n) => (n.type === 'final' ? 1 : 0))),
    transitions,
    byState,
    initialEntry: (nodes[initialState]!.entry as ActionRef[]).map((a) => planAction(a, 'initial entry', actions)),
    contextFactory: root.config.context ?? (machine.config as Record<string, unknown>).context,
  };
}
