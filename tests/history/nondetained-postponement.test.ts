import { describe, expect, it } from 'vitest';
import { compiledPathway } from '../../src/engine/sampler.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { dayOfIso } from '../../src/history/calendar.js';
import { runHistory, type TraceStep } from '../../src/history/engine.js';
import { explainHistory } from '../../src/history/explain-history.js';

// EOIR's nationwide postponement of non-detained hearings (18 Mar – 26 Jun 2020) acts on open cases in history mode.
const m = compiledPathway();
const arrivals = publishedArrivals();
const first = dayOfIso('2020-03-18');
const last = dayOfIso('2020-06-26');
const nonDetainedHearing = (t: TraceStep) => m.stateIds[t.from] === 'waiting-us' && (t.event.type === 'HEARING' || t.event.type === 'NO_SHOW');

function replay(without: string[] = []) {
  const fired: TraceStep[] = [];
  const refused: TraceStep[] = [];
  const r = runHistory({
    from: '2019-07', to: '2020-09', seed: 3, scale: 0.003, arrivals, switches: { without: without as never },
    trace: (t) => (t.transition >= 0 ? fired : t.law ? refused : []).push(t),
  });
  return { r, fired, refused };
}

describe('history: non-detained hearings postponed nationwide, 18 Mar – 26 Jun 2020', () => {
  const { r, fired, refused } = replay();
  const inWindow = (t: TraceStep) => t.day >= first && t.day <= last;

  it('no hearing of a person waiting in the US is held in the window; they are held before and after', () => {
    const hearings = fired.filter(nonDetainedHearing);
    expect(hearings.filter((t) => t.day < first).length).toBeGreaterThan(0);
    expect(hearings.filter((t) => t.day > last).length).toBeGreaterThan(0);
    expect(hearings.filter(inWindow)).toEqual([]);
    // Detained hearings go on.
    expect(fired.filter((t) => inWindow(t) && m.stateIds[t.from] === 'detained' && t.event.type === 'HEARING').length).toBeGreaterThan(0);
  });

  it('open cases wait: their hearings fall due in the window and are not held, and the docket waiting in the US grows', () => {
    expect(refused.filter((t) => inWindow(t) && nonDetainedHearing(t)).length).toBeGreaterThan(0);
    const waiting = (month: string) => r.stateCounts[r.months.indexOf(month)]![m.stateIndex['waiting-us']!]!;
    expect(waiting('2020-05')).toBeGreaterThan(waiting('2020-02'));
  });

  it('fails without the measure: the same replay holds non-detained hearings in the window', () => {
    expect(replay(['nondetained-hearings-postponed']).fired.filter((t) => inWindow(t) && nonDetainedHearing(t)).length).toBeGreaterThan(0);
  });

  it('explainHistory shows the measure coming into force and the hearing it stopped', () => {
    // A seed whose family is still waiting for a hearing in the window (most families now miss one before it: rule 8
    // and appearance by population changed the draws; seed 6 no longer reaches the window; seed 4 neither since the
    // MPP return became a rate drawn at the custody decision).
    const e = explainHistory({ profile: { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports' }, date: '2019-11-15', seed: 0, to: '2020-12', capacity: false });
    expect(e.text).toContain('+nondetained-hearings-postponed (EOIR operational status notices (COVID-19)');
    expect(e.text).toMatch(/waiting-us --law: HEARING not allowed by the rules of 2020-0[3-6]-\d\d/);
    const step = e.steps.find((s) => s.law?.startsWith('HEARING not allowed'))!;
    expect(step.measures.map((x) => x.id)).toContain('nondetained-hearings-postponed');
  });
});
