/**
 * The immigration court's resources: judges on board, completions per judge-day, MPP hearing locations, and the
 * shares of judge time the priority dockets take. Record ids are in data/reference/history-inputs.json unless the
 * note says calibration-inputs.json. See docs/capacity.md ("The immigration court").
 */
import { assumed, fromRecord, fromWeb } from './sources.js';
import { courtsOpenSteps, NONDETAINED_REOPENING } from '../policy/court-reopening.js';
import type { CapacityPoint, ResourceSpec } from './types.js';

/** Immigration judges on board (head count; a count holds until the next published one). */
export const judges: ResourceSpec = {
  id: 'judges',
  label: 'Immigration judges on board',
  kind: 'rate',
  unit: 'judges',
  whenFull: 'queue',
  fullMeans: 'the case waits on its docket, first come first served, for the next free hearing slot',
  points: [
    fromRecord('2015-10-01', 254, 'ij_count_2015_09'),
    fromRecord('2017-01-20', 306, 'ij_count_2017_01_20'),
    fromRecord('2017-06-01', 326, 'ij_count_2017_06'),
    fromRecord('2018-04-01', 340, 'ij_count_2018_04', 'approximate ("some 340")'),
    fromRecord('2018-08-10', 351, 'ij_count_2018_08_10'),
    fromRecord('2018-09-05', 395, 'ij_investitures_2018_2019', 'derived: 351 + 44 sworn in early Sep 2018 (separations not subtracted)'),
    fromRecord('2018-09-28', 441, 'ij_investitures_2018_2019', 'derived: + 46 on 28 Sep 2018'),
    fromRecord('2019-03-15', 472, 'ij_investitures_2018_2019', 'derived: + 31 on 15 Mar 2019'),
    fromRecord('2020-06-01', 520, 'ij_count_2020', 'the press-release date was not retrieved (May 2019 – Dec 2020); mid-2020 is an assumption'),
  ],
};

const QUOTA_SOURCE = {
  url: 'https://archive.thinkprogress.org/justice-department-sets-quota-immigration-judges-4b24666771f5/',
  title: "'700 cases a year to earn a satisfactory grade': Department of Justice sets immigration judge quota",
  date: '2018-04-03',
};

/**
 * Completions per judge per calendar day: a published annual rate / 365 (the model spreads work over every day).
 * Not fitted to the backlog.
 */
export const completionsPerJudgeDay: ResourceSpec = {
  id: 'completions-per-judge-day',
  label: 'Case completions per judge per day',
  kind: 'rate',
  unit: 'completions per judge per calendar day',
  whenFull: 'queue',
  fullMeans: '(a productivity, not a resource: it multiplies the judges)',
  points: [
    fromWeb('2015-10-01', 678 / 365, { ...QUOTA_SOURCE, note: 'a DOJ official: judges then averaged 678 completions a year; / 365' }),
    fromWeb('2018-10-01', 700 / 365, {
      ...QUOTA_SOURCE,
      note: 'the EOIR performance metric from 1 Oct 2018: at least 700 completions a year for a satisfactory rating; / 365',
    }),
  ],
};

/** Hearings per day at the MPP hearing locations (all postponed from 23 Mar 2020 and never resumed). */
export const mppHearings: ResourceSpec = {
  id: 'mpp-hearings',
  label: 'MPP hearing locations (hearings per day)',
  kind: 'rate',
  unit: 'hearings per day',
  whenFull: 'queue',
  fullMeans: 'the person waits in Mexico for the next free MPP hearing slot',
  points: [
    assumed('2015-10-01', 0, 'no MPP hearing location before MPP began (mpp_start_san_diego, 28 Jan 2019)'),
    assumed('2019-01-28', 100, 'San Diego court (mpp_start_san_diego): no published hearings/day; 100 a day is an assumption'),
    assumed('2019-03-15', 200, 'El Paso court added (mpp_start_el_paso): another assumed 100 a day'),
    fromRecord('2019-09-16', 628, 'mpp_tent_court_laredo_open', 'Laredo port court 428 a day (CBP) + 200'),
    fromRecord('2019-09-23', 1348, 'mpp_tent_court_brownsville_open', 'Brownsville port court ~720 a day (federal contract) + 628'),
    fromRecord('2020-03-23', 0, 'mpp_hearings_suspended_2020_03_23', 'all MPP hearings postponed; never resumed before the wind-down (mpp_hearings_criteria_2020_07_17)'),
  ],
};

