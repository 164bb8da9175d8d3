/** FY2016 southwest border arrivals (USBP), from data/reference/procedure-and-regimes.md §4. */
import type { Cohort } from '../types.js';
import { SECTOR_MIX, tamaulipasShare } from './sectors.js';
import {
  countryParams, demographicParams, FEAR_FY2017, fearParams, groupParams, MEXICO_ONLY, POE_FY2019, poeAssumed, priorRemovalOrder,
  REF4, refCount, TRAITS,
} from './build.js';
import { CITIZENSHIP_JAN_JUN_2016, fmuaGroups, OTHER_NAMED_2016, singleAdultResidual, totalGroups, uacGroupsEarly } from './counts.js';

const demographic = demographicParams(2016); // swb_usbp_total_fy2016
const fmua = fmuaGroups(2016);
const uac = uacGroupsEarly(2016);
const citizenship: Cohort['citizenship'] = {
  'single-adult': groupParams(singleAdultResidual(totalGroups(2016), fmua, uac), (g, n, t) => ({
    reference: REF4,
    note: `derived residual, ${g}: FY2016 total (Jan–Jun 2016 group shares × 408,870) − family units − UACs = ${Math.round(n)} / ${Math.round(t)}`,
  })),
  'family-unit': groupParams(fmua, refCount('FY2016 family units by country (other = 77,674 − MX − GT − HN − SV)')),
  uac: groupParams(uac, (g, n, t) =>
    g === 'mexico'
      ? { reference: REF4, note: `FY2016 UACs from Mexico: 11,926 / ${Math.round(t)}` }
      : { assumption: `no FY2016 NT/other UAC counts; non-Mexican UACs split NT : other as in FY2018 (§4), ${g} ≈ ${Math.round(n)}` },
  ),
};

/** FY2016: 408,870 USBP southwest apprehensions (Oct 2015 – Sep 2016), late-Obama baseline. */
export const SWB_FY2016: Cohort = {
  id: 'swb-fy2016',
  label: 'Southwest border, FY2016',
  fiscalYear: 2016,
  description:
    'USBP southwest apprehensions Oct 2015 – Sep 2016 (408,870): two thirds single adults, about half Mexican. Citizenship by demographic derived from Jan–Jun 2016 shares, family units by country and Mexican UACs.',
  demographic,
  citizenship,
  countries: {
    mexico: MEXICO_ONLY,
    'northern-triangle': countryParams(
      { GT: CITIZENSHIP_JAN_JUN_2016.GT, HN: CITIZENSHIP_JAN_JUN_2016.HN, SV: CITIZENSHIP_JAN_JUN_2016.SV },
      (c, w) => ({ reference: REF4, note: `${c}: ${w.toLocaleString('en-US')} USBP apprehensions Jan–Jun 2016` }),
    ),
    other: countryParams(OTHER_NAMED_2016, (c, w) => ({
      reference: REF4,
      note: `${c}: ${w.toLocaleString('en-US')} Jan–Jun 2016; only the four named countries, renormalised (the unnamed rest of the group is not represented)`,
    })),
  },
  portOfEntryShare: poeAssumed(POE_FY2019, 2019, 2016),
  // cf_claim_share_usbp_fy2018: no FY2016 figure; FY2017 (nearest year) used.
  fearOfReturn: fearParams(demographic, citizenship, FEAR_FY2017.value, `no FY2016 figure; nearest year ${FEAR_FY2017.note}`),
  priorRemovalOrder: priorRemovalOrder(2016),
  ...TRAITS,
  tamaulipasSectors: tamaulipasShare(SECTOR_MIX[2016]),
  sectors: SECTOR_MIX[2016],
};
