/**
 * Small zod 4 helpers shared by the regime and cohort validators. Structure (objects, unknown keys, lists) is zod's;
 * leaves are checked by plain functions so every message names the allowed values and what was given.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';
import type { Issue } from '../domain/errors.js';

/** A leaf problem: a message, optionally under a sub-path (e.g. ['value']). */
export interface LeafIssue {
  path?: (string | number)[];
  message: string;
}
export type LeafCheck = (value: unknown) => LeafIssue[];

/**
 * A zod schema for a leaf checked by a plain function (undefined reaches the check: say "required" there).
 * @example
 * leaf((v) => (v === 1 ? [] : [{ message: 'must be 1' }]))
 */
export function leaf(check: LeafCheck): z.ZodType {
  return z.unknown().superRefine((v, ctx) => {
    for (const i of check(v)) ctx.addIssue({ code: 'custom', message: i.message, path: i.path ?? [] });
  });
}

/**
 * A strict object: unknown keys are errors naming the allowed keys (`what` names the kind of key, e.g. 'measure').
 * @example
 * strict({ a: leaf(() => []) }, 'field')
 */
export function strict(shape: Record<string, z.ZodType>, what = 'field'): z.ZodType {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') return `unknown ${what}; allowed: ${allowed}`;
      if (iss.code === 'invalid_type') {
        return iss.input === undefined ? `required: an object with ${allowed}` : `must be an object with ${allowed}; got ${show(iss.input)}`;
      }
      return undefined;
    },
  });
}

/**
 * Zod issues as immsim issues; an unknown-keys issue becomes one issue per key, at the key's path.
 * @example
 * toIssues(schema.safeParse(x).error, ['params'])
 */
export function toIssues(error: z.ZodError | undefined, prefix: readonly (string | number)[] = []): Issue[] {
  if (!error) return [];
  const out: Issue[] = [];
  for (const iss of error.issues) {
    const path = [...prefix, ...iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (iss.code === 'unrecognized_keys') for (const key of iss.keys) out.push({ path: [...path, key], message: iss.message });
    else out.push({ path, message: iss.message });
  }
  return out;
}

/**
 * A value as it appears in messages: JSON, or 'nothing' for undefined.
 * @example
 * show(undefined) // 'nothing'
 */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return 'a bigint';
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    return `an ${Array.isArray(v) ? 'array' : typeof v} that is not plain JSON`;
  }
  // JSON escapes control characters, so the text is safe on a terminal.
  if (s === undefined) s = String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** The kinds of numbers a parameter can hold. */
export type NumberKind = 'share' | 'positive-share' | 'days' | 'weight';

const KIND_TEXT: Record<NumberKind, string> = {
  share: 'must be a share between 0 and 1',
  'positive-share': 'must be a share greater than 0 and at most 1',
  days: 'must be a number of days greater than 0',
  weight: 'must be a weight of 0 or more',
};

/**
 * The problem with a number of a kind, or undefined.
 * @example
 * numberIssue(1.4, 'share') // 'must be a share between 0 and 1; got 1.4'
 */
export function numberIssue(v: unknown, kind: NumberKind): string | undefined {
  const ok =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (kind === 'share' ? v >= 0 && v <= 1 : kind === 'positive-share' ? v > 0 && v <= 1 : kind === 'days' ? v > 0 : v >= 0);
  if (ok) return undefined;
  const finite = typeof v === 'number' && !Number.isFinite(v) ? ' (a finite number)' : typeof v !== 'number' ? ' (a finite number)' : '';
  return `${KIND_TEXT[kind]}${finite}; got ${show(v)}`;
}

const SOURCE_KEYS = ['record', 'reference', 'assumption', 'note'];

/**
 * Problems with a Param source: exactly one of record / reference / assumption, a non-empty string.
 * @example
 * sourceIssues({}) // [{ message: 'must have exactly one of record, reference, assumption; got none' }]
 */
