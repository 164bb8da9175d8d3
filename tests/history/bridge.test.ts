import { describe, expect, it } from 'vitest';
import { cohorts } from '../../src/cohorts/index.js';
import { compileCohort } from '../../src/cohorts/draw-profile.js';
import { pathSeed, Stream } from '../../src/engine/random.js';
import { compiledPathway, PathSampler } from '../../src/engine/sampler.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { dayOfIso } from '../../src/history/calendar.js';
import { runHistory } from '../../src/history/engine.js';
import { PersonStore, roundTrip } from '../../src/history/person-store.js';
import { regimeAt } from '../../src/policy/regime-at.js';
import { PUBLISHED_ARRIVAL_ROWS, PUBLISHED_ARRIVAL_SOURCES } from '../../src/history/data/published-arrivals.js';
import reference from '../../data/reference/history-inputs.json' with { type: 'json' };

describe('bridge: the calendar frozen at one date reproduces the static engine', () => {
  it.each(['2017-06-01', '2019-08-01', '2020-06-01'])('outcome shares at %s match within Monte Carlo error', (date) => {
    const m = compiledPathway();
    const N = 4000;
    const seed = 11;
    const cohort = cohorts['swb-fy2019'];
    const lastDay = dayOfIso('2021-09-30');
    const r = runHistory({ from: '2015-10', to: '2021-09', seed, scale: 1, switches: { frozenDate: date }, arrivals: publishedArrivals(), fixed: { day: 0, count: N, cohort } });
    const hist = r.stateCounts[r.stateCounts.length - 1]!;
    // Static engine: the same people, the rules of `date`, followed for as many days as the calendar has.
    const sampler = new PathSampler(regimeAt(date), lastDay);
    const draw = compileCohort(cohort);
    const stat = new Float64Array(m.stateIds.length);
    const ps = new Stream();
    const us = new Stream();
    for (let i = 0; i < N; i++) {
      const profile = draw(ps.reset(seed, i).u);
      const ctx = m.createContext({ profile, regime: sampler.regime });
      stat[sampler.run(ctx, us.reset(pathSeed(seed), i).u, { caseEnded() {} })]!++;
    }
    // Open cases: 'pending' in the static engine, still in their state in history mode.
    const outcome = (s: string) => ['expelled', 'voluntary-return', 'removed-expedited', 'transferred-third-country', 'removal-order', 'in-absentia-order', 'voluntary-departure', 'relief-granted', 'terminated'].includes(s);
    const share = (c: Float64Array, s: string) => c[m.stateIndex[s]!]! / N;
    let histOpen = 0;
    m.stateIds.forEach((s, i) => {
      if (!outcome(s)) histOpen += hist[i]! / N;
    });
    for (const s of m.stateIds.filter(outcome)) {
      const p = share(stat, s);
      const se = Math.sqrt(Math.max(p * (1 - p), 1 / N) / N);
      expect(Math.abs(share(hist, s) - p)).toBeLessThanOrEqual(4 * se * Math.SQRT2);
    }
    expect(Math.abs(histOpen - share(stat, 'pending'))).toBeLessThanOrEqual(0.02);
  });
});

describe('packed people', () => {
  it('a context and profile survive packing unchanged', () => {
    const m = compiledPathway();
    const profile = compileCohort(cohorts['swb-fy2020'])(new Stream().reset(3, 9).u);
    const ctx = m.createContext({ profile, regime: regimeAt('2020-06-01') });
    ctx.encounters = 3;
    ctx.inUS = false;
    ctx.daysInMexico = 120;
    const back = roundTrip(ctx);
    expect({ ...back, regime: null }).toEqual({ ...ctx, regime: null });
    expect(new PersonStore(ctx).stride).toBeGreaterThan(PersonStore.ENGINE_FIELDS.length);
  });
});

describe('arrival data', () => {
  it('the generated module matches data/reference/history-inputs.json', () => {
    const byId = new Map((reference as { series: { id: string; values: Record<string, number> }[] }).series.map((s) => [s.id, s.values]));
    expect(PUBLISHED_ARRIVAL_ROWS).toHaveLength(72);
    for (const [month, ...values] of PUBLISHED_ARRIVAL_ROWS) {
      PUBLISHED_ARRIVAL_SOURCES.forEach((id, k) => expect(values[k]).toBe(byId.get(id)![month] ?? 0));
    }
  });
});
