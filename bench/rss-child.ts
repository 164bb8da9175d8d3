// Runs one simulation of n people (all cores) and prints the peak resident set size in MB.
import { simulate } from '../src/engine/simulate.js';

const n = Number(process.argv[2]);
await simulate({ regime: 'mpp-2019', cohort: 'swb-fy2019', n, seed: 1 });
console.log(Math.round(process.resourceUsage().maxRSS / 1024));
