/**
 * The built-in resources, each a dated capacity series with its source. Values hold from their date until the next
 * point. Record ids are in data/reference/history-inputs.json unless the note says calibration-inputs.json.
 * docs/capacity.md explains every choice.
 */
import { assumed, fromRecord, fromWeb } from './sources.js';
import type { ResourceSpec } from './types.js';

const NEWSWEEK_ICE = {
  url: 'https://www.newsweek.com/ices-detainee-population-has-declined-more-20-since-march-amid-coronavirus-pandemic-1502051',
  title: "ICE's Detainee Population Has Declined More Than 20 Percent Since March Amid Coronavirus Pandemic",
  date: '2020-04-28',
};
const CBS_ORR_2022 = {
  url: 'https://www.ktsa.com/u-s-prepares-19000-beds-for-potential-migrant-children-influx/',
  title: 'U.S. prepares 19,000 beds for potential migrant children influx (CBS News)',
  date: '2022-04',
};

/** CBP holding along the southwest border: people at once. */
export const cbpHolding: ResourceSpec = {
  id: 'cbp-holding',
  label: 'CBP holding (southwest border)',
  kind: 'stock',
  unit: 'people at once',
  whenFull: 'refuse',
  fullMeans: 'processed for release from the station with an NTA (or notice to report) instead of transfer to custody',
  points: [
    fromRecord('2015-10-01', 9000, 'cbp_swb_holding_capacity_2019_03', 'the only sector-wide figure (Mar 2019) applied to the whole period'),
    fromRecord('2019-05-01', 9500, 'cbp_el_paso_tent_2019', '+500: El Paso tent from early May 2019'),
  ],
};

/** ICE adult detention: funded beds by fiscal year, the COVID intake limits of 2020. */
export const iceBeds: ResourceSpec = {
  id: 'ice-beds',
  label: 'ICE adult detention beds',
  kind: 'stock',
  unit: 'beds',
  whenFull: 'refuse',
  fullMeans: 'released from custody (parole, bond or recognizance with an NTA) instead of detained',
  points: [
    fromRecord('2015-10-01', 34000, 'ice_funded_beds_fy2016'),
    assumed('2016-10-01', 34000, 'FY2017 funded level not retrieved (ice_funded_beds_fy2017 is a gap): FY2016 level carried forward'),
    fromRecord('2017-10-01', 40520, 'ice_funded_beds_fy2018'),
    fromRecord('2018-10-01', 45274, 'ice_funded_beds_fy2019', 'approximate; conflicts with the 40,500 year-end target'),
    fromRecord('2019-10-01', 45274, 'ice_funded_beds_fy2020'),
    fromWeb('2020-04-10', 29675, {
      ...NEWSWEEK_ICE,
      note: 'COVID intake limits from the ERO Pandemic Response Requirements (ice_covid_intake_limits_2020); no numeric cap was published, so the detained population ICE reported on 25 Apr 2020 is used as the limit',
    }),
    fromRecord('2020-10-01', 34000, 'ice_funded_beds_fy2021'),
  ],
};

/** Family residential centres (Dilley, Karnes, Berks). */
export const familyCentres: ResourceSpec = {
  id: 'family-beds',
  label: 'ICE family residential centres',
  kind: 'stock',
  unit: 'beds',
  whenFull: 'refuse',
  fullMeans: 'the family is released with an NTA (often on an ankle monitor) instead of detained',
  points: [
    fromRecord('2015-10-01', 3655, 'frc_capacity_total_2019', 'Dilley 2,400 + Karnes 1,158 + Berks ~97 (Apr 2019) applied from FY2016'),
    fromRecord('2019-04-01', 2955, 'frc_event_karnes_women_2019', '700 Karnes beds diverted to single women for ~90 days'),
    fromRecord('2019-07-01', 3655, 'frc_capacity_total_2019', 'Karnes back to families after ~90 days'),
    fromRecord('2021-02-01', 3327, 'frc_capacity_karnes_830', 'Karnes 830 (Feb 2021): 2,400 + 830 + 97'),
  ],
};

