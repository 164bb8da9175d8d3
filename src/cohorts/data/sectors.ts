/** Where each fiscal year's arrivals were encountered: USBP southwest sector mixes, from law-review-inputs.json. */
import { SECTORS, type Sector } from '../../domain/profile.js';
import type { Param } from '../../policy/types.js';

type Named = Exclude<Sector, 'other'>;
type Counts = Record<Named, number>;
const NAMED = SECTORS.filter((s): s is Named => s !== 'other');

// usbp_sector_profile_fy2016_fy2017
const FY2016: Counts = { 'san-diego': 31891, 'el-centro': 19448, yuma: 14170, tucson: 64891, 'el-paso': 25634, 'big-bend': 6366, 'del-rio': 23078, laredo: 36562, 'rio-grande-valley': 186830 };
const FY2017: Counts = { 'san-diego': 26086, 'el-centro': 18633, yuma: 12847, tucson: 38657, 'el-paso': 25193, 'big-bend': 6002, 'del-rio': 13476, laredo: 25460, 'rio-grande-valley': 137562 };
const FY2017_ADULTS: Counts = { 'san-diego': 22896, 'el-centro': 16134, yuma: 6739, tucson: 33910, 'el-paso': 16625, 'big-bend': 4685, 'del-rio': 10779, laredo: 22950, 'rio-grande-valley': 86632 };
// usbp_sector_uac_fmua_fy2017_fy2018 (FY2018 columns)
const FY2018_CHILDREN_FAMILIES: Counts = {
  'san-diego': 2491 + 4408, 'el-centro': 2715 + 3539, yuma: 5424 + 14554, tucson: 5023 + 4954, 'el-paso': 5461 + 12312,
  'big-bend': 989 + 741, 'del-rio': 1297 + 2829, laredo: 2879 + 597, 'rio-grande-valley': 23757 + 63278,
};
// usbp_sector_uac_fmua_fy2019
const FY2019_CHILDREN_FAMILIES: Counts = {
  'san-diego': 3335 + 16174, 'el-centro': 2688 + 7873, yuma: 7289 + 51961, tucson: 5105 + 16199, 'el-paso': 16159 + 132909,
  'big-bend': 779 + 2931, 'del-rio': 3621 + 32835, laredo: 2521 + 1169, 'rio-grande-valley': 34523 + 211631,
};
// usbp_sector_monthly_jan_sep_2020, usbp_sector_monthly_fy2021
const JAN_SEP_2020: Counts = { 'san-diego': 41866, 'el-centro': 21828, yuma: 6474, tucson: 46580, 'el-paso': 38977, 'big-bend': 6906, 'del-rio': 31022, laredo: 41135, 'rio-grande-valley': 64084 };
const FY2021: Counts = { 'san-diego': 142459, 'el-centro': 59231, yuma: 114488, tucson: 191232, 'el-paso': 193918, 'big-bend': 37266, 'del-rio': 259294, laredo: 112241, 'rio-grande-valley': 549077 };

const total = (c: Counts) => NAMED.reduce((s, k) => s + c[k], 0);

/** Children and families by sector, plus single adults spread as FY2017's adults were (the only adult split). */
function withAdults(childrenFamilies: Counts, singleAdults: number): Counts {
  const adults = total(FY2017_ADULTS);
  return Object.fromEntries(NAMED.map((k) => [k, childrenFamilies[k] + (singleAdults * FY2017_ADULTS[k]) / adults])) as Counts;
}

function mix(counts: Counts, source: (k: Named, share: number) => Param['source']): Record<Sector, Param> {
  const t = total(counts);
  const out = { other: { value: 0, source: { reference: 'data/reference/procedure-and-regimes.md §4', note: 'southwest cohorts: every encounter is in one of the nine sectors' } } } as Record<Sector, Param>;
  for (const k of NAMED) out[k] = { value: counts[k] / t, source: source(k, counts[k] / t) };
  return out;
}

const rec = (record: string, note: string) => () => ({ record, note });
const ADULT_NOTE = 'single adults spread by the FY2017 sector mix of adults (usbp_sector_profile_fy2016_fy2017; no single-adult split by sector for the year: assumption)';

/**
 * The sector mix of each built-in cohort's fiscal year (shares of USBP southwest encounters, 'other' 0).
 * @example
 * SECTOR_MIX[2019]['rio-grande-valley'].value // ≈ 0.40
 */
export const SECTOR_MIX: Readonly<Record<2016 | 2017 | 2018 | 2019 | 2020 | 2021, Record<Sector, Param>>> = {
  2016: mix(FY2016, rec('usbp_sector_profile_fy2016_fy2017', 'FY2016 sector profile totals')),
  2017: mix(FY2017, rec('usbp_sector_profile_fy2016_fy2017', 'FY2017 sector profile totals')),
  2018: mix(withAdults(FY2018_CHILDREN_FAMILIES, 396_579 - 50_036 - 107_212), rec('usbp_sector_uac_fmua_fy2017_fy2018', `UACs and families by sector (FY2018); ${ADULT_NOTE}`)),
  2019: mix(withAdults(FY2019_CHILDREN_FAMILIES, 301_806), rec('usbp_sector_uac_fmua_fy2019', `UACs and families by sector (FY2019); ${ADULT_NOTE}`)),
  2020: mix(JAN_SEP_2020, rec('usbp_sector_monthly_jan_sep_2020', 'Jan–Sep 2020 (9 of 12 months; Oct–Dec 2019 not published by sector on the page)')),
  2021: mix(FY2021, rec('usbp_sector_monthly_fy2021', 'Oct 2020 – Sep 2021')),
};

/**
 * The Rio Grande Valley + Laredo share of a sector mix, as the `tamaulipasSectors` Param (derived, same records).
 * @example
 * tamaulipasShare(SECTOR_MIX[2021]).value // ≈ 0.40
 */
export function tamaulipasShare(m: Record<Sector, Param>): Param {
  const rgv = m['rio-grande-valley'];
  const note = 'derived: Rio Grande Valley + Laredo shares of the sector mix';
  const record = 'record' in rgv.source ? rgv.source.record : undefined;
  const value = rgv.value + m.laredo.value;
  return record ? { value, source: { record, note } } : { value, source: { assumption: note } };
}
