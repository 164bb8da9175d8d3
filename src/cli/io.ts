import { parseJsonText, readJsonFile } from '../policy/read-json-file.js';
import { writeOutput } from './outputs.js';
import { ImmsimError } from '../domain/errors.js';
import { cohorts, COHORT_IDS, parseCohort } from '../cohorts/index.js';
import type { Cohort } from '../cohorts/types.js';
import type { ProfileInput } from '../domain/profile.js';
import { loadRegimeFile } from '../policy/load-regime-file.js';
import { REGIME_IDS, regimes } from '../policy/snapshots.js';
import type { Regime } from '../policy/types.js';
import { parseRegime } from '../policy/validate.js';
import { regimeAt } from '../policy/regime-at.js';
import type { IsoDate } from '../domain/dates.js';
import { readStdinText } from './stdin.js';

/** A regime id, a date (the rules of that day), a path to a regime JSON file, or `-` (stdin). */
export function regimeArg(value: string, field = '--regime'): Regime {
  if ((REGIME_IDS as readonly string[]).includes(value)) return regimes[value as keyof typeof regimes];
  if (/\.json$/i.test(value)) return prefixed(field, () => loadRegimeFile(value));
  if (value === '-') return prefixed(field, () => parseRegime(readJson('-', field)));
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return prefixed(field, () => regimeAt(value as IsoDate));
  throw new ImmsimError([{ path: [field], message: `unknown regime '${value}'; allowed: ${REGIME_IDS.join(', ')}, a date YYYY-MM-DD (the rules of that day), a path to a .json regime file, or - (stdin)` }]);
}

/** A cohort id, a path to a cohort JSON file, or `-` (stdin). */
export function cohortArg(value: string | undefined): Cohort | undefined {
  if (value === undefined) return undefined;
  if ((COHORT_IDS as readonly string[]).includes(value)) return cohorts[value as keyof typeof cohorts];
  if (/\.json$/i.test(value) || value === '-') return prefixed('--cohort', () => parseCohort(readJson(value, '--cohort')));
  throw new ImmsimError([{ path: ['--cohort'], message: `unknown cohort '${value}'; allowed: ${COHORT_IDS.join(', ')}, or a path to a .json cohort file` }]);
}

/** Reads and parses a JSON file, with errors that name the option and the file. */
export function readJson(path: string, field: string): unknown {
  // Regular files under a size cap (or stdin), bounded nesting; messages never quote the file or a raw errno code.
  if (path === '-') return parseJsonText(readStdinText(field), 'standard input', [field]);
  return readJsonFile(path, [field]);
}

function prefixed<T>(field: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ImmsimError) throw new ImmsimError(e.issues.map((i) => ({ path: [field, ...i.path], message: i.message })));
    throw e;
  }
}

/** A positive integer option (n, workers, horizon). */
export function intArg(value: string | undefined, field: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const s = value.replace(/_/g, '');
  const x = /^\d+(\.\d+)?e\d+$/i.test(s) ? Number(s) : /^-?\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isInteger(x) || x < min || x > max) {
    throw new ImmsimError([{ path: [field], message: `must be an integer from ${min} to ${max}; got '${value}'` }]);
  }
  return x;
}

/** One of a fixed set of values. */
export function choiceArg<T extends string>(value: string | undefined, field: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ImmsimError([{ path: [field], message: `must be one of ${allowed.join(', ')}; got '${value}'` }]);
  }
  return value as T;
}

/** Writes output to a file (atomically: a temporary file beside it, renamed when complete), or to stdout. */
export function emit(text: string, out: string | undefined, field = '--out'): void {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (out) writeOutput(out, body, field);
  else process.stdout.write(body);
}


/** A profile as inline JSON or a .json file (validated later by the engine, with field names). */
export function profileArg(value: string): ProfileInput {
  if (/\.json$/i.test(value) || value === '-') return readJson(value, '--profile') as ProfileInput;
  try {
    return JSON.parse(value) as ProfileInput;
  } catch (e) {
    throw new ImmsimError([{ path: ['--profile'], message: `is neither a .json file nor valid JSON: ${(e as Error).message}` }]);
  }
}
