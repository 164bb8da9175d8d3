/** FY2021 southwest border encounters (USBP, Title 8 + Title 42), from data/reference/procedure-and-regimes.md §4. */
import type { Cohort } from '../types.js';
import { SECTOR_MIX, tamaulipasShare } from './sectors.js';
import {
  assumedMix, countryParams, demographicParams, FEAR_FY2018, fearParams, MEXICO_ONLY, POE_FY2020, poeAssumed, priorRemovalOrder, REF4,
  TRAITS,
} from './build.js';

const demographic = demographicParams(2021); // swb_usbp_total_fy2021
// §4 FY2021: Mexico 36%, Central America 44%, other ~20% — the only full-year mix (derived by a secondary site, low
// confidence); Mar 2021 (35/51/14, CBP via WOLA) and Jun 2021 (33/41/26, Pew; swb_mexican_share_jun2021) bracket it.
const TOTAL = { mexico: 0.36, 'northern-triangle': 0.44, other: 0.2 };
const WHY = 'no FY2021 citizenship by demographic in the reference; the FY2021 total mix (§4: 36% / 44% / 20%, low confidence) used for every demographic';
const citizenship: Cohort['citizenship'] = {
  'single-adult': assumedMix(TOTAL, WHY),
  'family-unit': assumedMix(TOTAL, WHY),
  uac: assumedMix(TOTAL, WHY),
};

/** FY2021: 1,659,206 USBP southwest encounters, the highest on record. */
export const SWB_FY2021: Cohort = {
  id: 'swb-fy2021',
  label: 'Southwest border, FY2021',
  fiscalYear: 2021,
  description:
    'USBP southwest encounters Oct 2020 – Sep 2021 (1,659,206, Title 8 + Title 42): 64% single adults, 27% family units, 9% UACs; 36% Mexican, 44% Central American, about 20% from farther away.',
  demographic,
  citizenship,
  countries: {
    mexico: MEXICO_ONLY,
    'northern-triangle': countryParams({ HN: 25, GT: 20, SV: 6 }, (c, w) => ({
      reference: REF4,
      note: `${c}: ${w}% of USBP encounters in Mar 2021 (WOLA citing CBP), the only FY2021 split by country`,
    })),
    other: countryParams({ EC: 1, BR: 1, VE: 1, HT: 1, CU: 1 }, (c) => ({
      assumption: `§4 names Ecuador, Brazil, Venezuela, Haiti and Cuba for FY2021 without counts: equal weights, ${c}`,
    })),
  },
  portOfEntryShare: poeAssumed(POE_FY2020, 2020, 2021),
  fearOfReturn: fearParams(demographic, citizenship, FEAR_FY2018.value, `no FY2021 figure; nearest year ${FEAR_FY2018.note}`), // cf_claim_share_usbp_fy2018
  priorRemovalOrder: priorRemovalOrder(2021),
  ...TRAITS,
  tamaulipasSectors: tamaulipasShare(SECTOR_MIX[2021]),
  sectors: SECTOR_MIX[2021],
};
