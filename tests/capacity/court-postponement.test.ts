// Capacity mode and the 2020 court postponement: the non-detained dockets (general and family-unit) reopen on the
// one schedule history mode also uses (src/policy/court-reopening.ts), their judges do not move to the detained
// docket, and the detained docket hears no more outside cases a day than ICE books in. Checked against published
// court output: TRAC's monthly completions (court-resumption-inputs.json, eoir_completions_monthly_2020_trac) and
// the fiscal-year completions of EOIR and TRAC.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapacitySet } from '../../src/capacity/capacity-set.js';
import { Court } from '../../src/capacity/court.js';
import { wholeSlots } from '../../src/capacity/docket.js';
import { dayNumber } from '../../src/domain/dates.js';
import { simulateHistory } from '../../src/history/simulate-history.js';
import { courtsOpenSteps, NONDETAINED_REOPENING } from '../../src/policy/court-reopening.js';
import { FC } from '../helpers/law.js';

const day = (iso: string) => dayNumber(iso);
const prev = (iso: string) => day(iso) - 1;

describe('the non-detained dockets reopen on the shared schedule', () => {
  const set = new CapacitySet();

  it('nondetained-open is the share of courts reopened at each announced date, nothing before the first', () => {
    const steps = courtsOpenSteps(NONDETAINED_REOPENING);
    expect(set.on('nondetained-open', prev(steps[0]!.date))).toBe(0);
    for (const s of steps.slice(0, -1)) expect(set.on('nondetained-open', day(s.date))).toBeCloseTo(s.share, 12);
    expect(set.on('nondetained-open', day('2020-09-21'))).toBeCloseTo(20 / NONDETAINED_REOPENING.courts.value, 12);
    // The general pool (17 May 2021) reopens every court "in limited numbers": more than before, less than normal.
    const pool = set.on('nondetained-open', day(NONDETAINED_REOPENING.pool.date));
    expect(pool).toBeGreaterThan(20 / 67);
    expect(pool).toBeLessThan(1);
  });

  it('the family-unit docket is non-detained: it sits only as far as the non-detained dockets do', () => {
    const court = new Court(set, { window: { first: day('2015-10-01'), last: day('2021-09-30') }, exogenousByFy: {}, initialStock: false });
    expect(court.share('family', day('2019-06-01'))).toBeGreaterThan(0);
    expect(court.share('family', day('2020-04-01'))).toBe(0);
    // Judges of closed non-detained dockets do not move to the detained docket.
    const perJudgeDay = (d: string) => court.share('detained', day(d)) / court.judgeCapacity(day(d));
    expect(perJudgeDay('2020-04-01')).toBe(perJudgeDay('2020-01-15'));
  });

  it('exogenous cases on the detained docket never exceed the day\'s detained receipts (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400, noNaN: true }), fc.integer({ min: 1000, max: 400000 }), (perDay, receipts) => {
        const window = { first: day('2020-03-01'), last: day('2020-06-30') };
        const court = new Court(set, { window, exogenousByFy: { 2020: receipts }, initialStock: false, exogenousDetained: 'fill', exogenousDetainedPerDay: () => perDay });
        court.advanceTo(window.last);
        const served = court.dockets.detained.served;
        for (let d = window.first; d <= window.last; d++) expect(served[d - window.first]!).toBeLessThanOrEqual(wholeSlots(perDay, d));
      }),
      FC,
    );
  });
});

describe('court output of 2020–21 with capacity on (scale 0.02, seed 2021)', async () => {
  const h = await simulateHistory({ from: '2015-10', to: '2021-09', seed: 2021, scale: 0.02, replications: 1, workers: 1 });
  const at = (m: string) => h.series['court-completions'].mean[h.months.indexOf(m)]!;
  const fy = (y: number) => h.fiscalYears[`FY${y}`]!['court-completions'].mean;

  it('July 2020 completions are below half the January – February 2020 level (TRAC: 5,960 / 41,919 = 0.14)', () => {
    // Half is about 3.5 × TRAC's ratio: the detained docket still hears ICE's interior book-ins in full (docs/capacity.md).
    expect(at('2020-07') / ((at('2020-01') + at('2020-02')) / 2)).toBeLessThan(0.5);
  });

  it('FY2020 completions are within 20% of EOIR\'s 231,659 and FY2021 within 25% of TRAC\'s 145,306', () => {
    // EOIR Adjudication Statistics "Pending Cases, New Cases, and Total Completions" (data generated 19 Apr 2021,
    // https://docslib.org/doc/3527409/eoir-workload-and-adjudication-statistics); TRAC report 695 (16 Sep 2022,
    // https://trac.syr.edu/reports/695), Table 1, total case completions FY2021.
    expect(Math.abs(fy(2020) / 231659 - 1)).toBeLessThan(0.2);
    expect(Math.abs(fy(2021) / 145306 - 1)).toBeLessThan(0.25);
  });
});