/** Share of judge time on detained dockets (an assumption: EOIR publishes no split of judge time by docket). */
export const detainedShare: ResourceSpec = {
  id: 'detained-share',
  label: 'Share of judge time on detained dockets',
  kind: 'rate',
  unit: 'share',
  whenFull: 'queue',
  fullMeans: '(a share of the judges, not a resource)',
  points: [assumed('2015-10-01', 0.25, 'EOIR publishes no split of judge time by docket; a quarter is an assumption (change with --capacity)')],
};

const FAMU_MEMO = {
  url: 'https://myattorneyusa.com/immigration-blog/deportation-and-removal/removal-deportation-defense/eoir-prioritization-of-family-unit-cases',
  title: "EOIR Prioritization of 'Family Unit' Cases (on OOD PM 19-04, 16 Nov 2018)",
  date: '2018-11',
};
const DEDICATED_DOCKET = {
  url: 'https://www.justice.gov/eoir/additional-dedicated-docket-statistics',
  title: 'EOIR: Additional Dedicated Docket Statistics (Dedicated Docket of 28 May 2021, PM 21-23; the page is undated)',
  date: '2021-05-28',
};

/**
 * Share of judge time on the family-unit docket: EOIR's tracked and expedited "family unit" (FAMU) cases in ten
 * courts from 16 Nov 2018, then the Dedicated Docket for families from 28 May 2021 (eleven cities).
 */
export const familyDocketShare: ResourceSpec = {
  id: 'family-docket-share',
  label: 'Share of judge time on the family-unit docket',
  kind: 'rate',
  unit: 'share',
  whenFull: 'queue',
  fullMeans: '(a share of the judges, not a resource)',
  points: [
    assumed('2015-10-01', 0, 'no family-unit docket before EOIR memo OOD PM 19-04 (16 Nov 2018)'),
    fromWeb('2018-11-16', 0.12, {
      url: 'https://cis.org/Arthur/Almost-Seven-Out-10-Families-Are-NoShows-10-Immigration-Courts',
      title: 'CIS (A. Arthur): Almost Seven Out of 10 Families Are No-Shows in 10 Immigration Courts (citing EOIR statistics)',
      date: '2020-02-07',
      note: 'derived: 36,115 in absentia orders were "almost seven out of 10" orders in family cases in the ten FAMU courts up to 24 Jan 2020, so about 51,593 completions over the 488 days from the start of FAMU tracking (24 Sep 2018; the article prints 2019, but 36,115 in absentia orders in four months would exceed the court\'s in absentia orders of all cases in those months) = 106 a day, 0.12 of the 883 completions a day of the judges on board then. The docket itself: EOIR memo OOD PM 19-04 (16 Nov 2018), FAMU cases in Atlanta, Baltimore, Chicago, Denver, Houston, Los Angeles, Miami, New Orleans, New York City and San Francisco, to be completed within a year',
    }),
    fromWeb('2021-05-28', 0.05, {
      ...DEDICATED_DOCKET,
      note: 'the Dedicated Docket (Boston, Denver, Detroit, El Paso, Los Angeles, Miami, Newark, New York City, San Diego, San Francisco, Seattle; decision within 300 days of the first master hearing) replaces the FAMU tracking; "a relatively small number of judges" (TRAC report 657): 5% kept, an assumption',
    }),
  ],
};

/**
 * Share of the eligible family-unit cases that the family docket takes (the rest go to the general docket): FAMU
 * cases in the ten courts (from 16 Nov 2018), then families apprehended between ports placed on the Dedicated Docket
 * (from 28 May 2021). Which cases are eligible on a day is src/capacity/family-docket.ts.
 */
