import type { AnyStateMachine } from 'xstate';
import { ImmsimError } from '../domain/errors.js';

/** A state machine compiled to one generated function per operation (DESIGN.md, Engine). */
export interface CompiledMachine<C = Record<string, unknown>, E extends { type: string } = { type: string }> {
  stateIds: readonly string[];
  stateIndex: Readonly<Record<string, number>>;
  eventTypes: readonly string[];
  eventIndex: Readonly<Record<string, number>>;
  initialState: number;
  /** Whether a state is final (`type: 'final'`). */
  isFinal: Uint8Array;
  /** Target state of each transition (-1 for a targetless transition). */
  transitionTarget: Int32Array;
  /** Source state, event type and XState meta of each transition. */
  transitionSource: Int32Array;
  transitionMeta: readonly unknown[];
  /** Builds the context with the machine's own context factory and runs the initial state's entry actions. */
  createContext(input: unknown): C;
  /** The first transition the law allows for this event in this state, or -1 (guards only; no side effects). */
  select(state: number, eventIndex: number, ctx: C, event: E): number;
  /** Runs a selected transition's actions (and the target's entry actions) on `ctx` in place; returns the new state. */
  fire(transition: number, ctx: C, event: E): number;
  /**
   * `select` for one (state, event) pair, as its own function: a caller that calls it from a fixed call site gets a
   * monomorphic call V8 can inline (with the guards inside it).
   */
  selector(state: number, eventIndex: number): (ctx: C, event: E) => number;
  /** `fire` of each transition, as its own function. */
  fires: readonly ((ctx: C, event: E) => number)[];
  /**
   * `select` and `fire` in one call, as an actor's `send`: runs the first transition the law allows for this event
   * (its actions on `ctx` in place) and returns the new state, or returns `state` unchanged when the law allows none
   * or the state does not know the event's type.
   */
  send(state: number, ctx: C, event: E): number;
}

/**
 * A guard may list `conjuncts`: pure predicates of (context, event) whose conjunction, evaluated in order, is the
 * guard. The compiler then calls them directly — no `{ context, event }` object, one inlinable call site each.
 */