/** ORR shelter beds for unaccompanied children. */
export const orrBeds: ResourceSpec = {
  id: 'orr-beds',
  label: 'ORR shelter beds (unaccompanied children)',
  kind: 'stock',
  unit: 'beds',
  whenFull: 'queue',
  fullMeans: 'the child waits in CBP custody, first come first served, until a bed frees (the TVPRA 72 hours can be exceeded)',
  points: [
    fromRecord('2015-10-01', 13000, 'orr_beds_2020_covid', 'pre-COVID beds applied from FY2016 (no earlier series in the reference)'),
    fromRecord('2018-08-01', 14000, 'orr_beds_2018_08', 'beds including the unfunded reserve'),
    fromRecord('2019-10-01', 13000, 'orr_beds_2020_covid', 'pre-COVID level'),
    fromRecord('2020-04-01', 8000, 'orr_beds_2020_covid', 'COVID-reduced beds; the month is an assumption (spacing rules from spring 2020)'),
    fromRecord('2020-11-01', 7800, 'orr_capacity_share_nov2020', '0.6 × 13,000'),
    fromRecord('2021-03-05', 13000, 'orr_capacity_restored_2021_03'),
    fromRecord('2021-03-31', 13500, 'orr_beds_target_2021_03'),
    fromWeb('2021-04-15', 22000, {
      ...CBS_ORR_2022,
      note: 'emergency intake sites: ORR held "over 22,000" children at its spring-2021 high, so capacity was at least that; the date is an assumption',
    }),
  ],
};

/** USCIS asylum officers: credible-fear interviews per day. */
export const asylumOfficers: ResourceSpec = {
  id: 'cf-interviews',
  label: 'USCIS asylum officers (credible-fear interviews)',
  kind: 'rate',
  unit: 'interviews per day',
  whenFull: 'queue',
  fullMeans: 'the interview moves to the next free day (first come first served); the person stays in custody meanwhile',
  points: [
    fromRecord('2015-10-01', 252, 'uscis_cf_completed_fy2016', 'derived: 91,969 completed in FY2016 / 365 days — capacity is at least what was done'),
    fromRecord('2016-10-01', 214, 'uscis_cf_completed_fy2017', 'derived: 78,090 / 365'),
    fromRecord('2017-10-01', 248, 'uscis_cf_completed_fy2018', 'derived: 52,573 in Oct 2017–Apr 2018 / 212 days'),
    fromRecord('2018-10-01', 329, 'uscis_fear_screenings_fy2019', 'derived: ~120,000 screenings in FY2019 / 365'),
    fromRecord('2019-10-01', 92, 'uscis_cf_monthly_decisions_total', 'derived: 33,534 decisions in FY2020 / 365 (series sum)'),
    fromRecord('2020-10-01', 120, 'uscis_cf_monthly_decisions_total', 'derived: 43,972 decisions in FY2021 / 365 (series sum)'),
  ],
};

/** Metering: asylum seekers taken in per day at ports of entry (only San Ysidro has a published cap). */
export const metering: ResourceSpec = {
  id: 'metering-san-ysidro',
  label: 'Metering at San Ysidro (asylum seekers taken in per day)',
  kind: 'rate',
  unit: 'people per day',
  whenFull: 'queue',
  fullMeans: 'the asylum seeker waits in Mexico on the port list (first come first served) until called',
  points: [
    assumed('2015-10-01', Infinity, 'metering at San Ysidro is reported from ~Feb 2016 without a number (metering_start): no cap before it'),
    fromRecord('2016-02-01', 100, 'metering_san_ysidro_cap_pre2019', '"up to" 100 a day before 25 Jan 2019'),
    fromRecord('2019-01-25', 20, 'metering_san_ysidro_cap_2019_01_25'),
    fromRecord('2019-06-01', 24, 'metering_tijuana_avg_2019_06', 'average taken per day in June 2019'),
    fromRecord('2019-07-01', 5, 'metering_tijuana_avg_2019_07', '"just under five" a day in early July 2019'),
    fromRecord('2020-03-20', 0, 'metering_poe_asylum_stopped_2020_03', 'asylum processing at ports stopped under Title 42'),
  ],
};
