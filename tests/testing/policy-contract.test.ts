// The contract of the policy API the kit builds on (defineRegime, regimeAt, validation, overrides), pinned where
// mutation testing showed the policy tests left it open: exact messages and paths, Regime objects as bases, measures
// not in force, the description of a modified regime.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../helpers/issues.js';
import { defineMeasure, defineRegime } from '../../src/policy/define-regime.js';
import { inForceOn } from '../../src/policy/in-force.js';
import { loadRegimeFile } from '../../src/policy/load-regime-file.js';
import { applyParamOverrides, deepFreeze, isParam } from '../../src/policy/overrides.js';
import { eraPeriodAt } from '../../src/policy/params/eras.js';
import { measureList, regimeAt } from '../../src/policy/regime-at.js';
import { regimeDateIssue } from '../../src/policy/regime-date.js';
import { fullRegimeIssues, measureIssues, measureSchema, overridesIssues, PARAMS_SPEC, walkSpec } from '../../src/policy/schema.js';
import { getRegime, regimes } from '../../src/policy/snapshots.js';
import type { Measure, Regime } from '../../src/policy/types.js';
import { regimeIssues } from '../../src/policy/validate.js';
import { anyString, idString, isoDate, nonEmptyString, numberIssue, oneOf, paramIssues, show, sourceIssues, toIssues } from '../../src/policy/zod-kit.js';
import { PARAM_LEAVES } from '../../src/testing/index.js';

const measure = (over: Partial<Measure> = {}) =>
  defineMeasure({ id: 'm-1', name: 'Measure one', from: '2019-01-01', authority: 'hypothetical', changes: 'something', ...over });
const mpp = regimes['mpp-2019'];

describe('defineRegime', () => {
  it('a Regime object as base: measures in force at its date apply (sets, built-in ids), others do not', () => {
    expect(defineRegime(mpp, { date: mpp.date, params: { cfPositive: 0.3 } }).params.cfPositive.value).toBe(0.3);
    expect(issuesOf(() => defineRegime(mpp, { date: '2019-01-01' }))[0]!.message).toMatch(/^cannot change the date of a Regime object .* defineRegime\('2019-01-01', \.\.\.\)$/);
    const later = measure({ from: '2020-01-01', sets: { mpp: false } });
    expect(issuesOf(() => defineRegime(mpp, { measures: [later] }))[0]!.path).toEqual(['measures', 0]);
    const off = defineRegime(mpp, { measures: [measure({ sets: { mpp: false } })] });
    expect(off.inForce.mpp).toBe(false);
    expect(off.measures).not.toContain('mpp');
    expect(off.measures.at(-1)).toBe('m-1');
    const builtIn = defineRegime(mpp, { measures: [measure({ id: 'title-42', from: '2019-06-01' })] });
    expect(builtIn.inForce['title-42']).toBe(true);
    expect(builtIn.measures.filter((m) => m === 'title-42')).toHaveLength(1);
  });

  it('reports the problems of a Regime object base under base', () => {
    const bad = { ...mpp, params: { ...mpp.params, cfPositive: { value: 2, source: { assumption: 'x' } } } } as Regime;
    expect(issuesOf(() => defineRegime(bad))).toEqual([{ path: ['base', 'params', 'cfPositive', 'value'], message: 'must be a share between 0 and 1; got 2' }]);
  });

  it('ignores inForce entries that are not true or false', () => {
    expect(defineRegime('mpp-2019', { inForce: { mpp: undefined } }).inForce.mpp).toBe(true);
  });

  it('names and describes what changed', () => {
    const k = regimes['kelly-2017'];
    expect(defineRegime('kelly-2017', { params: { cfDays: 3 } }).label).toBe(`${k.label} (modified)`);
    const r = defineRegime('kelly-2017', {
      measures: [measure({ from: '2017-01-01' }), measure({ id: 'm-2', name: 'Measure two', from: '2017-01-01' })],
      inForce: { metering: true },
      params: { cfDays: 3, custody: { 'single-adult': { detain: { value: 1, source: { assumption: 'x' } } } } },
    });
    expect(r.id).toBe('kelly-2017-with-m-1-and-m-2');
    expect(r.description).toBe(
      `${k.description} Modified: added Measure one (m-1), Measure two (m-2); measures metering on; parameters cfDays, custody.single-adult.detain.`,
    );
    expect(defineRegime('kelly-2017', { inForce: { metering: false, mpp: true } }).description).toBe(`${k.description} Modified: measures metering off, mpp on.`);
    const moved = defineRegime('kelly-2017', { date: '2017-07-01' });
    expect([moved.id, moved.label]).toEqual(['kelly-2017-rules-of-2017-07-01', 'Rules in force on 2017-07-01']);
    expect(defineRegime('kelly-2017', { date: k.date, params: { cfDays: 3 } }).id).toBe('kelly-2017-modified');
    expect(defineRegime('kelly-2017', {}).description).toBe(k.description);
    expect(defineRegime('kelly-2017', {}).label).toBe(k.label);
  });
});