export interface Conjuncts {
  conjuncts?: readonly ((context: never, event: never) => boolean)[];
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

function unsupported(what: string): never {
  throw new ImmsimError(`compileMachine: ${what} is not supported by the compiled runner; keep the machine flat (DESIGN.md)`);
}

/**
 * Compiles a flat XState v5 machine (atomic/final top-level states; string guards; named actions, assign property
 * maps or functions) into generated JavaScript, reusing the machine's own guard and action implementations. Rejects
 * anything it cannot reproduce exactly (nesting, `always`, `after`, `invoke`, inline guards) with a clear error.
 * @example
 * const m = compileMachine(pathwayMachine);
 * const ctx = m.createContext({ profile, regime });
 * const t = m.select(m.initialState, m.eventIndex.PROCESS, ctx, { type: 'PROCESS', days: 0 });
 * const next = m.fire(t, ctx, { type: 'PROCESS', days: 0 }); // m.stateIds[next] === 'processing'
 * // Both in one call, as an actor's send (the same state back when the law allows no transition):
 * m.send(m.initialState, m.createContext({ profile, regime }), { type: 'PROCESS', days: 0 });
 */
export function compileMachine<C = Record<string, unknown>, E extends { type: string } = { type: string }>(
  machine: AnyStateMachine,
): CompiledMachine<C, E> {
  const root = machine.root as unknown as Node;
  const guards = machine.implementations.guards as Record<string, unknown>;
  const actions = machine.implementations.actions as Record<string, unknown>;
  if ((root.always?.length ?? 0) > 0 || root.transitions.size > 0) unsupported('a root-level transition');
  const stateIds = Object.keys(root.states);
  const stateIndex = Object.fromEntries(stateIds.map((k, i) => [k, i]));
  const nodes = stateIds.map((k) => root.states[k] as Node);
  const eventTypes: string[] = [];
  for (const n of nodes) {
    if (Object.keys(n.states).length > 0) unsupported(`nested states (in '${n.key}')`);
    if ((n.always?.length ?? 0) > 0) unsupported(`'always' (in '${n.key}')`);
    if (n.config.after) unsupported(`'after' delays (in '${n.key}')`);
    if ((n.invoke?.length ?? 0) > 0) unsupported(`'invoke' (in '${n.key}')`);
    if (n.type === 'history' || n.type === 'parallel') unsupported(`${n.type} states (in '${n.key}')`);
    if (n.exit.length > 0) unsupported(`exit actions (in '${n.key}')`);
    for (const ev of n.transitions.keys()) {
      if (ev === '*' || ev.includes('.')) unsupported(`wildcard or partial event descriptors ('${ev}' in '${n.key}')`);
      if (!eventTypes.includes(ev)) eventTypes.push(ev);
    }
  }
  const eventIndex = Object.fromEntries(eventTypes.map((k, i) => [k, i]));
  const initialKey = (root.config.initial as string | undefined) ?? stateIds[0];
  if (initialKey === undefined || !(initialKey in stateIndex)) unsupported('a machine without an initial state');

  // Closure tables the generated code indexes into.
  const fns: unknown[] = [];
  const consts: unknown[] = [];
  const fnIndex = new Map<unknown, number>();
  const fnRef = (f: unknown): string => {
    if (!fnIndex.has(f)) {
      fnIndex.set(f, fns.length);
      fns.push(f);
    }
    return `F${fnIndex.get(f)}`;
  };
  const constRef = (v: unknown): string => {
    consts.push(v);
    return `K${consts.length - 1}`;
  };

  let tmp = 0;
  const actionCode = (ref: ActionRef, where: string): string => {
    const type = typeof ref === 'string' ? ref : ref.type;
    const params = typeof ref === 'string' ? undefined : ref.params;
    const impl = actions[type] as (((...a: unknown[]) => unknown) & { type?: string; assignment?: unknown }) | undefined;
    if (typeof ref === 'function') unsupported(`an inline action (${where}); name it in setup()`);
    if (!impl) unsupported(`action '${type}' without an implementation (${where})`);
    const p = params === undefined ? 'undefined' : constRef(params);
    if (impl.type === 'xstate.assign') {
      const assignment = impl.assignment;
      if (typeof assignment === 'function') {
        return `Object.assign(ctx, ${fnRef(assignment)}(args, ${p}));`;
      }
      const keys = Object.keys(assignment as object);
      const lines: string[] = [];
      const names: string[] = [];
      for (const k of keys) {
        const v = (assignment as Record<string, unknown>)[k];
        const name = `v${tmp++}`;
        names.push(name);
        lines.push(`const ${name} = ${typeof v === 'function' ? `${fnRef(v)}(args, ${p})` : constRef(v)};`);
      }
      // Compute every field from the old context first, then write: the same result as XState's assign.
      keys.forEach((k, i) => lines.push(`ctx[${JSON.stringify(k)}] = ${names[i]};`));
      return `{ ${lines.join(' ')} }`;
    }
    if (typeof impl.type === 'string' && impl.type.startsWith('xstate.')) unsupported(`built-in action '${impl.type}' (${where})`);
    return `${fnRef(impl)}(args, ${p});`;
  };

  const transitionTarget: number[] = [];
  const transitionSource: number[] = [];
  const transitionMeta: unknown[] = [];
  // One small generated function per (state, event) for select and per transition for fire, dispatched through
  // arrays: measured faster in V8 than one large switch over sparse case labels.
  const selectFns: string[] = [];
  const fireFns: string[] = [];
  // Per state, the code of each event type it accepts, for `send`.
  const sendCases: string[][] = nodes.map(() => []);
  nodes.forEach((n, s) => {
    for (const [ev, list] of n.transitions) {
      const e = eventIndex[ev] as number;
      const checks: string[] = [];
      const sends: string[] = [];
      for (const t of list) {
        const id = transitionTarget.length;
        if ((t.target?.length ?? 0) > 1) unsupported(`multiple targets ('${ev}' in '${n.key}')`);
        const targetKey = t.target?.[0]?.key;
        if (targetKey === n.key) unsupported(`an explicit self-target ('${ev}' in '${n.key}'); leave the target out`);
        const target = targetKey === undefined ? -1 : (stateIndex[targetKey] as number);
        transitionTarget.push(target);
        transitionSource.push(s);
        transitionMeta.push(t.meta);
        let test = 'true';
        if (t.guard === undefined) checks.push(`return ${id};`);
        else if (typeof t.guard === 'string') {
          const g = guards[t.guard];
          if (typeof g !== 'function') unsupported(`guard '${t.guard}' without an implementation`);
          const parts = (g as Conjuncts).conjuncts;
          test = parts && parts.length > 0 && parts.every((p) => typeof p === 'function')
            ? parts.map((p) => `${fnRef(p)}(ctx, ev)`).join(' && ')
            : `${fnRef(g)}({ context: ctx, event: ev }, undefined)`;
          checks.push(`if (${test}) return ${id};`);
        } else unsupported(`an inline or combined guard ('${ev}' in '${n.key}'); name it in setup()`);
        const body = (t.actions as ActionRef[]).map((a) => actionCode(a, `'${ev}' in '${n.key}'`));
        if (target >= 0) for (const a of nodes[target]!.entry as ActionRef[]) body.push(actionCode(a, `entry of '${nodes[target]!.key}'`));
        // A fresh `args` per call: V8 can drop it once the actions are inlined, and no write barrier is needed.
        fireFns[id] = `function (ctx, ev) { const args = { context: ctx, event: ev }; ${body.join(' ')} return ${target < 0 ? s : target}; }`;
        sends.push(`if (${test}) { const args = { context: ctx, event: ev }; ${body.join(' ')} return ${target < 0 ? s : target}; }`);
      }
      selectFns[s * eventTypes.length + e] = `function (ctx, ev) { ${checks.join(' ')} return -1; }`;
      sendCases[s]!.push(`if (type === ${JSON.stringify(ev)}) { ${sends.join(' ')} return ${s}; }`);
    }
  });
  const initialEntry = (nodes[stateIndex[initialKey] as number]!.entry as ActionRef[]).map((a) => actionCode(a, 'initial entry'));
  const NE = eventTypes.length;
  const slots = Array.from({ length: nodes.length * NE }, (_, i) => selectFns[i] ?? 'none');
  // A state's accepted types are few: compared as (interned) strings, cheaper than a keyed lookup.
  const sendByState = sendCases.map((cases, s) => `function (ctx, ev) { const type = ev.type; ${cases.join(' ')} return ${s}; }`);

  // Functions and constants are bound to closure constants so every call site names one target.
  const src = `
    ${fns.map((_, i) => `const F${i} = F[${i}];`).join(' ')}
    ${consts.map((_, i) => `const K${i} = K[${i}];`).join(' ')}
    const INIT = { type: 'xstate.init' };
    const none = function () { return -1; };
    const SEL = [${slots.join(',\n')}];
    const FIRE = [${fireFns.join(',\n')}];
    const SEND = [${sendByState.join(',\n')}];
    function select(s, e, ctx, ev) { return e < 0 || e >= ${NE} ? -1 : SEL[s * ${NE} + e](ctx, ev); }
    function fire(t, ctx, ev) { return FIRE[t](ctx, ev); }
    function send(s, ctx, ev) { return SEND[s](ctx, ev); }
    function enterInitial(ctx) { const args = { context: ctx, event: INIT }; ${initialEntry.join(' ')} }
    return { select, fire, send, enterInitial, SEL, FIRE };`;
  const made = new Function('F', 'K', src)(fns, consts) as {
    select: CompiledMachine<C, E>['select'];
    fire: CompiledMachine<C, E>['fire'];
    send: CompiledMachine<C, E>['send'];
    enterInitial: (ctx: C) => void;
    SEL: ((ctx: C, event: E) => number)[];
    FIRE: ((ctx: C, event: E) => number)[];
  };
  const contextFactory = root.config.context ?? (machine.config as Record<string, unknown>).context;
  return {
    stateIds,
    stateIndex,
    eventTypes,
    eventIndex,
    initialState: stateIndex[initialKey] as number,
    isFinal: Uint8Array.from(nodes.map((n) => (n.type === 'final' ? 1 : 0))),
    transitionTarget: Int32Array.from(transitionTarget),
    transitionSource: Int32Array.from(transitionSource),
    transitionMeta,
    createContext(input: unknown): C {
      const ctx = (typeof contextFactory === 'function'
        ? (contextFactory as (a: unknown) => C)({ input, spawn: unsupportedSpawn, self: undefined })
        : { ...(contextFactory as object) }) as C;
      made.enterInitial(ctx);
      return ctx;
    },
    select: made.select,
    fire: made.fire,
    selector(state: number, eventIndex: number) {
      const f = eventIndex < 0 || eventIndex >= NE ? undefined : made.SEL[state * NE + eventIndex];
      return f ?? (() => -1);
    },
    fires: made.FIRE,
    send: made.send,
  };
}

function unsupportedSpawn(): never {
  return unsupported('spawn in the context factory');
}
