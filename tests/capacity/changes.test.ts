// Counterfactual capacity: `judges=+100@2017-10` style changes and the JSON file form. Bad input names the field.
import { describe, expect, it } from 'vitest';
import { CapacitySet } from '../../src/capacity/capacity-set.js';
import { parseChange } from '../../src/capacity/changes.js';
import { readCapacityFile } from '../../src/capacity/validate.js';
import { dayNumber } from '../../src/domain/dates.js';
import { ImmsimError } from '../../src/domain/errors.js';

const day = (d: string) => dayNumber(d);
const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ImmsimError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected an ImmsimError');
};

describe('capacity changes', () => {
  it('adds judges from a month on and leaves earlier days alone', () => {
    const set = new CapacitySet({ changes: [parseChange('judges=+100@2017-10')] });
    const base = new CapacitySet();
    expect(set.on('judges', day('2017-09-30'))).toBe(base.on('judges', day('2017-09-30')));
    expect(set.on('judges', day('2017-10-01'))).toBe(base.on('judges', day('2017-10-01')) + 100);
    expect(set.on('judges', day('2019-06-01'))).toBe(base.on('judges', day('2019-06-01')) + 100);
  });

  it('multiplies (rounded to whole beds), sets, and makes a resource unlimited', () => {
    const set = new CapacitySet({ changes: [parseChange('ice-beds=x1.5@2019-01-15'), parseChange('mpp-hearings=0'), parseChange('orr-beds=unlimited')] });
    expect(set.on('ice-beds', day('2019-02-01'))).toBe(Math.round(45274 * 1.5));
    expect(set.on('mpp-hearings', day('2019-10-01'))).toBe(0);
    expect(set.on('orr-beds', day('2021-03-01'))).toBe(Infinity);
  });

  it('every resource unlimited keeps court productivity and shares', () => {
    const set = new CapacitySet({ unlimited: true });
    expect(set.on('judges', day('2018-01-01'))).toBe(Infinity);
    expect(set.on('completions-per-judge-day', day('2018-01-01'))).toBeCloseTo(678 / 365);
  });

  it.each([
    ['judges+100', /--capacity: cannot read 'judges\+100'/],
    ['judgez=+100@2017-10', /--capacity\.resource: unknown resource 'judgez'; allowed: .*judges/],
    ['judges=+100@2014-10', /--capacity\.from: must be within the data range 2015-10-01 … 2021-09-30/],
    ['judges=+100@2017-13', /--capacity\.from: must be a date/],
    ['judges=+1.5@2017-10', /--capacity\.value: must be a whole number for judges/],
    ['detained-share=2', /--capacity\.value: must be a share from 0 to 1/],
  ])('%s → one line naming the field', (text, re) => {
    expect(message(() => parseChange(text))).toMatch(re);
  });
});

describe('the capacity file', () => {
  it('reads series and changes', () => {
    const input = readCapacityFile({
      series: { judges: [{ from: '2015-10-01', value: 300, source: 'my count' }] },
      changes: ['ice-beds=+1000@2018-10', { resource: 'judges', op: 'add', value: 10, from: '2019-01' }],
    });
    const set = new CapacitySet(input);
    expect(set.on('judges', day('2018-01-01'))).toBe(300);
    expect(set.on('judges', day('2019-02-01'))).toBe(310);
    expect(input.series?.judges?.[0]?.source).toEqual({ assumption: 'my count' });
  });

  it.each([
    [{ series: { 'ice-beds': [{ from: '2016-01-01', value: -5 }] } }, /series\.ice-beds\.0\.value: must be ≥ 0; got -5/],
    [{ series: { 'ice-beds': [{ from: '2016-01-01', value: 10.5 }] } }, /series\.ice-beds\.0\.value: must be a whole number for ice-beds/],
    [{ series: { 'ice-beds': [{ value: 10 }] } }, /series\.ice-beds\.0\.from: is missing: every value must be dated/],
    [{ series: { 'ice-beds': [{ from: '2022-01-01', value: 10 }] } }, /series\.ice-beds\.0\.from: must be within the data range/],
    [{ series: { 'ice-beds': [{ from: '2016-02-30', value: 10 }] } }, /series\.ice-beds\.0\.from: must be a date YYYY-MM-DD/],
    [{ series: { beds: [{ from: '2016-01-01', value: 10 }] } }, /series\.beds: unknown resource; allowed:/],
    [{ series: { 'ice-beds': [] } }, /series\.ice-beds: must be a non-empty list/],
    [{ series: { 'ice-beds': [{ from: '2016-01-01', value: 'many' }] } }, /series\.ice-beds\.0\.value: must be a number/],
    [{ changes: [{ resource: 'judges', op: 'plus', value: 1, from: '2017-10' }] }, /changes\.0\.op: must be one of add, times, set/],
    [{ changes: [{ resource: 'judges', op: 'add', value: 1 }] }, /changes\.0\.from: is missing/],
    [{ changes: ['judges=+1@2030-01'] }, /changes\.0\.from: must be within the data range/],
    [{ extra: 1 }, /extra: unknown field; allowed: series, changes/],
    [[1, 2], /must be a JSON object/],
  ])('%j → one line naming the field', (json, re) => {
    expect(message(() => readCapacityFile(json))).toMatch(re);
  });
});
