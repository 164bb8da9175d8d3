// Court cases in history mode: a case joins its docket on the day the court receives it (the NTA), the exogenous
// receipts fill up to the published totals pro rata (never counting a receipt twice), and they take the detained
// docket's free slots so its judges are not idle while the general backlog grows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChange } from '../../src/capacity/changes.js';
import { HISTORY_EPOCH, CapacityModel } from '../../src/capacity/hooks.js';
import { PUBLISHED_RECEIPTS } from '../../src/capacity/court-inputs.js';
import { wholeSlots } from '../../src/capacity/docket.js';
import { dayNumber } from '../../src/domain/dates.js';
import { makeProfile } from '../../src/domain/profile.js';
import { RESOURCE } from '../../src/history/capacity-hooks.js';
import { FC } from '../helpers/law.js';

const adult = makeProfile({ citizenship: 'MX', demographic: 'single-adult', entry: 'between-ports' });
const day = (iso: string) => dayNumber(iso) - HISTORY_EPOCH;

describe('court cases booked at the court’s receipt', () => {
  it('property: the first hearing is never before the booked turn, FIFO in order of receipt; a hearing asked after the turn is held that day', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 900 })), { minLength: 1, maxLength: 150 }), (cases) => {
        const m = new CapacityModel({ scale: 0.01 });
        const sorted = [...cases].sort((a, b) => a[0] - b[0]);
        const turns: number[] = [];
        sorted.forEach(([r], person) => {
          const d = day('2017-01-01') + r;
          m.startDay(d);
          m.courtReceipt(d, person, adult);
          turns.push(m.request(RESOURCE.courtHearing, d, person, adult));
        });
        for (let i = 1; i < turns.length; i++) expect(turns[i]!).toBeGreaterThanOrEqual(turns[i - 1]!);
        sorted.forEach(([r, later], person) => {
          const asked = Math.max(turns[person]!, day('2017-01-01') + r + later);
          expect(m.request(RESOURCE.courtHearing, asked, person, adult)).toBe(asked);
        });
      }),
      { ...FC, numRuns: Math.min(FC.numRuns, 30) },
    );
  });

  it('a case whose hearings move to the MPP docket gives its court slot back (the general pending count drops that day)', () => {
    // No judges: the case stays pending on the general docket until it leaves it.
    const m = new CapacityModel({ initialStock: false, exogenousReceipts: false, changes: [parseChange('judges=0@2019-01')] });
    const r = day('2019-02-01');
    m.startDay(r);
    m.courtReceipt(r, 1, adult);
    const g = m.court.dockets.general;
    const before = g.pendingAt([dayNumber('2019-03-01')]).pending[0]!;
    m.request(RESOURCE.mppHearing, day('2019-03-01'), 1, adult);
    expect(g.pendingAt([dayNumber('2019-03-01')]).pending[0]!).toBe(before - 1);
  });

  it('a case whose person is detained by the first hearing moves to the detained docket', () => {
    const m = new CapacityModel({ initialStock: false, exogenousReceipts: false });
    const r = day('2019-02-01');
    m.startDay(r);
    m.courtReceipt(r, 2, adult);
    expect(m.request(RESOURCE.iceBed, r + 1, 2, adult)).toBe(r + 1);
    m.request(RESOURCE.courtHearing, r + 2, 2, adult);
    expect(m.court.dockets.detained.bookings).toBe(1);
  });
});

describe('exogenous receipts (from outside the southwest border)', () => {
  it('fill to the published total pro rata: with own cases at a steady pace below it, the exogenous cases of each month are the difference (no front-loading, no double count)', () => {
    const scale = 0.01;
    const m = new CapacityModel({ scale, initialStock: false });
    const fy = 2018;
    const published = PUBLISHED_RECEIPTS[fy]!.value * scale;
    const first = day(`${fy - 1}-10-01`);
    const days = 365;
    const ownPerDay = (0.6 * published) / days;
    let own = 0;
    for (let t = 0; t < days; t++) {
      m.startDay(first + t);
      for (; own < Math.floor(ownPerDay * (t + 1)); own++) m.courtReceipt(first + t, own, adult);
    }
    m.startDay(first + days);
    const exo = m.court.exoReceived;
    const at = (t: number) => exo.slice(first, first + t).reduce((s, v) => s + v, 0);
    // A day's exogenous receipts are booked at its start, before that day's own cases: they see own cases to the day before.
    for (const t of [31, 92, 182, 273, 365]) expect(Math.abs(at(t) + Math.floor(ownPerDay * (t - 1)) - (published * t) / days)).toBeLessThanOrEqual(2);
  });

  it('take the detained docket’s free slots first: its judges are never idle on a day with more exogenous receipts than its slots', () => {
    const m = new CapacityModel({ initialStock: false });
    const det = m.court.dockets.detained;
    for (let d = day('2016-10-01'); d <= day('2017-09-30'); d++) m.startDay(d);
    let checked = 0;
    for (let d = dayNumber('2016-10-01'); d <= dayNumber('2017-09-30'); d++) {
      const i = d - m.window.first;
      const slots = wholeSlots(m.court.share('detained', d), d);
      if (m.court.exoReceived[i]! >= slots) {
        expect(det.served[i]).toBe(slots);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('decisions wait for the turn, continuances do not', () => {
  it('a hearing that only continues the case is held on its day; the decision waits for the docket’s turn', () => {
    // No judges from 2019: the turn is beyond the run, so any decision is delayed; continuances are not.
    const m = new CapacityModel({ initialStock: false, exogenousReceipts: false, changes: [parseChange('judges=1@2019-01')] });
    const r = day('2019-02-01');
    for (let p = 0; p < 50; p++) {
      m.startDay(r);
      m.courtReceipt(r, p, adult);
    }
    const last = 49;
    const asked = r + 30;
    expect(m.request(RESOURCE.courtHearing, asked, last, adult, false)).toBe(asked);
    const turn = m.request(RESOURCE.courtHearing, asked, last, adult, true);
    expect(turn).toBeGreaterThan(asked);
    expect(m.request(RESOURCE.courtHearing, turn, last, adult, true)).toBe(turn);
  });
});
