import type { MigrantProfile } from '../domain/profile.js';
import type { PathContext } from '../law/context.js';
import type { Regime } from '../policy/types.js';
import { compiledPathway } from '../engine/sampler.js';
import { factVariants } from './walk.js';

// What distinguishes two contexts for the law (counters of days are irrelevant to every guard but Flores/IJ, which
// read the event's days).
const key = (s: string, c: PathContext) =>
  `${s}|${c.inUS}|${c.hasRemovalOrder}|${c.viaExpeditedRemoval}|${c.fearClaimed}|${c.screen}|${c.asylumBarred}|${c.asylumApplied}|${c.prosecuted}|${c.metered}|${Math.min(c.encounters, 2)}`;

/**
 * Every state the law lets this person reach under this regime: a breadth-first search over lawful facts (with a
 * few representative day counts), deduplicated on the case facts the guards read.
 * @example
 * reachableStates(makeProfile({ citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports' }), regimes['mpp-2019']).has('waiting-mexico')
 */
export function reachableStates(profile: MigrantProfile, regime: Regime, days: readonly number[] = [0, 2, 7, 30]): Set<string> {
  const m = compiledPathway();
  const start = m.createContext({ profile, regime });
  const seen = new Set<string>([key(m.stateIds[m.initialState]!, start)]);
  const states = new Set<string>([m.stateIds[m.initialState]!]);
  const queue: [number, PathContext][] = [[m.initialState, start]];
  const variants = days.flatMap((d) => factVariants(d));
  while (queue.length) {
    const [s, ctx] = queue.shift()!;
    for (const e of variants) {
      const t = m.select(s, m.eventIndex[e.type]!, ctx, e);
      if (t < 0) continue;
      const next = { ...ctx };
      const to = m.fire(t, next, e);
      const k = key(m.stateIds[to]!, next);
      if (seen.has(k)) continue;
      seen.add(k);
      states.add(m.stateIds[to]!);
      queue.push([to, next]);
    }
  }
  return states;
}
