import { readFileSync } from 'node:fs';
import { ImmsimError } from '../domain/errors.js';
import type { Regime } from './types.js';
import { parseRegime } from './validate.js';

/**
 * Reads a regime from a JSON file (a full regime or the `{ base, ...overrides }` form) and validates it.
 * An unreadable file or invalid JSON throws an ImmsimError at path ['file']; content problems are reported at their
 * paths inside the file. Node only (not exported from the browser-safe core).
 * @example
 * const r = loadRegimeFile('my-regime.json'); // { "base": "mpp-2019", "id": "no-mpp", "inForce": { "mpp": false } }
 */
export function loadRegimeFile(path: string): Regime {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new ImmsimError([{ path: ['file'], message: `cannot read regime file '${path}': ${why}` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ImmsimError([{ path: ['file'], message: `'${path}' is not valid JSON: ${(e as Error).message}` }]);
  }
  return parseRegime(value);
}
