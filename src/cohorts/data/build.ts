/** Builders that turn §4 counts into sourced cohort Params, and the traits every cohort shares. */
import { CITIZENSHIP_GROUPS, type CitizenshipGroup } from '../../domain/citizenship.js';
import { DEMOGRAPHICS, type Demographic } from '../../domain/profile.js';
import type { Param, Source } from '../../policy/types.js';
import { DEMOGRAPHIC_COUNTS, type CohortYear, type GroupCounts } from './counts.js';

export const REF4 = 'data/reference/procedure-and-regimes.md §4';
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

/**
 * Demographic shares of a fiscal year's USBP apprehensions, citing the year's total record.
 * @example
 * demographicParams(2019)['family-unit'].value // ≈ 0.556
 */
export function demographicParams(fy: CohortYear): Record<Demographic, Param> {
  const c = DEMOGRAPHIC_COUNTS[fy];
  const total = c.uac + c['family-unit'] + c['single-adult'];
  const out = {} as Record<Demographic, Param>;
  for (const d of DEMOGRAPHICS) {
    // swb_usbp_total_fy20xx
    out[d] = { value: c[d] / total, source: { record: `swb_usbp_total_fy${fy}`, note: `${d}: ${fmt(c[d])} / ${fmt(total)} USBP SW apprehensions (§4 table)` } };
  }
  return out;
}

/**
 * Group shares from counts (normalised); `source(g, count, total)` says where each count comes from.
 * @example
 * groupParams(fmuaGroups(2019), refCount('FY2019 family units')).mexico.value // ≈ 0.0127
 */
export function groupParams(counts: GroupCounts, source: (g: CitizenshipGroup, count: number, total: number) => Source): Record<CitizenshipGroup, Param> {
  const total = counts.mexico + counts['northern-triangle'] + counts.other;
  const out = {} as Record<CitizenshipGroup, Param>;
  for (const g of CITIZENSHIP_GROUPS) out[g] = { value: counts[g] / total, source: source(g, counts[g], total) };
  return out;
}

/**
 * A §4 reference source with a note "<what>: count / total".
 * @example
 * refCount('FY2019 family units')('mexico', 6004, 473682) // { reference: 'data/reference/procedure-and-regimes.md §4', note: ... }
 */
export function refCount(what: string): (g: CitizenshipGroup, count: number, total: number) => Source {
  return (g, count, total) => ({ reference: REF4, note: `${what}, ${g}: ${fmt(count)} / ${fmt(total)}` });
}

/**
 * The same mix for a demographic with no data of its own, marked as an assumption.
 * @example
 * assumedMix({ mexico: 0.36, 'northern-triangle': 0.44, other: 0.2 }, 'total mix').other.value // 0.2
 */
export function assumedMix(mix: Record<CitizenshipGroup, number>, reason: string): Record<CitizenshipGroup, Param> {
  const total = mix.mexico + mix['northern-triangle'] + mix.other;
  const out = {} as Record<CitizenshipGroup, Param>;
  for (const g of CITIZENSHIP_GROUPS) out[g] = { value: mix[g] / total, source: { assumption: reason } };
  return out;
}

/**
 * Country shares within a group from weights (normalised).
 * @example
 * countryParams({ HN: 25, GT: 20, SV: 6 }, () => ({ assumption: 'x' })).HN.value // ≈ 0.49
 */
export function countryParams(weights: Record<string, number>, source: (code: string, w: number, total: number) => Source): Record<string, Param> {
  const total = Object.values(weights).reduce((s, x) => s + x, 0);
  return Object.fromEntries(Object.entries(weights).map(([code, w]) => [code, { value: w / total, source: source(code, w, total) }]));
}

export const MEXICO_ONLY: Record<string, Param> = { MX: { value: 1, source: { reference: REF4, note: 'the Mexico group is Mexican nationals' } } };

/**
 * Relative fear-claim propensity by demographic and group (§4: claims "concentrated in family units and
 * non-Mexicans"). The ratios are an assumption; `fearParams` scales them to reproduce the overall share.
 */
export const FEAR_RELATIVE: Record<Demographic, Record<CitizenshipGroup, number>> = {
  'single-adult': { mexico: 1, 'northern-triangle': 3, other: 3 },
  'family-unit': { mexico: 2, 'northern-triangle': 6, other: 6 },
  uac: { mexico: 2, 'northern-triangle': 6, other: 6 },
};

/**
 * Fear-claim shares by demographic × group that reproduce an overall share exactly:
 * share[d][g] = k × FEAR_RELATIVE[d][g], with k chosen so Σ mix[d] × cit[d][g] × share[d][g] = overall.
 * @example
 * fearParams(demographic, citizenship, 0.138, 'FY2018')['family-unit']['northern-triangle'].value
 */
