import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityFactory } from '../../src/capacity/history-capacity.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { monthsBetween } from '../../src/history/calendar.js';
import { historyPaths } from '../../src/history/history-paths.js';
import { MEASURE_IDS, type MeasureId } from '../../src/policy/types.js';
import { regimeAt } from '../../src/policy/regime-at.js';
import { invariant, invariants } from '../../src/testing/invariants.js';
import { FC } from '../helpers/law.js';

// The legal invariants of immsim/testing on every person's path of small history replays, each fact judged by the
// rules of its own day (Step.inForce); and the person's clock is the calendar (waits and refused facts included).
const arrivals = publishedArrivals();
const MONTHS = monthsBetween('2015-10', '2021-09');
const replay = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
  start: fc.integer({ min: 0, max: MONTHS.length - 1 }),
  length: fc.integer({ min: 1, max: 4 }),
  without: fc.subarray([...MEASURE_IDS], { maxLength: 2 }),
  with: fc.subarray([...MEASURE_IDS], { maxLength: 1 }),
  capacity: fc.boolean(),
});

describe('history paths: the legal invariants hold on every path, judged by the rules of each day', () => {
  it('property: every invariant of the catalogue holds for every person of random small replays (windows, seeds, switches, capacity)', () => {
    let checked = 0;
    fc.assert(
      fc.property(replay, (r) => {
        const from = MONTHS[r.start]!;
        const to = MONTHS[Math.min(MONTHS.length - 1, r.start + r.length - 1)]!;
        const scale = 0.0015;
        const { paths } = historyPaths({
          from, to, seed: r.seed, scale, arrivals,
          switches: { without: r.without as MeasureId[], with: r.with.filter((id) => !r.without.includes(id)) as MeasureId[] },
          ...(r.capacity ? { capacity: capacityFactory(true, scale)!() } : {}),
        });
        for (const p of paths) {
          for (const inv of invariants) {
            if (!inv.predicate(p)) {
              throw new Error(`${inv.id} fails (${inv.authority}) for ${JSON.stringify(p.profile)} first crossing day ${p.firstDay}: ${p.steps.map((s, i) => `${p.calendarDays[i]} ${s.from}--${s.event.type}-->${s.state}`).join('; ')}`);
            }
          }
          p.steps.forEach((s, i) => expect(s.context.day, 'the person’s clock is the calendar').toBe(p.calendarDays[i]! - p.firstDay));
          checked++;
        }
      }),
      { seed: FC.seed, numRuns: Math.min(FC.numRuns, 10) },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('a full ORR holds a child in CBP no longer than the 72 hours of the TVPRA (spring 2019, capacity on)', () => {
    // Found by the property above: the capacity hook delayed transfers to ORR past the limit.
    const { paths } = historyPaths({ from: '2019-03', to: '2019-05', seed: 1593704290, scale: 0.0015, switches: {}, arrivals, capacity: capacityFactory(true, 0.0015)!() });
    const transfers = paths.flatMap((p) => p.steps.filter((s) => s.event.type === 'TRANSFER_TO_ORR'));
    expect(transfers.length).toBeGreaterThan(0);
    expect(transfers.filter((s) => s.event.days > 3).map((s) => s.event.days)).toEqual([]);
    expect(paths.every((p) => invariant('uac-to-orr-within-72h').predicate(p))).toBe(true);
  });

  it('a case that waits for the rules to change keeps the calendar’s clock (waits and refused facts pass days)', () => {
    // Jan–Aug 2020 at this seed has cases waiting (MPP and non-detained hearings suspended); the old engine let
    // their clock stop while they waited.
    const { paths } = historyPaths({ from: '2020-01', to: '2020-08', seed: 5, scale: 0.002, switches: {}, arrivals });
    const off = paths.flatMap((p) =>
      p.steps.flatMap((s, i) => (s.context.day !== p.calendarDays[i]! - p.firstDay ? [`day ${p.calendarDays[i]}: ${s.from} --${s.event.type}, clock ${s.context.day}, first crossing ${p.firstDay}`] : [])),
    );
    expect(off).toEqual([]);
  });

  it('each step is judged by its own day: an MPP hearing of Feb 2020 holds, the same step under the rules of Apr 2020 does not', () => {
    const { paths } = historyPaths({ from: '2019-06', to: '2020-02', seed: 11, scale: 0.004, switches: {}, arrivals });
    const p = paths.find((x) => x.steps.some((s) => s.from === 'waiting-mexico' && s.event.type === 'HEARING'))!;
    expect(p).toBeDefined();
    const inv = invariant('no-mpp-hearing-while-suspended');
    expect(inv.predicate(p)).toBe(true);
    const april = regimeAt('2020-04-15').inForce;
    const moved = { ...p, steps: p.steps.map((s) => (s.from === 'waiting-mexico' && s.event.type === 'HEARING' ? { ...s, inForce: april } : s)) };
    expect(inv.predicate(moved)).toBe(false);
    // A path-level view cannot see it: the path's own regime (its first day) has no suspension.
    expect(p.regime.inForce['mpp-hearings-suspended']).toBe(false);
  });
});
