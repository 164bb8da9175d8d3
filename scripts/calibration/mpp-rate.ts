// Calibrates the two MPP return rates (src/policy/params/base.ts, MPP_RATE_FIT) through the history replay.
//
// The rate is the share returned to Mexico of the people the law lets be returned at the custody decision. No
// published figure has that denominator (who is MPP-eligible at the decision depends on the model's own guards and
// shares), so each rate is fitted to a published count of returns:
//   - mpp-2019 era (28 Jan 2019 – 20 Mar 2020): TRAC's 67,790 MPP cases by ~Sep 2020 (calibration-inputs.json,
//     mpp_representation_ever note), less the model's Apr – Sep 2020 returns (the Title 42 era's);
//   - title42-2020 era (21 Mar 2020 – 19 Jan 2021): CBP's 2,864 MPP enrolments Apr – Sep 2020
//     (law-review-inputs.json, mpp_enrolments_cbp_monthly).
// Returns in the 11 Title 42 days of March 2020 are counted with the mpp-2019 era's months (the series is monthly).
// Fixed point: each rate is multiplied by target / modelled returns (returns ∝ rate among the eligible, and the pool
// of the eligible changes little with the rate), on the same seed and arrivals, until both move by < 0.5%.
// Deterministic: seed 2021, scale 0.25, 2 replications, one worker. Run: `npx tsx scripts/calibration/mpp-rate.ts`
// and copy the printed rates into MPP_RATE_FIT. The fitted totals are then inputs, not checks (docs/calibration.md).
import { pathToFileURL } from 'node:url';
import { defineMeasure, simulateHistory } from '../../src/index.js';
import { MPP_RATE_FIT } from '../../src/policy/params/base.js';

export const MPP_FIT_RUN = { from: '2018-10', to: '2020-09', seed: 2021, scale: 0.25, replications: 2, workers: 1 } as const;
/** TRAC, MPP court cases Jan 2019 – ~Sep 2020 (mpp_representation_ever note). */
export const TRAC_MPP_CASES_TO_SEP_2020 = 67_790;
/** CBP, MPP enrolments Apr – Sep 2020 (mpp_enrolments_cbp_monthly). */
export const CBP_MPP_ENROLMENTS_APR_SEP_2020 = 2_864;

/** Modelled returns of one replay with the given rates: Jan 2019 – Mar 2020 and Apr – Sep 2020. */
export interface MppFitPoint {
  rates: { mpp2019: number; title42: number };
  mppEra: number;
  title42Era: number;
}

const rateMeasure = (id: string, from: string, until: string, rate: number) =>
  defineMeasure({
    id,
    name: `MPP return rate ${rate} (calibration)`,
    from,
    until,
    authority: 'calibration run (scripts/calibration/mpp-rate.ts)',
    changes: 'sets the MPP return rate of the era',
    params: { custody: { 'single-adult': { returnToMexico: rate }, 'family-unit': { returnToMexico: rate } } },
  });

/**
 * One replay at the given rates (set for each era by a dated custom measure), summed over the fitted windows.
 * @example
 * (await mppFitPoint({ mpp2019: 0.5, title42: 0.5 })).mppEra // people returned Jan 2019 – Mar 2020 (real-world scale)
 */
export async function mppFitPoint(rates: { mpp2019: number; title42: number }): Promise<MppFitPoint> {
  const h = await simulateHistory({
    ...MPP_FIT_RUN,
    measures: [rateMeasure('fit-mpp-2019', '2019-01-28', '2020-03-20', rates.mpp2019), rateMeasure('fit-title42-2020', '2020-03-21', '2021-01-19', rates.title42)],
  });
  const returns = h.series['mpp-returns'].mean;
  const sum = (from: string, to: string) => h.months.reduce((s, m, i) => (m >= from && m <= to ? s + returns[i]! : s), 0);
  return { rates, mppEra: sum('2019-01', '2020-03'), title42Era: sum('2020-04', '2020-09') };
}

/**
 * Iterates the rates to the fixed point where the replay returns the published totals.
 * @example
 * const { rates } = await fitMppRates(); // { mpp2019: …, title42: … }
 */
export async function fitMppRates(log: (line: string) => void = () => {}): Promise<{ rates: { mpp2019: number; title42: number }; points: MppFitPoint[] }> {
  let rates: { mpp2019: number; title42: number } = { ...MPP_RATE_FIT };
  const points: MppFitPoint[] = [];
  for (let k = 0; k < 12; k++) {
    const p = await mppFitPoint(rates);
    points.push(p);
    log(`iteration ${k}: rates ${rates.mpp2019.toFixed(4)} / ${rates.title42.toFixed(4)} → returns Jan 2019 – Mar 2020 ${Math.round(p.mppEra).toLocaleString('en-US')}, Apr – Sep 2020 ${Math.round(p.title42Era).toLocaleString('en-US')}, total ${Math.round(p.mppEra + p.title42Era).toLocaleString('en-US')}`);
    const next = {
      mpp2019: Math.min(1, (rates.mpp2019 * (TRAC_MPP_CASES_TO_SEP_2020 - p.title42Era)) / p.mppEra),
      title42: Math.min(1, (rates.title42 * CBP_MPP_ENROLMENTS_APR_SEP_2020) / p.title42Era),
    };
    const moved = Math.max(Math.abs(next.mpp2019 / rates.mpp2019 - 1), Math.abs(next.title42 / rates.title42 - 1));
    // Within 0.5% of the fixed point: keep the rates just run (so a re-run with them in place prints them back).
    if (moved < 0.005) break;
    rates = next;
  }
  return { rates: { mpp2019: Number(rates.mpp2019.toFixed(3)), title42: Number(rates.title42.toFixed(3)) }, points };
}

const invoked = process.argv[1] ? pathToFileURL(process.argv[1]).href : '';
if (invoked === import.meta.url) {
  console.log(`MPP return rates: replay ${MPP_FIT_RUN.from} – ${MPP_FIT_RUN.to}, seed ${MPP_FIT_RUN.seed}, scale ${MPP_FIT_RUN.scale}, ${MPP_FIT_RUN.replications} replications`);
  console.log(`targets: ${TRAC_MPP_CASES_TO_SEP_2020.toLocaleString('en-US')} Jan 2019 – Sep 2020 (TRAC); ${CBP_MPP_ENROLMENTS_APR_SEP_2020.toLocaleString('en-US')} Apr – Sep 2020 (CBP)`);
  const { rates } = await fitMppRates(console.log);
  console.log(`fitted: MPP_RATE_FIT = { mpp2019: ${rates.mpp2019}, title42: ${rates.title42} }`);
}
