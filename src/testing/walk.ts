import { makeProfile, type MigrantProfile } from '../domain/profile.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent, FactType, HearingDecision, ReliefKind, ScreenStandard } from '../law/events.js';
import { FACT_TYPES } from '../law/events.js';
import type { Regime } from '../policy/types.js';
import { compiledPathway } from '../engine/sampler.js';
import { toFact } from './arbitraries.js';

const STANDARDS: ScreenStandard[] = ['credible-fear', 'transit-bar', 'reasonable-fear'];
const DECISIONS: HearingDecision[] = ['continued', 'relief', 'removal-order', 'voluntary-departure', 'terminated'];
const RELIEFS: ReliefKind[] = ['asylum', 'withholding', 'cat'];

/**
 * Every variant of every fact type with the given days (payloads enumerated).
 * @example
 * factVariants(2).filter((e) => e.type === 'SCREEN').length // 6: three standards, positive or negative
 */
export function factVariants(days: number): FactEvent[] {
  const out: FactEvent[] = [];
  const base = { days, positive: false, vacated: false, atd: false, standard: 'credible-fear' as ScreenStandard, decision: 'continued' as HearingDecision, relief: 'asylum' as ReliefKind };
  for (const type of FACT_TYPES as FactType[]) {
    if (type === 'SCREEN') for (const standard of STANDARDS) for (const positive of [true, false]) out.push(toFact(type, { ...base, standard, positive }));
    else if (type === 'IJ_DECISION') for (const vacated of [true, false]) out.push(toFact(type, { ...base, vacated }));
    else if (type === 'RELEASE') for (const atd of [true, false]) out.push(toFact(type, { ...base, atd }));
    else if (type === 'HEARING') {
      for (const decision of DECISIONS) {
        if (decision === 'relief') for (const relief of RELIEFS) out.push(toFact(type, { ...base, decision, relief }));
        else out.push(toFact(type, { ...base, decision }));
      }
    } else out.push(toFact(type, base));
  }
  return out;
}

/**
 * The facts the law accepts now in a state, for the given days.
 * @example
 * lawfulFacts('encountered', ctx, 0).map((e) => e.type) // ['PROCESS', 'HORIZON'] (and 'METER' at a metered port)
 */
export function lawfulFacts(state: string, ctx: PathContext, days: number): FactEvent[] {
  const m = compiledPathway();
  const s = m.stateIndex[state]!;
  return factVariants(days).filter((e) => m.select(s, m.eventIndex[e.type]!, ctx, e) >= 0);
}

/**
 * One step of a lawful walk.
 * @example
 * walk(profile, regime, choices).steps.map((s) => s.to)
 */
export interface WalkStep {
  from: string;
  event: FactEvent;
  to: string;
  /** The context after the step (a copy). */
  context: PathContext;
}

/**
 * Walks the compiled machine: at each step takes the `pick`-th lawful fact (modulo how many there are) with the
 * step's days; HORIZON (the case left pending) only when the choice says `stop` or nothing else is lawful. Stops
 * when no fact is lawful. Returns the lawful facts taken and the states visited.
 * @example
 * const w = walk(makeProfile({ citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' }), regimes['mpp-2019'], [{ pick: 0, fact: { type: 'PROCESS', days: 0 } }]);
 */
export function walk(profile: MigrantProfile, regime: Regime, choices: readonly { pick: number; fact: { days: number }; stop?: boolean }[]): {
  facts: FactEvent[];
  steps: WalkStep[];
  state: string;
  context: PathContext;
} {
  const m = compiledPathway();
  const ctx = m.createContext({ profile, regime });
  let s = m.initialState;
  const facts: FactEvent[] = [];
  const steps: WalkStep[] = [];
  for (const c of choices) {
    const from = m.stateIds[s]!;
    const lawful = lawfulFacts(from, ctx, c.fact.days);
    const horizon = lawful.find((f) => f.type === 'HORIZON');
    const options = lawful.filter((f) => f.type !== 'HORIZON');
    // HORIZON ends the case (pending): only when the choice says stop, or when nothing else is lawful.
    const e = c.stop || options.length === 0 ? horizon : options[c.pick % options.length];
    if (!e) break;
    const t = m.select(s, m.eventIndex[e.type]!, ctx, e);
    s = m.fire(t, ctx, e);
    facts.push(e);
    steps.push({ from, event: e, to: m.stateIds[s]!, context: { ...ctx } });
  }
  return { facts, steps, state: m.stateIds[s]!, context: ctx };
}

export { makeProfile };
