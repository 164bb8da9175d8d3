import { ImmsimError } from '../domain/errors.js';

/**
 * Reads the fields of a serialised summary (`toJSON()` output, possibly from another process or machine)
 * and throws an `ImmsimError` naming the offending field when the data is not what was written.
 * Internal to `stats/`: each summary's `fromJSON` uses it.
 *
 * @example
 * const r = new JsonReader({ kind: 'mean', count: 3 }, 'mean');
 * r.integer('count', 0) // 3
 */
export class JsonReader {
  private readonly obj: Record<string, unknown>;

  constructor(
    json: unknown,
    readonly kind: string,
  ) {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new ImmsimError(`${kind}: expected a serialised ${kind} object, got ${describe(json)}`);
    }
    this.obj = json as Record<string, unknown>;
    if (this.obj.kind !== kind) {
      throw new ImmsimError([{ path: ['kind'], message: `expected '${kind}', got ${describe(this.obj.kind)}` }]);
    }
  }

  /** Throws an `ImmsimError` at `path`. */
  fail(path: (string | number)[], message: string): never {
    throw new ImmsimError([{ path, message: `${this.kind}: ${message}` }]);
  }

  /** The raw value of a field. */
  raw(key: string): unknown {
    return this.obj[key];
  }

  /** A finite number. */
  number(key: string): number {
    const v = this.obj[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail([key], `expected a finite number, got ${describe(v)}`);
    return v;
  }

  /** A safe integer ≥ min. */
  integer(key: string, min: number): number {
    const v = this.obj[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
      this.fail([key], `expected an integer ≥ ${min}, got ${describe(v)}`);
    }
    return v;
  }

  /** An array (elements unchecked). */
  array(key: string): unknown[] {
    const v = this.obj[key];
    if (!Array.isArray(v)) this.fail([key], `expected an array, got ${describe(v)}`);
    return v;
  }

  /** An array of safe integers ≥ min. */
  integers(key: string, min: number): number[] {
    const v = this.array(key);
    v.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min) {
        this.fail([key, i], `expected an integer ≥ ${min}, got ${describe(x)}`);
      }
    });
    return v as number[];
  }
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return JSON.stringify(v) ?? String(v);
}