export const familyDocketIntake: ResourceSpec = {
  id: 'family-docket-intake',
  label: 'Share of eligible family-unit cases put on the family docket',
  kind: 'rate',
  unit: 'share',
  whenFull: 'queue',
  fullMeans: '(a share of the cases, not a resource)',
  points: [
    assumed('2015-10-01', 0, 'no family-unit docket before EOIR memo OOD PM 19-04 (16 Nov 2018)'),
    fromWeb('2018-11-16', 0.5, {
      ...FAMU_MEMO,
      note: 'only FAMU cases filed in the ten courts were tracked; their share of family cases is not published: one half is an assumption (TRAC report 556: most new family cases went to a few large interior courts)',
    }),
    fromWeb('2021-05-28', 0.045, {
      url: 'https://trac.syr.edu/immigration/reports/657/',
      title: 'TRAC: 5,000 Immigrants Assigned to Biden Administration\'s New "Dedicated Docket" for Asylum Seeking Families',
      date: '2021-08-17',
      note: '4,866 people placed on the Dedicated Docket against 108,102 family-unit members apprehended between ports in June–July 2021: 4.5%',
    }),
  ],
};

/** Hearings per MPP case (the static model's expected hearings per case: two master calendars and a merits). */
export const HEARINGS_PER_CASE = { value: 3, source: { reference: 'data/reference/procedure-and-regimes.md §1' } } as const;

const EOIR_COVID = {
  url: 'https://www.jkmlaw.cc/2020/05/29/non-detained-immigration-court-hearings-postponed-through-june-26-2020-except-in-honolulu/',
  title: 'Non-Detained Immigration Court Hearings Postponed through June 26, 2020 except in Honolulu (EOIR update of 29 May 2020)',
  date: '2020-05-29',
};

/**
 * The reopening after the nationwide postponement, from the one schedule history mode also uses
 * (src/policy/court-reopening.ts): from each announced date the share of the 67 courts reopened so far (1/67 on
 * 15 Jun 2020 … 20/67 from 21 Sep 2020; each court weighs the same, the schedule's own assumption), then the general
 * pool on 17 May 2021 "in limited numbers".
 */
function reopeningPoints(): CapacityPoint[] {
  const s = NONDETAINED_REOPENING;
  return courtsOpenSteps(s).map(({ date, share, step }) =>
    step === s.pool
      ? fromWeb(date, POOL_LIMITED, {
          url: s.pool.source.url,
          title: s.pool.source.title,
          date: s.pool.source.date,
          note: `every court reopened, "in limited numbers": ${POOL_LIMITED} of normal is an assumption (TRAC report 677: completions first above 10,000 in June 2021 and about half the pre-pandemic level from August 2021)`,
        })
      : fromWeb(date, share, {
          url: step.source.url,
          title: step.source.title,
          date: step.source.date,
          note: `${step.courts.join(', ')} reopened: ${Math.round(share * s.courts.value)} of ${s.courts.value} courts (record ${step.source.record ?? 'eoir_nondetained_reopening_schedule_2020'}; ${s.courts.source.record}); each court weighs the same (an assumption)`,
        }),
  );
}

/** Share of the general docket's judge time at pool courts from 17 May 2021 ("in limited numbers"; an assumption). */
const POOL_LIMITED = 0.75;

/**
 * Share of the general (non-detained) docket's judge time that could sit: the COVID postponements of 2020–21. Judges
 * of a closed non-detained docket do not move to the detained docket (its share stays `detained-share`).
 */
export const nondetainedOpen: ResourceSpec = {
  id: 'nondetained-open',
  label: 'Share of non-detained hearings held (COVID postponements)',
  kind: 'rate',
  unit: 'share',
  whenFull: 'queue',
  fullMeans: '(a share of the judges, not a resource)',
  points: [
    assumed('2015-10-01', 1, 'non-detained dockets sat normally before COVID'),
    fromWeb('2020-03-18', 0, { ...EOIR_COVID, note: 'non-detained hearings postponed nationwide from mid-March 2020 (master calendars from 16 Mar, Roll Call)' }),
    ...reopeningPoints(),
  ],
};
