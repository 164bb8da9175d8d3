import { isIsoDate } from '../domain/dates.js';
import { ImmsimError, type Issue } from '../domain/errors.js';
import type { CapacityInput } from './capacity-set.js';
import { checkChange, parseChange, type CapacityChange } from './changes.js';
import { FRACTIONAL_IDS, RESOURCE_IDS, SHARE_IDS } from './registry.js';
import { DATA_RANGE, type CapacityPoint } from './types.js';

const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the JSON file form of capacity (a user's series and counterfactual changes) and checks every field:
 * ```
 * { "series": { "judges": [{ "from": "2017-10-01", "value": 400, "source": "why" }] },
 *   "changes": ["judges=+100@2017-10", { "resource": "ice-beds", "op": "times", "value": 1.5, "from": "2019-01-01" }] }
 * ```
 * A negative, non-whole (for counts) or undated value, or a date outside the data range, throws an ImmsimError
 * naming the field.
 * @example
 * readCapacityFile({ changes: ['judges=+100@2017-10'] }).changes?.[0]?.value // 100
 */
export function readCapacityFile(json: unknown): CapacityInput {
  if (!obj(json)) throw new ImmsimError([{ path: [], message: 'a capacity file must be a JSON object with "series" and/or "changes"' }]);
  const unknown = Object.keys(json).filter((k) => k !== 'series' && k !== 'changes');
  if (unknown.length) throw new ImmsimError([{ path: [unknown[0]!], message: 'unknown field; allowed: series, changes' }]);
  const out: CapacityInput = {};
  if (json.series !== undefined) out.series = readSeries(json.series);
  if (json.changes !== undefined) out.changes = readChanges(json.changes);
  return out;
}

function readSeries(v: unknown): Record<string, CapacityPoint[]> {
  if (!obj(v)) throw new ImmsimError([{ path: ['series'], message: 'must be an object: resource id → list of { from, value, source }' }]);
  const out: Record<string, CapacityPoint[]> = {};
  for (const [id, list] of Object.entries(v)) {
    if (!RESOURCE_IDS.includes(id)) fail(['series', id], `unknown resource; allowed: ${RESOURCE_IDS.join(', ')}`);
    if (!Array.isArray(list) || list.length === 0) fail(['series', id], 'must be a non-empty list of { from, value, source }');
    out[id] = (list as unknown[]).map((p, i) => readPoint(id, p, ['series', id, i]));
    const dates = out[id]!.map((p) => p.from);
    const dup = dates.find((d, i) => dates.indexOf(d) !== i);
    if (dup) fail(['series', id], `two values dated ${dup}`);
  }
  return out;
}

function readPoint(id: string, p: unknown, path: (string | number)[]): CapacityPoint {
  if (!obj(p)) fail(path, 'must be an object { from, value, source }');
  const q = p as Record<string, unknown>;
  if (q.from === undefined) fail([...path, 'from'], 'is missing: every value must be dated (YYYY-MM-DD)');
  if (!isIsoDate(q.from)) fail([...path, 'from'], `must be a date YYYY-MM-DD; got ${JSON.stringify(q.from)}`);
  const from = q.from as string;
  if (from < DATA_RANGE.from || from > DATA_RANGE.to) fail([...path, 'from'], `must be within the data range ${DATA_RANGE.from} … ${DATA_RANGE.to}; got ${from}`);
  const value = q.value === 'unlimited' ? Infinity : q.value;
  if (typeof value !== 'number' || Number.isNaN(value)) fail([...path, 'value'], `must be a number ≥ 0 or "unlimited"; got ${JSON.stringify(q.value)}`);
  const v = value as number;
  if (v < 0) fail([...path, 'value'], `must be ≥ 0; got ${v}`);
  if (Number.isFinite(v) && !FRACTIONAL_IDS.has(id) && !Number.isInteger(v)) fail([...path, 'value'], `must be a whole number for ${id}; got ${v}`);
  if (SHARE_IDS.has(id) && v > 1) fail([...path, 'value'], `must be a share from 0 to 1; got ${v}`);
  if (q.source !== undefined && typeof q.source !== 'string') fail([...path, 'source'], 'must be a string saying where the value comes from');
  return { from, value: v, source: { assumption: typeof q.source === 'string' && q.source.trim() ? q.source : 'user-supplied capacity file' } };
}

function readChanges(v: unknown): CapacityChange[] {
  if (!Array.isArray(v)) fail(['changes'], 'must be a list of "resource=+N@YYYY-MM" strings or { resource, op, value, from } objects');
  return (v as unknown[]).map((c, i) => {
    if (typeof c === 'string') return parseChange(c, `changes.${i}`);
    if (!obj(c)) fail(['changes', i], 'must be a string or an object { resource, op, value, from }');
    const q = c as Record<string, unknown>;
    if (q.op !== 'add' && q.op !== 'times' && q.op !== 'set') fail(['changes', i, 'op'], `must be one of add, times, set; got ${JSON.stringify(q.op)}`);
    const value = q.value === 'unlimited' ? Infinity : q.value;
    if (typeof value !== 'number') fail(['changes', i, 'value'], `must be a number or "unlimited"; got ${JSON.stringify(q.value)}`);
    if (typeof q.from !== 'string') fail(['changes', i, 'from'], 'is missing: every change must be dated (YYYY-MM-DD)');
    const from = (q.from as string).length === 7 ? `${q.from as string}-01` : (q.from as string);
    return checkChange({ resource: String(q.resource), op: q.op as CapacityChange['op'], value: value as number, from }, ['changes', i]);
  });
}

function fail(path: Issue['path'], message: string): never {
  throw new ImmsimError([{ path, message }]);
}
