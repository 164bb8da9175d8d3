import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { regimes, REGIME_IDS } from '../../src/policy/snapshots.js';
import { PARAMS_SPEC, parseRegime, regimeIssues, walkSpec } from '../../src/policy/validate.js';

fc.configureGlobal({ seed: 42, numRuns: 200 });

const clone = () => JSON.parse(JSON.stringify(regimes['mpp-2019'])) as Record<string, any>;
const at = (issues: { path: (string | number)[]; message: string }[], path: string) => issues.filter((i) => i.path.join('.') === path).map((i) => i.message);

// Every Param position with its kind, for property tests.
const positions: { path: string[]; kind: string }[] = [];
walkSpec(regimes['mpp-2019'].params, PARAMS_SPEC, (path, _v, kind) => positions.push({ path, kind }));

function setValue(o: Record<string, any>, path: string[], value: unknown) {
  let t = o.params;
  for (const k of path.slice(0, -1)) t = t[k];
  t[path.at(-1)!].value = value;
}

describe('regimeIssues: full regimes', () => {
  it('accepts every snapshot, also after a JSON round trip', () => {
    for (const id of REGIME_IDS) {
      const json = JSON.parse(JSON.stringify(regimes[id]));
      expect(regimeIssues(json)).toEqual([]);
      expect(parseRegime(json)).toEqual(regimes[id]);
    }
  });

  it('names the field and the range for out-of-range values', () => {
    const r = clone();
    r.params.cfPositive.value = 1.4;
    r.params.cfDays.value = 0;
    r.params.disposition['single-adult'].mexico.nta.value = -2;
    r.params.decisionPerHearing.value = 0;
    const issues = regimeIssues(r);
    expect(at(issues, 'params.cfPositive.value')).toEqual(['must be a share between 0 and 1; got 1.4']);
    expect(at(issues, 'params.cfDays.value')).toEqual(['must be a number of days greater than 0; got 0']);
    expect(at(issues, 'params.disposition.single-adult.mexico.nta.value')).toEqual(['must be a weight of 0 or more; got -2']);
    expect(at(issues, 'params.decisionPerHearing.value')).toEqual(['must be a share greater than 0 and at most 1; got 0']);
  });

  it('rejects non-finite and non-numeric values', () => {
    const r = clone();
    r.params.orrDays.value = Number.POSITIVE_INFINITY;
    r.params.appearance.value = Number.NaN;
    r.params.representation.value = '0.3';
    const issues = regimeIssues(r);
    expect(at(issues, 'params.orrDays.value')[0]).toMatch(/^must be a number of days greater than 0 \(a finite number\); got Infinity/);
    expect(at(issues, 'params.appearance.value')[0]).toMatch(/finite number\); got NaN/);
    expect(at(issues, 'params.representation.value')[0]).toMatch(/got "0.3"/);
  });

  it('needs at least one positive weight per weights record', () => {
    const r = clone();
    for (const k of ['title42', 'orr', 'repatriate']) r.params.disposition.uac.other[k].value = 0;
    expect(regimeIssues(r)).toEqual([
      { path: ['params', 'disposition', 'uac', 'other'], message: 'at least one weight must be greater than 0 (title42, orr, repatriate); all are 0' },
    ]);
  });

  it('treats unknown keys as errors and lists what is allowed', () => {
    const r = clone();
    r.extra = 1;
    r.params.cfPositve = r.params.cfPositive;
    r.inForce.foo = true;
    r.params.custody['single-adult'].jail = r.params.custody['single-adult'].detain;
    r.params.cfDays.sorce = 'x';
    const issues = regimeIssues(r);
    expect(at(issues, 'extra')).toEqual(['unknown field; allowed: id, label, date, description, measures, inForce, params']);
    expect(at(issues, 'params.cfPositve')[0]).toMatch(/^unknown parameter; allowed: meteredShare, .*cfPositive, /);
    expect(at(issues, 'inForce.foo')[0]).toMatch(/^unknown measure; allowed: pep, cuban-parole, cuban-er-exception, eo-13767, .*mpp-reimplementation, nondetained-hearings-postponed$/);
    expect(at(issues, 'params.custody.single-adult.jail')).toEqual(['unknown weight; allowed: detain, familyDetain, parole, release, returnToMexico']);
    expect(at(issues, 'params.cfDays.sorce')).toEqual(['unknown field; allowed: value, source']);
  });

  it('reports missing fields', () => {
    const r = clone();
    delete r.params.cfPositive;
    delete r.inForce.mpp;
    delete r.params.recross;
    delete r.label;
    const issues = regimeIssues(r);
    expect(at(issues, 'params.cfPositive')).toEqual(['required: { value, source }']);
    expect(at(issues, 'inForce.mpp')).toEqual(['required: true or false']);
    expect(at(issues, 'params.recross')[0]).toMatch(/^required: an object with afterExpulsion, afterReturn, afterRemoval/);
    expect(at(issues, 'label')).toEqual(['required: a non-empty string']);
  });

  it('checks sources', () => {
    const r = clone();
    r.params.cfPositive.source = {};
    r.params.cfDays.source = { record: 'a', assumption: 'b' };
    r.params.orrDays.source = { assumption: '' };
    r.params.ijReviewDays.source = { assumption: 'x', note: 'y' };
    r.params.removalDays.source = 'user';
    const issues = regimeIssues(r);
    expect(at(issues, 'params.cfPositive.source')).toEqual(['must have exactly one of record, reference, assumption; got none']);
    expect(at(issues, 'params.cfDays.source')).toEqual(['must have exactly one of record, reference, assumption; got record, assumption']);
    expect(at(issues, 'params.orrDays.source.assumption')).toEqual(['must be a non-empty string; got ""']);
    expect(at(issues, 'params.ijReviewDays.source.note')).toEqual(['not allowed with assumption (put the reason in assumption)']);
    expect(at(issues, 'params.removalDays.source')[0]).toMatch(/^must be \{ record: '<id>', note\? \}, \{ reference: '<section>', note\? \} or \{ assumption: '<reason>' \}; got "user"/);
  });

  it('checks date, id, inForce values and that measures match inForce', () => {
    const r = clone();
    r.date = '2022-01-01';
    r.id = 'My Regime';
    r.inForce.pep = 'yes';
    r.measures = r.measures.filter((m: string) => m !== 'mpp');
    const issues = regimeIssues(r);
    expect(at(issues, 'date')).toEqual(["must be between 2014-11-20 and 2021-12-31 (the modelled range); got '2022-01-01'"]);
    expect(at(issues, 'id')[0]).toMatch(/^must be an id of lower-case letters, digits and hyphens/);
    expect(at(issues, 'inForce.pep')).toEqual(['must be true or false; got "yes"']);
    expect(at(issues, 'measures')).toEqual(["must list 'mpp' (inForce.mpp is true)"]);
  });

  it('property: any share pushed above 1 is reported at its path', () => {
    const shares = positions.filter((p) => p.kind === 'share');
    fc.assert(
      fc.property(fc.constantFrom(...shares), fc.double({ min: 1.0001, max: 1e6, noNaN: true }), (pos, v) => {
        const r = clone();
        setValue(r, pos.path, v);
        const issues = regimeIssues(r);
        expect(issues).toEqual([{ path: ['params', ...pos.path, 'value'], message: `must be a share between 0 and 1; got ${JSON.stringify(v)}` }]);
      }),
    );
  });

  it('property: any negative or zero day count is reported at its path', () => {
    const days = positions.filter((p) => p.kind === 'days');
    fc.assert(
      fc.property(fc.constantFrom(...days), fc.double({ min: -1e6, max: 0, noNaN: true }), (pos, v) => {
        const r = clone();
        setValue(r, pos.path, v);
        expect(regimeIssues(r)).toEqual([{ path: ['params', ...pos.path, 'value'], message: `must be a number of days greater than 0; got ${JSON.stringify(v)}` }]);
      }),
    );
  });

  it('property: every issue has a path and a message saying what is allowed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...positions), fc.oneof(fc.string(), fc.constant(null), fc.double()), (pos, v) => {
        const r = clone();
        setValue(r, pos.path, v);
        for (const i of regimeIssues(r)) {
          expect(i.path.length).toBeGreaterThan(0);
          expect(i.message).toMatch(/^(must|at least one)/);
        }
      }),
    );
  });
});

