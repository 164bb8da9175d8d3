// History mode with uncertainty over shards: each shard runs its replications under the nominal parameters and every
// draw; merging gives the unsharded result to the byte, whatever the split, and refuses shards that do not belong together.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeHistory, simulateHistory, simulateHistoryShard, type HistoryShard } from '../../src/history/simulate-history.js';
import { captureCli } from '../helpers/cli-capture.js';

const cli = captureCli();
const base = { from: '2019-01', to: '2019-03', scale: 0.002, seed: 5, replications: 3, capacity: false, uncertainty: { draws: 3 } } as const;
const shardsOf = (count: number) => Promise.all(Array.from({ length: count }, (_, index) => simulateHistoryShard({ ...base, shard: { index, count } })));
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('history mode: uncertainty over shards', () => {
  it('merged shards equal the unsharded run to the byte, for 1, 2 and 3 shards', async () => {
    const whole = JSON.stringify(await simulateHistory(base));
    expect(whole).toContain('ci95Total');
    for (const count of [1, 2, 3]) expect(JSON.stringify(mergeHistory(await shardsOf(count))), `${count} shards`).toBe(whole);
  });

  it('refuses a mix of shards with and without draws, different designs and a draw missing a replication', async () => {
    const [a, b] = await shardsOf(2);
    const plain = await simulateHistoryShard({ ...base, uncertainty: undefined, shard: { index: 1, count: 2 } });
    expect(() => mergeHistory([a!, plain])).toThrow(/^shards\.1\.uncertainty: some shards carry parameter draws and this one does not/);
    expect(() => mergeHistory([plain, a!])).toThrow(/shards\.0\.uncertainty: some shards carry parameter draws/);
    const other = await simulateHistoryShard({ ...base, uncertainty: { draws: 3, seed: 99 }, shard: { index: 1, count: 2 } });
    expect(() => mergeHistory([a!, other])).toThrow(/shards\.1\.uncertainty: shards were drawn with different designs/);
    const short: HistoryShard = copy(b!);
    short.uncertainty!.draws.pop();
    expect(() => mergeHistory([a!, short])).toThrow(/shards\.1\.uncertainty: expected 3 draws, got 2/);
    const hole: HistoryShard = copy(b!);
    hole.uncertainty!.draws[1] = [];
    expect(() => mergeHistory([a!, hole])).toThrow(/shards\.1\.uncertainty: draw 1 does not hold the shard's replications 1/);
  });

  it('works from the CLI: history --uncertainty K --shard i/N, then merge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'immsim-hist-unc-'));
    const args = ['history', '--from', '2019-01', '--to', '2019-02', '--scale', '0.002', '--replications', '2', '--no-capacity', '--uncertainty', '2', '--workers', '1'];
    expect(await cli.run(...args, '--format', 'json')).toBe(0);
    const whole = JSON.parse(cli.out);
    const files = [0, 1].map((i) => join(dir, `h${i}.json`));
    for (const [i, f] of files.entries()) expect(await cli.run(...args, '--shard', `${i}/2`, '--out', f), cli.err).toBe(0);
    cli.out = '';
    expect(await cli.run('merge', ...files, '--format', 'json'), cli.err).toBe(0);
    expect(JSON.parse(cli.out)).toEqual(whole);
  });
});