describe('regimeAt, measureList, eras', () => {
  it('describes the rules with the name of each measure in force (the entry in force, for a measure with several)', () => {
    const r = regimeAt('2020-07-01', { measures: [measure({ from: '2020-01-01' })] });
    expect(r.description).toMatch(/^The rules in force on 2020-07-01 \(parameter era title42-2020\)\. Measures in force: EO 13767 \(border security\); Kelly implementing memos; /);
    expect(r.description).toContain('; Expedited removal expanded (reinstated); ');
    expect(r.description.endsWith('; Measure one.')).toBe(true);
    expect(regimeAt('2019-08-01').description).toContain('Expedited removal expanded (first period)');
  });

  it('measureList lists each id once, built-ins first', () => {
    expect(measureList(inForceOn('2019-12-01'), ['x', 'mpp', 'x']).filter((id) => id === 'x' || id === 'mpp')).toEqual(['mpp', 'x']);
  });

  it('eraPeriodAt: nothing outside the modelled range', () => {
    expect(eraPeriodAt('2014-11-19')).toBeUndefined();
    expect(eraPeriodAt('2014-11-20')?.era).toBe('pep-2016');
    expect(eraPeriodAt('2022-01-01')).toBeUndefined();
  });

  it('inForceOn applies only true/false settings of built-in measures', () => {
    const odd = { ...measure({ from: '2019-01-01' }), sets: { mpp: 'yes', nope: true } } as unknown as Measure;
    const r = inForceOn('2018-06-01', [{ ...odd, from: '2018-01-01' }]);
    expect(r.mpp).toBe(false);
    expect('nope' in r).toBe(false);
  });

  it('getRegime names the allowed ids; regimeDateIssue says what was given', () => {
    expect(issuesOf(() => getRegime('x'))).toEqual([{ path: ['regime'], message: 'unknown regime "x"; allowed: pep-2016, kelly-2017, zero-tolerance-2018, mpp-2019, title42-2020, biden-2021' }]);
    expect(regimeDateIssue(undefined)).toBe("must be a calendar date 'YYYY-MM-DD' between 2014-11-20 and 2021-12-31; got nothing");
  });
});

