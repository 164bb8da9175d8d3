import { describe, expect, it } from 'vitest';
import { mergeHistory, simulateHistory, simulateHistoryShard } from '../../src/history/simulate-history.js';

// Replications are independent replays keyed by index: the worker count and sharding cannot change a result.
// Capacity off, so replications really go to worker threads (with capacity they run in-process).
const base = { from: '2020-01', to: '2020-03', scale: 0.001, seed: 9, replications: 8, capacity: false } as const;

describe('history determinism across workers and shards', () => {
  it('gives identical results on 1, 2 and 8 workers, and for 3 shards merged (in any order)', async () => {
    const one = JSON.stringify(await simulateHistory({ ...base, workers: 1 }));
    expect(JSON.stringify(await simulateHistory({ ...base, workers: 2 }))).toBe(one);
    expect(JSON.stringify(await simulateHistory({ ...base, workers: 8 }))).toBe(one);
    const shards = await Promise.all([2, 0, 1].map((index) => simulateHistoryShard({ ...base, workers: 1, shard: { index, count: 3 } })));
    expect(JSON.stringify(mergeHistory(JSON.parse(JSON.stringify(shards))))).toBe(one);
    // Not trivially equal: the replications differ from one another.
    const r = JSON.parse(one) as { series: { encounters: { ci95: [number, number][] } } };
    expect(r.series.encounters.ci95.some(([lo, hi]) => hi > lo)).toBe(true);
  }, 180_000);
});
