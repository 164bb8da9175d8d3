/**
 * ICE adult beds taken by people the model does not simulate: those arrested in the interior by ICE (not at the
 * southwest border). Derived, like the court's exogenous receipts, from published figures: ICE's initial book-ins
 * with ICE as the arresting agency, each held for the average length of stay of its fiscal year. The model's own
 * border detainees get the beds these leave free. See docs/capacity.md ("ICE beds: the interior detainees").
 */
import { dayNumber } from '../domain/dates.js';
import type { DayWindow } from './docket.js';
import type { CapacitySource } from './types.js';

const ICE_STATS: CapacitySource = {
  url: 'https://github.com/vera-institute/ice-fytd-stats',
  title: 'ICE Detention Statistics, year-end FY2019–FY2021 ("ICE Initial Book-Ins by Arresting Agency and Month"), archived by the Vera Institute (processed_data/monthly_initial_bookins.csv)',
  date: '2021-10-02',
};

/** Initial book-ins with ICE as the arresting agency, by month (ICE detention statistics, FY2019–FY2021). */
export const ICE_ARREST_BOOKINS: Readonly<Record<string, number>> = {
  '2018-10': 11892, '2018-11': 11224, '2018-12': 10818, '2019-01': 12013, '2019-02': 11539, '2019-03': 11722,
  '2019-04': 11527, '2019-05': 11898, '2019-06': 10650, '2019-07': 11653, '2019-08': 11420, '2019-09': 10728,
  '2019-10': 11425, '2019-11': 9726, '2019-12': 9900, '2020-01': 11912, '2020-02': 11490, '2020-03': 10175,
  '2020-04': 5613, '2020-05': 5394, '2020-06': 5103, '2020-07': 5855, '2020-08': 6534, '2020-09': 6647,
  '2020-10': 6804, '2020-11': 5978, '2020-12': 6068, '2021-01': 5117, '2021-02': 1981, '2021-03': 2344,
  '2021-04': 2845, '2021-05': 2835, '2021-06': 3432, '2021-07': 3322, '2021-08': 3661, '2021-09': 4281,
};

// No split by arresting agency was published before FY2019. Carrying FY2019's 54.5 days gives about 20,400 interior
// detainees in FY2017 and 22,700 in FY2018, near ICE's counts of ICE-arrested detainees at the end of those years
// (22,724 and 21,195; ICE FY2019 ERO report as quoted by A. R. Arthur, "Takeaways from ICE Enforcement and Removal
// Operations Report", cis.org, 14 Dec 2019, https://cis.org/Arthur/Takeaways-ICE-Enforcement-and-Removal-Operations-Report).
const CARRIED = 'no ALOS by arresting agency before FY2019: FY2019 ICE-arrest ALOS (ice_alos_ice_arrests_fy2019) carried; near ICE end-of-year counts of ICE-arrested detainees (docs/capacity.md)';

/** ICE ERO administrative arrests by fiscal year (DHS OHSS Yearbook 2021, Table 35). */
export const ERO_ARRESTS: Readonly<Record<number, number>> = { 2016: 110104, 2017: 143470, 2018: 158581, 2019: 143099 };
const ERO_ARRESTS_SOURCE: CapacitySource = {
  url: 'https://ohss.dhs.gov/topics/immigration/yearbook/2021/table35',
  title: 'DHS OHSS Yearbook of Immigration Statistics 2021, Table 35: aliens apprehended by program and border patrol sector',
  date: '2022',
};

/**
 * Before FY2019 ICE published no monthly book-ins by arresting agency: ERO administrative arrests × the FY2019 share
 * of them booked into detention (137,084 book-ins / 143,099 arrests = 0.958; FY2020: 0.963).
 */
export const BOOKED_SHARE_OF_ARRESTS = 137084 / 143099;

