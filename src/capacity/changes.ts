import { ImmsimError } from '../domain/errors.js';
import { isIsoDate } from '../domain/dates.js';
import { compileSeries, valueOn } from './series.js';
import { dayNumber } from '../domain/dates.js';
import { FRACTIONAL_IDS, RESOURCE_IDS, SHARE_IDS } from './registry.js';
import { DATA_RANGE, type CapacityPoint } from './types.js';

/** A counterfactual change to one resource from a date on: add, multiply or set. */
export interface CapacityChange {
  resource: string;
  op: 'add' | 'times' | 'set';
  value: number;
  from: string;
}

const SYNTAX = "'<resource>=+N@YYYY-MM', '<resource>=-N@…', '<resource>=xF@…', '<resource>=N@…' or '<resource>=unlimited' (the date defaults to the start)";

/**
 * Parses `judges=+100@2017-10` (add from 1 Oct 2017), `ice-beds=x1.5@2019-01-15` (multiply), `mpp-hearings=0@2019-01`
 * (set) or `orr-beds=unlimited`. The field name in errors is `field`.
 * @example
 * parseChange('judges=+100@2017-10') // { resource: 'judges', op: 'add', value: 100, from: '2017-10-01' }
 */
export function parseChange(text: string, field = '--capacity'): CapacityChange {
  const m = /^([a-z0-9-]+)=([+\-x]?)([0-9.]+|unlimited|inf)(?:@(\d{4}-\d{2}(?:-\d{2})?))?$/.exec(text.trim());
  if (!m) throw new ImmsimError([{ path: [field], message: `cannot read '${text}'; write ${SYNTAX}` }]);
  const [, resource, sign, num, when] = m as unknown as [string, string, string, string, string | undefined];
  const value = num === 'unlimited' || num === 'inf' ? Infinity : Number(num);
  const op = sign === '+' || sign === '-' ? 'add' : sign === 'x' ? 'times' : 'set';
  const from = when ? (when.length === 7 ? `${when}-01` : when) : DATA_RANGE.from;
  return checkChange({ resource, op, value: sign === '-' ? -value : value, from }, [field]);
}

/**
 * Checks a change: known resource, a real date inside the data range, a finite or unlimited value that keeps
 * counts whole and shares within 0–1.
 * @example
 * checkChange({ resource: 'judges', op: 'add', value: 100, from: '2017-10-01' }, ['changes', 0]).value // 100
 */
export function checkChange(c: CapacityChange, path: (string | number)[]): CapacityChange {
  const bad = (field: string, message: string): never => {
    throw new ImmsimError([{ path: [...path, field], message }]);
  };
  if (!RESOURCE_IDS.includes(c.resource)) bad('resource', `unknown resource '${c.resource}'; allowed: ${RESOURCE_IDS.join(', ')}`);
  if (!isIsoDate(c.from)) bad('from', `must be a date YYYY-MM-DD or YYYY-MM; got '${c.from}'`);
  if (c.from < DATA_RANGE.from || c.from > DATA_RANGE.to) bad('from', `must be within the data range ${DATA_RANGE.from} … ${DATA_RANGE.to}; got ${c.from}`);
  if (Number.isNaN(c.value) || (c.op !== 'add' && c.value < 0)) bad('value', `must be a number ≥ 0 or 'unlimited'; got ${c.value}`);
  if (c.op === 'set' && !FRACTIONAL_IDS.has(c.resource) && Number.isFinite(c.value) && !Number.isInteger(c.value))
    bad('value', `must be a whole number for ${c.resource}; got ${c.value}`);
  if (c.op === 'add' && !FRACTIONAL_IDS.has(c.resource) && !Number.isInteger(c.value)) bad('value', `must be a whole number for ${c.resource}; got ${c.value}`);
  if (SHARE_IDS.has(c.resource) && c.op === 'set' && c.value > 1) bad('value', `must be a share from 0 to 1; got ${c.value}`);
  return c;
}

/**
 * The points of a series after a change: untouched before `from`, changed from it on (a new step on `from`).
 * Counts stay whole (a multiplied count is rounded) and never go below 0.
 * @example
 * applyChange([{ from: '2015-10-01', value: 254, source: { record: 'ij_count_2015_09' } }], { resource: 'judges', op: 'add', value: 100, from: '2017-10-01' })[1]!.value // 354
 */
export function applyChange(points: readonly CapacityPoint[], c: CapacityChange): CapacityPoint[] {
  const f = (v: number) => {
    const raw = c.op === 'add' ? v + c.value : c.op === 'times' ? v * c.value : c.value;
    const whole = FRACTIONAL_IDS.has(c.resource) || !Number.isFinite(raw) ? raw : Math.round(raw);
    return SHARE_IDS.has(c.resource) ? Math.min(1, Math.max(0, whole)) : Math.max(0, whole);
  };
  const label = `counterfactual: ${c.resource} ${c.op === 'add' ? (c.value >= 0 ? '+' : '') : c.op === 'times' ? '×' : '='}${c.value} from ${c.from}`;
  const at = dayNumber(c.from);
  const before = points.filter((p) => p.from < c.from);
  const after = points.filter((p) => p.from > c.from).map((p) => ({ ...p, value: f(p.value), source: { assumption: label } }));
  const base = valueOn(compileSeries(points), at);
  return [...before, { from: c.from, value: f(base), source: { assumption: label } }, ...after];
}
