import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compiledPathway } from '../../src/engine/sampler.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { dayOfIso } from '../../src/history/calendar.js';
import { courtReopening, NONDETAINED_REOPENING } from '../../src/history/court-reopening.js';
import { runHistory, type TraceStep } from '../../src/history/engine.js';
import { FC } from '../helpers/law.js';

// After the nationwide postponement (18 Mar – 26 Jun 2020) EOIR reopened non-detained dockets court by court
// (AILA table of proposed reopening dates; the general pool on 17 May 2021). Without capacity the history engine
// gives each case a court reopening day; with capacity the court queues do it (nondetained-open).
const m = compiledPathway();
const arrivals = publishedArrivals();
const waitingUs = m.stateIndex['waiting-us']!;
const isHearing = (t: TraceStep) => t.event.type === 'HEARING' || t.event.type === 'NO_SHOW';
const end = dayOfIso('2020-06-26');

function replay(seed: number, from = '2019-07', to = '2020-09', without: string[] = [], scale = 0.01) {
  const fired: TraceStep[] = [];
  const notes: TraceStep[] = [];
  let people = 0;
  let minSum = Infinity;
  let maxSum = -Infinity;
  const r = runHistory({
    from, to, seed, scale, arrivals, switches: { without: without as never },
    trace: (t) => (t.transition >= 0 ? fired : notes).push(t),
    onDayEnd: (_day, counts) => {
      const sum = counts.reduce((a, b) => a + b, 0);
      minSum = Math.min(minSum, sum);
      maxSum = Math.max(maxSum, sum);
    },
  });
  people = r.people;
  return { r, fired, notes, people, minSum, maxSum };
}

describe('history: non-detained dockets reopen court by court after the 2020 postponement (no capacity)', () => {
  const base = replay(3);

  it('completions in July 2020 stay below half the Jan–Feb 2020 monthly level (TRAC: 5,960 against 42,045 and 41,793, 0.14)', () => {
    // On the code before the staged reopening every court reopened on 27 Jun 2020 and July held 0.61 of the level.
    const c = base.r.flows['court-completions'];
    const at = (mo: string) => c[base.r.months.indexOf(mo)]!;
    const before = (at('2020-01') + at('2020-02')) / 2;
    expect(before).toBeGreaterThan(50);
    expect(at('2020-07') / before).toBeLessThan(0.5);
  });

  it('no non-detained hearing is held at a court before its reopening day; hearings are held at reopened courts', () => {
    const reopening = courtReopening(NONDETAINED_REOPENING, 3, {}, false)!;
    const after = base.fired.filter((t) => t.from === waitingUs && isHearing(t) && t.day > end);
    expect(after.length).toBeGreaterThan(0);
    for (const t of after) expect(t.day).toBeGreaterThanOrEqual(reopening.dayOf(t.person));
    expect(base.notes.some((t) => t.law?.includes("non-detained docket reopens on"))).toBe(true);
  });

  it('no postponed hearing is lost: every person whose hearing was not held is held later or still waits in the US', () => {
    const postponed = new Set(base.notes.filter((t) => t.from === waitingUs && t.law && (t.event.type === 'HEARING' || t.event.type === 'NO_SHOW' || (t.event.type as string) === 'WAIT')).map((t) => t.person));
    expect(postponed.size).toBeGreaterThan(0);
    const lastState = new Map<number, number>();
    const heardAfter = new Set<number>();
    for (const t of base.fired) {
      lastState.set(t.person, t.to);
      if (postponed.has(t.person) && t.from === waitingUs && isHearing(t)) heardAfter.add(t.person);
    }
    for (const id of postponed) if (!heardAfter.has(id)) expect(m.stateIds[lastState.get(id)!]).toBe('waiting-us');
    // Conservation: everyone who arrived is in exactly one state on every day after the last arrival month began.
    expect(base.maxSum).toBeLessThanOrEqual(base.people);
    expect(base.r.stateCounts.at(-1)!.reduce((a, b) => a + b, 0)).toBe(base.people);
  });

  it('a court reopening day lies in the schedule, is the same for a person in every run, and never precedes 27 Jun 2020', () => {
    const days = new Set([...NONDETAINED_REOPENING.steps.map((s) => dayOfIso(s.date)), dayOfIso(NONDETAINED_REOPENING.pool.date)]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 10_000_000 }), (seed, id) => {
        const a = courtReopening(NONDETAINED_REOPENING, seed, {}, false)!;
        const b = courtReopening(NONDETAINED_REOPENING, seed, { without: ['title-42'] }, false)!;
        expect(days.has(a.dayOf(id))).toBe(true);
        expect(a.dayOf(id)).toBe(b.dayOf(id));
        expect(a.start).toBe(end + 1);
      }),
      { seed: FC.seed, numRuns: FC.numRuns },
    );
  });

  it('applies only with the postponement on and no capacity model (which reopens through its own queues)', () => {
    expect(courtReopening(NONDETAINED_REOPENING, 1, {}, true)).toBeNull();
    expect(courtReopening(NONDETAINED_REOPENING, 1, { without: ['nondetained-hearings-postponed'] }, false)).toBeNull();
    const off = replay(3, '2020-05', '2020-09', ['nondetained-hearings-postponed']);
    expect(off.notes.some((t) => t.law?.includes('non-detained docket reopens'))).toBe(false);
  });

  it('shares of courts follow the schedule: 20 of 67 open by 21 Sep 2020, the rest on 17 May 2021', () => {
    const r = courtReopening(NONDETAINED_REOPENING, 11, {}, false)!;
    const n = 20_000;
    let early = 0;
    for (let i = 0; i < n; i++) if (r.dayOf(i) <= dayOfIso('2020-09-21')) early++;
    const named = NONDETAINED_REOPENING.steps.reduce((a, s) => a + s.courts.length, 0);
    expect(named).toBe(20);
    expect(early / n).toBeGreaterThan(named / 67 - 0.02);
    expect(early / n).toBeLessThan(named / 67 + 0.02);
  });
});
