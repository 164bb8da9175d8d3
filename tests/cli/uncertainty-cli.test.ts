import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../helpers/cli-capture.js';
import { rangeArgs } from '../../src/cli/sensitivity-command.js';

const cli = captureCli();
const run = cli.run;
const dir = mkdtempSync(join(tmpdir(), 'immsim-uncert-'));

describe('immsim --uncertainty and sensitivity', () => {
  it('compare --uncertainty prints two intervals per figure and p for differences', async () => {
    expect(await run('compare', '--regimes', 'pep-2016,mpp-2019', '--n', '1500', '--uncertainty', '4')).toBe(0);
    expect(cli.out).toMatch(/in absentia +\d+\.\d% \[[\d.]+–[\d.]+\] \{[\d.]+–[\d.]+\}/);
    expect(cli.out).toMatch(/pp \[[^\]]+\] \{[^}]+\} p=\d\.\d\d/);
    expect(cli.out).toMatch(/\{\.\.\} are total 95% intervals: 4 parameter draws/);
  });

  it('run --uncertainty --format json has ci95Total on every share', async () => {
    expect(await run('run', '--regime', 'mpp-2019', '--n', '1000', '--uncertainty', '3', '--range', 'cfPositive=0.6:0.8', '--format', 'json')).toBe(0);
    const r = JSON.parse(cli.out);
    expect(r.outcomes['relief-granted'].ci95Total).toHaveLength(2);
    expect(r.uncertainty.ranges).toEqual({ cfPositive: [0.6, 0.8] });
  });

  it('compare --uncertainty --shard writes shards that merge into the unsharded result', async () => {
    const args = ['compare', '--regimes', 'pep-2016,mpp-2019', '--n', '900', '--uncertainty', '3', '--range', 'cfPositive=0.6:0.8'];
    expect(await run(...args, '--format', 'json')).toBe(0);
    const single = cli.out;
    const files = [0, 1].map((i) => join(dir, `u-shard-${i}.json`));
    for (const [i, f] of files.entries()) expect(await run(...args, '--shard', `${i}/2`, '--out', f)).toBe(0);
    cli.out = '';
    expect(await run('merge', ...files, '--format', 'json')).toBe(0);
    expect(cli.out).toBe(single);
    expect(JSON.parse(cli.out).differences['mpp-2019'].outcomes['in-absentia-order'].pSameSign).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(readFileSync(files[0]!, 'utf8')).uncertainty.draws).toHaveLength(3);
  });

  it.each([
    [['compare', '--regimes', 'pep-2016,mpp-2019', '--n', '10', '--uncertainty', '0'], /--uncertainty: must be an integer from 1/],
    [['compare', '--regimes', 'pep-2016,mpp-2019', '--n', '10', '--uncertainty', '3', '--range', 'cfPositive=0.5:1.5'], /--range\.cfPositive: range high end must be a share between 0 and 1; got 1.5/],
    [['compare', '--regimes', 'pep-2016,mpp-2019', '--n', '10', '--uncertainty', '3', '--range', 'cfDays=-2:5'], /--range\.cfDays: range low end must be a number of days greater than 0; got -2/],
    [['compare', '--regimes', 'pep-2016,mpp-2019', '--n', '10', '--range', 'cfDays=1:5'], /--range: needs --uncertainty/],
    [['compare', '--regimes', 'pep-2016,mpp-2019', '--n', '10', '--uncertainty', '3', '--range', 'cfDays'], /--range: must be path=low:high/],
    [['sensitivity', '--regimes', 'pep-2016,mpp-2019', '--metric', 'happiness'], /metric: unknown metric 'happiness'; allowed: expelled/],
    [['sensitivity', '--regimes', 'pep-2016,kelly-2017,mpp-2019', '--metric', 'expelled'], /regimes: give one regime/],
    [['sensitivity', '--regimes', 'pep-2016', '--metric', 'expelled', '--parameters', 'nope'], /parameters: 'nope' matches no parameter/],
  ])('%j exits 2 with one line naming the field', async (args, message) => {
    expect(await run(...args)).toBe(2);
    expect(cli.err).toMatch(message);
    expect(cli.err.trim().split('\n')).toHaveLength(1);
  });

  it('sensitivity prints a table, JSON sorted by total index, and a tornado chart', async () => {
    const chart = join(dir, 'tornado.svg');
    const args = ['sensitivity', '--regimes', 'pep-2016,mpp-2019', '--metric', 'in-absentia-order', '--n', '300', '--base-samples', '4', '--parameters', 'custody.family-unit,mppAppearance,removalExecuted'];
    expect(await run(...args, '--format', 'json', '--chart', chart)).toBe(0);
    const s = JSON.parse(cli.out);
    expect(Object.keys(s).slice(0, 2)).toEqual(['metric', 'regimes']);
    expect(s.metric).toBe('in-absentia-order');
    expect(s.regimes).toEqual(['pep-2016', 'mpp-2019']);
    expect(s.parameters.map((p: { id: string }) => p.id).sort()).toEqual(
      ['custody.family-unit.detain', 'custody.family-unit.familyDetain', 'custody.family-unit.parole', 'custody.family-unit.release', 'custody.family-unit.returnToMexico', 'mppAppearance', 'removalExecuted'].sort(),
    );
    for (const p of s.parameters) expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'low', 'high', 'firstOrder', 'total']));
    const totals = s.parameters.map((p: { total: { estimate: number } }) => p.total.estimate);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // custody.family-unit.detain is 0 in both regimes: zero range, zero indices, no runs.
    const fixed = s.parameters.find((p: { id: string }) => p.id === 'custody.family-unit.detain');
    expect(fixed.total).toEqual({ estimate: 0, ci95: [0, 0] });
    // Six parameters move (detain is fixed): 1 nominal + 2 × 6 one at a time + N(6 + 2) Saltelli.
    expect(s.runs).toBe(1 + 2 * 6 + 4 * (6 + 2));
    expect(readFileSync(chart, 'utf8')).toMatch(/^<svg[^>]*data-chart="tornado"/);
    cli.out = '';
    expect(await run(...args)).toBe(0);
    expect(cli.out).toMatch(/What decides in-absentia-order, mpp-2019 minus pep-2016 \(paired\)/);
    expect(cli.out).toMatch(/7 parameters, 45 runs/);
  });

  it('parses ranges: absolute, factors, patterns', () => {
    expect(rangeArgs(['cfPositive=0.6:0.8', 'custody=*0.9:1.1', '*=*1:1'])).toEqual({ cfPositive: [0.6, 0.8], custody: { relative: [0.9, 1.1] }, '*': { relative: [1, 1] } });
    expect(rangeArgs(undefined)).toBeUndefined();
  });
});
