import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { OUTCOME_IDS, type OutcomeId } from '../../src/domain/outcomes.js';
import type { Outcomes } from '../../src/engine/result.js';
import { OutcomeCounter } from '../../src/stats/outcome-counter.js';
import { wilsonInterval } from '../../src/stats/wilson.js';
import { mergeInOrder, split } from './shards.js';

const FC = { seed: 42, numRuns: 200 };

function of(indices: readonly number[]): OutcomeCounter<OutcomeId> {
  const c = new OutcomeCounter(OUTCOME_IDS);
  for (const i of indices) c.addAt(i);
  return c;
}

const draws = fc.array(fc.integer({ min: 0, max: OUTCOME_IDS.length - 1 }), { maxLength: 300 });
const cuts = fc.array(fc.nat(), { maxLength: 8 });
const order = fc.array(fc.nat(), { minLength: 1, maxLength: 16 });

describe('OutcomeCounter', () => {
  it('counts by id and turns counts into shares with Wilson intervals', () => {
    const c = new OutcomeCounter(['removed', 'granted', 'pending'] as const);
    c.add('removed').add('removed').add('granted');
    expect(c.count('removed')).toBe(2);
    expect(c.total).toBe(3);
    expect(c.toOutcomes(4)).toEqual({
      removed: { count: 2, share: 0.5, ci95: wilsonInterval(2, 4) },
      granted: { count: 1, share: 0.25, ci95: wilsonInterval(1, 4) },
      pending: { count: 0, share: 0, ci95: wilsonInterval(0, 4) },
    });
    expect(c.toOutcomes().removed.share).toBeCloseTo(2 / 3, 15);
  });

  it('fills the Outcomes shape of the simulation result', () => {
    const c = of([0, 0, 5, 9]);
    const outcomes: Outcomes = c.toOutcomes(4);
    expect(Object.keys(outcomes)).toEqual([...OUTCOME_IDS]);
    expect(outcomes.expelled.count).toBe(2);
    expect(outcomes['relief-granted'].share).toBe(0.25);
  });

  it('merged shards equal one pass exactly, in any order and grouping', () => {
    fc.assert(
      fc.property(draws, cuts, order, (values, c, o) => {
        const single = of(values);
        const merged = mergeInOrder(split(values, c).map(of), o, (a, b) => a.merge(b));
        expect(merged.toJSON()).toEqual(single.toJSON());
        expect(merged.toOutcomes()).toEqual(single.toOutcomes());
      }),
      FC,
    );
  });

  it('merging is associative and JSON round-trips exactly', () => {
    fc.assert(
      fc.property(draws, draws, draws, (a, b, c) => {
        const left = of(a).merge(of(b)).merge(of(c));
        const right = of(a).merge(of(b).merge(of(c)));
        expect(left.toJSON()).toEqual(right.toJSON());
        const restored = OutcomeCounter.fromJSON(JSON.parse(JSON.stringify(left)), OUTCOME_IDS);
        expect(restored.toJSON()).toEqual(left.toJSON());
        expect(restored.toOutcomes()).toEqual(left.toOutcomes());
      }),
      FC,
    );
  });

  it('serialises to the documented shape', () => {
    const c = new OutcomeCounter(['x', 'y']).add('y', 3);
    expect(c.toJSON()).toEqual({ kind: 'outcome-counter', ids: ['x', 'y'], counts: [0, 3] });
    expect(OutcomeCounter.fromJSON(c.toJSON()).count('y')).toBe(3);
  });

  it('refuses to merge counters over different ids', () => {
    const a = new OutcomeCounter<string>(['x', 'y']);
    expect(() => a.merge(new OutcomeCounter<string>(['y', 'x']))).toThrow(ImmsimError);
    expect(() => a.merge(new OutcomeCounter<string>(['x']))).toThrow(/different ids/);
  });

  it('rejects bad ids, counts and JSON', () => {
    expect(() => new OutcomeCounter(['x', 'x'])).toThrow(/duplicate id 'x'/);
    const c = new OutcomeCounter<string>(['x', 'y']);
    expect(() => c.add('z')).toThrow(/unknown id 'z'/);
    expect(() => c.addAt(2)).toThrow(RangeError);
    expect(() => c.add('x', -1)).toThrow(RangeError);
    expect(() => c.add('x', 2).toOutcomes(1)).toThrow(/exceeds n/);
    const json = c.toJSON();
    expect(() => OutcomeCounter.fromJSON(json, ['y', 'x'])).toThrow(ImmsimError);
    expect(() => OutcomeCounter.fromJSON({ ...json, counts: [1] })).toThrow(/counts/);
    expect(() => OutcomeCounter.fromJSON({ ...json, counts: [1, 0.5] })).toThrow(/counts/);
    expect(() => OutcomeCounter.fromJSON({ ...json, ids: ['x', 'x'] })).toThrow(/distinct/);
    expect(() => OutcomeCounter.fromJSON([])).toThrow(ImmsimError);
  });
});
