import { describe, expect, it } from 'vitest';
import { compiledPathway } from '../../src/engine/sampler.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { dayOfIso } from '../../src/history/calendar.js';
import { runHistory, type TraceStep } from '../../src/history/engine.js';

// MPP hearings were postponed from 23 Mar 2020 (mpp_hearings_suspended_2020_03_23) and never resumed before the
// wind-down admitted the people still waiting from 19 Feb 2021 (mpp_hearings_criteria_2020_07_17).
const m = compiledPathway();
const arrivals = publishedArrivals();
const mexico = m.stateIndex['waiting-mexico']!;
const first = dayOfIso('2020-03-23');
const windDown = dayOfIso('2021-02-19');
const mppHearing = (t: TraceStep) => t.from === mexico && (t.event.type === 'HEARING' || t.event.type === 'NO_SHOW');

function replay(without: string[] = []) {
  const fired: TraceStep[] = [];
  const r = runHistory({
    from: '2019-07', to: '2021-03', seed: 5, scale: 0.01, arrivals, switches: { without: without as never },
    trace: (t) => { if (t.transition >= 0) fired.push(t); },
  });
  return { r, fired };
}

describe('history: MPP hearings suspended from 23 Mar 2020 until the wind-down', () => {
  const { r, fired } = replay();

  it('MPP hearings are held up to 22 Mar 2020 and none from 23 Mar 2020 to the end of the run', () => {
    // Before the measure had its day (23 Mar) it began on 1 Mar and no MPP hearing was held on 1–22 Mar 2020.
    expect(fired.filter((t) => mppHearing(t) && t.day >= dayOfIso('2020-03-01') && t.day < first).length).toBeGreaterThan(0);
    expect(fired.filter((t) => mppHearing(t) && t.day >= first)).toEqual([]);
  });

  it('the people waiting in Mexico are held there until the wind-down admits them, from 19 Feb 2021 and not before', () => {
    const waiting = (mo: string) => r.stateCounts[r.months.indexOf(mo)]![mexico]!;
    expect(waiting('2021-01')).toBeGreaterThan(0);
    const admitted = fired.filter((t) => t.event.type === 'ADMIT_WIND_DOWN');
    const flows = r.flows['wind-down-admissions'];
    for (let i = 0; i < r.months.length; i++) if (r.months[i]! < '2021-02') expect(flows[i]).toBe(0);
    expect(flows[r.months.indexOf('2021-02')]! + flows[r.months.indexOf('2021-03')]!).toBeGreaterThan(0);
    expect(admitted.length).toBeGreaterThan(0);
    expect(admitted.every((t) => t.day >= windDown)).toBe(true);
    expect(waiting('2021-03')).toBeLessThan(waiting('2021-01'));
  });

  it('metamorphic: without the suspension the same replay holds MPP hearings after 23 Mar 2020', () => {
    expect(replay(['mpp-hearings-suspended']).fired.filter((t) => mppHearing(t) && t.day >= first).length).toBeGreaterThan(0);
  });
});