export function sourceIssues(v: unknown): LeafIssue[] {
  const form = "{ record: '<id>', note? }, { reference: '<section>', note? } or { assumption: '<reason>' }";
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [{ message: `must be ${form}; got ${show(v)}` }];
  const o = v as Record<string, unknown>;
  const issues: LeafIssue[] = [];
  for (const k of Object.keys(o)) {
    if (!SOURCE_KEYS.includes(k)) issues.push({ path: [k], message: `unknown field; allowed: ${SOURCE_KEYS.join(', ')}` });
  }
  const kinds = ['record', 'reference', 'assumption'].filter((k) => o[k] !== undefined);
  if (kinds.length !== 1) return [...issues, { message: `must have exactly one of record, reference, assumption; got ${kinds.length ? kinds.join(', ') : 'none'}` }];
  const kind = kinds[0] as string;
  if (typeof o[kind] !== 'string' || (o[kind] as string).trim() === '') {
    issues.push({ path: [kind], message: `must be a non-empty string; got ${show(o[kind])}` });
  }
  if (o.note !== undefined && (kind === 'assumption' || typeof o.note !== 'string')) {
    issues.push({ path: ['note'], message: kind === 'assumption' ? 'not allowed with assumption (put the reason in assumption)' : `must be a string; got ${show(o.note)}` });
  }
  return issues;
}

/**
 * Problems with a Param `{ value, source }` of a kind; with `allowNumber`, a bare number (an override) is fine too.
 * @example
 * paramIssues({ value: 1.4, source: { assumption: 'x' } }, 'share', false) // [{ path: ['value'], message: 'must be a share between 0 and 1; got 1.4' }]
 */
export function paramIssues(v: unknown, kind: NumberKind, allowNumber: boolean): LeafIssue[] {
  if (allowNumber && typeof v === 'number') {
    const m = numberIssue(v, kind);
    return m ? [{ message: m }] : [];
  }
  const form = allowNumber ? 'a number or { value, source }' : '{ value, source }';
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return [{ message: v === undefined ? `required: ${form}` : `must be ${form}; got ${show(v)}` }];
  }
  const o = v as Record<string, unknown>;
  const issues: LeafIssue[] = [];
  for (const k of Object.keys(o)) if (k !== 'value' && k !== 'source') issues.push({ path: [k], message: 'unknown field; allowed: value, source' });
  const m = numberIssue(o.value, kind);
  if (m) issues.push({ path: ['value'], message: m });
  for (const i of sourceIssues(o.source)) issues.push({ path: ['source', ...(i.path ?? [])], message: i.message });
  return issues;
}

/**
 * A check for a non-empty string field.
 * @example
 * nonEmptyString('') // [{ message: 'must be a non-empty string; got ""' }]
 */
export const nonEmptyString: LeafCheck = (v) =>
  typeof v === 'string' && v.trim() !== ''
    ? controlIssue(v)
    : [{ message: v === undefined ? 'required: a non-empty string' : `must be a non-empty string; got ${show(v)}` }];

// Text shown on a terminal or in a file must not carry escape sequences (e.g. ANSI colours or cursor moves).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
function controlIssue(v: string): LeafIssue[] {
  return CONTROL.test(v) ? [{ message: `must not contain control characters (such as terminal escape codes); got ${show(v)}` }] : [];
}

/**
 * A check for a string field (may be empty).
 * @example
 * anyString('') // []
 */
export const anyString: LeafCheck = (v) => (typeof v === 'string' ? controlIssue(v) : [{ message: `must be a string; got ${show(v)}` }]);

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;
/**
 * A check for an id: lower-case letters, digits and hyphens (CLI- and file-name-safe).
 * @example
 * idString('My Id') // [{ message: "must be an id of lower-case letters, ..." }]
 */
export const idString: LeafCheck = (v) =>
  typeof v === 'string' && ID_RE.test(v) ? [] : [{ message: `must be an id of lower-case letters, digits and hyphens, e.g. 'my-regime'; got ${show(v)}` }];

/**
 * A check for a calendar date 'YYYY-MM-DD'.
 * @example
 * isoDate('2019-02-30') // [{ message: "must be a calendar date 'YYYY-MM-DD'; got \"2019-02-30\"" }]
 */
export const isoDate: LeafCheck = (v) => (isIsoDate(v) ? [] : [{ message: `must be a calendar date 'YYYY-MM-DD'; got ${show(v)}` }]);

/**
 * A check that a value is one of a list.
 * @example
 * oneOf(['day', 'month'])('week') // [{ message: "must be one of 'day', 'month'; got \"week\"" }]
 */
export function oneOf(allowed: readonly string[]): LeafCheck {
  return (v) =>
    typeof v === 'string' && allowed.includes(v) ? [] : [{ message: `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}; got ${show(v)}` }];
}
