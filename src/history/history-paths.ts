import { tracksOf } from '../domain/outcomes.js';
import type { MigrantProfile } from '../domain/profile.js';
import type { TransitionMeta } from '../law/pathway-machine.js';
import { outcomeOf } from '../law/states.js';
import { compiledPathway } from '../engine/sampler.js';
import type { Path, Step } from '../testing/path.js';
import { runHistory, type HistoryRunResult, type HistoryRunSpec } from './engine.js';

/** A person's path in a history run: a `Path` whose steps carry the rules of their own day, plus the calendar. */
export interface HistoryPath extends Path {
  /** Calendar day (days since 2015-10-01) of the first crossing. */
  firstDay: number;
  /** Calendar day of each step. */
  calendarDays: number[];
}

/**
 * Runs a history replay and returns every person's path in the shape of `immsim/testing` (`Path`), each step with
 * `inForce` = the rules of the day the fact happened, so the invariant catalogue judges each fact by its own day.
 * A step's `event.days` is the time since the previous step (a fact the day's law refused, or a wait for the rules to
 * change, lets days pass without a step). For tests and audits of small runs: it keeps every step.
 * @example
 * const { paths } = historyPaths({ from: '2020-02', to: '2020-05', seed: 1, scale: 0.001, switches: {}, arrivals: publishedArrivals() });
 * paths.every((p) => invariants.every((inv) => inv.predicate(p))) // true
 */
export function historyPaths(spec: Omit<HistoryRunSpec, 'trace'>): { paths: HistoryPath[]; run: HistoryRunResult } {
  const m = compiledPathway();
  const byPerson = new Map<number, { profile: MigrantProfile; firstDay: number; regime: number; steps: Step[]; days: number[]; rules: number[]; lastDay: number }>();
  const run = runHistory({
    ...spec,
    trace: (t) => {
      if (t.transition < 0 || !t.context) return; // a capacity note, not a fact
      const c = t.context;
      let p = byPerson.get(t.person);
      if (!p) {
        p = { profile: { ...c.profile }, firstDay: t.day - c.day, regime: t.regime, steps: [], days: [], rules: [], lastDay: 0 };
        byPerson.set(t.person, p);
      }
      const meta = (m.transitionMeta[t.transition] ?? {}) as TransitionMeta;
      p.steps.push({
        state: m.stateIds[t.to]!,
        from: m.stateIds[t.from]!,
        day: c.day,
        event: { ...t.event, days: c.day - p.lastDay },
        ...(meta.rule ? { rule: meta.rule, authority: meta.authority } : {}),
        context: { ...c },
      });
      p.days.push(t.day);
      p.rules.push(t.regime);
      p.lastDay = c.day;
    },
  });
  const { regimes } = run.regimes;
  const paths: HistoryPath[] = [];
  for (const p of byPerson.values()) {
    p.steps.forEach((s, i) => (s.inForce = regimes[p.rules[i]!]!.inForce));
    const last = p.steps[p.steps.length - 1]!;
    paths.push({
      profile: p.profile,
      regime: regimes[p.regime]!,
      steps: p.steps,
      outcome: outcomeOf(last.state) ?? 'pending',
      tracks: tracksOf(last.context.tracks),
      refused: [],
      firstDay: p.firstDay,
      calendarDays: p.days,
    });
  }
  return { paths, run };
}
