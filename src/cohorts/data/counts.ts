/**
 * Raw counts from data/reference/procedure-and-regimes.md §4 (and the calibration records that repeat them), and the derived
 * citizenship-group counts per demographic. Nothing here is a share yet; `build.ts` turns counts into Params.
 */
import type { CitizenshipGroup } from '../../domain/citizenship.js';

export type GroupCounts = Record<CitizenshipGroup, number>;

/** USBP southwest apprehensions by demographic (§4 table; swb_usbp_total_fy20xx records). */
export const DEMOGRAPHIC_COUNTS = {
  2016: { uac: 59_692, 'family-unit': 77_674, 'single-adult': 271_504 },
  2017: { uac: 41_435, 'family-unit': 75_622, 'single-adult': 186_859 }, // single adults derived (total − UAC − FMUA)
  2018: { uac: 50_036, 'family-unit': 107_212, 'single-adult': 239_331 }, // derived
  2019: { uac: 76_020, 'family-unit': 473_682, 'single-adult': 301_806 },
  2020: { uac: 30_557, 'family-unit': 52_230, 'single-adult': 317_864 }, // derived; Title 8 + Title 42
  2021: { uac: 144_834, 'family-unit': 451_087, 'single-adult': 1_063_285 },
} as const;
export type CohortYear = keyof typeof DEMOGRAPHIC_COUNTS;

/** Family-unit individuals by country, FY2016–19 (§4). */
export const FMUA_BY_COUNTRY = {
  2016: { MX: 3_481, GT: 23_067, HN: 20_226, SV: 27_114 },
  2017: { MX: 2_271, GT: 24_657, HN: 22_366, SV: 24_122 },
  2018: { MX: 2_261, GT: 50_401, HN: 39_439, SV: 13_669 },
  2019: { MX: 6_004, GT: 185_233, HN: 188_416, SV: 56_897 },
} as const;

/** UACs from Mexico FY2016–18, and the FY2018 Northern Triangle UAC counts (§4; FY2013 values not needed). */
export const UAC_MEXICO = { 2016: 11_926, 2017: 8_877, 2018: 10_136 } as const;
export const UAC_NT_FY2018 = { GT: 22_327, HN: 10_913, SV: 4_949 } as const;

/** USBP apprehensions by citizenship, Jan–Jun 2016 (§4, USBP via San Diego Union-Tribune). */
export const CITIZENSHIP_JAN_JUN_2016 = { total: 264_165, MX: 131_138, GT: 45_604, HN: 30_585, SV: 44_574 } as const;
/** Named "other" countries, Jan–Jun 2016 (§4); the rest of the group is unnamed. */
export const OTHER_NAMED_2016 = { IN: 2_867, BR: 1_841, EC: 1_770, CN: 1_498 } as const;
/** FY2017 by citizenship (swb_mexican_share_fy2017 and its note). */
export const CITIZENSHIP_FY2017 = { total: 303_916, MX: 127_938, GT: 65_871, HN: 47_260, SV: 49_760 } as const;
/** FY2019: Mexicans 166,458 and Guatemalans 264,168 (swb_nt_share_fy2019_crs note); NT share 0.71 (Pew). */
export const CITIZENSHIP_FY2019 = { total: 851_508, MX: 166_458, GT: 264_168, ntShare: 0.71 } as const;

const sum = (o: Record<string, number>) => Object.values(o).reduce((s, x) => s + x, 0);
const nt = (o: { GT: number; HN: number; SV: number }) => o.GT + o.HN + o.SV;

/**
 * Family units by group: Mexico, NT (GT+HN+SV), other = all family units − both.
 * @example
 * fmuaGroups(2016).mexico // 3481
 */
export function fmuaGroups(fy: 2016 | 2017 | 2018 | 2019): GroupCounts {
  const c = FMUA_BY_COUNTRY[fy];
  return { mexico: c.MX, 'northern-triangle': nt(c), other: DEMOGRAPHIC_COUNTS[fy]['family-unit'] - sum(c) };
}

