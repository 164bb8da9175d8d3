import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { ImmsimError } from '../domain/errors.js';
import { plainData } from '../domain/plain-data.js';

/** The largest JSON input read (a regime is a few tens of kB; a shard of many regimes a few MB). */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/**
 * A file name as it may appear in a one-line message: control characters escaped, long names shortened.
 * @example
 * displayPath('a\u001b[31m.json') // 'a\\u001b[31m.json'
 */
export function displayPath(path: string): string {
  const s = path.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return s.length > 120 ? `…${s.slice(-119)}` : s;
}

const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** A plain-language reason for a file-system error code (never the raw code alone). */
function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return (code && WHY[code]) ?? 'the file cannot be read';
}

/**
 * Reads everything from a file descriptor, refusing more than {@link MAX_JSON_BYTES} (a stream of zeros stops here).
 * @example
 * readBounded(0, 'standard input', ['--regime'])
 */
export function readBounded(fd: number, name: string, field: (string | number)[]): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let got: number;
    try {
      got = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw new ImmsimError([{ path: field, message: `cannot read '${name}': ${why(e)}` }]);
    }
    if (got === 0) break;
    total += got;
    if (total > MAX_JSON_BYTES) {
      throw new ImmsimError([{ path: field, message: `'${name}' is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB; a JSON input must be smaller` }]);
    }
    chunks.push(Buffer.from(buf.subarray(0, got)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a JSON input: a regular file under {@link MAX_JSON_BYTES} (devices, fifos and folders are refused before
 * they are opened, so `/dev/zero` or a fifo cannot fill memory or hang), or standard input for `-`. The value is
 * returned as plain data (nesting depth and size bounded). Every failure is an ImmsimError at `field`, one line,
 * naming the file but never echoing its contents.
 * @example
 * readJsonFile('my-regime.json', ['--regime'])
 */
export function readJsonFile(path: string, field: (string | number)[]): unknown {
  const name = path === '-' ? 'standard input' : displayPath(path);
  let text: string;
  if (path === '-') {
    text = readBounded(0, name, field);
  } else {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      throw new ImmsimError([{ path: field, message: `cannot read '${name}': ${why(e)}` }]);
    }
    if (st.isDirectory()) throw new ImmsimError([{ path: field, message: `cannot read '${name}': is a directory, not a file` }]);
    if (!st.isFile()) throw new ImmsimError([{ path: field, message: `cannot read '${name}': not a regular file (a device, fifo or socket); give a file, or - for standard input` }]);
    if (st.size > MAX_JSON_BYTES) throw new ImmsimError([{ path: field, message: `'${name}' is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB; a JSON input must be smaller` }]);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (e) {
      throw new ImmsimError([{ path: field, message: `cannot read '${name}': ${why(e)}` }]);
    }
    try {
      // The path could have been swapped between stat and open: check what was opened.
      if (!fstatSync(fd).isFile()) throw new ImmsimError([{ path: field, message: `cannot read '${name}': not a regular file` }]);
      text = readBounded(fd, name, field);
    } finally {
      closeSync(fd);
    }
  }
  return parseJsonText(text, name, field);
}

/**
 * Parses JSON text read from `name`; a syntax error names the line and column, never quotes the text.
 * @example
 * parseJsonText('{"a":1}', 'x.json', ['--regime']) // { a: 1 }
 */
export function parseJsonText(text: string, name: string, field: (string | number)[]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // V8's message can quote the file's text; say only where the problem is.
    const m = /position (\d+)/.exec((e as Error).message);
    let where = '';
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      where = ` (line ${line}, column ${pos - before.lastIndexOf('\n')})`;
    }
    throw new ImmsimError([{ path: field, message: `'${name}' is not valid JSON${where}` }]);
  }
  return plainData(value, field);
}
