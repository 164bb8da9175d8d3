// CLI habits a stranger expects (issue 9): help with no arguments, -v/--version, `-` for stdin, tables that fit
// the terminal, a date wherever a regime id goes, a readable `regimes <id>`, and `chart` saying --out is required.
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../helpers/cli-capture.js';
import { cohorts } from '../../src/cohorts/index.js';
import { terminalWidth } from '../../src/cli/terminal.js';
import { regimes } from '../../src/policy/snapshots.js';
import { MODEL_VERSION } from '../../src/version.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const cli = captureCli();
const run = cli.run;

/** The CLI as a separate process (stdin piped, stdout not a terminal), from source through tsx. */
function spawnCli(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, maxBuffer: 1 << 26 }, (e, stdout, stderr) =>
      done({ code: e ? Number(e.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('help and version', () => {
  it('no arguments prints the help (commands listed) and exits 0', async () => {
    expect(await run()).toBe(0);
    expect(cli.out).toMatch(/^Usage: immsim /);
    for (const c of ['run', 'compare', 'chart', 'explain', 'regimes', 'cohorts', 'merge', 'diagram']) expect(cli.out).toMatch(new RegExp(`\\n  ${c}\\b`));
  });

  it.each(['-v', '--version'])('%s prints the version', async (flag) => {
    expect(await run(flag)).toBe(0);
    expect(cli.out.trim()).toBe(MODEL_VERSION);
  });

  it('chart --help says that --out is required', async () => {
    expect(await run('chart', '--help')).toBe(0);
    expect(cli.out).toMatch(/--out \(required\)/);
    expect(cli.out).toMatch(/--out <file>[\s\S]*chart:\s+the\s+folder\s+to\s+write\s+into,\s+required/);
  });
});

describe('--regime YYYY-MM-DD means the rules of that date', () => {
  it('run, explain and compare accept a date', async () => {
    expect(await run('run', '--regime', '2019-03-01', '--n', '200', '--format', 'json')).toBe(0);
    expect(JSON.parse(cli.out).regime).toBe('regime-2019-03-01');
    cli.out = '';
    expect(await run('explain', '--regime', '2020-07-01', '--citizenship', 'MX', '--seed', '3')).toBe(0);
    expect(cli.out).toMatch(/regime regime-2020-07-01/);
    cli.out = '';
    expect(await run('compare', '--regimes', 'pep-2016,2021-03-01', '--n', '200', '--format', 'json')).toBe(0);
    expect(JSON.parse(cli.out).results.map((r: { regime: string }) => r.regime)).toEqual(['pep-2016', 'regime-2021-03-01']);
  });

  it('a date outside the model or not a day is a user error naming the field', async () => {
    expect(await run('run', '--regime', '2019-02-30', '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/^immsim: --regime\.date: /);
    cli.err = '';
    expect(await run('run', '--regime', '2030-01-01', '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/--regime\.date: .*2021-12-31/);
  });
});

describe('regimes <id> is a readable table', () => {
  it('lists every measure in force with its dates and authority, and the key parameters with their sources', async () => {
    expect(await run('regimes', 'mpp-2019')).toBe(0);
    const r = regimes['mpp-2019'];
    expect(cli.out).toMatch(/^mpp-2019 — Remain in Mexico/);
    expect(cli.out).toMatch(/measure in force +in force +name and authority/);
    for (const id of r.measures) expect(cli.out).toMatch(new RegExp(`\\n${id} `));
    expect(cli.out).toMatch(/\ncfPositive +76\.2% +data\/reference\/calibration-inputs\.json:\s+cf_positive_rate_2019h1/);
    expect(cli.out).toMatch(/data\/reference\/procedure-and-regimes\.md §\d/);
    expect(cli.out).toMatch(/assumption: /);
    expect(cli.out).not.toMatch(/"value":/); // not a JSON dump
  });

  it('takes a date too, and still prints JSON with --format json', async () => {
    expect(await run('regimes', '2019-03-01')).toBe(0);
    expect(cli.out).toMatch(/^regime-2019-03-01 — Rules in force on 2019-03-01/);
    cli.out = '';
    expect(await run('regimes', 'title42-2020', '--format', 'json')).toBe(0);
    expect(JSON.parse(cli.out).params.cfPositive.value).toBe(regimes['title42-2020'].params.cfPositive.value);
  });
});

describe('tables fit the terminal', () => {
  it('the width is the terminal width, or 80 when stdout is not a terminal', () => {
    expect(terminalWidth({ isTTY: true, columns: 132 })).toBe(132);
    expect(terminalWidth({ isTTY: false, columns: 132 })).toBe(80);
    expect(terminalWidth({})).toBe(80);
  });

  it('piped compare, regimes and cohorts tables are at most 80 columns wide, with every figure still there', async () => {
    const cmp = await spawnCli(['compare', '--n', '300', '--seed', '4']);
    expect(cmp.code).toBe(0);
    expect(widest(cmp.stdout)).toBeLessThanOrEqual(80);
    for (const id of ['pep-2016', 'kelly-2017', 'zero-tolerance-2018', 'mpp-2019', 'title42-2020', 'biden-2021']) expect(cmp.stdout).toContain(id);
    const json = await spawnCli(['compare', '--n', '300', '--seed', '4', '--format', 'json']);
    const t42 = JSON.parse(json.stdout).results[4].outcomes.expelled;
    expect(cmp.stdout).toContain(`${(t42.share * 100).toFixed(1)}% [`);
    for (const args of [['regimes'], ['regimes', 'biden-2021'], ['cohorts']]) {
      expect(await run(...args)).toBe(0); // vitest's stdout is not a terminal either
      expect(widest(cli.out), args.join(' ')).toBeLessThanOrEqual(80);
      cli.out = '';
    }
  });
});

describe("'-' reads a file argument from stdin", () => {
  it('--regime - (a regime file piped in)', async () => {
    const r = await spawnCli(['run', '--regime', '-', '--n', '200', '--format', 'json'], JSON.stringify({ base: 'mpp-2019', id: 'piped-regime' }));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).regime).toBe('piped-regime');
  });

  it('--cohort - (a cohort file piped in)', async () => {
    const r = await spawnCli(['run', '--cohort', '-', '--n', '200', '--format', 'json'], JSON.stringify({ ...cohorts['swb-fy2019'], id: 'piped-cohort' }));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).cohort).toBe('piped-cohort');
  });

  it('explain --profile - and --facts -; stdin can be used once', async () => {
    const profile = await spawnCli(['explain', '--regime', 'mpp-2019', '--profile', '-'], JSON.stringify({ citizenship: 'HN', demographic: 'uac', entry: 'port-of-entry' }));
    expect(profile.stdout).toMatch(/^uac from HN, port-of-entry/);
    const facts = await spawnCli(['explain', '--regime', 'mpp-2019', '--citizenship', 'HN', '--demographic', 'family-unit', '--facts', '-'], JSON.stringify([{ type: 'PROCESS', days: 0 }, { type: 'ISSUE_NTA', days: 1 }]));
    expect(facts.stdout).toMatch(/ISSUE_NTA +→ custody/);
    const twice = await spawnCli(['explain', '--profile', '-', '--facts', '-'], '{}');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe("immsim: --facts: '-' (stdin) is already used by --profile; give one of them as a file\n");
  });
});
