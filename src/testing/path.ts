import { tracksOf, type OutcomeId, type TrackId } from '../domain/outcomes.js';
import type { MigrantProfile } from '../domain/profile.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent } from '../law/events.js';
import type { TransitionMeta } from '../law/pathway-machine.js';
import { outcomeOf } from '../law/states.js';
import type { InForce, Regime } from '../policy/types.js';
import { compiledPathway } from '../engine/sampler.js';

/**
 * One step of a path: the state reached, the day, the fact that led there and the authority of the rule applied.
 * @example
 * path.steps.map((s) => `${s.from} --${s.event.type}--> ${s.state} [${s.authority ?? 'no rule'}]`)
 */
export interface Step {
  state: string;
  /** The state the fact was applied in. */
  from: string;
  day: number;
  event: FactEvent;
  /** The legal authority of the rule (guard) that allowed the move, if a rule binds it. */
  authority?: string;
  rule?: string;
  /** The person's context after the step. */
  context: PathContext;
  /**
   * The rules in force on the day the fact happened, when they are not the path's (history mode: each fact is judged
   * by the rules of its own day). Absent: the path's regime.
   */
  inForce?: InForce;
}

/**
 * One simulated or fact-driven person: who, under which regime, each step, and how it ended.
 * @example
 * const path = pathOf(profile, regimes['mpp-2019'], facts); path.tracks.includes('mpp')
 */
export interface Path {
  profile: MigrantProfile;
  regime: Regime;
  steps: Step[];
  /** Outcome of the last case; 'pending' if it was still open. */
  outcome: OutcomeId;
  /** Procedures the person went through. */
  tracks: TrackId[];
  /** Facts the machine refused (ignored, as an XState actor ignores them). */
  refused: FactEvent[];
}

/**
 * Replays facts through the (compiled) machine and returns the path; facts the law refuses are skipped and listed
 * in `refused`, exactly as an XState actor ignores events it cannot take.
 * @example
 * const p = pathOf(profile, regimes['title42-2020'], [{ type: 'PROCESS', days: 0 }, { type: 'EXPEL', days: 1 }]);
 * p.outcome // 'expelled'
 */
export function pathOf(profile: MigrantProfile, regime: Regime, facts: readonly FactEvent[]): Path {
  const m = compiledPathway();
  const ctx = m.createContext({ profile, regime });
  let s = m.initialState;
  const steps: Step[] = [];
  const refused: FactEvent[] = [];
  for (const e of facts) {
    const idx = m.eventIndex[e.type];
    const t = idx === undefined ? -1 : m.select(s, idx, ctx, e);
    if (t < 0) {
      refused.push(e);
      continue;
    }
    const from = m.stateIds[s]!;
    s = m.fire(t, ctx, e);
    const meta = (m.transitionMeta[t] ?? {}) as TransitionMeta;
    steps.push({
      state: m.stateIds[s]!,
      from,
      day: ctx.day,
      event: e,
      ...(meta.rule ? { rule: meta.rule, authority: meta.authority } : {}),
      context: { ...ctx },
    });
  }
  const last = m.stateIds[s]!;
  return { profile, regime, steps, outcome: outcomeOf(last) ?? 'pending', tracks: tracksOf(ctx.tracks), refused };
}
