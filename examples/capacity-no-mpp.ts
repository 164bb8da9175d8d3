// "No MPP": history mode with capacity on, the same people and random streams twice (common random numbers), the
// second time without the Migrant Protection Protocols. Who would have waited in Mexico is in the US instead: what
// does that do to the beds (releases for lack of space) and to the court's backlog?
//
//   npx tsx examples/capacity-no-mpp.ts
//
// The same on the command line (a run each):
//   npx tsx src/cli/main.ts history --from 2018-10 --scale 0.01 --without mpp
//
// IMMSIM_EXAMPLE_N (set by `npm run examples`) keeps it quick: a small sample of the arrivals (counts scaled back).
import { compareHistory } from 'immsim';

const quick = Boolean(process.env.IMMSIM_EXAMPLE_N);
const scale = quick ? 0.001 : 0.01;
const c = await compareHistory({ from: '2018-10', to: quick ? '2020-06' : '2021-09', scale, seed: 1 }, { without: ['mpp'] });

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const total = (r: typeof c.baseline, id: string) => r.capacity!.series[id]!.mean.reduce((a, b) => a + b, 0);
console.log(`No MPP, FY2019–FY2021 (scale ${scale}, counts scaled back)`);
console.log('                                         history        no MPP');
for (const id of ['released-no-room-family-beds', 'released-no-room-ice-beds', 'released-no-room-cbp-holding']) {
  console.log(`${id.padEnd(36)}${fmt(total(c.baseline, id)).padStart(12)}${fmt(total(c.counterfactual, id)).padStart(14)}`);
}
const last = c.baseline.months.length - 1;
console.log(`${`waiting in Mexico, ${c.baseline.months[last]}`.padEnd(36)}${fmt(c.baseline.series['waiting-in-mexico'].mean[last]!).padStart(12)}${fmt(c.counterfactual.series['waiting-in-mexico'].mean[last]!).padStart(14)}`);
console.log(`${`court pending, ${c.baseline.months[last]}`.padEnd(36)}${fmt(c.baseline.series['court-pending'].mean[last]!).padStart(12)}${fmt(c.counterfactual.series['court-pending'].mean[last]!).padStart(14)}`);
