// A machine without the law: the same states, transitions and actions, but no legal guard — only the part of each
// guard that says which transition a fact's payload picks (a positive screen goes to custody, a 'relief' decision to
// relief-granted, ...). Walks of it are what the world would look like if officers ignored the law: each invariant
// of the catalogue must fail on some of them, or it would be vacuous.
import fc from 'fast-check';
import { tracksOf } from '../../src/domain/outcomes.js';
import type { MigrantProfile } from '../../src/domain/profile.js';
import { compiledPathway } from '../../src/engine/sampler.js';
import type { FactEvent } from '../../src/law/events.js';
import { pathwayMachine, type TransitionMeta } from '../../src/law/pathway-machine.js';
import { outcomeOf } from '../../src/law/states.js';
import type { Regime } from '../../src/policy/types.js';
import type { Path, Step } from '../../src/testing/path.js';
import { factVariants } from '../../src/testing/walk.js';

const decision = (d: string) => (e: FactEvent) => e.type === 'HEARING' && e.decision === d;
/** The payload part of each guard, by rule id; rules not listed accept any payload. */
const SHAPE: Record<string, (e: FactEvent) => boolean> = {
  screenPositive: (e) => e.type === 'SCREEN' && e.positive,
  screenNegative: (e) => e.type === 'SCREEN' && !e.positive,
  ijVacates: (e) => e.type === 'IJ_DECISION' && e.vacated,
  ijAffirms: (e) => e.type === 'IJ_DECISION' && !e.vacated,
  hearingContinued: decision('continued'),
  mppHearingContinued: decision('continued'),
  reliefGranted: decision('relief'),
  mppReliefGranted: decision('relief'),
  removalOrdered: decision('removal-order'),
  mppRemovalOrdered: decision('removal-order'),
  voluntaryDepartureGranted: decision('voluntary-departure'),
  mppVoluntaryDeparture: decision('voluntary-departure'),
  caseTerminated: decision('terminated'),
  mppCaseTerminated: decision('terminated'),
};

interface Edge {
  t: number;
  event: string;
  rule?: string;
}

let edges: Edge[][] | undefined;
/** Every transition of the compiled machine by source state, with its event type (matched by meta identity). */
export function edgesByState(): Edge[][] {
  if (edges) return edges;
  const m = compiledPathway();
  const out: Edge[][] = m.stateIds.map(() => []);
  m.stateIds.forEach((id, s) => {
    const node = pathwayMachine.root.states[id]!;
    for (const [event, list] of node.transitions) {
      for (const tr of list) {
        const t = m.transitionMeta.findIndex((meta) => meta === tr.meta);
        if (t < 0 || m.transitionSource[t] !== s) throw new Error(`cannot match transition ${event} in ${id}`);
        out[s]!.push({ t, event, ...((tr.meta as TransitionMeta).rule ? { rule: (tr.meta as TransitionMeta).rule } : {}) });
      }
    }
  });
  return (edges = out);
}

/** A walk of the lawless machine: at each step the `pick`-th (transition, payload) pair, with the step's days. */
export function lawlessPath(profile: MigrantProfile, regime: Regime, choices: { pick: number; days: number }[]): Path {
  const m = compiledPathway();
  const ctx = m.createContext({ profile, regime });
  let s = m.initialState;
  const steps: Step[] = [];
  for (const c of choices) {
    const options: [number, FactEvent, string | undefined][] = [];
    for (const edge of edgesByState()[s]!) {
      for (const e of factVariants(c.days)) {
        if (e.type === edge.event && (SHAPE[edge.rule ?? ''] ?? (() => true))(e)) options.push([edge.t, e, edge.rule]);
      }
    }
    if (options.length === 0) break;
    const [t, e, rule] = options[c.pick % options.length]!;
    const from = m.stateIds[s]!;
    s = m.fire(t, ctx, e);
    steps.push({ state: m.stateIds[s]!, from, day: ctx.day, event: e, ...(rule ? { rule } : {}), context: { ...ctx } });
  }
  const last = m.stateIds[s]!;
  return { profile, regime, steps, outcome: outcomeOf(last) ?? 'pending', tracks: tracksOf(ctx.tracks), refused: [] };
}

/** Choices for lawless walks. */
export const lawlessChoices = fc.array(
  fc.record({ pick: fc.nat(), days: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 })) }),
  { maxLength: 30 },
);
