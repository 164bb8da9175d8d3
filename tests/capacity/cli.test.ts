// `immsim capacity`: the series with their sources, the court alone, and bad capacity input → exit 2, one line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../helpers/cli-capture.js';

const cli = captureCli('capacity');
const run = cli.run;
const dir = mkdtempSync(join(tmpdir(), 'immsim-capacity-'));
const file = (name: string, json: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(json));
  return p;
};

describe('immsim capacity', () => {
  it('lists every series with its source', async () => {
    expect(await run()).toBe(0);
    expect(cli.out).toMatch(/ice-beds\s+2015-10-01\s+34,000\s+beds\s+record ice_funded_beds_fy2016/);
    expect(cli.out).toMatch(/judges\s+2015-10-01\s+254/);
  });

  it('applies --capacity changes to the listing and the court', async () => {
    expect(await run('--capacity', 'judges=+100@2017-10', '--format', 'json')).toBe(0);
    const judges = (JSON.parse(cli.out) as { id: string; points: { from: string; value: number }[] }[]).find((r) => r.id === 'judges')!;
    expect(judges.points.find((p) => p.from === '2017-10-01')!.value).toBe(426);
    cli.out = '';
    expect(await run('--court', '--format', 'json', '--capacity-file', file('more.json', { changes: ['judges=+100@2017-10'] }))).toBe(0);
    const more = JSON.parse(cli.out) as { fiscalYears: Record<string, { pendingAtEnd: number }> };
    cli.out = '';
    await run('--court', '--format', 'json');
    const base = JSON.parse(cli.out) as typeof more;
    expect(more.fiscalYears.FY2019!.pendingAtEnd).toBeLessThan(base.fiscalYears.FY2019!.pendingAtEnd);
  });

  const bad: [string[] | (() => string[]), RegExp][] = [
    [['--capacity', 'judges=-x'], /--capacity: cannot read 'judges=-x'/],
    [['--capacity', 'beds=+1@2017-10'], /--capacity\.resource: unknown resource 'beds'; allowed: cbp-holding, ice-beds/],
    [['--capacity', 'judges=+100@2022-10'], /--capacity\.from: must be within the data range/],
    [() => ['--capacity-file', file('neg.json', { series: { 'orr-beds': [{ from: '2018-01-01', value: -1 }] } })], /--capacity-file\.series\.orr-beds\.0\.value: must be ≥ 0/],
    [() => ['--capacity-file', file('frac.json', { series: { 'orr-beds': [{ from: '2018-01-01', value: 2.5 }] } })], /--capacity-file\.series\.orr-beds\.0\.value: must be a whole number/],
    [() => ['--capacity-file', file('undated.json', { series: { 'orr-beds': [{ value: 2 }] } })], /--capacity-file\.series\.orr-beds\.0\.from: is missing/],
    [() => ['--capacity-file', file('range.json', { series: { 'orr-beds': [{ from: '2014-01-01', value: 2 }] } })], /--capacity-file\.series\.orr-beds\.0\.from: must be within the data range/],
    [['--capacity-file', join(dir, 'missing.json')], /--capacity-file: cannot read/],
  ];
  it.each(bad)('%s → exit 2, one line naming the field', async (args, re) => {
    expect(await run(...(typeof args === 'function' ? args() : args))).toBe(2);
    expect(cli.err).toMatch(re);
    expect(cli.err.trim().split('\n')).toHaveLength(1);
  });
});