/**
 * FY2018 UACs by group: Mexico, NT, other = all UACs − both.
 * @example
 * uacGroups2018().other // 1711
 */
export function uacGroups2018(): GroupCounts {
  const mexico = UAC_MEXICO[2018];
  const ntCount = nt(UAC_NT_FY2018);
  return { mexico, 'northern-triangle': ntCount, other: DEMOGRAPHIC_COUNTS[2018].uac - mexico - ntCount };
}

/**
 * FY2016/17 UACs: Mexicans counted; the non-Mexicans split NT : other as in FY2018 (no NT counts those years).
 * @example
 * uacGroupsEarly(2016).mexico // 11926
 */
export function uacGroupsEarly(fy: 2016 | 2017): GroupCounts {
  const mexico = UAC_MEXICO[fy];
  const rest = DEMOGRAPHIC_COUNTS[fy].uac - mexico;
  const ref = uacGroups2018();
  const ntShare = ref['northern-triangle'] / (ref['northern-triangle'] + ref.other);
  return { mexico, 'northern-triangle': rest * ntShare, other: rest * (1 - ntShare) };
}

/**
 * All USBP apprehensions by group for a year with citizenship data.
 * @example
 * totalGroups(2017).mexico // 127938
 */
export function totalGroups(fy: 2016 | 2017 | 2019): GroupCounts {
  if (fy === 2016) {
    // Jan–Jun 2016 shares applied to the FY2016 total (the only 2016 citizenship figures).
    const c = CITIZENSHIP_JAN_JUN_2016;
    const total = sum(DEMOGRAPHIC_COUNTS[2016]);
    const mexico = (c.MX / c.total) * total;
    const ntCount = (nt(c) / c.total) * total;
    return { mexico, 'northern-triangle': ntCount, other: total - mexico - ntCount };
  }
  if (fy === 2017) {
    const c = CITIZENSHIP_FY2017;
    return { mexico: c.MX, 'northern-triangle': nt(c), other: c.total - c.MX - nt(c) };
  }
  const c = CITIZENSHIP_FY2019;
  const ntCount = c.ntShare * c.total;
  return { mexico: c.MX, 'northern-triangle': ntCount, other: c.total - c.MX - ntCount };
}

/**
 * Single adults by group as the residual: all apprehensions − family units − UACs, group by group.
 * @example
 * singleAdultResidual(totalGroups(2017), fmuaGroups(2017), uacGroupsEarly(2017)).mexico // 116790
 */
export function singleAdultResidual(total: GroupCounts, fmua: GroupCounts, uac: GroupCounts): GroupCounts {
  const out = {} as GroupCounts;
  for (const g of ['mexico', 'northern-triangle', 'other'] as const) out[g] = total[g] - fmua[g] - uac[g];
  return out;
}

/**
 * Normalises counts to shares.
 * @example
 * shares({ mexico: 1, 'northern-triangle': 2, other: 1 }).mexico // 0.25
 */
export function shares(c: GroupCounts): GroupCounts {
  const t = sum(c);
  return { mexico: c.mexico / t, 'northern-triangle': c['northern-triangle'] / t, other: c.other / t };
}

/**
 * FY2019 UACs by group: no UAC country data, so the FY2019 total mix.
 * @example
 * uacGroups2019().mexico // ≈ 14,861
 */
export function uacGroups2019(): GroupCounts {
  const s = shares(totalGroups(2019));
  const n = DEMOGRAPHIC_COUNTS[2019].uac;
  return { mexico: s.mexico * n, 'northern-triangle': s['northern-triangle'] * n, other: s.other * n };
}

/** Derived single-adult shares, FY2017 and FY2019 (used directly and for FY2018/FY2020). */
export const SA_SHARES_FY2017 = shares(singleAdultResidual(totalGroups(2017), fmuaGroups(2017), uacGroupsEarly(2017)));
export const SA_SHARES_FY2019 = shares(singleAdultResidual(totalGroups(2019), fmuaGroups(2019), uacGroups2019()));
