import type { ActionPlan, GuardPlan, MachinePlan } from './compile-plan.js';

type Sel<C, E> = (ctx: C, event: E) => number;

/** What a back end makes of a machine's table: the same functions whether generated or interpreted. */
export interface Runner<C, E> {
  select(state: number, eventIndex: number, ctx: C, event: E): number;
  fire(transition: number, ctx: C, event: E): number;
  send(state: number, ctx: C, event: E): number;
  enterInitial(ctx: C): void;
  /** select per (state × eventCount + event); undefined where the state does not take the event. */
  SEL: (Sel<C, E> | undefined)[];
  FIRE: Sel<C, E>[];
}

type Args = { context: unknown; event: unknown };

function actionRunner(a: ActionPlan): (args: Args) => void {
  if (a.kind === 'call') return (args) => void a.fn(args, a.params);
  if (a.kind === 'assign-fn') return (args) => void Object.assign(args.context as object, a.fn(args, a.params));
  const { fields, params } = a;
  const values = new Array<unknown>(fields.length);
  return (args) => {
    // Compute every field from the old context first, then write: the same result as XState's assign.
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      values[i] = f.fn ? f.fn(args, params) : f.value;
    }
    const ctx = args.context as Record<string, unknown>;
    for (let i = 0; i < fields.length; i++) ctx[fields[i]!.key] = values[i];
  };
}

function guardTest(g: GuardPlan): (ctx: unknown, ev: unknown) => boolean {
  if (g.kind === 'none') return () => true;
  if (g.kind === 'guard') return (ctx, ev) => !!g.fn({ context: ctx, event: ev }, undefined);
  const fns = g.fns;
  return (ctx, ev) => {
    for (let i = 0; i < fns.length; i++) if (!fns[i]!(ctx, ev)) return false;
    return true;
  };
}

/**
 * The jitless back end: runs the machine's table with closures instead of generated code, for runtimes that refuse
 * `new Function` (a strict Content-Security-Policy). Same table, same order of guards and actions, same results.
 * @example
 * const r = interpretPlan(planMachine(pathwayMachine));
 * r.send(initial, ctx, { type: 'PROCESS', days: 0 });
 */
export function interpretPlan<C, E>(plan: MachinePlan): Runner<C, E> {
  const NE = plan.eventTypes.length;
  const FIRE: Sel<C, E>[] = plan.transitions.map((t) => {
    const acts = t.actions.map(actionRunner);
    const to = t.target < 0 ? t.source : t.target;
    return (ctx, ev) => {
      const args = { context: ctx, event: ev };
      for (let i = 0; i < acts.length; i++) acts[i]!(args);
      return to;
    };
  });
  const SEL: (Sel<C, E> | undefined)[] = new Array(plan.stateIds.length * NE);
  const SEND = plan.byState.map((cases, s) => {
    const byType = new Map<string, { test: (ctx: unknown, ev: unknown) => boolean; id: number }[]>();
    for (const c of cases) {
      const tests = c.transitions.map((t) => ({ test: guardTest(t.guard), id: t.id }));
      byType.set(plan.eventTypes[c.event]!, tests);
      SEL[s * NE + c.event] = (ctx, ev) => {
        for (const t of tests) if (t.test(ctx, ev)) return t.id;
        return -1;
      };
    }
    return (ctx: C, ev: E): number => {
      const tests = byType.get((ev as { type: string }).type);
      if (tests) for (const t of tests) if (t.test(ctx, ev)) return FIRE[t.id]!(ctx, ev);
      return s;
    };
  });
  const initial = plan.initialEntry.map(actionRunner);
  const INIT = { type: 'xstate.init' };
  return {
    select: (s, e, ctx, ev) => (e < 0 || e >= NE ? -1 : (SEL[s * NE + e]?.(ctx, ev) ?? -1)),
    fire: (t, ctx, ev) => FIRE[t]!(ctx, ev),
    send: (s, ctx, ev) => SEND[s]!(ctx, ev),
    enterInitial(ctx) {
      const args = { context: ctx, event: INIT };
      for (const a of initial) a(args);
    },
    SEL,
    FIRE,
  };
}
