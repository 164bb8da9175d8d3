import { dayNumber } from '../domain/dates.js';
import type { MeasureId } from './types.js';

/**
 * The staged reopening of the immigration courts' non-detained dockets after the nationwide COVID-19 postponement
 * (measure `nondetained-hearings-postponed`, 18 Mar – 26 Jun 2020). EOIR did not reopen every court on 29 Jun 2020:
 * it announced a date court by court, the rest staying postponed week after week. Without a capacity model, history
 * mode gives each person's case a court reopening date drawn from this schedule: a non-detained hearing that falls due
 * before it is not held, and the case waits until the court reopens, when its next hearing is calendared with the
 * era's ordinary interval (so the postponed hearings come back over the following months, not on one day). With a
 * capacity model the same reopening is a share of judge time (`nondetained-open`, src/capacity/court-catalogue.ts),
 * so this schedule is not applied twice.
 */
export interface ReopeningStep {
  /** First day non-detained hearings were held again at these courts. */
  date: string;
  courts: readonly string[];
  source: { url: string; title: string; date: string; note?: string; record?: string };
}

/** A dated schedule of court reopenings after a postponement measure. */
export interface ReopeningSchedule {
  /** The postponement measure it follows; the schedule applies only while that measure is not switched off. */
  measure: MeasureId;
  /** Courts that reopened on an announced date, in date order. */
  steps: readonly ReopeningStep[];
  /** Courts in all (each court weighs the same: an assumption, see `weighting`). */
  courts: { value: number; source: { url: string; title: string; date: string; note?: string; record?: string } };
  /** When the courts without an announced date (the "general pool") reopened. */
  pool: ReopeningStep;
  weighting: { assumption: string };
}

const AILA_TABLE = {
  url: 'https://www.aila.org/library/eoir-operational-status',
  title: "AILA Tracks EOIR's Historical Operational Status During Coronavirus Pandemic (AILA Doc. No. 20051400), table \"EOIR's Date of Proposed Reopening\"",
  date: '2021-03-05',
  record: 'eoir_nondetained_reopening_schedule_2020', // data/reference/court-resumption-inputs.json
};

/** EOIR's reopening of non-detained dockets after the nationwide postponement of 2020. */
export const NONDETAINED_REOPENING: ReopeningSchedule = {
  measure: 'nondetained-hearings-postponed',
  steps: [
    { date: '2020-06-15', courts: ['Honolulu'], source: { ...AILA_TABLE, note: 'Honolulu resumed 15 Jun 2020 (jkmlaw.cc, EOIR update of 29 May 2020); postponed again 24–31 Aug 2020 (not modelled)' } },
    {
      date: '2020-06-29',
      courts: ['Boston', 'Las Vegas', 'Buffalo', 'Hartford', 'New Orleans'],
      source: { ...AILA_TABLE, note: 'also AILA Doc. No. 20062532 (24 Jun 2020); Dallas resumed 29 Jun but closed again on 2 Jul and returned to the general pool, so it is counted there' },
    },
    { date: '2020-07-06', courts: ['Cleveland', 'Philadelphia'], source: AILA_TABLE },
    { date: '2020-07-13', courts: ['Newark', 'Baltimore', 'Detroit'], source: AILA_TABLE },
    { date: '2020-07-20', courts: ['Arlington'], source: AILA_TABLE },
    { date: '2020-08-10', courts: ['Omaha'], source: AILA_TABLE },
    { date: '2020-09-08', courts: ['Salt Lake City'], source: AILA_TABLE },
    { date: '2020-09-14', courts: ['Charlotte', 'Denver', 'Orlando'], source: AILA_TABLE },
    {
      date: '2020-09-21',
      courts: ['Los Angeles – N. Los Angeles St.', 'Los Angeles – Olive St.', 'Los Angeles – Van Nuys Blvd.'],
      source: { url: 'https://www.aila.org/library/eoir-resumes-hearings-in-non-detained-cases-la', title: 'EOIR Resumes Hearings in Non-Detained Cases at the Los Angeles Immigration Courts (AILA Doc. No. 20092235)', date: '2020-09-22' },
    },
  ],
  courts: {
    value: 67,
    source: { url: 'https://www.everycrsreport.com/reports/IF11690.html', title: 'CRS IF11690, Pending Cases in U.S. Immigration Courts, FY2008-FY2020', date: '2020-11-19', note: '"There are 67 immigration courts nationwide"', record: 'eoir_immigration_courts_count_2020' },
  },
  pool: {
    date: '2021-05-17',
    courts: ['the general pool: every court without an announced date (Dallas included)'],
    source: {
      url: 'https://immpolicytracking.org/policies/covid-19-eoir-postpones-hearings-for-non-detained-cases',
      title: 'COVID-19: EOIR postpones hearings for non-detained cases (policy tracker, entry #244)',
      date: '2021-05-17',
      record: 'eoir_nondetained_general_pool_2021',
      note: 'EOIR resumed non-detained hearings at more courts "in limited numbers" on 17 May 2021; on 5 Mar 2021 courts without an announced date were postponed "through, and including, April 16, 2021" (AILA table); later announced dates of single courts (after 21 Sep 2020) were not found and are counted in the pool',
    },
  },
  weighting: { assumption: "each court weighs the same: no published share of the non-detained docket by court for 2020 was found; the big dockets (New York, Houston, Miami, San Francisco, Chicago) are in the pool, so the schedule, if anything, opens too early" },
};

/**
 * Share of the courts whose non-detained docket has reopened, as dated steps: one step per announced date (courts
 * reopened so far / all courts) and the general pool's date (every court). Capacity mode turns these steps into
 * the non-detained docket's share of judge time (src/capacity/court-catalogue.ts), history mode without capacity
 * into a court per case (src/history/court-reopening.ts): one schedule, two uses.
 * @example
 * courtsOpenSteps(NONDETAINED_REOPENING)[0] // { date: '2020-06-15', share: 1 / 67, step: NONDETAINED_REOPENING.steps[0] }
 */
export function courtsOpenSteps(schedule: ReopeningSchedule): { date: string; share: number; step: ReopeningStep }[] {
  const out: { date: string; share: number; step: ReopeningStep }[] = [];
  let open = 0;
  let last = -Infinity;
  for (const s of schedule.steps) {
    const day = dayNumber(s.date);
    if (day <= last) throw new Error(`reopening steps must be in date order: ${s.date}`);
    last = day;
    open += s.courts.length;
    out.push({ date: s.date, share: open / schedule.courts.value, step: s });
  }
  out.push({ date: schedule.pool.date, share: 1, step: schedule.pool });
  return out;
}
