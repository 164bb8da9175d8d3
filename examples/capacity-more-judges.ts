// "What if there had been 100 more immigration judges from FY2018?" — history mode with capacity on, the same
// people and random streams twice (common random numbers), the second time with 100 more judges from 1 Oct 2017.
//
//   npx tsx examples/capacity-more-judges.ts
//
// The same on the command line (a run each; compare the court-pending columns):
//   npx tsx src/cli/main.ts history --from 2017-10 --scale 0.01 --capacity judges=+100@2017-10
//
// IMMSIM_EXAMPLE_N (set by `npm run examples`) keeps it quick: a small sample of the arrivals (counts scaled back).
import { compareHistory, parseCapacityChange } from 'immsim';

const quick = Boolean(process.env.IMMSIM_EXAMPLE_N);
const scale = quick ? 0.001 : 0.01;
const c = await compareHistory(
  { from: '2017-10', to: quick ? '2019-09' : '2021-09', scale, seed: 1 },
  { capacity: { changes: [parseCapacityChange('judges=+100@2017-10')] } },
);

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(`Immigration court, 100 more judges from FY2018 (scale ${scale}, counts scaled back)`);
console.log('fiscal year   pending at end (history)   with 100 more judges   difference');
for (const fy of Object.keys(c.baseline.fiscalYears)) {
  const i = c.baseline.months.lastIndexOf(`${Number(fy.slice(2)) - 0}-09`);
  if (i < 0) continue;
  const a = c.baseline.series['court-pending'].mean[i]!;
  const b = c.counterfactual.series['court-pending'].mean[i]!;
  console.log(`${fy.padEnd(14)}${fmt(a).padStart(24)}${fmt(b).padStart(23)}${fmt(b - a).padStart(13)}`);
}
const wait = (r: typeof c.baseline) => r.capacity!.series['docket-mean-wait']!.mean.at(-1)!;
console.log(`mean wait of cases heard in Sep 2021: ${fmt(wait(c.baseline))} days → ${fmt(wait(c.counterfactual))} days`);
