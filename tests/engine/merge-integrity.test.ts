import { beforeAll, describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { shardHash } from '../../src/engine/merge-shards.js';
import { mergeShards, runShard, type ShardFile } from '../../src/engine/shard.js';

// A determined editor can recompute the hash; every check below must hold even then.
const rehash = (s: ShardFile): ShardFile => ({ ...s, hash: shardHash(s) });
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

let run: ShardFile[];
let cmp: ShardFile[];
beforeAll(async () => {
  run = await Promise.all([0, 1, 2].map((index) => runShard({ mode: 'run', regimes: ['mpp-2019'], n: 600, seed: 3, index, count: 3, workers: 1 })));
  cmp = await Promise.all([0, 1].map((index) => runShard({ mode: 'compare', regimes: ['kelly-2017', 'mpp-2019'], n: 400, seed: 3, index, count: 2, workers: 1 })));
});

const refused = (shards: unknown[], message: RegExp) => {
  let err: unknown;
  try {
    mergeShards(shards);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ImmsimError);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).not.toContain('\n');
};

describe('mergeShards refuses shards that would give a silently wrong result', () => {
  it('every shard carries a content hash of what it holds', () => {
    for (const s of run) expect(s.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(new Set(run.map((s) => s.hash)).size).toBe(3);
    expect(mergeShards(copy(run)).n).toBe(600);
  });

  it('an edited shard (hash not updated) is refused', () => {
    const s = copy(run[1]!);
    s.summaries[0]!.people[0]! += 1;
    refused([run[0], s, run[2]], /shards\.1\.hash: does not match the content/);
    const { hash: _h, ...noHash } = copy(run[1]!);
    refused([run[0], noHash, run[2]], /shards\.1\.hash: missing/);
  });

  it('a copy of a shard with its index changed is not counted twice (n 800 from a 600 run)', () => {
    const dup = rehash({ ...copy(run[2]!), shard: { ...run[2]!.shard, index: 1 } });
    refused([run[0], dup, run[2]], /range \[400, 600\) is not shard 1\/3 of n = 600/);
    refused([run[0], { ...copy(run[1]!), hash: 'sha256:0' }, run[2]], /hash/);
  });

  it('a shard with shard.count removed, or a count of 1e8, is refused before anything is allocated', () => {
    const { count: _c, ...noCount } = run[0]!.shard;
    refused([rehash({ ...copy(run[0]!), shard: noCount as ShardFile['shard'] })], /shards\.0\.shard\.count: must be an integer from 1 to 1000000/);
    refused([rehash({ ...copy(run[0]!), shard: { ...run[0]!.shard, count: 1e8 } })], /shard\.count: must be an integer from 1 to 1000000/);
    // The largest allowed count with one file: names a few missing shards, does not list a million.
    const big = rehash({ ...copy(run[0]!), n: 10_000_000, shard: { index: 0, count: 1_000_000, start: 0, end: 10 } });
    refused([big], /missing shard\(s\) 1\/1000000, 2\/1000000, .* and 999994 more \(1 of 1000000 given\)/);
  });

  it('indices outside [0, count) or not integers are refused', () => {
    for (const index of [-1, 3, 1.5, '1', null]) {
      refused([run[0], rehash({ ...copy(run[1]!), shard: { ...run[1]!.shard, index: index as number } }), run[2]], /shards\.1\.shard\.index: must be an integer from 0 to count − 1/);
    }
  });

  it('ranges must tile [0, n) exactly, and per-shard counts must equal end − start', () => {
    const shifted = rehash({ ...copy(run[1]!), shard: { ...run[1]!.shard, start: 201 } });
    refused([run[0], shifted, run[2]], /shards\.1\.shard: range \[201, 400\)/);
    const more = copy(run[1]!);
    more.summaries[0]!.people[0]! += 5;
    refused([run[0], rehash(more), run[2]], /shards\.1\.summaries\.0\.people: counts 205 people; the shard's range \[200, 400\) holds 200/);
    const metric = copy(run[1]!);
    (metric.summaries[0]!.encounters as { count: number }).count += 1;
    refused([run[0], rehash(metric), run[2]], /encounters|summaries\.0/);
    const n = run.map((s) => rehash({ ...copy(s), n: 900 }));
    refused(n, /range \[0, 200\) is not shard 0\/3 of n = 900/);
  });

  it('paired sizes must equal the range too', () => {
    const p = copy(cmp[1]!);
    p.paired[0]!.n += 10;
    refused([cmp[0], rehash(p)], /shards\.1\.paired\.0\.n: counts 210 pairs/);
    const none = rehash({ ...copy(cmp[1]!), paired: [] });
    refused([cmp[0], none], /shards\.1\.paired: must hold 1 paired summaries; got 0/);
  });

  it('the merged result carries the provenance of the regime and cohort', () => {
    const r = mergeShards(copy(run));
    expect('provenance' in r && r.provenance.regime).toMatch(/^sha256:/);
  });
});

describe('runShard checks its options', () => {
  it("mode 'bogus' is refused with an ImmsimError naming the field", async () => {
    await expect(runShard({ mode: 'bogus' as 'run', regimes: ['mpp-2019'], n: 10, seed: 1, index: 0, count: 1 })).rejects.toThrow(/mode: must be 'run' or 'compare'/);
    await expect(runShard({ mode: 'run', regimes: ['mpp-2019', 'kelly-2017'], n: 10, seed: 1, index: 0, count: 1 })).rejects.toThrow(ImmsimError);
  });
});