/**
 * Average length of stay (days) of people ICE booked in after its own (interior) arrests, by fiscal year: ICE's
 * detention statistics by arresting agency (FY2019–FY2021). They stay longer than the border's book-ins (FY2019:
 * 54.5 days against 26.6 for CBP arrests, 34.3 overall), so the overall ALOS would understate them.
 */
export const STAY_DAYS: Readonly<Record<number, { value: number; source: CapacitySource }>> = {
  2016: { value: 54.5, source: { assumption: CARRIED } },
  2017: { value: 54.5, source: { assumption: CARRIED } },
  2018: { value: 54.5, source: { assumption: CARRIED } },
  2019: { value: 54.5, source: { record: 'ice_alos_ice_arrests_fy2019' } },
  2020: { value: 59.4, source: { record: 'ice_alos_ice_arrests_fy2020' } },
  2021: { value: 71.4, source: { record: 'ice_alos_ice_arrests_fy2021' } },
};

/** The sources of the derivation, for `immsim capacity` and the docs. */
export const INTERIOR_SOURCES: readonly CapacitySource[] = [ICE_STATS, ERO_ARRESTS_SOURCE];

function fyOf(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCMonth() >= 9 ? d.getUTCFullYear() + 1 : d.getUTCFullYear();
}

/**
 * Interior book-ins on a day: the month's published ICE-arrest book-ins spread over its days (FY2019–FY2021), or the
 * fiscal year's ERO arrests × the booked share spread over its days (FY2016–FY2018; FY2016 also before Oct 2015).
 * @example
 * Math.round(interiorBookins(dayNumber('2019-01-15'))) // 388 (12,013 in the 31 days of January 2019)
 */
export function interiorBookins(day: number): number {
  const iso = new Date(day * 86_400_000).toISOString();
  const month = iso.slice(0, 7);
  const monthly = ICE_ARREST_BOOKINS[month];
  if (monthly !== undefined) {
    const y = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    return monthly / new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  const fy = Math.min(2018, Math.max(2016, fyOf(day)));
  if (fyOf(day) > 2021) return 0;
  return (ERO_ARRESTS[fy]! * BOOKED_SHARE_OF_ARRESTS) / (dayNumber(`${fy}-10-01`) - dayNumber(`${fy - 1}-10-01`));
}

/**
 * ICE adult beds held by interior detainees at the end of each day of `window`: everyone booked in is held for the
 * rounded average length of stay of the fiscal year they were booked in (by Little's law the daily population is
 * then book-ins × stay). Before 1 Oct 2015 book-ins run at the FY2016 rate, so the first day starts full. Scaled with
 * the sample (`scale`); nothing after the end of FY2021.
 * @example
 * const occ = interiorOccupancy({ first: dayNumber('2015-10-01'), last: dayNumber('2021-09-30') });
 * Math.round(occ[dayNumber('2019-03-01') - dayNumber('2015-10-01')]!) // about 22,000
 */
export function interiorOccupancy(window: DayWindow, scale = 1): Float64Array {
  const lead = 90; // longer than any stay, so the first day starts full
  const n = window.last - window.first + 1;
  const inflow = new Float64Array(n + lead);
  const stay = new Int32Array(n + lead);
  for (let i = 0; i < n + lead; i++) {
    const d = window.first - lead + i;
    inflow[i] = interiorBookins(d) * scale;
    stay[i] = Math.round(STAY_DAYS[Math.min(2021, Math.max(2016, fyOf(d)))]!.value);
  }
  // Each day's book-ins leave after their stay: held(d) = Σ inflow(k) for k ≤ d < k + stay(k).
  const delta = new Float64Array(n + lead + 1);
  for (let i = 0; i < n + lead; i++) {
    delta[i]! += inflow[i]!;
    const out = i + stay[i]!;
    if (out < n + lead) delta[out]! -= inflow[i]!;
  }
  const held = new Float64Array(n);
  let h = 0;
  for (let i = 0; i < n + lead; i++) {
    h += delta[i]!;
    if (i >= lead) held[i - lead] = Math.max(0, h);
  }
  return held;
}
