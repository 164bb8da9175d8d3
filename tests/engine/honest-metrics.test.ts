import { describe, expect, it } from 'vitest';
import { explain } from '../../src/engine/explain.js';
import { simulate } from '../../src/engine/simulate.js';
import { formatResultTable, resultToCsv } from '../../src/report/index.js';

describe('no number is made up where there is none', () => {
  it('days to outcome is null (— in tables, empty in CSV), not 0, when nobody reached an outcome', async () => {
    const r = await simulate({ regime: 'pep-2016', profile: { citizenship: 'HN', demographic: 'uac', entry: 'between-ports' }, n: 200, seed: 1, horizonDays: 1, workers: 1 });
    expect(r.outcomes.pending.count).toBe(200);
    expect(r.metrics.daysToOutcome).toEqual({ median: null, p90: null });
    expect(formatResultTable(r)).toMatch(/Days to outcome, median\s+—/);
    expect(resultToCsv(r)).toMatch(/metric,daysToOutcome,median,,/);
  });
});

describe('explain with given facts honours the horizon', () => {
  const profile = { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports', fearOfReturn: true } as const;
  it('a fact after horizonDays is not followed, as in a simulation', () => {
    const long = explain({ regime: 'mpp-2019', profile, seed: 3, horizonDays: 1095 });
    const lastDay = long.steps.at(-1)!.day;
    expect(lastDay).toBeGreaterThan(30);
    const facts = long.steps.flatMap((s) => (s.event ? [s.event] : []));
    const short = explain({ regime: 'mpp-2019', profile, facts, horizonDays: 30 });
    expect(short.steps.every((s) => s.day <= 30)).toBe(true);
    expect(short.steps.length).toBeLessThan(long.steps.length);
    expect(short.beyondHorizon?.horizonDays).toBe(30);
    expect(short.text).toMatch(/falls after the horizon of 30 days/);
    // Replaying with the horizon the facts were drawn under changes nothing.
    const same = explain({ regime: 'mpp-2019', profile, facts, horizonDays: 1095 });
    expect(same.steps).toEqual(long.steps);
    expect(same.beyondHorizon).toBeUndefined();
  });
});
