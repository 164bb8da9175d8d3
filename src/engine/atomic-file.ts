import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Temporary files not yet renamed into place; removed on SIGINT/SIGTERM (see removePendingTemps).
const pending = new Set<string>();
let counter = 0;

/**
 * A temporary path in the same folder as `path` (so the final rename is atomic), hidden and unique in this process.
 * @example
 * tempPathFor('out/result.json') // 'out/.result.json.12345-1.tmp'
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${++counter}.tmp`);
}

/**
 * Removes every temporary file this process has not yet renamed into place (for signal handlers). Never throws.
 * @example
 * process.on('SIGTERM', () => { removePendingTemps(); process.exit(143); });
 */
export function removePendingTemps(): void {
  for (const t of pending) {
    try {
      unlinkSync(t);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

/**
 * A file written to a temporary name beside its final path and renamed into place only by `commit()`, so a reader
 * never sees a half-written file under the final name. `abort()` removes the temporary file.
 * @example
 * const f = new AtomicFile('people.csv'); f.write('a,b\n'); f.commit();
 */
export class AtomicFile {
  readonly temp: string;
  private fd: number | null;

  constructor(readonly path: string) {
    this.temp = tempPathFor(path);
    pending.add(this.temp);
    try {
      this.fd = openSync(this.temp, 'wx');
    } catch (e) {
      pending.delete(this.temp);
      throw e;
    }
  }

  /** Appends text. */
  write(text: string | Uint8Array): void {
    if (this.fd === null) throw new Error('AtomicFile: write after commit or abort');
    if (typeof text === 'string') writeSync(this.fd, text);
    else writeSync(this.fd, text);
  }

  /** Flushes to disk and renames the file into place. */
  commit(): void {
    if (this.fd === null) return;
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.temp, this.path);
      pending.delete(this.temp);
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  /** Removes the temporary file (nothing appears under the final name). Never throws. */
  abort(): void {
    try {
      if (this.fd !== null) closeSync(this.fd);
    } catch {
      // closing failed: the file is removed below anyway
    }
    this.fd = null;
    try {
      unlinkSync(this.temp);
    } catch {
      // already gone
    }
    pending.delete(this.temp);
  }
}

/**
 * Writes a whole file atomically (temporary file in the same folder, then rename).
 * @example
 * writeFileAtomic('result.json', JSON.stringify(result));
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const f = new AtomicFile(path);
  try {
    f.write(data);
    f.commit();
  } catch (e) {
    f.abort();
    throw e;
  }
}

