// Fuzzed CLI argument vectors (issue 9): whatever a user types, the CLI ends with exit 0 or 2, prints no stack trace,
// never hangs (5 s per call), and leaves no half-written output behind. Runs in-process through `main` (a process
// per case would cost a second each); the argument words come from the CLI's own vocabulary plus hostile values, so
// the cases reach the validators of every command. Sizes stay small: a valid `--n` is at most 300, a valid history
// scale tiny, so a case that is accepted finishes quickly.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FUZZ, runs } from './mutate.js';

const dir = mkdtempSync(join(tmpdir(), 'immsim-fuzz-cli-'));
const outDir = join(dir, 'out');
writeFileSync(join(dir, 'bad.json'), '{ "base": ');
writeFileSync(join(dir, 'deep.json'), '['.repeat(5000) + ']'.repeat(5000));
writeFileSync(join(dir, 'regime.json'), JSON.stringify({ base: 'mpp-2019', id: 'fuzz-regime', inForce: { mpp: false } }));
writeFileSync(join(dir, 'profile.json'), JSON.stringify({ citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' }));

// Each command starts from arguments that keep an accepted run small; the fuzz then appends and replaces words.
const COMMANDS: Record<string, string[]> = {
  run: ['run', '--n', '200', '--seed', '1'],
  compare: ['compare', '--n', '100', '--regimes', 'pep-2016,mpp-2019'],
  explain: ['explain', '--regime', 'mpp-2019', '--seed', '3'],
  regimes: ['regimes'],
  cohorts: ['cohorts'],
  diagram: ['diagram'],
  merge: ['merge'],
  chart: ['chart', '--n', '100'],
  history: ['history', '--from', '2019-01', '--to', '2019-03', '--scale', '0.0005', '--replications', '1'],
  capacity: ['capacity'],
  bogus: ['no-such-command'],
};
const SIZE_WORDS = new Set(['--n', '--scale', '--replications']);
const OPTIONS = ['--n', '--seed', '--regime', '--regimes', '--cohort', '--profile', '--format', '--out', '--records',
  '--horizon-days', '--workers', '--shard', '--facts', '--from', '--to', '--scale', '--with', '--without',
  '--replications', '--uncertainty', '--range', '--metric', '--chart', '--help', '--version', '--bogus-flag', '-x'];
const VALUES = ['0', '-1', '1.5', 'NaN', 'Infinity', '1e400', '9007199254740993', '', ' ', 'abc', '=cmd|calc',
  '\u001b[31mred', '../../etc/passwd', '/dev/zero', '/dev/null', 'pep-2016', 'mpp-2019', '2019-03-01', '1899-01-01',
  '2030-13-45', 'swb-fy2019', 'swb-fy1999', 'json', 'csv', 'table', 'vega-lite', 'xml', '1/2', '3/2', '0/0', '2',
  '__proto__', 'constructor', join(dir, 'bad.json'), join(dir, 'deep.json'), join(dir, 'regime.json'),
  join(dir, 'profile.json'), join(dir, 'missing.json'), dir, join(outDir, 'o.json'), join(outDir, 'o.csv'), 'title-42', 'mpp'];

const word = fc.oneof(fc.constantFrom(...OPTIONS), fc.constantFrom(...VALUES), fc.string({ maxLength: 12 }).filter((s) => s !== '-'));
const argv = fc
  .tuple(fc.constantFrom(...Object.keys(COMMANDS)), fc.array(word, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([cmd, extra, drops]) => {
    const base = [...COMMANDS[cmd]!];
    // Drops never remove a size word (`--n 100`, `--scale`, `--replications`): without it a case runs the default
    // hundreds of thousands of people, which tests the engine's speed, not the CLI's handling of its arguments.
    for (const d of drops) {
      const removable = base.map((w, i) => i).filter((i) => i > 0 && !SIZE_WORDS.has(base[i]!) && !SIZE_WORDS.has(base[i - 1]!));
      if (removable.length > 0) base.splice(removable[d % removable.length]!, 1);
    }
    return [...base, ...extra];
  });

// A relative output path (`--out mpp`) lands in the working folder: run in a scratch folder, never the repository.
const scratch = join(dir, 'cwd');
const home = process.cwd();
beforeAll(() => {
  mkdirSync(scratch, { recursive: true });
  process.chdir(scratch);
});
afterAll(() => process.chdir(home));

let out = '';
let err = '';
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s).slice(0, 100)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

async function within<T>(p: Promise<T>, ms: number): Promise<T | 'hang'> {
  let t: NodeJS.Timeout | undefined;
  const timer = new Promise<'hang'>((resolve) => (t = setTimeout(() => resolve('hang'), ms)));
  try {
    return await Promise.race([p, timer]);
  } finally {
    clearTimeout(t);
  }
}

describe('fuzz: CLI argument vectors', () => {
  it('end with exit 0 or 2, one line and no stack trace on error, within 5 s, no half-written output', async () => {
    const seen = { 0: 0, 2: 0 } as Record<number, number>;
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        out = '';
        err = '';
        const code = await within(main(['node', 'immsim', ...args]), 5_000);
        expect(code, `args: ${JSON.stringify(args)}`).not.toBe('hang');
        expect([0, 2], `args: ${JSON.stringify(args)} → exit ${String(code)}: ${err}`).toContain(code);
        expect(err, `args: ${JSON.stringify(args)}`).not.toMatch(/\n\s+at \S+ \(|Maximum call stack|RangeError|TypeError/);
        seen[code as number] = (seen[code as number] ?? 0) + 1;
        if (code === 2) expect(err.trim().split('\n'), `args: ${JSON.stringify(args)}`).toHaveLength(1);
        // Outputs are written to a temporary file and renamed: none may be left behind.
        let left: string[] = [];
        try {
          left = [...readdirSync(outDir), ...readdirSync(scratch)].filter((f) => /\.tmp|~$|\.part/.test(f));
        } catch {
          left = [];
        }
        expect(left, `args: ${JSON.stringify(args)}`).toEqual([]);
      }),
      { seed: FUZZ.seed, numRuns: runs(150), endOnFailure: true },
    );
    // Not vacuous: the vocabulary reaches both accepted runs and refusals.
    if (runs(150) >= 100) expect(Math.min(seen[0]!, seen[2]!)).toBeGreaterThan(5);
  }, 600_000);
});
