import { readBounded } from '../policy/read-json-file.js';
import { ImmsimError } from '../domain/errors.js';

let readBy: string | undefined;

/**
 * The text piped into stdin, for a file argument given as `-` (`--regime -`, `--cohort -`, `--profile -`,
 * `--facts -`). Stdin can be read once per run, and not from a terminal (the command would wait for typing).
 * @example
 * // echo '{"base":"mpp-2019"}' | immsim run --regime -
 * const text = readStdinText('--regime');
 */
export function readStdinText(field: string, stdin: { isTTY?: boolean } = process.stdin): string {
  if (readBy !== undefined) {
    throw new ImmsimError([{ path: [field], message: `'-' (stdin) is already used by ${readBy}; give one of them as a file` }]);
  }
  if (stdin.isTTY) {
    throw new ImmsimError([{ path: [field], message: "'-' reads the file from stdin, but stdin is a terminal; pipe or redirect a file into the command" }]);
  }
  readBy = field;
  try {
    // Bounded: `cat /dev/zero | immsim run --regime -` stops at the size cap instead of filling memory.
    return readBounded(0, 'standard input', [field]);
  } catch (e) {
    if (e instanceof ImmsimError) throw e;
    throw new ImmsimError([{ path: [field], message: 'cannot read standard input' }]);
  }
}