describe('overrides', () => {
  it('isParam: an object with a numeric value and a source object', () => {
    expect([isParam(5), isParam(null), isParam({ value: '1', source: {} }), isParam({ value: 1, source: 'x' }), isParam({ value: 1 }), isParam({ value: 1, source: {} })]).toEqual([false, false, false, false, false, true]);
  });

  it('applyParamOverrides: numbers and Params at their paths; undefined skipped; everything else refused at its path', () => {
    const p = mpp.params;
    const src = { assumption: 'test' };
    const given = { value: 0.2, source: { record: 'r' } };
    const out = applyParamOverrides(p, { cfPositive: undefined, cfDays: 4, custody: { 'single-adult': { detain: given } } }, src);
    expect(out.cfPositive).toEqual(p.cfPositive);
    expect(out.cfDays).toEqual({ value: 4, source: src });
    expect(out.custody['single-adult'].detain).toEqual(given);
    expect(out.custody['single-adult'].detain).not.toBe(given);
    expect(issuesOf(() => applyParamOverrides(p, { nope: 1 } as never, src))).toEqual([{ path: ['params', 'nope'], message: 'unknown parameter' }]);
    expect(issuesOf(() => applyParamOverrides(p, { custody: { 'single-adult': { nope: 1 } } } as never, src))).toEqual([{ path: ['params', 'custody', 'single-adult', 'nope'], message: 'unknown parameter' }]);
    expect(issuesOf(() => applyParamOverrides(p, { cfDays: 'x' } as never, src))).toEqual([{ path: ['params', 'cfDays'], message: 'must be a number or { value, source }; got "x"' }]);
    expect(issuesOf(() => applyParamOverrides(p, { custody: 5 } as never, src))).toEqual([{ path: ['params', 'custody'], message: 'must be an object of parameters; got 5' }]);
    expect(issuesOf(() => applyParamOverrides(p, { custody: null } as never, src))).toEqual([{ path: ['params', 'custody'], message: 'must be an object of parameters; got null' }]);
  });

  it('deepFreeze freezes nested objects, leaves primitives and functions alone, and survives cycles', () => {
    const o = deepFreeze({ a: { b: [1, { c: 2 }] }, f: () => 1 });
    expect(Object.isFrozen(o.a.b[1])).toBe(true);
    expect(Object.isFrozen(o.f)).toBe(false);
    expect(deepFreeze(null)).toBeNull();
    const cyc: { self?: unknown; x: { y: number } } = { x: { y: 1 } };
    cyc.self = cyc;
    expect(Object.isFrozen(deepFreeze(cyc).x)).toBe(true);
  });
});

