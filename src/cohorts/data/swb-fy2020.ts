/** FY2020 southwest border encounters (USBP, Title 8 + Title 42), from data/reference/procedure-and-regimes.md §4. */
import type { Cohort } from '../types.js';
import { SECTOR_MIX, tamaulipasShare } from './sectors.js';
import {
  assumedMix, countryParams, demographicParams, FEAR_FY2018, fearParams, groupParams, MEXICO_ONLY, POE_FY2020, priorRemovalOrder,
  TRAITS,
} from './build.js';
import { CITIZENSHIP_FY2019, FMUA_BY_COUNTRY, fmuaGroups, SA_SHARES_FY2019, shares, uacGroups2018 } from './counts.js';

const demographic = demographicParams(2020); // swb_usbp_total_fy2020
// swb_usbp_single_adult_share_fy2020: single adults 77% of CBP SW encounters, and (note) single adult Mexican men
// 56% of them all → Mexicans ≥ 0.56 / 0.77 of single adults (men only, so a lower bound).
const saMexico = 0.56 / 0.77;
const saNtOfRest = SA_SHARES_FY2019['northern-triangle'] / (SA_SHARES_FY2019['northern-triangle'] + SA_SHARES_FY2019.other);
const citizenship: Cohort['citizenship'] = {
  'single-adult': groupParams(
    { mexico: saMexico, 'northern-triangle': (1 - saMexico) * saNtOfRest, other: (1 - saMexico) * (1 - saNtOfRest) },
    (g) =>
      g === 'mexico'
        ? { record: 'swb_usbp_single_adult_share_fy2020', note: 'derived: single adult Mexican men 56% of encounters (note) / single adults 77% (men only: a lower bound)' }
        : { assumption: `no FY2020 NT/other split for single adults; the rest split as in the derived FY2019 single-adult mix (${g})` },
  ),
  'family-unit': assumedMix(shares(fmuaGroups(2019)), 'no FY2020 family-unit counts by country in the reference; the FY2019 family-unit mix (§4) is the nearest year'),
  uac: assumedMix(shares(uacGroups2018()), 'no FY2019–20 UAC counts by country in the reference; the FY2018 UAC mix (§4) is the latest'),
};

const fu = FMUA_BY_COUNTRY[2019];
const hnSv = CITIZENSHIP_FY2019.ntShare * CITIZENSHIP_FY2019.total - CITIZENSHIP_FY2019.GT;

/** FY2020: 400,651 USBP southwest encounters, Title 42 from March 2020; mostly Mexican single adults. */
export const SWB_FY2020: Cohort = {
  id: 'swb-fy2020',
  label: 'Southwest border, FY2020',
  fiscalYear: 2020,
  description:
    'USBP southwest encounters Oct 2019 – Sep 2020 (400,651, Title 8 + Title 42): about 79% single adults, most of them Mexican men.',
  demographic,
  citizenship,
  countries: {
    mexico: MEXICO_ONLY,
    'northern-triangle': countryParams(
      { GT: CITIZENSHIP_FY2019.GT, HN: (hnSv * fu.HN) / (fu.HN + fu.SV), SV: (hnSv * fu.SV) / (fu.HN + fu.SV) },
      (c) => ({ assumption: `no FY2020 NT countries in the reference; the FY2019 split (derived, §4) used, ${c}` }),
    ),
    other: countryParams({ EC: 1, BR: 1, VE: 1, HT: 1, CU: 1 }, (c) => ({
      assumption: `no FY2020 "other" countries in the reference; the countries named for FY2021 (§4: Ecuador, Brazil, Venezuela, Haiti, Cuba), equal weights as no counts are given, ${c}`,
    })),
  },
  portOfEntryShare: POE_FY2020,
  fearOfReturn: fearParams(demographic, citizenship, FEAR_FY2018.value, `no FY2020 figure; nearest year ${FEAR_FY2018.note}`), // cf_claim_share_usbp_fy2018
  priorRemovalOrder: priorRemovalOrder(2020),
  ...TRAITS,
  tamaulipasSectors: tamaulipasShare(SECTOR_MIX[2020]),
  sectors: SECTOR_MIX[2020],
};
