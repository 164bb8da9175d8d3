import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureCli } from '../helpers/cli-capture.js';
import { contentHash } from '../../src/domain/content-hash.js';
import { ImmsimError } from '../../src/domain/errors.js';
import { sensitivity } from '../../src/uncertainty/sensitivity.js';
import { mergeSensitivityShards, sensitivityShard, type SensitivityShard } from '../../src/uncertainty/sensitivity-shard.js';

const cli = captureCli();
const o = { regimes: ['pep-2016', 'mpp-2019'], metric: 'in-absentia-order', n: 300, seed: 2, baseSamples: 4, resamples: 50, workers: 1, parameters: ['mppAppearance', 'removalExecuted', 'custody.family-unit'] };
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const rehash = (s: SensitivityShard): SensitivityShard => {
  const { hash: _h, ...rest } = s;
  return { ...s, hash: contentHash(rest) };
};
const shards = (count: number) => Promise.all(Array.from({ length: count }, (_, index) => sensitivityShard({ ...o, index, count }))).then(copy);

const refused = async (list: unknown[], message: RegExp) => {
  let err: unknown;
  try {
    await mergeSensitivityShards(list);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ImmsimError);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).not.toContain('\n');
};

let single: string;
let two: SensitivityShard[];
beforeAll(async () => {
  single = JSON.stringify(await sensitivity(o));
  two = await shards(2);
}, 60_000);

describe('sensitivity --shard: the runs of the plan tiled over shards', () => {
  it('merges into the one-machine analysis byte for byte, whatever the split', async () => {
    for (const count of [1, 2, 3, 5]) expect(JSON.stringify(await mergeSensitivityShards(count === 2 ? two : await shards(count))), `${count} shards`).toBe(single);
    expect(two[0]!.values.length + two[1]!.values.length).toBe(JSON.parse(single).runs);
  }, 60_000);

  it('refuses edited, overlapping, missing and foreign shards in one line', async () => {
    const edited = copy(two[1]!);
    edited.values[0]! += 0.01;
    await refused([two[0], edited], /shards\.1\.hash: does not match the content/);
    const short = copy(two[1]!);
    short.values.pop();
    await refused([two[0], rehash(short)], /shards\.1\.values: must hold \d+ finite numbers/);
    const moved = rehash({ ...copy(two[1]!), shard: { ...two[1]!.shard, start: two[1]!.shard.start - 1 } });
    await refused([two[0], moved], /shards\.1\.shard: runs \[\d+, \d+\) are not shard 1\/2/);
    await refused([two[0], two[0]], /shard 0\/2 given twice/);
    await refused([two[1]], /missing shard\(s\) 0\/2 \(1 of 2 given\)/);
    const other = copy((await sensitivityShard({ ...o, seed: 3, index: 1, count: 2 })));
    await refused([two[0], other], /shards\.1: has different inputs from shard file 0/);
    await refused([{ kind: 'immsim-shard' }], /shards\.0: is not a sensitivity shard/);
  }, 60_000);

  it('immsim sensitivity --shard i/N and immsim merge give the JSON of the unsharded command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'immsim-sens-'));
    const args = ['sensitivity', '--regimes', 'pep-2016,mpp-2019', '--metric', 'in-absentia-order', '--n', '200', '--base-samples', '3', '--parameters', 'mppAppearance,removalExecuted'];
    expect(await cli.run(...args, '--format', 'json')).toBe(0);
    const whole = cli.out;
    const files = [0, 1, 2].map((i) => join(dir, `s${i}.json`));
    for (const [i, f] of files.entries()) expect(await cli.run(...args, '--shard', `${i}/3`, '--out', f)).toBe(0);
    cli.out = '';
    expect(await cli.run('merge', ...files, '--format', 'json')).toBe(0);
    expect(cli.out).toBe(whole);
    const chart = join(dir, 'tornado.svg');
    expect(await cli.run('merge', ...files, '--chart', chart)).toBe(0);
    expect(readFileSync(chart, 'utf8')).toMatch(/^<svg[^>]*>[\s\S]*mppAppearance[\s\S]*<\/svg>\s*$/);
    expect(await cli.run(...args, '--shard', '0/3', '--chart', join(dir, 't.svg'))).toBe(2);
    expect(cli.err).toMatch(/--chart: cannot be combined with --shard/);
  }, 60_000);
});