export function fearParams(
  demographic: Record<Demographic, Param>,
  citizenship: Record<Demographic, Record<CitizenshipGroup, Param>>,
  overall: number,
  overallNote: string,
): Record<Demographic, Record<CitizenshipGroup, Param>> {
  let weighted = 0;
  for (const d of DEMOGRAPHICS) for (const g of CITIZENSHIP_GROUPS) weighted += demographic[d].value * citizenship[d][g].value * FEAR_RELATIVE[d][g];
  const k = overall / weighted;
  const out = {} as Record<Demographic, Record<CitizenshipGroup, Param>>;
  for (const d of DEMOGRAPHICS) {
    out[d] = {} as Record<CitizenshipGroup, Param>;
    for (const g of CITIZENSHIP_GROUPS) {
      // cf_claim_share_usbp_fy2018
      out[d][g] = {
        value: k * FEAR_RELATIVE[d][g],
        source: {
          record: 'cf_claim_share_usbp_fy2018',
          note: `scaled so the cohort's overall share is ${overall.toFixed(4)} (${overallNote}); relative propensity ${FEAR_RELATIVE[d][g]} (×3 non-Mexican, ×2 family/UAC) is an assumption`,
        },
      };
    }
  }
  return out;
}

/** Overall fear-claim shares (cf_claim_share_usbp_fy2018 and its note). */
export const FEAR_FY2017 = { value: 38_300 / 303_916, note: 'FY2017: 38,300 / 303,916, from the note' };
export const FEAR_FY2018 = { value: 54_690 / 396_579, note: 'FY2018: 54,690 / 396,579' };

/** Port-of-entry shares of SW encounters (§4, OFO). */
export const POE_FY2019: Param = { value: 126_999 / 977_509, source: { reference: REF4, note: 'OFO 126,999 of 977,509 SW encounters, FY2019' } };
export const POE_FY2020: Param = { value: 57_437 / 458_088, source: { reference: REF4, note: 'OFO 57,437 of 458,088 SW encounters, FY2020' } };
/**
 * A port share borrowed from another year, marked as an assumption.
 * @example
 * poeAssumed(POE_FY2019, 2019, 2016).value // ≈ 0.130
 */
export function poeAssumed(from: Param, fromYear: number, fy: number): Param {
  return { value: from.value, source: { assumption: `no OFO count for FY${fy} in the reference; the FY${fromYear} share (${from.value.toFixed(3)}, §4) is the nearest year's` } };
}

// recid_fy2016 / recid_baseline_fy2014_2019 as a proxy for a reinstatable prior removal order.
/**
 * The share with a reinstatable prior removal order, by fiscal year.
 * @example
 * priorRemovalOrder(2016).value // 0.12
 */
export function priorRemovalOrder(fy: number): Param {
  return fy === 2016
    ? { value: 0.12, source: { record: 'recid_fy2016', note: 'proxy: the share re-encountered (repeat crossers) stands for the share with a reinstatable prior order' } }
    : { value: 0.14, source: { record: 'recid_baseline_fy2014_2019', note: `proxy: the FY2014–2019 re-encounter rate stands for the share with a reinstatable prior order${fy > 2019 ? ' (nearest years)' : ''}` } };
}

/** Traits with no source in the reference: explicit assumptions, the same for every cohort. */
export const TRAITS = {
  healthVulnerable: { value: 0.05, source: { assumption: 'no figure in the reference; a small minority assumed (MPP health exclusion)' } },
  criminalHistory: { value: 0.05, source: { assumption: 'no figure in the reference; a small minority assumed (MPP criminal-history exclusion)' } },
  fearOfMexico: { value: 0.01, source: { assumption: 'no figure in the reference; persecution in Mexico (MPP non-refoulement exclusion) assumed rare' } },
  familyChildShare: {
    value: 0.5,
    source: { assumption: 'no parent/child split of family-unit members in the reference; a family unit is most often one parent with one child, so half the members assumed children' },
  },
  familyYoungChild: { value: 0.5, source: { assumption: 'no child ages in the reference; even odds that the youngest child is under 6' } },
  tamaulipasSectors: { value: 0.4, source: { assumption: 'no sector split in the reference; Rio Grande Valley + Laredo assumed 0.4 of encounters (RGV was the busiest sector)' } },
  uacUnder14: { value: 0.25, source: { assumption: 'no UAC ages in the reference; a quarter assumed under 14 (most UACs are teenagers)' } },
} satisfies Record<string, Param>;