describe('regimeIssues / parseRegime: overrides form', () => {
  it('builds a regime from a base id or date', () => {
    const r = parseRegime({ base: 'kelly-2017', id: 'kelly-no-detention', params: { custody: { 'single-adult': { detain: 0 } } } });
    expect(r.id).toBe('kelly-no-detention');
    expect(r.params.custody['single-adult'].detain).toEqual({ value: 0, source: { assumption: 'user override' } });
    expect(parseRegime({ base: '2020-07-01', inForce: { 'title-42': false } }).inForce['title-42']).toBe(false);
  });

  it('reports a bad base naming ids and the date range', () => {
    expect(regimeIssues({ base: 'mpp' })).toEqual([
      { path: ['base'], message: `must be a regime id (${REGIME_IDS.join(', ')}) or a date 'YYYY-MM-DD'; got "mpp"` },
    ]);
    expect(regimeIssues({ base: '2013-05-01' })[0]!.message).toMatch(/between 2014-11-20 and 2021-12-31/);
  });

  it('reports unknown keys, bad params, bad measures and bad dates', () => {
    const issues = regimeIssues({
      base: 'mpp-2019',
      bsae: 1,
      date: '2019-02-30',
      params: { cfPositive: 1.4, recross: { afterExpulsion: -0.1 } },
      measures: [{ id: 'm', name: 'M', from: '2019-01-01', until: null, datePrecision: 'week', authority: 'a', changes: 'c' }],
    });
    expect(at(issues, 'bsae')[0]).toMatch(/^unknown field; allowed: base, id, label, description, date, measures, inForce, params$/);
    expect(at(issues, 'date')[0]).toMatch(/^must be a calendar date 'YYYY-MM-DD' between 2014-11-20 and 2021-12-31; got "2019-02-30"/);
    expect(at(issues, 'params.cfPositive')).toEqual(['must be a share between 0 and 1; got 1.4']);
    expect(at(issues, 'params.recross.afterExpulsion')).toEqual(['must be a share between 0 and 1; got -0.1']);
    expect(at(issues, 'measures.0.datePrecision')).toEqual(["must be one of 'day', 'month'; got \"week\""]);
    expect(regimeIssues({ base: 'mpp-2019', measures: 'mpp' })).toEqual([{ path: ['measures'], message: 'must be a list of measures; got "mpp"' }]);
  });

  it('rejects non-objects', () => {
    expect(regimeIssues(42)[0]!.message).toMatch(/^a regime must be an object/);
    expect(() => parseRegime(null)).toThrow(ImmsimError);
  });

  it('parseRegime throws one ImmsimError listing every issue', () => {
    try {
      parseRegime({ base: 'mpp-2019', params: { cfPositive: 2, cfDays: -1 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImmsimError);
      expect((e as ImmsimError).issues).toHaveLength(2);
      expect((e as Error).message).toBe('params.cfPositive: must be a share between 0 and 1; got 2; params.cfDays: must be a number of days greater than 0; got -1');
    }
  });
});
