// `npm pack` gives a package that installs and runs as the README says (issue 9): the tarball is installed into an
// empty project, then `npx immsim --version`, `npx immsim run ...`, `import 'immsim'` (ESM), `require('immsim')`
// (CJS), `immsim/testing`, and a TypeScript project with `moduleResolution: node` importing every subpath.
// Needs the built dist/ (`npm test` builds first) and npm; dependencies come from npm's cache when it has them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; devDependencies: Record<string, string> };
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const hasNpm = npm.status === 0;
if (!hasNpm) console.warn('tests/pack.test.ts skipped: npm is not available on this machine (it is in CI)');

const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/cli.js'));
let dir = '';

/** Runs a command in the project that installed the tarball; fails with its output if it exits non-zero. */
function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe.skipIf(!hasNpm)('npm pack → npm install → run as the README says', () => {
  beforeAll(() => {
    expect(built, 'dist/ is missing: run `npm run build` first (`npm test` does)').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'immsim-pack-'));
    const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'immsim-pack-check', version: '1.0.0', private: true }));
    // The tarball plus the optional peer dependency of immsim/testing, at the version this repository tests with.
    sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(dir, tarball), `fast-check@${pkg.devDependencies['fast-check']}`]);
  }, 300_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('installs the package with its licence, changelog, docs and reference data', () => {
    const installed = join(dir, 'node_modules', pkg.name);
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version).toBe(pkg.version);
    for (const f of ['LICENSE', 'CHANGELOG.md', 'README.md', 'docs/cli.md', 'examples/property-test.test.ts', 'data/reference/calibration-inputs.json']) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
  });

  it('npx immsim --version and -v print the version; no arguments prints the help', () => {
    expect(sh('npx', ['--no-install', 'immsim', '--version']).trim()).toBe(pkg.version);
    expect(sh('npx', ['--no-install', 'immsim', '-v']).trim()).toBe(pkg.version);
    expect(sh('npx', ['--no-install', 'immsim'])).toMatch(/^Usage: immsim /);
  });

  it('npx immsim run simulates (json) and prints a table that fits 80 columns', () => {
    const r = JSON.parse(sh('npx', ['--no-install', 'immsim', 'run', '--regime', 'title42-2020', '--cohort', 'swb-fy2020', '--n', '2000', '--seed', '1', '--format', 'json']));
    expect(r.n).toBe(2000);
    expect(r.regime).toBe('title42-2020');
    expect(r.outcomes.expelled.share).toBeGreaterThan(0.5);
    const table = sh('npx', ['--no-install', 'immsim', 'run', '--regime', '2019-03-01', '--n', '1000']);
    expect(table).toMatch(/regime regime-2019-03-01/);
    expect(Math.max(...table.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it("import 'immsim' (ESM) and require('immsim') (CJS) give the same results; 'immsim/testing' and the other subpaths load", () => {
    writeFileSync(
      join(dir, 'esm.mjs'),
      [
        "import { simulate, MODEL_VERSION } from 'immsim';",
        "import { profile, assertPath } from 'immsim/testing';",
        "import { outcomeBarsSvg } from 'immsim/charts';",
        "import { loadRegimeFile } from 'immsim/node';",
        "const r = await simulate({ regime: 'mpp-2019', n: 500, seed: 3 });",
        'console.log(JSON.stringify({ version: MODEL_VERSION, expelled: r.outcomes.expelled.count, removed: r.outcomes["removal-order"].count, kit: [typeof profile, typeof assertPath, typeof outcomeBarsSvg, typeof loadRegimeFile] }));',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'cjs.cjs'),
      [
        "const { simulate, MODEL_VERSION } = require('immsim');",
        "const { profile, assertPath } = require('immsim/testing');",
        "const { outcomeBarsSvg } = require('immsim/charts');",
        "const { loadRegimeFile } = require('immsim/node');",
        "simulate({ regime: 'mpp-2019', n: 500, seed: 3 }).then((r) =>",
        '  console.log(JSON.stringify({ version: MODEL_VERSION, expelled: r.outcomes.expelled.count, removed: r.outcomes["removal-order"].count, kit: [typeof profile, typeof assertPath, typeof outcomeBarsSvg, typeof loadRegimeFile] })));',
      ].join('\n'),
    );
    const esm = JSON.parse(sh(process.execPath, ['esm.mjs']));
    const cjs = JSON.parse(sh(process.execPath, ['cjs.cjs']));
    expect(esm.version).toBe(pkg.version);
    expect(esm.kit).toEqual(['function', 'function', 'function', 'function']);
    expect(esm.removed).toBeGreaterThan(0);
    expect(cjs).toEqual(esm);
  });

  it('TypeScript with moduleResolution "node" finds immsim, immsim/testing, immsim/charts and immsim/node', () => {
    mkdirSync(join(dir, 'ts'), { recursive: true });
    writeFileSync(
      join(dir, 'ts', 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'commonjs', moduleResolution: 'node', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['check.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'ts', 'check.ts'),
      [
        "import { regimes, type SimulationResult } from 'immsim';",
        "import { profile } from 'immsim/testing';",
        "import { outcomeBarsSvg } from 'immsim/charts';",
        "import { loadRegimeFile } from 'immsim/node';",
        "const id: string = regimes['mpp-2019'].id;",
        'const svg: (results: SimulationResult[]) => string = (rs) => outcomeBarsSvg(rs);',
        'export const used = [id, svg, profile, loadRegimeFile];',
        // A wrong type must be an error, so the check cannot pass by resolving everything to `any`.
        "// @ts-expect-error: a regime id is a string",
        "export const wrong: number = regimes['mpp-2019'].id;",
      ].join('\n'),
    );
    const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', join(dir, 'ts', 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });
});
