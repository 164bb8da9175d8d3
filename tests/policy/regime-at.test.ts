import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from '../../src/domain/dates.js';
import { issuesOf } from '../helpers/issues.js';
import { isMeasureInForce } from '../../src/policy/in-force.js';
import { MEASURES, MODEL_END, MODEL_START } from '../../src/policy/measures.js';
import { ERA_PERIODS, eraPeriodAt } from '../../src/policy/params/eras.js';
import { regimeAt } from '../../src/policy/regime-at.js';
import { regimes, REGIME_IDS } from '../../src/policy/snapshots.js';
import { MEASURE_IDS } from '../../src/policy/types.js';
import { regimeIssues } from '../../src/policy/validate.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

const span = dayNumber(MODEL_END) - dayNumber(MODEL_START);
const dateInRange = fc.integer({ min: 0, max: span }).map((d) => addDays(MODEL_START, d));

describe('regimeAt', () => {
  it('inForce is consistent with the dated measures for any date in range', () => {
    fc.assert(
      fc.property(dateInRange, (date) => {
        const r = regimeAt(date);
        for (const id of MEASURE_IDS) {
          expect(r.inForce[id]).toBe(MEASURES.some((m) => m.id === id && isMeasureInForce(m, date)));
        }
        expect(r.measures).toEqual(MEASURE_IDS.filter((id) => r.inForce[id]));
        expect(r.date).toBe(date);
      }),
    );
  });

  it('takes the parameters of the era period containing the date', () => {
    fc.assert(
      fc.property(dateInRange, (date) => {
        expect(regimeAt(date).params).toEqual(eraPeriodAt(date)!.params);
      }),
      { numRuns: 100 },
    );
  });

  it('every regime it builds is valid', () => {
    fc.assert(
      fc.property(dateInRange, (date) => {
        expect(regimeIssues(regimeAt(date))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('era periods are contiguous and cover the model range exactly', () => {
    expect(ERA_PERIODS[0]!.from).toBe(MODEL_START);
    expect(ERA_PERIODS.at(-1)!.until).toBe(MODEL_END);
    for (let i = 1; i < ERA_PERIODS.length; i++) expect(ERA_PERIODS[i]!.from).toBe(addDays(ERA_PERIODS[i - 1]!.until, 1));
  });

  it('era boundaries fall on the measures that define them', () => {
    const from = (id: string) => MEASURES.find((m) => m.id === id)!.from;
    const starts = ERA_PERIODS.map((p) => p.from);
    for (const id of ['eo-13767', 'zero-tolerance', 'mpp', 'cf-consultation-1-day', 'pacr-harp', 'title-42']) expect(starts).toContain(from(id));
  });

  it('the fear-screen time follows the 2019 changes: the law lowers the minimum, PACR/HARP covers a share (rule 9)', () => {
    // The mean of ordinary screening does not change; the 1-day consultation is a legal minimum (src/law/limits.ts).
    expect(regimeAt('2019-07-08').params.cfDays.value).toBe(regimeAt('2019-07-07').params.cfDays.value);
    expect(regimeAt('2019-10-01').params.pacrDays.value).toBeLessThan(regimeAt('2019-10-01').params.cfDays.value);
    expect(regimeAt('2019-10-01').params.pacrShare.value).toBeCloseTo(5290 / 26_976, 9);
  });

  it('snapshots equal regimeAt at their dates (apart from names)', () => {
    for (const id of REGIME_IDS) {
      const s = regimes[id];
      const r = regimeAt(s.date);
      expect({ ...s, id: '', label: '', description: '' }).toEqual({ ...r, id: '', label: '', description: '' });
    }
  });

  it('rejects dates outside the range or invalid, at path date, naming the range', () => {
    for (const bad of [addDays(MODEL_START, -1), addDays(MODEL_END, 1), '2019-02-29', '2019-1-01', '', 20190101]) {
      const issues = issuesOf(() => regimeAt(bad as string));
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toEqual(['date']);
      expect(issues[0]!.message).toContain('2014-11-20');
      expect(issues[0]!.message).toContain('2021-12-31');
    }
    expect(() => regimeAt(MODEL_START)).not.toThrow();
    expect(() => regimeAt(MODEL_END)).not.toThrow();
  });

  it('applies custom measures (sets and params) only while in force, and lists them', () => {
    const m = {
      id: 'early-mpp', name: 'Early MPP', from: '2017-06-01', until: '2017-12-31', datePrecision: 'day' as const,
      authority: 'hypothetical', changes: 'MPP in 2017', sets: { mpp: true }, params: { cfPositive: 0.5 },
    };
    const on = regimeAt('2017-07-01', { measures: [m], id: 'x', label: 'X' });
    expect(on.inForce.mpp).toBe(true);
    expect(on.measures).toContain('early-mpp');
    expect(on.measures).toContain('mpp');
    expect(on.params.cfPositive).toEqual({ value: 0.5, source: { assumption: 'user override (measure early-mpp)' } });
    expect(on.id).toBe('x');
    const off = regimeAt('2018-01-01', { measures: [m] });
    expect(off.inForce.mpp).toBe(false);
    expect(off.measures).not.toContain('early-mpp');
    expect(off.params.cfPositive.value).not.toBe(0.5);
  });

  it('rejects invalid custom measures with their paths', () => {
    const issues = issuesOf(() => regimeAt('2017-07-01', { measures: [{ id: 'x' } as never] }));
    expect(issues.map((i) => i.path.join('.'))).toContain('measures.0.name');
  });

  it('returns frozen regimes', () => {
    const r = regimeAt('2019-12-01');
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.params.cfPositive)).toBe(true);
  });
});
