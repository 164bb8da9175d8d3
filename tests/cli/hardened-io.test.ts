import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, ftruncateSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../helpers/cli-capture.js';
import { ImmsimError } from '../../src/domain/errors.js';
import { main, reportError } from '../../src/cli/main.js';

const cli = captureCli();
const run = cli.run;
const dir = mkdtempSync(join(tmpdir(), 'immsim-harden-'));
const oneLine = () => {
  expect(cli.err.trim().split('\n')).toHaveLength(1);
  expect(cli.err).not.toMatch(/\n\s+at |\u001b/);
};

describe('bounded inputs: JSON inputs are regular files under a size cap', () => {
  it('/dev/zero as a regime file is refused at once, not read (it grew to 16.8 GB)', async () => {
    expect(await run('run', '--regime', '/dev/zero', '--n', '10')).toBe(2);
    // '/dev/zero' has no .json suffix: an unknown regime. Named .json through a symlink, it is still not a regular file:
    expect(cli.err).toMatch(/unknown regime/);
    cli.err = '';
    const link = join(dir, 'zero.json');
    if (!existsSync(link)) (await import('node:fs')).symlinkSync('/dev/zero', link);
    expect(await run('run', '--regime', link, '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/--regime\.file: cannot read '.*zero\.json': not a regular file/);
    oneLine();
  });

  it('a fifo does not hang', async () => {
    const fifo = join(dir, 'fifo.json');
    if (!existsSync(fifo)) spawnSync('mkfifo', [fifo]);
    expect(await run('merge', fifo)).toBe(2);
    expect(cli.err).toMatch(/files\[0\]: cannot read '.*fifo\.json': not a regular file/);
    oneLine();
  });

  it('a file over the size cap is refused before it is read', async () => {
    const big = join(dir, 'big.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 65 * 1024 * 1024); // sparse: no disk used
    closeSync(fd);
    expect(await run('run', '--cohort', big, '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/--cohort: '.*big\.json' is larger than 64 MB/);
    oneLine();
  });

  it('nesting 100,000 deep is a one-line error, not "Maximum call stack size exceeded"', async () => {
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, `{"base":"mpp-2019","params":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(await run('run', '--regime', deep, '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/nested deeper than 64 levels/);
    expect(cli.err).not.toMatch(/call stack/);
    oneLine();
  });

  it('messages never echo file contents or raw errno codes', async () => {
    const bad = join(dir, 'secret.json');
    writeFileSync(bad, '{"base": hunter2-secret-password}');
    expect(await run('run', '--regime', bad, '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/is not valid JSON/);
    expect(cli.err).not.toMatch(/hunter2/);
    cli.err = '';
    expect(await run('merge', join(dir, 'missing.json'))).toBe(2);
    expect(cli.err).toMatch(/no such file/);
    expect(cli.err).not.toMatch(/ENOENT/);
  });

  it('ids and arguments reach the terminal without escape codes', async () => {
    expect(await run('run', '--regime', 'x\u001b[2J\u001b[31m', '--n', '10')).toBe(2);
    expect(cli.err).toMatch(/\\u001b\[2J/);
    oneLine();
  });

  it('--workers above the core count is capped with a message', async () => {
    expect(await run('run', '--n', '200', '--workers', '1000', '--format', 'json')).toBe(0);
    expect(cli.err).toMatch(/--workers 1000 is more than the \d+ cores of this machine; using \d+/);
    expect(JSON.parse(cli.out).n).toBe(200);
  });
});

describe('outputs are never half-written', () => {
  it('an output that is also an input, or two outputs with one path, is refused', async () => {
    const r = join(dir, 'mine.json');
    writeFileSync(r, JSON.stringify({ base: 'mpp-2019', id: 'mine' }));
    expect(await run('run', '--regime', r, '--n', '10', '--out', r)).toBe(2);
    expect(cli.err).toMatch(/--out: is the same file as the input --regimes\[0\]/);
    expect(JSON.parse(readFileSync(r, 'utf8')).id).toBe('mine');
    cli.err = '';
    const f = join(dir, 'same.csv');
    expect(await run('run', '--n', '10', '--records', f, '--out', f)).toBe(2);
    expect(cli.err).toMatch(/--records: is the same file as --out/);
    cli.err = '';
    expect(await run('merge', r, '--out', r)).toBe(2);
    expect(cli.err).toMatch(/--out: is the same file as the input files\[0\]/);
  });

  it('--out is written whole (temporary file renamed), and nothing is left on failure', async () => {
    const d = mkdtempSync(join(dir, 'out-'));
    const o = join(d, 'r.json');
    expect(await run('run', '--n', '100', '--format', 'json', '--out', o)).toBe(0);
    expect(JSON.parse(readFileSync(o, 'utf8')).n).toBe(100);
    expect(readdirSync(d)).toEqual(['r.json']);
    expect(await run('run', '--n', '100', '--out', join(d, 'no-such-folder', 'x.json'))).toBe(2);
    expect(cli.err).toMatch(/--out: cannot write '.*x\.json': the folder does not exist/);
    expect(readdirSync(d)).toEqual(['r.json']);
  });

  it('a records file has a manifest with its row count and SHA-256', async () => {
    const d = mkdtempSync(join(dir, 'rec-'));
    const f = join(d, 'people.ndjson');
    expect(await run('run', '--n', '300', '--records', f, '--format', 'json')).toBe(0);
    const m = JSON.parse(readFileSync(`${f}.manifest.json`, 'utf8'));
    const body = readFileSync(f);
    expect(m.rows).toBe(300);
    expect(body.toString('utf8').trim().split('\n')).toHaveLength(300);
    expect(m.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(readdirSync(d).sort()).toEqual(['people.ndjson', 'people.ndjson.manifest.json']);
  });
});

describe('the exit-code contract', () => {
  it('a bug exits 1 with one line asking for a report with the command and version', () => {
    expect(reportError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(1);
    expect(cli.err).toMatch(/^immsim: internal error \(a bug in immsim \d+\.\d+\.\d+\): TypeError: .* please report it with the command you ran and this version\n$/);
    cli.err = '';
    expect(reportError(new ImmsimError('x: bad'))).toBe(2);
  });
});

const processArgs = ['--import', 'tsx', join(process.cwd(), 'src/cli/main.ts')];

describe('as a process', () => {
  it('stdout on a full disk: one line, exit 1, no stack trace', () => {
    const fd = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [...processArgs, 'regimes'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 30_000 });
    closeSync(fd);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^immsim: cannot write the output: the disk is full\n$/);
  }, 40_000);

  it('SIGTERM during a records run leaves no file that looks complete', async () => {
    const d = mkdtempSync(join(dir, 'sig-'));
    const f = join(d, 'people.csv');
    const child = spawn(process.execPath, [...processArgs, 'run', '--n', '50000000', '--records', f, '--workers', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += String(b)));
    // Wait for the temporary file to appear (the run is writing), then interrupt.
    for (let i = 0; i < 300 && !readdirSync(d).some((x) => x.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(d).some((x) => x.endsWith('.tmp'))).toBe(true);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(143);
    expect(readdirSync(d)).toEqual([]);
    expect(stderr).toMatch(/interrupted \(SIGTERM\)/);
  }, 60_000);
});
