import type { AnyStateMachine } from 'xstate';
import { interpretPlan, type Runner } from './compile-interpret.js';
import { planMachine, unsupported, type ActionPlan, type GuardPlan, type MachinePlan } from './compile-plan.js';
import { jitless } from './jit.js';

export type { Conjuncts } from './compile-plan.js';

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
  /** Whether this machine runs on the interpreter (no generated code). */
  jitless: boolean;
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

export interface CompileOptions {
  /** Interpret the table instead of generating code (no `new Function`); default: {@link jitless}(). */
  jitless?: boolean;
}

/** Generates the runner's source: closure tables F (functions) and K (constants) are passed in. */
function generate(plan: MachinePlan): { src: string; fns: unknown[]; consts: unknown[] } {
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
  const actionCode = (a: ActionPlan): string => {
    const p = a.params === undefined ? 'undefined' : constRef(a.params);
    if (a.kind === 'call') return `${fnRef(a.fn)}(args, ${p});`;
    if (a.kind === 'assign-fn') return `Object.assign(ctx, ${fnRef(a.fn)}(args, ${p}));`;
    const names = a.fields.map(() => `v${tmp++}`);
    const lines = a.fields.map((f, i) => `const ${names[i]} = ${f.fn ? `${fnRef(f.fn)}(args, ${p})` : constRef(f.value)};`);
    // Compute every field from the old context first, then write: the same result as XState's assign.
    a.fields.forEach((f, i) => lines.push(`ctx[${JSON.stringify(f.key)}] = ${names[i]};`));
    return `{ ${lines.join(' ')} }`;
  };
  const testCode = (g: GuardPlan): string =>
    g.kind === 'none' ? 'true' : g.kind === 'conjuncts' ? g.fns.map((f) => `${fnRef(f)}(ctx, ev)`).join(' && ') : `${fnRef(g.fn)}({ context: ctx, event: ev }, undefined)`;

  const NE = plan.eventTypes.length;
  // One small generated function per (state, event) for select and per transition for fire, dispatched through
  // arrays: measured faster in V8 than one large switch over sparse case labels.
  const selectFns: string[] = [];
  const fireFns: string[] = [];
  const sendByState = plan.byState.map((cases, s) => {
    const sendCases = cases.map((c) => {
      const checks: string[] = [];
      const sends: string[] = [];
      for (const t of c.transitions) {
        const test = testCode(t.guard);
        checks.push(t.guard.kind === 'none' ? `return ${t.id};` : `if (${test}) return ${t.id};`);
        const body = t.actions.map(actionCode).join(' ');
        const to = t.target < 0 ? s : t.target;
        // A fresh `args` per call: V8 can drop it once the actions are inlined, and no write barrier is needed.
        fireFns[t.id] = `function (ctx, ev) { const args = { context: ctx, event: ev }; ${body} return ${to}; }`;
        sends.push(`if (${test}) { const args = { context: ctx, event: ev }; ${body} return ${to}; }`);
      }
      selectFns[s * NE + c.event] = `function (ctx, ev) { ${checks.join(' ')} return -1; }`;
      return `if (type === ${JSON.stringify(plan.eventTypes[c.event])}) { ${sends.join(' ')} return ${s}; }`;
    });
    // A state's accepted types are few: compared as (interned) strings, cheaper than a keyed lookup.
    return `function (ctx, ev) { const type = ev.type; ${sendCases.join(' ')} return ${s}; }`;
  });
  const initialEntry = plan.initialEntry.map(actionCode);
  const slots = Array.from({ length: plan.stateIds.length * NE }, (_, i) => selectFns[i] ?? 'none');
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
  return { src, fns, consts };
}

/**
 * Compiles a flat XState v5 machine (atomic/final top-level states; string guards; named actions, assign property
 * maps or functions) into generated JavaScript, reusing the machine's own guard and action implementations. Rejects
 * anything it cannot reproduce exactly (nesting, `always`, `after`, `invoke`, inline guards) with a clear error.
 * Where `new Function` is refused (or with `{ jitless: true }`), it interprets the same table instead, with the
 * same results.
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
  options: CompileOptions = {},
): CompiledMachine<C, E> {
  const plan = planMachine(machine);
  const useInterpreter = options.jitless ?? jitless();
  let made: Runner<C, E>;
  if (useInterpreter) made = interpretPlan<C, E>(plan);
  else {
    const { src, fns, consts } = generate(plan);
    made = new Function('F', 'K', src)(fns, consts) as Runner<C, E>;
  }
  const NE = plan.eventTypes.length;
  const contextFactory = plan.contextFactory;
  return {
    stateIds: plan.stateIds,
    stateIndex: plan.stateIndex,
    eventTypes: plan.eventTypes,
    eventIndex: plan.eventIndex,
    initialState: plan.initialState,
    isFinal: plan.isFinal,
    transitionTarget: Int32Array.from(plan.transitions.map((t) => t.target)),
    transitionSource: Int32Array.from(plan.transitions.map((t) => t.source)),
    transitionMeta: plan.transitions.map((t) => t.meta),
    jitless: useInterpreter,
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
