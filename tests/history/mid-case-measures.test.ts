import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { compiledPathway } from '../../src/engine/sampler.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { dayOfIso, monthsBetween } from '../../src/history/calendar.js';
import { runHistory, type TraceStep } from '../../src/history/engine.js';
import type { Measure } from '../../src/policy/types.js';
import { FC } from '../helpers/law.js';

// A custom measure that starts while cases are open applies from its first day and never before: with common random
// numbers the replay is fact for fact the baseline's until the day before it starts, and from its first day to its
// last no fact it forbids happens.
const m = compiledPathway();
const arrivals = publishedArrivals();
const id = (s: number) => m.stateIds[s]!;
const hearing = (t: TraceStep) => t.event.type === 'HEARING' || t.event.type === 'NO_SHOW';
const EFFECTS: { sets: Measure['sets']; forbids: (t: TraceStep) => boolean }[] = [
  { sets: { 'nondetained-hearings-postponed': true }, forbids: (t) => id(t.from) === 'waiting-us' && hearing(t) },
  { sets: { 'mpp-hearings-suspended': true }, forbids: (t) => id(t.from) === 'waiting-mexico' && hearing(t) },
  { sets: { 'removal-pause': true }, forbids: (t) => t.event.type === 'REMOVE' },
  { sets: { 'title-42': false }, forbids: (t) => id(t.to) === 'expelled' },
  { sets: { mpp: false, 'mpp-reimplementation': false }, forbids: (t) => t.event.type === 'RETURN_TO_MEXICO' },
];
const MONTHS = monthsBetween('2019-02', '2021-06');
const fired = (t: TraceStep) => t.transition >= 0;
const key = (t: TraceStep) => `${t.day} ${t.person} ${t.from}>${t.to} ${t.event.type} ${t.event.days}`;

describe('history: a measure that starts mid-case applies from its first day and never before', () => {
  it('property: random custom measures (effect, first and last day) over random replays', () => {
    let blocked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: MONTHS.length - 4 }),
        fc.integer({ min: 0, max: EFFECTS.length - 1 }),
        fc.integer({ min: 20, max: 100 }),
        fc.integer({ min: 1, max: 90 }),
        (seed, start, e, offset, length) => {
          const from = MONTHS[start]!;
          const to = MONTHS[start + 3]!;
          const first = addDays(`${from}-01`, offset);
          const last = addDays(first, length - 1);
          const effect = EFFECTS[e]!;
          const measure: Measure = {
            id: 'custom-mid-case', name: 'custom', from: first, until: last, datePrecision: 'day',
            authority: 'hypothetical (test)', changes: 'test', sets: effect.sets,
          };
          const base: TraceStep[] = [];
          const cf: TraceStep[] = [];
          const spec = { from, to, seed, scale: 0.002, arrivals };
          const b = runHistory({ ...spec, switches: {}, trace: (t) => fired(t) && base.push(t) });
          runHistory({ ...spec, switches: { measures: [measure] }, firstCrossings: b.firstCrossings, trace: (t) => fired(t) && cf.push(t) });
          const d0 = dayOfIso(first);
          const d1 = dayOfIso(last);
          // Never before: identical facts on every day before its first.
          expect(cf.filter((t) => t.day < d0).map(key)).toEqual(base.filter((t) => t.day < d0).map(key));
          // From its first day to its last: nothing it forbids.
          const inside = (t: TraceStep) => t.day >= d0 && t.day <= d1 && effect.forbids(t);
          expect(cf.filter(inside).map(key)).toEqual([]);
          blocked += base.filter(inside).length;
        },
      ),
      { seed: FC.seed, numRuns: Math.min(FC.numRuns, 12) },
    );
    // The property is not vacuous: in the baseline, facts the measures forbid did happen inside their windows.
    expect(blocked).toBeGreaterThan(0);
  });
});
