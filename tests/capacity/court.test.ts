// The immigration court as queues: the initial stock, exogenous receipts, dockets with their own shares, and the
// metamorphic properties with common receipts (more judges never raise the pending caseload at any month end).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapacitySet } from '../../src/capacity/capacity-set.js';
import { parseChange } from '../../src/capacity/changes.js';
import { Court } from '../../src/capacity/court.js';
import { initialStock, PENDING_END_FY2016, PUBLISHED_RECEIPTS } from '../../src/capacity/court-inputs.js';
import { courtOnlyReplay } from '../../src/capacity/court-replay.js';
import { NEVER } from '../../src/capacity/docket.js';
import { dayNumber } from '../../src/domain/dates.js';
import { FC } from '../helpers/law.js';

const WINDOW = { first: dayNumber('2015-10-01'), last: dayNumber('2021-09-30') };

describe('the court-only replay (all published receipts, judges × productivity)', () => {
  const base = courtOnlyReplay();

  it('starts from the published FY2016 stock rolled back one year: pending at the end of FY2016 is the published figure', () => {
    // Not an independent check: the stock is derived so that this holds when the judges are busy all year.
    expect(Math.abs(base.fiscalYears.FY2016!.pendingAtEnd - PENDING_END_FY2016.value)).toBeLessThan(200);
  });

  it('takes in exactly the published receipts of each fiscal year', () => {
    for (const [fy, r] of Object.entries(PUBLISHED_RECEIPTS)) expect(Math.abs(base.fiscalYears[`FY${fy}`]!.receipts - r.value)).toBeLessThanOrEqual(1);
  });

  it('is conserved: pending at each month end = previous pending + receipts − completions', () => {
    base.pending.forEach((p, i) => {
      if (i > 0) expect(p).toBe(base.pending[i - 1]! + base.receipts[i]! - base.completions[i]!);
    });
  });

  it('more judges from FY2018 never raise the pending caseload at any month end, and lower it by FY2019', () => {
    const more = courtOnlyReplay({ changes: [parseChange('judges=+100@2017-10')] });
    more.pending.forEach((p, i) => expect(p).toBeLessThanOrEqual(base.pending[i]!));
    expect(more.fiscalYears.FY2019!.pendingAtEnd).toBeLessThan(base.fiscalYears.FY2019!.pendingAtEnd - 50000);
    // Before the change nothing moves.
    expect(more.pending.slice(0, 24)).toEqual(base.pending.slice(0, 24));
  });

  it('property: any added judges from any month never raise the pending caseload at any month end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 70 }), (n, m) => {
        const y = 2015 + Math.floor((9 + m) / 12);
        const mo = ((9 + m) % 12) + 1;
        const more = courtOnlyReplay({ changes: [parseChange(`judges=+${n}@${y}-${String(mo).padStart(2, '0')}`)] });
        more.pending.forEach((p, i) => expect(p).toBeLessThanOrEqual(base.pending[i]!));
      }),
      { ...FC, numRuns: Math.min(FC.numRuns, 8) },
    );
  });
});

describe('Court dockets', () => {
  it('with unlimited judges every case is heard on its receipt day + lead', () => {
    const court = new Court(new CapacitySet({ unlimited: true }), { window: WINDOW, exogenousByFy: {} });
    const d = dayNumber('2017-03-01');
    expect(court.receive('general', d, 30)).toBe(d + 30);
    expect(court.receive('detained', d, 7)).toBe(d + 7);
  });

  it('MPP cases are not heard once the MPP hearings are postponed (23 Mar 2020): they stay pending', () => {
    const court = new Court(new CapacitySet(), { window: WINDOW, exogenousByFy: {}, initialStock: false });
    expect(court.receive('mpp', dayNumber('2019-10-01'))).toBeLessThan(dayNumber('2019-10-03'));
    expect(court.receive('mpp', dayNumber('2020-03-23'))).toBe(NEVER);
  });

  it('the initial stock is aged uniformly over the days of FY2016-rate receipts it represents', () => {
    const s = initialStock(172212);
    expect(s.count).toBe(521517 - 228448 + 172212);
    expect(s.spanDays).toBe(Math.round(s.count / (228448 / 366)));
    const court = new Court(new CapacitySet(), { window: WINDOW, exogenousByFy: {} });
    const { meanAge } = court.dockets.general.pendingAt([WINDOW.first]);
    // At the start the mean age is about half the span (minus the first day's hearings).
    expect(meanAge[0]).toBeGreaterThan(s.spanDays / 2 - 5);
    expect(meanAge[0]).toBeLessThan(s.spanDays / 2 + 5);
  });
});
