import type { CapacityInput } from '../capacity/capacity-set.js';
import { parseChange } from '../capacity/changes.js';
import { readCapacityFile } from '../capacity/validate.js';
import { ImmsimError } from '../domain/errors.js';
import { readJson } from './io.js';

/** CLI options that change capacity (shared by `immsim capacity` and `immsim history`). */
export interface CapacityCliOptions {
  capacity?: string[];
  capacityFile?: string;
}

/**
 * Reads `--capacity judges=+100@2017-10 …` (repeatable or comma-separated) and `--capacity-file f.json` into a
 * capacity input; bad input throws an ImmsimError naming the option and the field.
 */
export function capacityInputFromCli(o: CapacityCliOptions): CapacityInput {
  const input: CapacityInput = {};
  if (o.capacityFile) {
    try {
      Object.assign(input, readCapacityFile(readJson(o.capacityFile, '--capacity-file')));
    } catch (e) {
      if (e instanceof ImmsimError && !e.issues.some((i) => i.path[0] === '--capacity-file'))
        throw new ImmsimError(e.issues.map((i) => ({ path: ['--capacity-file', ...i.path], message: i.message })));
      throw e;
    }
  }
  const texts = (o.capacity ?? []).flatMap((s) => s.split(',')).filter((s) => s.trim());
  if (texts.length) input.changes = [...(input.changes ?? []), ...texts.map((t) => parseChange(t, '--capacity'))];
  return input;
}
