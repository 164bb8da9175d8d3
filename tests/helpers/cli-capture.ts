import { afterEach, beforeEach, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/** What the CLI wrote since the last reset; assign '' to forget what came before. */
export interface CliCapture {
  out: string;
  err: string;
  /** Runs `immsim <prefix…> <args…>` in process and resolves to its exit code. */
  run: (...args: string[]) => Promise<number>;
}

/**
 * Captures stdout and stderr around every test of the calling file, so CLI tests read what a user would see.
 * Call it once at the top level of a test file.
 * @example
 * const cli = captureCli('capacity');
 * it('exits 2', async () => { expect(await cli.run('--bad')).toBe(2); expect(cli.err).toMatch(/--bad/); });
 */
export function captureCli(...prefix: string[]): CliCapture {
  const cli: CliCapture = {
    out: '',
    err: '',
    run: (...args) => main(['node', 'immsim', ...prefix, ...args]),
  };
  beforeEach(() => {
    cli.out = '';
    cli.err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((cli.out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((cli.err += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());
  return cli;
}