describe('schemas and messages', () => {
  it('walkSpec visits every parameter position, with or without values', () => {
    const paths: string[] = [];
    walkSpec(null, PARAMS_SPEC, (path, v) => {
      paths.push(path.join('.'));
      expect(v).toBeUndefined();
    });
    expect(paths).toEqual(PARAM_LEAVES.map((l) => l.path.join('.')));
    expect(paths[0]).toBe('meteredShare');
    const kinds = new Map<string, string>();
    walkSpec(mpp.params, PARAMS_SPEC, (path, _v, kind) => kinds.set(path.join('.'), kind));
    expect([kinds.get('disposition.uac.mexico.orr'), kinds.get('cfDays'), kinds.get('decisionPerHearing'), kinds.get('cfPositive')]).toEqual(['weight', 'days', 'positive-share', 'share']);
  });

  it('weights: a missing weight is required; all zero is its own issue', () => {
    const w = mpp.params.disposition['single-adult'].mexico;
    const zero = Object.fromEntries(Object.keys(w).map((k) => [k, { value: 0, source: { assumption: 'x' } }]));
    const at = (d: unknown) => ({ ...mpp, params: { ...mpp.params, disposition: { ...mpp.params.disposition, 'single-adult': { ...mpp.params.disposition['single-adult'], mexico: d } } } });
    expect(fullRegimeIssues(at(zero))).toEqual([{ path: ['params', 'disposition', 'single-adult', 'mexico'], message: 'at least one weight must be greater than 0 (title42, voluntaryReturn, expeditedRemoval, reinstatement, nta, prosecution); all are 0' }]);
    const { nta: _n, ...missing } = zero;
    expect(fullRegimeIssues(at(missing))).toEqual([{ path: ['params', 'disposition', 'single-adult', 'mexico', 'nta'], message: 'required: { value, source }' }]);
  });

  it('measures: until, and the list of measures of a regime', () => {
    expect(measureIssues({ ...measure(), until: 'soon' })).toEqual([{ path: ['until'], message: 'must be null (still in force) or a calendar date \'YYYY-MM-DD\'; got "soon"' }]);
    expect(measureIssues({ ...measure(), until: null })).toEqual([]);
    expect(measureIssues(5)[0]).toEqual({ path: [], message: expect.stringMatching(/^must be an object with id, name, from, until, datePrecision, authority, changes, sets, params; got 5$/) });
    expect(fullRegimeIssues({ ...mpp, measures: 'mpp' })).toEqual([{ path: ['measures'], message: 'must be a list of measure ids; got "mpp"' }]);
    expect(fullRegimeIssues({ ...mpp, measures: [...mpp.measures, ''] })).toEqual([{ path: ['measures', mpp.measures.length], message: 'must be a non-empty measure id; got ""' }]);
    expect(fullRegimeIssues({ ...mpp, measures: [...mpp.measures, 5] })).toEqual([{ path: ['measures', mpp.measures.length], message: 'must be a non-empty measure id; got 5' }]);
    expect(toIssues(measureSchema.safeParse(5).error)[0]!.path).toEqual([]);
    expect(fullRegimeIssues({ ...mpp, inForce: null }).map((i) => i.path.join('.'))).toEqual(['inForce']);
    expect(fullRegimeIssues({ ...mpp, measures: [...mpp.measures, 'title-42'] })).toEqual([{ path: ['measures'], message: "lists 'title-42' but inForce.title-42 is false" }]);
    expect(fullRegimeIssues({ ...mpp, measures: mpp.measures.filter((m) => m !== 'mpp') })).toEqual([{ path: ['measures'], message: "must list 'mpp' (inForce.mpp is true)" }]);
    expect(overridesIssues({ measures: 5 }, false)).toEqual([{ path: ['measures'], message: 'must be a list of measures; got 5' }]);
  });

  it('regimeIssues: the base of the overrides form, and non-objects', () => {
    expect(regimeIssues({ base: 'mpp-2019' })).toEqual([]);
    expect(regimeIssues({ base: '2019-12-01' })).toEqual([]);
    const msg = /^must be a regime id \(pep-2016, .*\) or a date 'YYYY-MM-DD'; got /;
    for (const base of ['x2019-12-01', '2019-12-01x', 5]) expect(regimeIssues({ base })[0]!.message, String(base)).toMatch(msg);
    expect(regimeIssues({ base: '2013-01-01' })).toEqual([{ path: ['base'], message: "must be between 2014-11-20 and 2021-12-31 (the modelled range); got '2013-01-01'" }]);
    const zero = { title42: 0, voluntaryReturn: 0, expeditedRemoval: 0, reinstatement: 0, nta: 0, prosecution: 0 };
    expect(regimeIssues({ base: 'mpp-2019', params: { disposition: { 'single-adult': { mexico: zero } } } })[0]!.message).toMatch(/^at least one weight must be greater than 0/);
    const notObject = "a regime must be an object: a full regime, or { base: '<regime id or date>', ...overrides }; got ";
    expect(regimeIssues(null)).toEqual([{ path: [], message: `${notObject}null` }]);
    expect(regimeIssues([])).toEqual([{ path: [], message: `${notObject}[]` }]);
    expect(regimeIssues(undefined)).toEqual([{ path: [], message: `${notObject}nothing` }]);
    expect(regimeIssues({ id: 'x' }).length).toBeGreaterThan(1);
  });

  it('zod-kit leaf checks say what is allowed and what was given', () => {
    expect(show(undefined)).toBe('nothing');
    expect(show('x'.repeat(78))).toBe(JSON.stringify('x'.repeat(78)));
    expect(show('x'.repeat(79))).toBe(`${JSON.stringify('x'.repeat(79)).slice(0, 77)}...`);
    expect(show(Symbol.for('s'))).toBe('Symbol(s)');
    expect(show(Number.NaN)).toBe('NaN');
    expect(numberIssue(2, 'share')).toBe('must be a share between 0 and 1; got 2');
    expect(numberIssue(0, 'positive-share')).toBe('must be a share greater than 0 and at most 1; got 0');
    expect(numberIssue(1, 'positive-share')).toBeUndefined();
    expect(numberIssue(1.5, 'positive-share')).toBe('must be a share greater than 0 and at most 1; got 1.5');
    expect(numberIssue(0, 'days')).toBe('must be a number of days greater than 0; got 0');
    expect(numberIssue(0, 'weight')).toBeUndefined();
    expect(numberIssue(-1, 'weight')).toBe('must be a weight of 0 or more; got -1');
    expect(numberIssue(Number.POSITIVE_INFINITY, 'weight')).toBe('must be a weight of 0 or more (a finite number); got Infinity');
    expect(numberIssue('1', 'days')).toBe('must be a number of days greater than 0 (a finite number); got "1"');
    expect(sourceIssues(null)).toEqual([{ message: "must be { record: '<id>', note? }, { reference: '<section>', note? } or { assumption: '<reason>' }; got null" }]);
    expect(sourceIssues([])[0]!.message).toMatch(/; got \[\]$/);
    expect(sourceIssues({ record: 'r', x: 1 })).toEqual([{ path: ['x'], message: 'unknown field; allowed: record, reference, assumption, note' }]);
    expect(sourceIssues({ record: '  ' })).toEqual([{ path: ['record'], message: 'must be a non-empty string; got "  "' }]);
    expect(sourceIssues({ record: 5 })).toEqual([{ path: ['record'], message: 'must be a non-empty string; got 5' }]);
    expect(sourceIssues({ assumption: 'a', note: 'n' })).toEqual([{ path: ['note'], message: 'not allowed with assumption (put the reason in assumption)' }]);
    expect(sourceIssues({ record: 'r', note: 5 })).toEqual([{ path: ['note'], message: 'must be a string; got 5' }]);
    expect(sourceIssues({ record: 'r', note: 'n' })).toEqual([]);
    expect(paramIssues(undefined, 'share', true)).toEqual([{ message: 'required: a number or { value, source }' }]);
    expect(paramIssues('x', 'share', false)).toEqual([{ message: 'must be { value, source }; got "x"' }]);
    expect(paramIssues([], 'share', false)).toEqual([{ message: 'must be { value, source }; got []' }]);
    expect(paramIssues(null, 'share', false)).toEqual([{ message: 'must be { value, source }; got null' }]);
    expect(nonEmptyString(' ')).toEqual([{ message: 'must be a non-empty string; got " "' }]);
    expect(nonEmptyString(undefined)).toEqual([{ message: 'required: a non-empty string' }]);
    expect(anyString(5)).toEqual([{ message: 'must be a string; got 5' }]);
    expect(anyString('')).toEqual([]);
    expect(idString(5)).toEqual([{ message: "must be an id of lower-case letters, digits and hyphens, e.g. 'my-regime'; got 5" }]);
    expect(isoDate('2019-02-30')).toEqual([{ message: 'must be a calendar date \'YYYY-MM-DD\'; got "2019-02-30"' }]);
    expect(oneOf(['day', 'month'])(5)).toEqual([{ message: "must be one of 'day', 'month'; got 5" }]);
    expect(overridesIssues({ params: 5 }, false)[0]!.message).toMatch(/^must be an object with meteredShare, meteringWaitDays, .*; got 5$/);
  });
});

describe('loadRegimeFile', () => {
  it('says why a file cannot be read', () => {
    const file = join(tmpdir(), `immsim-not-a-dir-${process.pid}.json`);
    writeFileSync(file, '{}');
    try {
      expect(issuesOf(() => loadRegimeFile(join(file, 'x.json')))[0]!.message).toMatch(/^cannot read '.*x\.json': a part of the path is not a folder$/); // no raw errno code (issue 9)
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('says a directory is not a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'immsim-dir-'));
    try {
      expect(issuesOf(() => loadRegimeFile(dir))).toEqual([{ path: ['file'], message: `cannot read '${dir}': is a directory, not a file` }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
