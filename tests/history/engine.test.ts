import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledPathway } from '../../src/engine/sampler.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { dayOfIso, isoOfDay } from '../../src/history/calendar.js';
import { runHistory, type TraceStep } from '../../src/history/engine.js';
import { FC } from '../helpers/law.js';

const m = compiledPathway();
const arrivals = publishedArrivals();
const run = (from: string, to: string, seed: number, extra: Partial<Parameters<typeof runHistory>[0]> = {}) =>
  runHistory({ from, to, seed, scale: 0.002, switches: {}, arrivals, ...extra });

describe('history engine: conservation', () => {
  it('every person who arrived is in exactly one state at every month end, and court pending = receipts − completions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 60 }), (seed, start) => {
        const months = ['2015-10', '2016-10', '2017-10', '2018-10', '2019-10', '2020-10'];
        const from = months[start % 6]!;
        const to = `${Number(from.slice(0, 4)) + 1}-03`;
        const r = run(from, to, seed);
        let arrived = 0;
        let receipts = 0;
        let completions = 0;
        r.months.forEach((_, i) => {
          arrived += r.flows['first-crossings'][i]!;
          receipts += r.flows['court-receipts'][i]!;
          completions += r.flows['court-completions'][i]!;
          expect(r.stateCounts[i]!.reduce((s, v) => s + v, 0)).toBe(arrived);
          expect(r.stateCounts[i]!.every((v) => v >= 0)).toBe(true);
          expect(r.coutPending[i]).toBe(receipts - completions);
        });
      }),
      { seed: FC.seed, numRuns: Math.min(FC.numRuns, 6) },
    );
  });

  it('stocks change by inflows minus outflows every day (state counts follow the fired facts)', () => {
    const counts = new Float64Array(m.stateIds.length);
    let arrived = 0;
    const r = run('2019-01', '2019-04', 3, {
      trace: (t) => {
        counts[t.from]!--;
        counts[t.to]!++;
      },
      onDayEnd: (_day, stateCount) => {
        const total = stateCount.reduce((s, v) => s + v, 0);
        expect(total).toBeGreaterThanOrEqual(arrived);
        arrived = total;
      },
    });
    // Arrivals enter the initial state; every other change is a fired fact.
    counts[m.initialState]! += r.people;
    expect(Array.from(counts)).toEqual(Array.from(r.stateCounts[r.stateCounts.length - 1]!));
  });
});

describe('history engine: rules of the day', () => {
  const trace: TraceStep[] = [];
  // Fired facts only (the trace also notes facts the day's law refused, with transition -1).
  const r = run('2019-10', '2021-09', 7, { scale: 0.003, trace: (t) => t.transition >= 0 && trace.push(t) });
  const id = (s: number) => m.stateIds[s];
  const title42 = dayOfIso('2020-03-21');

  it('Title 42 applies from 21 Mar 2020, never before, to first and repeat crossers alike', () => {
    const expulsions = trace.filter((t) => t.event.type === 'EXPEL');
    expect(expulsions.length).toBeGreaterThan(0);
    expect(Math.min(...expulsions.map((t) => t.day))).toBeGreaterThanOrEqual(title42);
    // Someone first encountered before 21 Mar 2020 is expelled on a later crossing.
    const firstSeen = new Map<number, number>();
    for (const t of trace) if (!firstSeen.has(t.person)) firstSeen.set(t.person, t.day);
    expect(expulsions.some((t) => firstSeen.get(t.person)! < title42)).toBe(true);
  });

  it('no MPP hearing is held while MPP hearings are suspended; cases opened before still wait in Mexico', () => {
    // The measure's dates (src/policy/measures.ts, mpp-hearings-suspended: 23 Mar 2020 – 30 Apr 2021).
    const suspended = (d: number) => isoOfDay(d) >= '2020-03-23' && isoOfDay(d) <= '2021-04-30';
    const mppHearings = trace.filter((t) => id(t.from) === 'waiting-mexico' && (t.event.type === 'HEARING' || t.event.type === 'NO_SHOW'));
    expect(mppHearings.length).toBeGreaterThan(0);
    expect(mppHearings.filter((t) => suspended(t.day))).toEqual([]);
    const feb2020 = r.months.indexOf('2020-02');
    const jan2021 = r.months.indexOf('2021-01');
    const waiting = (i: number) => r.stateCounts[i]![m.stateIndex['waiting-mexico']!]!;
    expect(waiting(jan2021)).toBeGreaterThan(0);
    expect(waiting(jan2021)).toBeGreaterThanOrEqual(waiting(feb2020) * 0.5);
  });

  it('wind-down admissions start on 19 Feb 2021, never before', () => {
    const admits = trace.filter((t) => t.event.type === 'ADMIT_WIND_DOWN');
    expect(admits.length).toBeGreaterThan(0);
    expect(Math.min(...admits.map((t) => t.day))).toBeGreaterThanOrEqual(dayOfIso('2021-02-19'));
  });
});
