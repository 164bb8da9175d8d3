// A docket is a first-come-first-served booking calendar: nobody booked later is heard earlier, no day serves more
// than its capacity, every case is served or still pending, and more capacity never makes anyone wait longer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Docket, NEVER, wholeSlots } from '../../src/capacity/docket.js';
import { FC } from '../helpers/law.js';

const W = { first: 0, last: 200 };
const arrivals = fc.array(fc.integer({ min: 0, max: 150 }), { maxLength: 300 }).map((a) => a.sort((x, y) => x - y));
const rates = fc.array(fc.float({ min: 0, max: 5, noNaN: true }), { minLength: 201, maxLength: 201 });

function run(rate: number[], days: number[], lead = 0): { d: Docket; served: number[] } {
  const d = new Docket((day) => rate[day] ?? 0, W);
  return { d, served: days.map((r) => d.book(r, lead)) };
}

describe('Docket', () => {
  it('is FIFO: served days never decrease in booking order and are never before the receipt (+ lead)', () => {
    fc.assert(
      fc.property(rates, arrivals, fc.integer({ min: 0, max: 10 }), (rate, days, lead) => {
        const { served } = run(rate, days, lead);
        served.forEach((s, i) => {
          if (s !== NEVER) expect(s).toBeGreaterThanOrEqual(days[i]! + lead);
          if (i > 0 && served[i - 1] !== NEVER) expect(s).toBeGreaterThanOrEqual(served[i - 1]!);
        });
      }),
      FC,
    );
  });

  it('never serves more on a day than its whole slots (at most the capacity rounded up)', () => {
    fc.assert(
      fc.property(rates, arrivals, (rate, days) => {
        const { d } = run(rate, days);
        for (let day = W.first; day <= W.last; day++) {
          expect(d.served[day]!).toBeLessThanOrEqual(wholeSlots(rate[day]!, day));
          expect(wholeSlots(rate[day]!, day)).toBeLessThanOrEqual(Math.ceil(rate[day]!));
        }
      }),
      FC,
    );
  });

  it('whole slots average the capacity over a year (within one slot)', () => {
    fc.assert(
      fc.property(fc.float({ min: 0, max: 50, noNaN: true }), fc.integer({ min: -2000, max: 20000 }), (c, start) => {
        let n = 0;
        for (let d = start; d < start + 365; d++) n += wholeSlots(c, d);
        expect(Math.abs(n - 365 * c)).toBeLessThanOrEqual(2);
      }),
      FC,
    );
  });

  it('conserves cases: received = served by a day + pending at its end, on every day', () => {
    fc.assert(
      fc.property(rates, arrivals, fc.integer({ min: 0, max: 200 }), (rate, days, t) => {
        const { d, served } = run(rate, days);
        const received = days.filter((r) => r <= t).length;
        const servedBy = served.filter((s) => s <= t).length;
        expect(d.pendingAt([t]).pending[0]).toBe(received - servedBy);
        expect(d.bookings).toBe(days.length);
      }),
      FC,
    );
  });

  it('more capacity never serves anyone later and never raises the pending count (same receipts)', () => {
    fc.assert(
      fc.property(rates, fc.array(fc.float({ min: 0, max: 3, noNaN: true }), { minLength: 201, maxLength: 201 }), arrivals, (rate, extra, days) => {
        const a = run(rate, days);
        const b = run(rate.map((r, i) => r + extra[i]!), days);
        b.served.forEach((s, i) => expect(s).toBeLessThanOrEqual(a.served[i]!));
        const ends = [0, 30, 60, 90, 120, 150, 200];
        const pa = a.d.pendingAt(ends).pending;
        const pb = b.d.pendingAt(ends).pending;
        pb.forEach((p, i) => expect(p).toBeLessThanOrEqual(pa[i]!));
      }),
      FC,
    );
  });

  it('unlimited capacity serves every case on its receipt day + lead', () => {
    const d = new Docket(() => Infinity, W);
    expect([3, 3, 3, 9].map((r) => d.book(r, 2))).toEqual([5, 5, 5, 11]);
  });

  it('no slot before the end of the window: the case stays pending (NEVER)', () => {
    const d = new Docket(() => 0, W);
    expect(d.book(5)).toBe(NEVER);
    expect(d.pendingAt([200]).pending[0]).toBe(1);
  });

  it('a cancelled case leaves the pending count on the day it leaves, and its slot is not served', () => {
    const d = new Docket(() => 1, W);
    const day = d.book(0, 10);
    d.cancel(0, day, 4);
    expect(d.pendingAt([3, 4]).pending).toEqual([1, 0]);
    expect(d.served[day]).toBe(0);
  });

  it('the mean age of pending cases counts days since receipt', () => {
    const d = new Docket(() => 0, W);
    d.book(10);
    d.book(20);
    expect(d.pendingAt([30]).meanAge[0]).toBe(15);
  });
});
