import { describe, expect, it } from 'vitest';
import { compare, simulate } from '../../src/engine/simulate.js';
import { mergeShards, runShard, shardRange, parseShard } from '../../src/engine/shard.js';
import { runBlock } from '../../src/engine/run-block.js';
import { regimes } from '../../src/policy/snapshots.js';
import { cohorts } from '../../src/cohorts/index.js';
import { ImmsimError } from '../../src/domain/errors.js';

describe('reproducibility', () => {
  it('same seed, same JSON; another seed, another result', async () => {
    const a = await simulate({ regime: 'mpp-2019', n: 3000, seed: 42, workers: 1 });
    const b = await simulate({ regime: 'mpp-2019', n: 3000, seed: 42, workers: 1 });
    const c = await simulate({ regime: 'mpp-2019', n: 3000, seed: 43, workers: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.outcomes)).not.toBe(JSON.stringify(c.outcomes));
  });

  it('results do not depend on the worker count (1, 2, 8)', async () => {
    const one = await simulate({ regime: 'biden-2021', cohort: 'swb-fy2021', n: 60_000, seed: 9, workers: 1 });
    for (const workers of [2, 8]) {
      const many = await simulate({ regime: 'biden-2021', cohort: 'swb-fy2021', n: 60_000, seed: 9, workers });
      expect(many).toEqual(one);
    }
  });

  it('any split of the index range merges to the same summary', () => {
    const spec = { regimes: [regimes['title42-2020']], cohort: cohorts['swb-fy2020'], seed: 4, horizonDays: 1095 };
    const whole = runBlock({ ...spec, start: 0, end: 5000 }).summaries[0]!.toJSON();
    const parts = [0, 1234, 1235, 4000, 5000];
    const merged = parts.slice(1).map((end, i) => runBlock({ ...spec, start: parts[i]!, end }).summaries[0]!);
    const acc = merged.reduce((x, y) => x.merge(y));
    expect(acc.toJSON()).toEqual(whole);
  });

  it('shards + merge = one run (run and compare)', async () => {
    const one = await simulate({ regime: 'mpp-2019', n: 7001, seed: 5, workers: 1 });
    const parts = await Promise.all([0, 1, 2].map((index) => runShard({ mode: 'run', regimes: ['mpp-2019'], n: 7001, seed: 5, index, count: 3, workers: 1 })));
    expect(mergeShards(JSON.parse(JSON.stringify(parts.reverse())))).toEqual(one);

    const cmp = await compare({ regimes: ['kelly-2017', 'mpp-2019'], n: 3000, seed: 6, workers: 1 });
    const cparts = await Promise.all([0, 1].map((index) => runShard({ mode: 'compare', regimes: ['kelly-2017', 'mpp-2019'], n: 3000, seed: 6, index, count: 2, workers: 1 })));
    expect(mergeShards(cparts)).toEqual(cmp);
  });

  it('merge refuses mismatched, duplicate or missing shards, naming what differs', async () => {
    const a = await runShard({ mode: 'run', regimes: ['mpp-2019'], n: 100, seed: 5, index: 0, count: 2, workers: 1 });
    const b = await runShard({ mode: 'run', regimes: ['mpp-2019'], n: 100, seed: 6, index: 1, count: 2, workers: 1 });
    const c = await runShard({ mode: 'run', regimes: ['kelly-2017'], n: 100, seed: 5, index: 1, count: 2, workers: 1 });
    expect(() => mergeShards([a, b])).toThrow(/shards\.1: has a different seed/);
    expect(() => mergeShards([a, c])).toThrow(/different regimes/);
    expect(() => mergeShards([a, a])).toThrow(/given twice/);
    expect(() => mergeShards([a])).toThrow(/missing shard\(s\) 1\/2/);
    expect(() => mergeShards([{ kind: 'x' }])).toThrow(ImmsimError);
    expect(() => mergeShards([{ ...a, model: { version: '0.0.0' } }, b])).toThrow(/model version/);
  });

  it('shard ranges partition [0, n); shard specs are validated', () => {
    for (const [n, count] of [[10, 3], [7, 7], [5, 8], [1_000_003, 16]] as const) {
      let next = 0;
      for (let i = 0; i < count; i++) {
        const [s, e] = shardRange(n, i, count);
        expect(s).toBe(next);
        next = e;
      }
      expect(next).toBe(n);
    }
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['4/4', '1', 'a/b', '-1/3', '1/0']) expect(() => parseShard(bad)).toThrow(/shard: must be i\/N/);
  });
});
