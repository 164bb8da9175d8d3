import { readJsonFile } from './read-json-file.js';
import type { Regime } from './types.js';
import { parseRegime } from './validate.js';

/**
 * Reads a regime from a JSON file (a full regime or the `{ base, ...overrides }` form) and validates it.
 * An unreadable file, one that is not a regular file, one over the size cap, or invalid JSON throws an ImmsimError at
 * path ['file']; content problems are reported at their paths inside the file. `-` reads standard input.
 * Node only (not exported from the browser-safe core).
 * @example
 * const r = loadRegimeFile('my-regime.json'); // { "base": "mpp-2019", "id": "no-mpp", "inForce": { "mpp": false } }
 */
export function loadRegimeFile(path: string): Regime {
  return parseRegime(readJsonFile(path, ['file']));
}
