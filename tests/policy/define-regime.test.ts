import { describe, expect, it } from 'vitest';
import { issuesOf } from '../helpers/issues.js';
import { defineMeasure, defineRegime } from '../../src/policy/define-regime.js';
import { regimeAt } from '../../src/policy/regime-at.js';
import { regimes } from '../../src/policy/snapshots.js';
import { regimeIssues } from '../../src/policy/validate.js';

const section7 = () =>
  defineMeasure({
    id: 'section-7-accepted-2017',
    name: 'Mexico accepts Section 7 returns (hypothetical)',
    from: '2017-02-20',
    until: null,
    datePrecision: 'day',
    authority: 'hypothetical',
    changes: 'Mexico accepts returns of non-Mexicans from Feb 2017, so MPP runs two years early.',
    sets: { mpp: true, 'mpp-expansion': true, 'mexico-refuses-section-7': false },
    params: { mppHearingIntervalDays: 90, custody: { 'family-unit': { returnToMexico: 0.2 } } },
  });

describe('defineMeasure', () => {
  it('validates and freezes, defaulting until and datePrecision', () => {
    const m = defineMeasure({ id: 'x-1', name: 'X', from: '2018-01-01', authority: 'hypothetical', changes: 'something' });
    expect(m.until).toBeNull();
    expect(m.datePrecision).toBe('day');
    expect(Object.isFrozen(m)).toBe(true);
  });
  it('reports every problem with its field', () => {
    const issues = issuesOf(() =>
      defineMeasure({ id: 'Bad Id', name: '', from: '2018-02-30', until: '2017-01-01', authority: 'a', changes: 'c', sets: { nope: true } as never }),
    );
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['id', 'name', 'from', 'sets.nope']));
    expect(issues.find((i) => i.path[0] === 'sets')!.message).toMatch(/unknown measure; allowed: pep, cuban-parole/);
  });
  it('rejects until before from', () => {
    const issues = issuesOf(() => defineMeasure({ id: 'x', name: 'X', from: '2018-01-01', until: '2017-01-01', authority: 'a', changes: 'c' }));
    expect(issues).toEqual([{ path: ['until'], message: "must be on or after from (2018-01-01); got '2017-01-01'" }]);
  });
});

