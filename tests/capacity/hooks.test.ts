// The capacity model on the history engine's hook, driven by synthetic request streams in calendar order:
// unlimited capacity admits every fact on its day (history mode without capacity, exactly); beds refuse when full
// and count the releases for lack of capacity; ORR places children first come first served; dockets book slots.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapacityModel } from '../../src/capacity/hooks.js';
import { capacityReport } from '../../src/capacity/report.js';
import { parseChange } from '../../src/capacity/changes.js';
import { REFUSE, RESOURCE, type ResourceIndex, unlimited } from '../../src/history/capacity-hooks.js';
import { FC } from '../helpers/law.js';

type Req = { day: number; resource: ResourceIndex; person: number; stay: number };
const requests = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 2100 }),
      resource: fc.constantFrom(...(Object.values(RESOURCE) as ResourceIndex[])),
      person: fc.integer({ min: 0, max: 400 }),
      stay: fc.integer({ min: 1, max: 60 }),
    }),
    { maxLength: 300 },
  )
  .map((a) => a.sort((x, y) => x.day - y.day));

/** Plays requests in calendar order; bed stays end `stay` days later (released in order). */
function play(hooks: { request: (r: ResourceIndex, d: number, p: number) => number; release: (r: ResourceIndex, d: number, p: number) => void; startDay?: (d: number) => void }, reqs: Req[]): number[] {
  const leaves: { day: number; r: ResourceIndex; p: number }[] = [];
  const answers: number[] = [];
  let today = -1;
  for (const q of reqs) {
    for (leaves.sort((a, b) => a.day - b.day); leaves.length && leaves[0]!.day <= q.day; ) {
      const l = leaves.shift()!;
      if (l.day > today) hooks.startDay?.((today = l.day));
      hooks.release(l.r, l.day, l.p);
    }
    if (q.day > today) hooks.startDay?.((today = q.day));
    const a = hooks.request(q.resource, q.day, q.person);
    answers.push(a);
    if (a === q.day && q.resource <= RESOURCE.orrBed) leaves.push({ day: q.day + q.stay, r: q.resource, p: q.person });
  }
  return answers;
}

