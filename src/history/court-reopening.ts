import { Stream } from '../engine/random.js';
import { MEASURES } from '../policy/measures.js';
import { dayOfIso } from './calendar.js';
import type { MeasureSwitches } from './regime-days.js';
import { NONDETAINED_REOPENING, type ReopeningSchedule, type ReopeningStep } from '../policy/court-reopening.js';

// The schedule itself lives in src/policy/court-reopening.ts (capacity mode reads the same one).
export { NONDETAINED_REOPENING, type ReopeningSchedule, type ReopeningStep };

/** Per-person court reopening days of a run, or null when the schedule does not apply. */
export interface CourtReopening {
  /** First day after the nationwide postponement: from here a person's own court date decides. */
  start: number;
  /** The day the court of person `id` (under the run's seed) reopens for non-detained hearings. */
  dayOf(id: number): number;
}

/**
 * The court reopening of a run: null with a capacity model (which has its own reopening), with the postponement
 * switched off or forced on, or with the calendar frozen. A person's court is drawn from a hash of (seed, person id),
 * so counterfactuals and workers see the same courts and no draw of the person's own stream is used.
 * @example
 * courtReopening(NONDETAINED_REOPENING, 1, {}, false)!.start // dayOfIso('2020-06-27')
 */
export function courtReopening(schedule: ReopeningSchedule, seed: number, sw: MeasureSwitches, capacity: boolean): CourtReopening | null {
  if (capacity || sw.frozenDate || sw.without?.includes(schedule.measure) || sw.with?.includes(schedule.measure)) return null;
  const days: number[] = [];
  for (const s of schedule.steps) for (let i = 0; i < s.courts.length; i++) days.push(dayOfIso(s.date));
  const poolDay = dayOfIso(schedule.pool.date);
  while (days.length < schedule.courts.value) days.push(poolDay);
  const until = MEASURES.find((m) => m.id === schedule.measure)?.until;
  if (!until) return null;
  const stream = new Stream();
  const laneSeed = (seed ^ 0x6c0c0c07) | 0;
  return {
    start: dayOfIso(until) + 1,
    dayOf(id: number): number {
      const u = stream.reset(laneSeed, id).u();
      return days[Math.min(days.length - 1, Math.floor(u * days.length))]!;
    },
  };
}
