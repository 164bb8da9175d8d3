import { realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ImmsimError } from '../domain/errors.js';
import { writeFileAtomic } from '../engine/atomic-file.js';
import { displayPath } from '../policy/read-json-file.js';

/**
 * A write failure that is not the user's mistake (a full disk, an I/O error): the CLI exits 1 with one line.
 * @example
 * throw new OutputError("cannot write 'out.json': the disk is full");
 */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

const USER: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the path is too long',
};
const ENVIRONMENT: Record<string, string> = { ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is exceeded', EIO: 'an input/output error', EFBIG: 'the file is too large for the file system' };

/**
 * The error for a failed write: an ImmsimError (exit 2) when the path is the problem, an OutputError (exit 1) when
 * the machine is; either way one line in plain words, never a raw errno code.
 * @example
 * writeError(e, '--out', 'result.json')
 */
export function writeError(e: unknown, field: string, path: string): Error {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const name = displayPath(path);
  if (code in ENVIRONMENT) return new OutputError(`${field}: cannot write '${name}': ${ENVIRONMENT[code]}; nothing was written`);
  return new ImmsimError([{ path: [field], message: `cannot write '${name}': ${USER[code] ?? 'the file cannot be written'}` }]);
}

/**
 * Writes a whole output file atomically; failures become one-line errors (see {@link writeError}).
 * @example
 * writeOutput('result.json', text, '--out');
 */
export function writeOutput(path: string, text: string, field: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (e) {
    throw writeError(e, field, path);
  }
}

function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // Not there yet: its folder may be a symlink, so resolve that.
    try {
      return resolve(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

const CHART_FILE = /^(outcomes\.svg|sankey-.*\.(svg|mmd))$/;

/**
 * Refuses an output path that is also an input, two outputs with one path, and a file inside a charts folder that a
 * chart would overwrite. `inputs` are file arguments (ids and '-' are skipped); `outputs` are [flag, path] pairs;
 * `chartDirs` are [flag, folder] pairs.
 * @example
 * checkPaths({ inputs: [['--regime', 'r.json']], outputs: [['--out', 'r.json']] }) // throws: --out is also --regime
 */
export function checkPaths(o: { inputs: [string, string | undefined][]; outputs: [string, string | undefined][]; chartDirs?: [string, string | undefined][] }): void {
  const files = (list: [string, string | undefined][]) => list.filter((x): x is [string, string] => typeof x[1] === 'string' && x[1] !== '' && x[1] !== '-');
  const ins = files(o.inputs).map(([flag, p]) => [flag, identity(p)] as const);
  const outs = files(o.outputs).map(([flag, p]) => [flag, identity(p)] as const);
  const fail = (flag: string, message: string): never => {
    throw new ImmsimError([{ path: [flag], message }]);
  };
  outs.forEach(([flag, p], i) => {
    const input = ins.find(([, q]) => q === p);
    if (input) fail(flag, `is the same file as the input ${input[0]}; writing it would destroy the input — give another file`);
    const other = outs.slice(0, i).find(([, q]) => q === p);
    if (other) fail(flag, `is the same file as ${other[0]}; give each output its own file`);
  });
  for (const [flag, dir] of files(o.chartDirs ?? [])) {
    const d = identity(dir);
    for (const [other, p] of [...ins, ...outs]) {
      if (dirname(p) === d && CHART_FILE.test(basename(p))) fail(flag, `would overwrite ${other} ('${displayPath(basename(p))}'), which is in that folder; use another folder`);
    }
  }
}
