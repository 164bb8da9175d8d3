import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../helpers/cli-capture.js';

const cli = captureCli();
const run = cli.run;
const dir = mkdtempSync(join(tmpdir(), 'immsim-cli-'));

describe('immsim CLI: bad input exits 2 with one line naming the field and the allowed values', () => {
  const cases: [string[], RegExp][] = [
    [['run', '--regime', 'nope', '--n', '10'], /--regime: unknown regime 'nope'; allowed: pep-2016, kelly-2017/],
    [['run', '--cohort', 'fy19', '--n', '10'], /--cohort: unknown cohort 'fy19'; allowed: swb-fy2016/],
    [['run', '--n', '0'], /--n: must be an integer from 1/],
    [['run', '--n', '-5'], /--n: must be an integer from 1/],
    [['run', '--n', '2.5'], /--n: must be an integer from 1/],
    [['run', '--n', 'many'], /--n: must be an integer from 1/],
    [['run', '--seed', 'x', '--n', '10'], /--seed: must be an integer from 0/],
    [['run', '--n', '10', '--shard', '3/3'], /shard: must be i\/N with 0 ≤ i < N/],
    [['run', '--n', '10', '--shard', 'half'], /shard: must be i\/N/],
    [['run', '--n', '10', '--format', 'xml'], /argument 'xml' is invalid. Allowed choices are table, json, csv/],
    [['run', '--regime', join(dir, 'missing.json'), '--n', '10'], /--regime\.file: .*missing\.json|cannot read/],
    [['run', '--bogus'], /unknown option '--bogus'/],
    [['fly'], /unknown command 'fly'/],
    [['compare', '--regimes', 'mpp-2019', '--n', '10'], /regimes: must list at least two regimes/],
    [['merge', join(dir, 'none.json')], /files\[0\]: cannot read/],
    [['explain', '--citizenship', 'Mexico'], /profile\.citizenship: must be an ISO 3166 alpha-2 code/],
    [['explain', '--demographic', 'adult'], /profile\.demographic: must be one of 'single-adult', 'family-unit', 'uac'/],
    [["regimes", "nope"], /id: unknown regime .nope.; allowed/],
    [['chart', '--n', '10'], /--out: give the folder/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      expect(await run(...args)).toBe(2);
      expect(cli.err).toMatch(message);
      expect(cli.err.trim().split('\n')).toHaveLength(1);
      expect(cli.err).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('an invalid regime file names the field inside the file', async () => {
    const f = join(dir, 'bad-regime.json');
    writeFileSync(f, JSON.stringify({ base: 'mpp-2019', params: { cfPositive: 1.4 } }));
    expect(await run('run', '--regime', f, '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/cfPositive/);
    writeFileSync(f, '{ not json');
    expect(await run('run', '--regime', f, '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/JSON/);
  });
});

describe('immsim CLI: commands', () => {
  it('run --format json prints exactly the result object', async () => {
    expect(await run('run', '--regime', 'title42-2020', '--n', '2000', '--seed', '4', '--workers', '1', '--format', 'json')).toBe(0);
    const r = JSON.parse(cli.out);
    expect(Object.keys(r)).toEqual(['model', 'regime', 'cohort', 'n', 'seed', 'horizonDays', 'provenance', 'outcomes', 'groups', 'cases', 'metrics']);
    expect(r.n).toBe(2000);
  });

  it('run with shards, then merge, equals one run', async () => {
    await run('run', '--n', '3000', '--seed', '8', '--workers', '1', '--format', 'json');
    const whole = cli.out;
    const files = [0, 1, 2].map((i) => join(dir, `part-${i}.json`));
    for (const [i, f] of files.entries()) expect(await run('run', '--n', '3000', '--seed', '8', '--workers', '1', '--shard', `${i}/3`, '--out', f)).toBe(0);
    cli.out = '';
    expect(await run('merge', ...files, '--format', 'json')).toBe(0);
    expect(JSON.parse(cli.out)).toEqual(JSON.parse(whole));
  });

  it('compare prints a table with every regime; csv and json work', async () => {
    expect(await run('compare', '--regimes', 'kelly-2017,title42-2020', '--n', '2000', '--workers', '1')).toBe(0);
    expect(cli.out).toMatch(/kelly-2017/);
    expect(cli.out).toMatch(/title42-2020/);
    cli.out = '';
    expect(await run('compare', '--regimes', 'kelly-2017,title42-2020', '--n', '500', '--workers', '1', '--format', 'csv')).toBe(0);
    expect(cli.out.split('\n')[0]).toMatch(/^regime,cohort,n,seed/);
  });

  it('run --records streams one line per person', async () => {
    const f = join(dir, 'people.csv');
    expect(await run('run', '--n', '500', '--records', f, '--format', 'json')).toBe(0);
    const lines = readFileSync(f, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(501);
    expect(lines[0]).toMatch(/^index,citizenship,demographic/);
  });

  it('run --profile simulates people like this', async () => {
    expect(await run('run', '--regime', 'title42-2020', '--profile', '{"citizenship":"MX","demographic":"single-adult","entry":"between-ports"}', '--n', '1000', '--workers', '1', '--format', 'json')).toBe(0);
    const r = JSON.parse(cli.out);
    expect(r.cohort).toBe('profile');
    expect(r.groups.citizenship.mexico.n).toBe(1000);
    cli.out = '';
    cli.err = '';
    expect(await run('run', '--profile', '{"citizenship":"MX"}', '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/profile\.demographic: must be one of/);
  });

  it('explain, regimes, cohorts, diagram', async () => {
    expect(await run('explain', '--regime', 'mpp-2019', '--citizenship', 'HN', '--demographic', 'family-unit', '--fear', '--seed', '2')).toBe(0);
    expect(cli.out).toMatch(/family-unit from HN/);
    cli.out = '';
    expect(await run('regimes')).toBe(0);
    for (const id of ['pep-2016', 'kelly-2017', 'zero-tolerance-2018', 'mpp-2019', 'title42-2020', 'biden-2021']) expect(cli.out).toContain(id);
    cli.out = '';
    expect(await run('cohorts')).toBe(0);
    expect(cli.out).toContain('swb-fy2021');
    cli.out = '';
    expect(await run('diagram')).toBe(0);
    expect(cli.out).toMatch(/^stateDiagram-v2/);
  });
});
