/**
 * Title 42 under the previous administration, 21 Mar 2020 – 19 Jan 2021: expulsions, COVID-reduced detention,
 * MPP hearings suspended.
 */
import type { CitizenshipGroup } from '../../domain/citizenship.js';
import type { CustodyKey, DispositionKey, Param, RegimeParams, UacDispositionKey, Weights } from '../types.js';
import * as b from './base.js';
import { KELLY_SA_TITLE8 } from './kelly-2017.js';
import { MPP_2019 } from './mpp-2019.js';
import { assume, rec, withTitle42 } from './source.js';

// t42_share_expelled_apr2020: first full month of Title 42, all demographics.
export const T42_SHARE = rec(0.93, 't42_share_expelled_apr2020', 'first full month of Title 42 (Apr 2020), all demographics');

// Other nationals could be expelled only by flight to their own country (src/policy/title42-acceptance.ts; the law
// rules it out where no country takes them). No published count of their expulsions exists.
export const T42_AIR_SHARE = assume(
  0.2,
  'no published Title 42 count for other nationals; ICE Air recorded about 1,052 removal and lateral flights 20 Jan – Oct 2021 ' +
    '(Witness at the Border, ICE Air report, Nov 2021) of about 100–135 seats, most to Mexico and Central America, against ' +
    '367,280 USBP encounters of other nationals in FY2021 (DHS OHSS, in history-inputs.json): at most about a ' +
    'quarter could have been flown; 0.2 assumed among those whose country takes flights',
);

/**
 * A Title 42 weight on top of the 2019 Title 8 split for every citizenship group; other nationals (expelled only by
 * flight) at the air weight.
 * @example
 * title42Rows(T42_SHARE, MPP_2019.disposition['single-adult']).mexico.title42.value // 0.93
 */
export function title42Rows<K extends DispositionKey | UacDispositionKey>(
  t42: Param,
  title8: Record<CitizenshipGroup, Weights<K>>,
  air: Param = T42_AIR_SHARE,
): Record<CitizenshipGroup, Weights<K>> {
  return {
    mexico: withTitle42(t42, title8.mexico, 'mpp-2019'),
    'northern-triangle': withTitle42(t42, title8['northern-triangle'], 'mpp-2019'),
    other: withTitle42(air, title8.other, 'mpp-2019'),
  };
}

/**
 * COVID custody: single-adult detention scaled down (ice_adp_fy2019); family detention ≤ 75% of capacity.
 * @example
 * covidCustody(mppReturnRateTitle42)['single-adult'].detain.value // ≈ 0.239
 */
export function covidCustody(rtm: Param): Record<'single-adult' | 'family-unit', Weights<CustodyKey>> {
  const detain = b.covidDetain(0.8); // ice_adp_fy2019
  // The return to Mexico is a rate drawn before these weights (src/engine/sampler.ts): the rest is not reduced by it.
  const saRest = (1 - detain.value) / 2;
  const fuRest = (1 - b.familyDetainFy2021.value) / 2;
  const rest = (value: number, what: string) =>
    rec(value, 'ice_adp_fy2019', `derived: the rest after ${what}, split evenly between parole and release (assumption)`);
  return {
    'single-adult': {
      detain,
      familyDetain: b.noFrcForAdults,
      parole: rest(saRest, 'detention'),
      release: rest(saRest, 'detention'),
      returnToMexico: rtm,
    },
    'family-unit': {
      detain: b.familiesOnlyInFrc,
      familyDetain: b.familyDetainFy2021, // frc_capacity_2019
      parole: rest(fuRest, 'family detention'),
      release: rest(fuRest, 'family detention'),
      returnToMexico: rtm,
    },
  };
}

export const TITLE42_2020: RegimeParams = {
  ...MPP_2019,
  disposition: {
    'single-adult': title42Rows(T42_SHARE, b.withProsecution(KELLY_SA_TITLE8, b.PROSECUTED_SHARE.fy2021)),
    'family-unit': title42Rows(T42_SHARE, MPP_2019.disposition['family-unit']),
    uac: title42Rows(T42_SHARE, MPP_2019.disposition.uac),
  },
  // uscis_cf_positive_jul_dec2020: FY2020's 0.382 mixes the transit bar's screen (cfPositiveBarred) into the rate;
  // after the bar was vacated (30 Jun 2020) the USCIS monthly figures give the era's own regular-screen rate.
  cfPositive: rec(
    2395 / 4219,
    'uscis_cf_positive_jul_dec2020',
    'derived: 2,395 fear established / 4,219 decisions, Jul–Dec 2020 (USCIS semi-monthly reports, all locations), after the transit bar was vacated',
  ),
  cfDays: b.cfDays,
  // cf_ij_review_reversal_jun2018: same administration's review practice; FY2021 falls mostly after Jan 2021.
  ijReversal: rec(0.147, 'cf_ij_review_reversal_jun2018', "same administration's IJ review practice; the FY2021 rate (0.293) is mostly after Jan 2021"),
  custody: covidCustody(b.mppReturnRateTitle42),
  // ice_alos_fy2019: no FY2020 record.
  detentionDays: rec(34.3, 'ice_alos_fy2019', 'no FY2020 record; FY2019 is the nearest'),
  // orr_alos_jul2019 note: 34 d in Mar 2021, nearer in time than Jul 2019.
  orrDays: rec(34, 'orr_alos_jul2019', "the note's Mar 2021 value (34 d), nearer in time than Jul 2019"),
  hearingIntervalDays: b.hearingInterval2020to2021,
  decision: b.decisions(rec(1 - 0.71, 'asylum_denial_rate_fy2020', 'derived: 1 − FY2020 denial rate')),
};
