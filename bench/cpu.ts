// People per CPU-second of runBlock (mpp-2019, swb-fy2019, horizon 1095), best of several repeats: CPU time,
// not wall time, because the machine is shared. `node cpu.mjs [n] [repeats]`.
import { cohorts } from '../src/cohorts/index.js';
import { regimes } from '../src/policy/snapshots.js';
import { runBlock } from '../src/engine/run-block.js';

const n = Number(process.argv[2] ?? 400_000);
const reps = Number(process.argv[3] ?? 5);
const spec = { regimes: [regimes['mpp-2019']], cohort: cohorts['swb-fy2019'], seed: 1, horizonDays: 1095 };
runBlock({ ...spec, start: 0, end: 100_000 }); // warm-up (JIT)
const rates: number[] = [];
for (let r = 0; r < reps; r++) {
  const c0 = process.cpuUsage();
  runBlock({ ...spec, start: r * n, end: (r + 1) * n });
  const c = process.cpuUsage(c0);
  rates.push(Math.round(n / ((c.user + c.system) / 1e6)));
}
rates.sort((a, b) => b - a);
console.log(`people per CPU-second: best ${rates[0]!.toLocaleString('en-US')}, median ${rates[rates.length >> 1]!.toLocaleString('en-US')} (n = ${n}, ${reps} repeats)`);
