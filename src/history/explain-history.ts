import { makeProfile, type MigrantProfile, type ProfileInput } from '../domain/profile.js';
import { capacityFactory, type CapacityOption } from '../capacity/history-capacity.js';
import { ImmsimError } from '../domain/errors.js';
import type { FactEvent } from '../law/events.js';
import type { TransitionMeta } from '../law/pathway-machine.js';
import { MEASURES } from '../policy/measures.js';
import type { Measure, MeasureId } from '../policy/types.js';
import { compiledPathway } from '../engine/sampler.js';
import { cohorts } from '../cohorts/index.js';
import { publishedArrivals } from './arrivals.js';
import { dayOfIso, isoOfDay } from './calendar.js';
import { runHistory } from './engine.js';

/** Options of {@link explainHistory}: who, the day they first cross, and the seed of their random stream. */
export interface HistoryExplainOptions {
  profile: ProfileInput;
  /** First crossing, 'YYYY-MM-DD' between 2015-10-01 and 2021-09-30. */
  date: string;
  seed?: number;
  /** Follow the person until this month (default '2021-09'). */
  to?: string;
  with?: readonly MeasureId[];
  without?: readonly MeasureId[];
  measures?: readonly Measure[];
  /** Capacity (docs/capacity.md): on by default, `false` for none, or changed resources. */
  capacity?: CapacityOption;
}

/** One step of a life in history: the calendar date, the fact, the rule that allowed it and the rules of that day. */
export interface HistoryStep {
  date: string;
  from: string;
  state: string;
  event: FactEvent;
  rule?: string;
  authority?: string;
  /** Measures in force on that date (the law the fact was judged by), with their authority. */
  measures: { id: string; name: string; authority: string }[];
  /** A capacity decision taken on that date (delay or refusal), if any. */
  capacity?: string;
  /** The rules of that date did not allow the pending fact, or any move (the case waits), if so. */
  law?: string;
}

/** A person's path in calendar time. */
export interface HistoryExplanation {
  profile: MigrantProfile;
  date: string;
  steps: HistoryStep[];
  text: string;
}

const measureInfo = (id: string, custom: readonly Measure[]) => {
  const m = [...MEASURES, ...custom].find((x) => x.id === id);
  return { id, name: m?.name ?? id, authority: m?.authority ?? '' };
};

/**
 * Explains one person's life in history mode: each fact with its calendar date, the rule that allowed it and the
 * measures in force that day (the text marks where the rules changed between two steps).
 * @example
 * explainHistory({ profile: { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports' }, date: '2019-11-15', seed: 3 }).text
 */
export function explainHistory(o: HistoryExplainOptions): HistoryExplanation {
  const profile = makeProfile(o.profile);
  if (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.date) || o.date < '2015-10-01' || o.date > '2021-09-30') {
    throw new ImmsimError([{ path: ['date'], message: `expected a date YYYY-MM-DD from 2015-10-01 to 2021-09-30, got '${String(o.date)}'` }]);
  }
  const m = compiledPathway();
  const day = dayOfIso(o.date);
  const month = o.date.slice(0, 7);
  const raw: { step: Omit<HistoryStep, 'measures'>; regime: number }[] = [];
  const custom = o.measures ?? [];
  const r = runHistory({
    from: month, to: o.to ?? '2021-09', seed: o.seed ?? 1, scale: 1, arrivals: publishedArrivals(),
    switches: { with: o.with ?? [], without: o.without ?? [], measures: custom },
    fixed: { day, count: 1, cohort: cohorts['swb-fy2019'], profile },
    ...(capacityFactory(o.capacity, 1) ? { capacity: capacityFactory(o.capacity, 1)!() } : {}),
    trace: (t) => {
      const meta = (t.transition >= 0 ? m.transitionMeta[t.transition] ?? {} : {}) as TransitionMeta;
      raw.push({
        regime: t.regime,
        step: {
          date: isoOfDay(t.day), from: m.stateIds[t.from]!, state: m.stateIds[t.to]!, event: t.event,
          ...(meta.rule ? { rule: meta.rule, authority: meta.authority } : {}),
          ...(t.capacity ? { capacity: t.capacity } : {}),
          ...(t.law ? { law: t.law } : {}),
        },
      });
    },
  });
  const steps: HistoryStep[] = raw.map(({ step, regime }) => ({ ...step, measures: r.regimes.regimes[regime]!.measures.map((id) => measureInfo(id, custom)) }));
  const lines = [`First crossing ${o.date}: ${profile.citizenship} ${profile.demographic}, ${profile.entry}`];
  let prev: string[] = [];
  for (const s of steps) {
    const ids = s.measures.map((x) => x.id);
    const on = ids.filter((id) => !prev.includes(id));
    const off = prev.filter((id) => !ids.includes(id));
    if (on.length || off.length) {
      lines.push(`  rules of ${s.date}: ${[...on.map((id) => `+${id} (${measureInfo(id, custom).authority || measureInfo(id, custom).name})`), ...off.map((id) => `-${id}`)].join('; ')}`);
    }
    prev = ids;
    const what = s.capacity ? `capacity: ${s.event.type} ${s.capacity}` : s.law ? `law: ${s.law}` : `${s.event.type} → ${s.state}`;
    lines.push(`  ${s.date}  ${s.from} --${what}${s.rule ? `   [${s.rule}: ${s.authority}]` : ''}`);
  }
  return { profile, date: o.date, steps, text: lines.join('\n') };
}
