// Derives `airRemovalDays` (src/policy/params/base.ts): the mean days from placement in expedited removal or
// reinstatement to removal by air (non-Mexicans) for which the ICE stays of the model's own border detainees
// (mpp-2019 × swb-fy2019, static sampler, the history mode's definition of who is held by ICE) average ICE's FY2019
// ALOS of book-ins arrested by CBP: 26.6 days (ice_detention_stats_fy2019, law-review-inputs.json). Bisection with
// the same people and random streams at every step. Run: npx tsx scripts/calibration/air-removal.ts
import { cohorts } from '../../src/cohorts/index.js';
import { iceStaysOf } from '../../src/history/ice-stay.js';
import { regimes } from '../../src/policy/snapshots.js';
import type { Regime } from '../../src/policy/types.js';

const TARGET = 26.6;
const N = Number(process.env.N ?? 200_000);
const base = regimes['mpp-2019'];
const withAir = (days: number): Regime => ({
  ...base,
  params: { ...base.params, airRemovalDays: { value: days, source: { assumption: 'calibration step' } } },
});
const meanStay = (days: number) => {
  const s = iceStaysOf(withAir(days), cohorts['swb-fy2019'], N, 2019);
  return s.days / s.stays;
};

let lo = 1;
let hi = 120;
for (let i = 0; i < 14; i++) {
  const mid = (lo + hi) / 2;
  if (meanStay(mid) < TARGET) lo = mid;
  else hi = mid;
}
const value = Math.round(((lo + hi) / 2) * 10) / 10;
console.log(`airRemovalDays = ${value} (mean ICE stay ${meanStay(value).toFixed(2)} d against ${TARGET} d; ${N} people)`);