describe('CapacityModel on the history hook', () => {
  it('unlimited capacity answers exactly like the no-capacity default (every fact on its own day)', () => {
    fc.assert(
      fc.property(requests, (reqs) => {
        expect(play(new CapacityModel({ unlimited: true }), reqs)).toEqual(play(unlimited, reqs));
      }),
      { ...FC, numRuns: Math.min(FC.numRuns, 25) },
    );
  });

  it('answers are the day, a later day, or a refusal (only for beds that release: CBP, ICE, family)', () => {
    fc.assert(
      fc.property(requests, fc.constantFrom(0.001, 0.01, 1), (reqs, scale) => {
        const answers = play(new CapacityModel({ scale }), reqs);
        answers.forEach((a, i) => {
          const q = reqs[i]!;
          if (a === REFUSE) expect([RESOURCE.cbpHolding, RESOURCE.iceBed, RESOURCE.familyBed]).toContain(q.resource);
          else expect(a).toBeGreaterThanOrEqual(q.day);
        });
      }),
      { ...FC, numRuns: Math.min(FC.numRuns, 25) },
    );
  });

  it('ICE beds full → refusals counted as releases for lack of capacity in that month; more beds never raise them', () => {
    // 30 people asking for an ICE bed on each of the first 10 days, each staying 60 days; beds at 1/1000 scale = 34.
    const reqs: Req[] = [];
    for (let d = 0; d < 10; d++) for (let p = 0; p < 30; p++) reqs.push({ day: d, resource: RESOURCE.iceBed, person: d * 30 + p, stay: 60 });
    // Without the interior detainees: all the beds are the model's (tests/capacity/ice-interior.test.ts has them).
    const small = new CapacityModel({ scale: 0.001, interiorDetainees: false });
    const answers = play(small, reqs);
    expect(answers.filter((a) => a === REFUSE)).toHaveLength(300 - 34);
    const rep = capacityReport(small);
    expect(rep.releasesForLackOfCapacity['ice-beds']![0]).toBeCloseTo((300 - 34) * 1000);
    expect(rep.occupancy['ice-beds']!.peak[0]).toBeCloseTo(34 * 1000);
    const more = new CapacityModel({ scale: 0.001, interiorDetainees: false, changes: [parseChange('ice-beds=+10000@2015-10')] });
    play(more, reqs);
    expect(capacityReport(more).releasesForLackOfCapacity['ice-beds']![0]).toBeLessThan(rep.releasesForLackOfCapacity['ice-beds']![0]!);
  });

  it('ORR: children are placed first come first served; those refused wait and are placed in order as beds free', () => {
    // At 1/13000 scale ORR has one bed: one child at a time; the child in it leaves on days 5, 12 and 20.
    const m = new CapacityModel({ scale: 1 / 13000 });
    const placed: [number, number][] = [];
    const waiting = new Set([0, 1, 2, 3]);
    for (let day = 0; day < 40 && waiting.size; day++) {
      m.startDay(day);
      if (day === 5 || day === 12 || day === 20) m.release(RESOURCE.orrBed, day, placed.at(-1)![0]);
      // They join the line in order 0…3 on day 0; later, the last in line asks first: the line decides, not the order of asking.
      for (const child of day === 0 ? [...waiting] : [...waiting].reverse()) {
        if (m.request(RESOURCE.orrBed, day, child) === day) {
          placed.push([child, day]);
          waiting.delete(child);
        }
      }
    }
    expect(placed.map(([c]) => c)).toEqual([0, 1, 2, 3]);
    expect(placed.map(([, d]) => d)).toEqual([0, 5, 12, 20]);
  });

  it('ORR: a child whose turn comes but who no longer asks (their path moved on) leaves the line; the next is placed', () => {
    const m = new CapacityModel({ scale: 1 / 13000 }); // one bed
    m.startDay(0);
    expect(m.request(RESOURCE.orrBed, 0, 10)).toBe(0); // placed
    expect(m.request(RESOURCE.orrBed, 0, 11)).toBe(1); // waits
    expect(m.request(RESOURCE.orrBed, 0, 12)).toBe(1); // waits
    m.startDay(3);
    m.release(RESOURCE.orrBed, 3, 10);
    // Day 4: child 11's turn, but only child 12 asks (11 was, say, reunified otherwise).
    m.startDay(4);
    expect(m.request(RESOURCE.orrBed, 4, 12)).toBe(5);
    m.startDay(5);
    expect(m.request(RESOURCE.orrBed, 5, 12)).toBe(5);
    // Child 11 asking again much later is a new request, at the back of the line.
    expect(m.request(RESOURCE.orrBed, 5, 11)).toBe(6);
  });

  it('credible-fear interviews are booked in order of asking; the booked day admits on re-ask', () => {
    const m = new CapacityModel({ scale: 0.01 }); // 2.52 interviews a day
    const days = Array.from({ length: 10 }, (_, p) => m.request(RESOURCE.cfInterview, 0, p));
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(days[9]).toBeGreaterThan(0);
    m.startDay(days[9]!);
    expect(m.request(RESOURCE.cfInterview, days[9]!, 9)).toBe(days[9]);
  });

  it('a court case waits for its turn behind the pending stock; later hearings of the same case are the engine\'s own', () => {
    const m = new CapacityModel({ scale: 0.01 });
    m.startDay(400);
    const turn = m.request(RESOURCE.courtHearing, 400, 1);
    expect(turn).toBeGreaterThan(400 + 300); // hundreds of days of backlog ahead of it
    m.startDay(turn);
    expect(m.request(RESOURCE.courtHearing, turn, 1)).toBe(turn);
    expect(m.request(RESOURCE.courtHearing, turn + 90, 1)).toBe(turn + 90);
  });
});
