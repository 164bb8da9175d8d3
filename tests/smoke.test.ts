// The built package, as users get it: ESM import, CJS require, subpaths and the bin. `npm test` builds first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
const has = existsSync(new URL('index.js', dist));

describe('built dist/ smoke test (npm test builds first)', () => {
  it('dist/ exists', () => expect(has, 'run npm run build first').toBe(true));
  it('import (ESM) runs a simulation on 2 workers and matches 1 worker', async () => {
    const lib = await import(new URL('index.js', dist).href);
    expect(Object.keys(lib.regimes)).toEqual(['pep-2016', 'kelly-2017', 'zero-tolerance-2018', 'mpp-2019', 'title42-2020', 'biden-2021']);
    const a = await lib.simulate({ regime: 'title42-2020', n: 30_000, seed: 1, workers: 2 });
    const b = await lib.simulate({ regime: 'title42-2020', n: 30_000, seed: 1, workers: 1 });
    expect(a).toEqual(b);
    expect(a.outcomes.expelled.share).toBeGreaterThan(0.5);
  });

  it('require (CJS) gives the same API and results', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require(new URL('index.cjs', dist).pathname);
    const esm = await import(new URL('index.js', dist).href);
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    const r = await cjs.simulate({ regime: 'mpp-2019', n: 2000, seed: 3, workers: 1 });
    expect(r).toEqual(await esm.simulate({ regime: 'mpp-2019', n: 2000, seed: 3, workers: 1 }));
    expect(typeof require(new URL('testing.cjs', dist).pathname).profile).toBe('function');
    expect(typeof require(new URL('charts.cjs', dist).pathname).outcomeBarsSvg).toBe('function');
  });

  it('subpaths import: immsim/testing, immsim/charts, immsim/node', async () => {
    const testing = await import(new URL('testing.js', dist).href);
    expect(Array.isArray(testing.invariants)).toBe(true);
    const charts = await import(new URL('charts.js', dist).href);
    expect(typeof charts.sankeySvg).toBe('function');
    const node = await import(new URL('node.js', dist).href);
    expect(typeof node.loadRegimeFile).toBe('function');
  });

  it('the immsim bin runs, and exits 2 with one line on bad input', () => {
    const bin = new URL('cli.js', dist).pathname;
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = spawnSync(process.execPath, [bin, 'run', '--n', '0'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("immsim: --n: must be an integer from 1 to 10000000000; got '0'");
    const ok = spawnSync(process.execPath, [bin, 'run', '--n', '1000', '--format', 'json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).n).toBe(1000);
  });
});
