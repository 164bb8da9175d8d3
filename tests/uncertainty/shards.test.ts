import { beforeAll, describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { shardHash } from '../../src/engine/merge-shards.js';
import { mergeShards, runShard, type ShardFile } from '../../src/engine/shard.js';
import { compare, simulate } from '../../src/engine/simulate.js';

// A determined editor can recompute the hash; every check must hold even then.
const rehash = (s: ShardFile): ShardFile => ({ ...s, hash: shardHash(s) });
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const regimes = ['pep-2016', 'mpp-2019'];
const o = { n: 1201, seed: 7, workers: 1, uncertainty: { draws: 4 } };
const shards = (count: number, extra: object = {}) =>
  Promise.all(Array.from({ length: count }, (_, index) => runShard({ ...o, ...extra, mode: 'compare', regimes, index, count }))).then(copy);

const refused = (list: unknown[], message: RegExp) => {
  let err: unknown;
  try {
    mergeShards(list);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ImmsimError);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).not.toContain('\n');
};

let two: ShardFile[];
beforeAll(async () => {
  two = await shards(2);
});

describe('--uncertainty with --shard: draws run on each shard\'s people, merge adds them draw by draw', () => {
  it('gives the unsharded result byte for byte, whatever the split (1, 2 or 3 shards)', async () => {
    const single = JSON.stringify(await compare({ ...o, regimes }));
    expect(single).toContain('ci95Total');
    for (const count of [1, 2, 3]) expect(JSON.stringify(mergeShards(count === 2 ? two : await shards(count))), `${count} shards`).toBe(single);
    const run = await Promise.all([0, 1, 2].map((index) => runShard({ ...o, mode: 'run', regimes: ['mpp-2019'], index, count: 3 })));
    expect(JSON.stringify(mergeShards(copy(run)))).toBe(JSON.stringify(await simulate({ ...o, regime: 'mpp-2019' })));
  }, 60_000);

  it('refuses an edited draw, with or without its hash recomputed', () => {
    const s = copy(two[1]!);
    s.uncertainty!.draws[2]!.summaries[1]!.people[0]! += 1;
    refused([two[0], s], /shards\.1\.hash: does not match the content/);
    refused([two[0], rehash(s)], /shards\.1\.uncertainty\.draws\.2\.summaries\.1\.people: counts \d+ people; the shard's range \[600, 1201\) holds 601/);
  });

  it('refuses a shard missing a draw, and shards of different designs', async () => {
    const s = copy(two[0]!);
    s.uncertainty!.draws.pop();
    refused([rehash(s), two[1]], /shards\.0\.uncertainty\.draws: must hold one set of summaries per parameter draw \(4\); got 3/);
    const plain = await runShard({ ...o, uncertainty: undefined, mode: 'compare', regimes, index: 1, count: 2 });
    refused([two[0], plain], /shards\.1: has a different uncertainty design \(draws, seed, ranges\) from shard file 0/);
    const other = (await shards(2, { uncertainty: { draws: 4, seed: 8 } }))[1]!;
    refused([two[0], other], /different uncertainty design/);
    const bad = copy(two);
    for (const x of bad) x.uncertainty!.options.draws = 0;
    refused(bad.map(rehash), /shards\.0\.uncertainty\.options: draws: must be an integer from 1/);
  });

  it('refuses overlapping and missing shards as without uncertainty', async () => {
    refused([two[0], two[0]], /shard 0\/2 given twice/);
    refused([two[1]], /missing shard\(s\) 0\/2/);
    const three = await shards(3);
    refused([three[0], two[1]], /different shard count/);
  });
});
