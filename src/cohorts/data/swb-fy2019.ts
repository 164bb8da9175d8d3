/** FY2019 southwest border arrivals (USBP), from data/reference/procedure-and-regimes.md §4. */
import type { Cohort } from '../types.js';
import { SECTOR_MIX, tamaulipasShare } from './sectors.js';
import {
  countryParams, demographicParams, FEAR_FY2018, fearParams, groupParams, MEXICO_ONLY, POE_FY2019, priorRemovalOrder, REF4, refCount,
  TRAITS,
} from './build.js';
import { CITIZENSHIP_FY2019, FMUA_BY_COUNTRY, fmuaGroups, OTHER_NAMED_2016, singleAdultResidual, totalGroups, uacGroups2019 } from './counts.js';

const demographic = demographicParams(2019); // swb_usbp_total_fy2019
const PEW = 'swb_nt_share_fy2019_pew';
// NT share: Pew 0.71 chosen over CRS 0.81 — with 19.5% Mexicans and ~9% others (May 2019), 0.81 would leave a
// negative "other" share; the counts support ~71% (record note).
const citizenship: Cohort['citizenship'] = {
  'single-adult': groupParams(singleAdultResidual(totalGroups(2019), fmuaGroups(2019), uacGroups2019()), (g, n, t) => ({
    record: PEW,
    note: `derived residual, ${g}: FY2019 total (MX 166,458; NT 0.71 × 851,508, Pew over CRS 0.81 which leaves no room for others) − family units − UACs = ${Math.round(n)} / ${Math.round(t)}`,
  })),
  'family-unit': groupParams(fmuaGroups(2019), refCount('FY2019 family units by country (other = 473,682 − MX − GT − HN − SV)')),
  uac: groupParams(totalGroups(2019), () => ({
    assumption: 'no FY2019 UAC counts by country in the reference; the FY2019 total mix (MX 166,458 / 851,508; NT 0.71 Pew) used',
  })),
};

// Guatemalans 264,168 in total; Honduras + El Salvador = the rest of NT, split as among family units.
const ntTotal = CITIZENSHIP_FY2019.ntShare * CITIZENSHIP_FY2019.total;
const hnSv = ntTotal - CITIZENSHIP_FY2019.GT;
const fu = FMUA_BY_COUNTRY[2019];

/** FY2019: 851,508 USBP southwest apprehensions, mostly Central American families. */
export const SWB_FY2019: Cohort = {
  id: 'swb-fy2019',
  label: 'Southwest border, FY2019',
  fiscalYear: 2019,
  description:
    'USBP southwest apprehensions Oct 2018 – Sep 2019 (851,508): 56% in family units, about 71% from the Northern Triangle and 19.5% Mexican.',
  demographic,
  citizenship,
  countries: {
    mexico: MEXICO_ONLY,
    'northern-triangle': countryParams(
      { GT: CITIZENSHIP_FY2019.GT, HN: (hnSv * fu.HN) / (fu.HN + fu.SV), SV: (hnSv * fu.SV) / (fu.HN + fu.SV) },
      (c, w) =>
        c === 'GT'
          ? { record: 'swb_nt_share_fy2019_crs', note: 'Guatemalans 264,168 (note) of NT 0.71 × 851,508' }
          : { reference: REF4, note: `derived: NT total − Guatemalans, split HN : SV as among FY2019 family units (188,416 : 56,897), ${c} ≈ ${Math.round(w)}` },
    ),
    other: countryParams(OTHER_NAMED_2016, (c) => ({ assumption: `no FY2019 "other" countries in the reference; Jan–Jun 2016 named countries (§4) used, ${c}` })),
  },
  portOfEntryShare: POE_FY2019,
  fearOfReturn: fearParams(demographic, citizenship, FEAR_FY2018.value, `no FY2019 figure; nearest year ${FEAR_FY2018.note}`), // cf_claim_share_usbp_fy2018
  priorRemovalOrder: priorRemovalOrder(2019),
  ...TRAITS,
  tamaulipasSectors: tamaulipasShare(SECTOR_MIX[2019]),
  sectors: SECTOR_MIX[2019],
};
