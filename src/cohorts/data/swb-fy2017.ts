/** FY2017 southwest border arrivals (USBP), from data/reference/procedure-and-regimes.md §4. */
import type { Cohort } from '../types.js';
import { SECTOR_MIX, tamaulipasShare } from './sectors.js';
import {
  countryParams, demographicParams, FEAR_FY2017, fearParams, groupParams, MEXICO_ONLY, POE_FY2019, poeAssumed, priorRemovalOrder,
  REF4, refCount, TRAITS,
} from './build.js';
import { CITIZENSHIP_FY2017, fmuaGroups, OTHER_NAMED_2016, singleAdultResidual, totalGroups, uacGroupsEarly } from './counts.js';

const demographic = demographicParams(2017); // swb_usbp_total_fy2017
const fmua = fmuaGroups(2017);
const uac = uacGroupsEarly(2017);
const citizenship: Cohort['citizenship'] = {
  'single-adult': groupParams(singleAdultResidual(totalGroups(2017), fmua, uac), (g, n, t) => ({
    record: 'swb_mexican_share_fy2017',
    note: `derived residual, ${g}: FY2017 total by citizenship (127,938 MX; GT+HN+SV 162,891) − family units − UACs = ${Math.round(n)} / ${Math.round(t)}`,
  })),
  'family-unit': groupParams(fmua, refCount('FY2017 family units by country (other = 75,622 − MX − GT − HN − SV)')),
  uac: groupParams(uac, (g, n, t) =>
    g === 'mexico'
      ? { reference: REF4, note: `FY2017 UACs from Mexico: 8,877 / ${Math.round(t)}` }
      : { assumption: `no FY2017 NT/other UAC counts; non-Mexican UACs split NT : other as in FY2018 (§4), ${g} ≈ ${Math.round(n)}` },
  ),
};

/** FY2017: 303,916 USBP southwest apprehensions, a 45-year low. */
export const SWB_FY2017: Cohort = {
  id: 'swb-fy2017',
  label: 'Southwest border, FY2017',
  fiscalYear: 2017,
  description:
    'USBP southwest apprehensions Oct 2016 – Sep 2017 (303,916, a 45-year low): 42% Mexican. Citizenship by demographic derived from FY2017 totals, family units by country and Mexican UACs.',
  demographic,
  citizenship,
  countries: {
    mexico: MEXICO_ONLY,
    // swb_mexican_share_fy2017 note: Guatemala 65,871; El Salvador 49,760; Honduras 47,260.
    'northern-triangle': countryParams(
      { GT: CITIZENSHIP_FY2017.GT, HN: CITIZENSHIP_FY2017.HN, SV: CITIZENSHIP_FY2017.SV },
      (c, w) => ({ record: 'swb_mexican_share_fy2017', note: `${c}: ${w.toLocaleString('en-US')} FY2017 (note)` }),
    ),
    other: countryParams(OTHER_NAMED_2016, (c) => ({ assumption: `no FY2017 "other" countries in the reference; Jan–Jun 2016 named countries (§4) used, ${c}` })),
  },
  portOfEntryShare: poeAssumed(POE_FY2019, 2019, 2017),
  fearOfReturn: fearParams(demographic, citizenship, FEAR_FY2017.value, FEAR_FY2017.note), // cf_claim_share_usbp_fy2018
  priorRemovalOrder: priorRemovalOrder(2017),
  ...TRAITS,
  tamaulipasSectors: tamaulipasShare(SECTOR_MIX[2017]),
  sectors: SECTOR_MIX[2017],
};
