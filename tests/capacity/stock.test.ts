// A stock resource (beds): nobody is admitted when it is full, occupancy is conserved (admissions − exits), the line
// is first come first served, and more beds never raise refusals for the same arrivals and stays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StockResource } from '../../src/capacity/stock.js';
import { FC } from '../helpers/law.js';

const W = { first: 0, last: 120 };
const people = fc
  .array(fc.record({ day: fc.integer({ min: 0, max: 100 }), stay: fc.integer({ min: 0, max: 30 }) }), { maxLength: 200 })
  .map((a) => a.sort((x, y) => x.day - y.day));
const capacities = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 121, maxLength: 121 });

function run(cap: number[], ps: { day: number; stay: number }[]): StockResource {
  const s = new StockResource((d) => cap[d] ?? 0, W);
  for (const p of ps) s.admit(p.day, p.day + p.stay);
  s.free(W.last);
  return s;
}

describe('StockResource', () => {
  it('occupancy never exceeds the capacity on a day with an admission, nor the day before\'s when capacity falls', () => {
    fc.assert(
      fc.property(capacities, people, (cap, ps) => {
        const s = run(cap, ps);
        for (let d = W.first; d <= W.last; d++) {
          const occ = s.occupancy[d]!;
          if (s.admissions[d]! > 0) expect(occ).toBeLessThanOrEqual(cap[d]!);
          expect(occ).toBeLessThanOrEqual(Math.max(cap[d]!, d > 0 ? s.occupancy[d - 1]! : 0));
        }
      }),
      FC,
    );
  });

  it('with a constant capacity, occupancy never exceeds it on any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), people, (c, ps) => {
        const s = run(new Array(121).fill(c), ps);
        expect(Math.max(...s.occupancy)).toBeLessThanOrEqual(c);
      }),
      FC,
    );
  });

  it('conserves people: every arrival is admitted or refused; admitted − left = held, every day', () => {
    fc.assert(
      fc.property(capacities, people, (cap, ps) => {
        const s = run(cap, ps);
        const sum = (a: Int32Array, to: number) => a.slice(0, to + 1).reduce((x, y) => x + y, 0);
        expect(sum(s.admissions, W.last) + sum(s.refusals, W.last)).toBe(ps.length);
        for (let d = W.first; d <= W.last; d++) expect(sum(s.admissions, d) - sum(s.exits, d)).toBe(s.occupancy[d]);
      }),
      FC,
    );
  });

  it('more beds never raise refusals (same arrivals and stays)', () => {
    fc.assert(
      fc.property(capacities, fc.integer({ min: 1, max: 5 }), people, (cap, extra, ps) => {
        const a = run(cap, ps);
        const b = run(cap.map((c) => c + extra), ps);
        const total = (s: StockResource) => s.refusals.reduce((x, y) => x + y, 0);
        expect(total(b)).toBeLessThanOrEqual(total(a));
      }),
      FC,
    );
  });

  it('the line is first come first served and admits only while there is room', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }), fc.integer({ min: 0, max: 5 }), (joins, c) => {
        const s = new StockResource(() => c, W);
        const sorted = [...joins].sort((x, y) => x - y);
        sorted.forEach((d, i) => s.join(d, i));
        const out = s.admitFromLine(60, () => 100);
        expect(out.map((o) => o.id)).toEqual(sorted.slice(0, Math.min(c, sorted.length)).map((_, i) => i));
        expect(s.held).toBeLessThanOrEqual(c);
        expect(s.waiting).toBe(sorted.length - out.length);
      }),
      FC,
    );
  });

  it('rejects calls out of calendar order and a leave without an admit', () => {
    const s = new StockResource(() => 1, W);
    s.admit(5);
    expect(() => s.admit(4)).toThrow(/calendar order/);
    s.leave(6);
    expect(() => s.leave(7)).toThrow(/without a matching admit/);
  });
});
