/** FY2018 southwest border arrivals (USBP), from data/reference/procedure-and-regimes.md §4. */
import { CITIZENSHIP_GROUPS } from '../../domain/citizenship.js';
import type { Cohort } from '../types.js';
import { SECTOR_MIX, tamaulipasShare } from './sectors.js';
import {
  assumedMix, countryParams, demographicParams, FEAR_FY2018, fearParams, groupParams, MEXICO_ONLY, POE_FY2019, poeAssumed,
  priorRemovalOrder, REF4, refCount, TRAITS,
} from './build.js';
import { FMUA_BY_COUNTRY, fmuaGroups, OTHER_NAMED_2016, SA_SHARES_FY2017, SA_SHARES_FY2019, UAC_NT_FY2018, uacGroups2018 } from './counts.js';

const demographic = demographicParams(2018); // swb_usbp_total_fy2018
// No FY2018 citizenship totals: single adults take the mean of the derived FY2017 and FY2019 single-adult mixes.
const saMix = Object.fromEntries(CITIZENSHIP_GROUPS.map((g) => [g, (SA_SHARES_FY2017[g] + SA_SHARES_FY2019[g]) / 2])) as Record<
  (typeof CITIZENSHIP_GROUPS)[number],
  number
>;
const citizenship: Cohort['citizenship'] = {
  'single-adult': assumedMix(
    saMix,
    'no FY2018 citizenship totals in the reference; mean of the derived FY2017 and FY2019 single-adult mixes (residual of totals − family units − UACs)',
  ),
  'family-unit': groupParams(fmuaGroups(2018), refCount('FY2018 family units by country (other = 107,212 − MX − GT − HN − SV)')),
  uac: groupParams(uacGroups2018(), refCount('FY2018 UACs: MX 10,136; GT 22,327; HN 10,913; SV 4,949; other = 50,036 − those')),
};

/** FY2018: 396,579 USBP southwest apprehensions (zero tolerance in spring). */
export const SWB_FY2018: Cohort = {
  id: 'swb-fy2018',
  label: 'Southwest border, FY2018',
  fiscalYear: 2018,
  description:
    'USBP southwest apprehensions Oct 2017 – Sep 2018 (396,579): family units rising to 27%. Family units and UACs by country from CBP counts; single-adult citizenship interpolated (no FY2018 totals in the reference).',
  demographic,
  citizenship,
  countries: {
    mexico: MEXICO_ONLY,
    'northern-triangle': countryParams(
      {
        GT: FMUA_BY_COUNTRY[2018].GT + UAC_NT_FY2018.GT,
        HN: FMUA_BY_COUNTRY[2018].HN + UAC_NT_FY2018.HN,
        SV: FMUA_BY_COUNTRY[2018].SV + UAC_NT_FY2018.SV,
      },
      (c, w) => ({ reference: REF4, note: `${c}: ${w.toLocaleString('en-US')} FY2018 family units + UACs (no single-adult counts by country)` }),
    ),
    other: countryParams(OTHER_NAMED_2016, (c) => ({ assumption: `no FY2018 "other" countries in the reference; Jan–Jun 2016 named countries (§4) used, ${c}` })),
  },
  portOfEntryShare: poeAssumed(POE_FY2019, 2019, 2018),
  fearOfReturn: fearParams(demographic, citizenship, FEAR_FY2018.value, FEAR_FY2018.note), // cf_claim_share_usbp_fy2018
  priorRemovalOrder: priorRemovalOrder(2018),
  ...TRAITS,
  tamaulipasSectors: tamaulipasShare(SECTOR_MIX[2018]),
  sectors: SECTOR_MIX[2018],
};