describe('defineRegime', () => {
  it('supports "What if Mexico had accepted Section 7 returns in 2017"', () => {
    const r = defineRegime('kelly-2017', { measures: [section7()] });
    expect(r.inForce.mpp).toBe(true);
    expect(r.inForce['mpp-expansion']).toBe(true);
    expect(r.inForce['mexico-refuses-section-7']).toBe(false);
    expect(r.measures).toContain('section-7-accepted-2017');
    expect(r.measures).not.toContain('mexico-refuses-section-7');
    expect(r.date).toBe('2017-06-01');
    expect(r.id).toBe('kelly-2017-with-section-7-accepted-2017');
    expect(r.params.custody['family-unit'].returnToMexico).toEqual({ value: 0.2, source: { assumption: 'user override (measure section-7-accepted-2017)' } });
    // The era already carries a return weight (EO 13767 authorises it), so the counterfactual works without params too.
    expect(regimes['kelly-2017'].params.custody['single-adult'].returnToMexico.value).toBeGreaterThan(0);
    expect(regimeIssues(r)).toEqual([]);
    expect(r.description).toContain('section-7-accepted-2017');
  });

  it('number overrides become user-override Params; Params are kept', () => {
    const r = defineRegime('mpp-2019', {
      id: 'mpp-strict',
      params: { cfPositive: 0.3, ijReversal: { value: 0.1, source: { record: 'cf_ij_review_reversal_jun2018', note: 'rounded' } } },
    });
    expect(r.params.cfPositive).toEqual({ value: 0.3, source: { assumption: 'user override' } });
    expect(r.params.ijReversal.source).toEqual({ record: 'cf_ij_review_reversal_jun2018', note: 'rounded' });
    expect(r.params.cfDays).toEqual(regimes['mpp-2019'].params.cfDays);
    expect(r.id).toBe('mpp-strict');
    expect(Object.isFrozen(r.params.cfPositive)).toBe(true);
    expect(regimes['mpp-2019'].params.cfPositive.value).not.toBe(0.3);
  });

  it('switches measures on and off and keeps `measures` in step', () => {
    const r = defineRegime('2019-12-01', { inForce: { 'transit-bar': false, 'title-42': true } });
    expect(r.inForce['transit-bar']).toBe(false);
    expect(r.inForce['title-42']).toBe(true);
    expect(r.measures).toContain('title-42');
    expect(r.measures).not.toContain('transit-bar');
    expect(r.id).toBe('regime-2019-12-01-modified');
  });

  it('a date base is regimeAt; a date override rebuilds an id base at that date', () => {
    expect(defineRegime('2018-06-01')).toEqual(regimeAt('2018-06-01'));
    const r = defineRegime('mpp-2019', { date: '2019-03-01' });
    expect(r.date).toBe('2019-03-01');
    expect(r.inForce['mpp-expansion']).toBe(false);
    expect(r.params).toEqual(regimeAt('2019-03-01').params);
  });

  it('works from a Regime object: custom measures apply at its date', () => {
    const base = defineRegime('kelly-2017', { id: 'k', params: { cfPositive: 0.5 } });
    const r = defineRegime(base, { measures: [section7()], id: 'k2' });
    expect(r.params.cfPositive.value).toBe(0.5);
    expect(r.inForce.mpp).toBe(true);
    expect(r.measures).toContain('section-7-accepted-2017');
    const again = defineRegime(r, { id: 'k3', inForce: { mpp: false } });
    expect(again.measures).toContain('section-7-accepted-2017');
    expect(again.inForce.mpp).toBe(false);
  });

  it('a measure not in force on the date is refused (it would change nothing but the id)', () => {
    const later = defineMeasure({ id: 'later', name: 'Later', from: '2020-01-01', authority: 'h', changes: 'c', sets: { mpp: true } });
    const issues = issuesOf(() => defineRegime('kelly-2017', { measures: [later] }));
    expect(issues).toEqual([{ path: ['measures', 0], message: expect.stringMatching(/^must be in force on the regime's date 2017-\d\d-\d\d \(it is in force from 2020-01-01\)/) }]);
    // With the regime's date moved into the measure's time, it applies.
    expect(defineRegime('kelly-2017', { date: '2020-02-01', measures: [later] }).inForce.mpp).toBe(true);
  });

  it('a built-in id cannot be reused for another regime; a date override renames the regime', () => {
    expect(issuesOf(() => defineRegime('pep-2016', { id: 'mpp-2019' }))[0]).toEqual({ path: ['id'], message: expect.stringMatching(/^must not be a built-in regime id \('mpp-2019'\)/) });
    const moved = defineRegime('pep-2016', { date: '2019-12-01' });
    expect(moved.id).toBe('pep-2016-rules-of-2019-12-01');
    expect(moved.label).toBe('Rules in force on 2019-12-01');
    expect(moved.label).not.toContain(regimes['pep-2016'].label);
  });

  it('refuses to move a Regime object to another date, naming the way out', () => {
    const issues = issuesOf(() => defineRegime(regimes['mpp-2019'], { date: '2019-06-01' }));
    expect(issues[0]!.path).toEqual(['date']);
    expect(issues[0]!.message).toContain("defineRegime('2019-06-01'");
  });

  it('reports bad bases and overrides with paths and allowed values', () => {
    const bad = issuesOf(() => defineRegime('mpp-2018' as never));
    expect(bad[0]!.path).toEqual(['base']);
    expect(bad[0]!.message).toMatch(/pep-2016, kelly-2017, zero-tolerance-2018, mpp-2019, title42-2020, biden-2021/);
    const issues = issuesOf(() =>
      defineRegime('mpp-2019', { params: { cfPositive: 1.4, custody: { 'single-adult': { detain: -1 } } }, inForce: { foo: true } as never }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ['params', 'cfPositive'], message: 'must be a share between 0 and 1; got 1.4' },
        { path: ['params', 'custody', 'single-adult', 'detain'], message: 'must be a weight of 0 or more; got -1' },
        expect.objectContaining({ path: ['inForce', 'foo'], message: expect.stringMatching(/^unknown measure; allowed: pep, cuban-parole, /) }),
      ]),
    );
  });

  it('rejects overrides that zero every weight in a record', () => {
    const issues = issuesOf(() => defineRegime('pep-2016', { params: { decision: { noFear: { relief: 0, removalOrder: 0, voluntaryDeparture: 0, terminated: 0 } } } }));
    expect(issues).toEqual([
      { path: ['params', 'decision', 'noFear'], message: 'at least one weight must be greater than 0 (relief, removalOrder, voluntaryDeparture, terminated); all are 0' },
    ]);
  });
});
