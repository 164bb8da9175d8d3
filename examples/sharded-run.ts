// A run split into shards and merged: what you would do across the nodes of a cluster (see docs/scaling.md).
//
//   npx tsx examples/sharded-run.ts
//
// The imports are the package's: they run as they are in your own project (`npm install immsim`); in this
// repository tsx resolves them to the sources (tsconfig.json "paths").
// On the command line each shard is `immsim run --shard i/N --out part-i.json`, then `immsim merge part-*.json`.
import { mergeShards, runShard, simulate, type ShardFile, type SimulationResult } from 'immsim';

const n = Number(process.env.IMMSIM_EXAMPLE_N ?? 20_000);
const run = { regimes: ['mpp-2019'], mode: 'run' as const, cohort: 'swb-fy2019', n, seed: 99 };

// Three shards (0-based: 0/3, 1/3, 2/3). Each could run on a different machine at a different time; person i's
// profile and random draws depend only on (seed, i), so the split does not change anyone's path.
const parts: ShardFile[] = [];
for (let index = 0; index < 3; index++) {
  const part = await runShard({ ...run, index, count: 3 });
  // A shard is plain JSON: write it to a file, copy it around, read it back.
  parts.push(JSON.parse(JSON.stringify(part)) as ShardFile);
  const { start, end } = part.shard;
  console.log(`shard ${index}/3: people ${start.toLocaleString('en-US')}–${(end - 1).toLocaleString('en-US')} (${JSON.stringify(part).length.toLocaleString('en-US')} bytes of JSON)`);
}

// Merging is exact (integer counts, exact sums, mergeable sketches) and order does not matter.
const merged = mergeShards([parts[2], parts[0], parts[1]]) as SimulationResult;
const single = await simulate({ regime: 'mpp-2019', cohort: 'swb-fy2019', n, seed: 99 });
const same = JSON.stringify(merged) === JSON.stringify(single);
console.log(`\nmerged n = ${merged.n.toLocaleString('en-US')}; relief granted ${(merged.outcomes['relief-granted'].share * 100).toFixed(2)}%, in absentia ${(merged.outcomes['in-absentia-order'].share * 100).toFixed(2)}%`);
console.log(`merged result identical to one run of ${n.toLocaleString('en-US')}: ${same}`);

// Shards from different runs are refused, naming what differs.
try {
  const other = await runShard({ ...run, seed: 100, index: 1, count: 3 });
  mergeShards([parts[0], other, parts[2]]);
} catch (e) {
  console.log(`mixing a shard of another run: ${(e as Error).message}`);
}
if (!same) process.exit(1);
