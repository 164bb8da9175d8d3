// Runs one `simulate` of the built package (dist/) with n people on w workers in a fresh process and prints
// people per second, wall clock, start-up included. `node workers-child.mjs n w`.
import { simulate } from '../dist/index.js';

const [n, workers] = process.argv.slice(2).map(Number);
const t0 = performance.now();
await simulate({ regime: 'mpp-2019', cohort: 'swb-fy2019', n, seed: 1, workers });
console.log(Math.round(n / ((performance.now() - t0) / 1000)));
