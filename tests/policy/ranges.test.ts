import { describe, expect, it } from 'vitest';
import { regimeAt } from '../../src/policy/regime-at.js';
import { paramRanges, PATH_RANGES, RECORD_RANGES, rangeOverrideIssues } from '../../src/policy/ranges.js';
import { PARAMS_SPEC, walkSpec } from '../../src/policy/schema.js';
import { REGIME_IDS, regimes } from '../../src/policy/snapshots.js';
import { numberIssue } from '../../src/policy/zod-kit.js';
import { readFileSync } from 'node:fs';

const calibration = JSON.parse(readFileSync(new URL('../../data/reference/calibration-inputs.json', import.meta.url), 'utf8')) as { records: { id: string }[] };

// Every snapshot plus one date in each month 2016–2021, so eras between snapshots are covered too.
const dates = Array.from({ length: 72 }, (_, i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`);
const all = [...REGIME_IDS.map((id) => regimes[id]), ...dates.map((d) => regimeAt(d as `${number}-${number}-${number}`))];

describe('parameter ranges', () => {
  it('gives every parameter of every regime a range inside its domain that holds its value', () => {
    for (const r of all) {
      const ranges = paramRanges(r.params);
      let count = 0;
      walkSpec(r.params, PARAMS_SPEC, () => count++);
      expect(ranges).toHaveLength(count);
      for (const x of ranges) {
        const where = `${r.id} ${x.id}: [${x.low}, ${x.high}] value ${x.value}`;
        expect(x.low, where).toBeLessThanOrEqual(x.high);
        // Both ends in the domain (0 is allowed at the low end only where the value itself is 0 for days/shares > 0).
        if (x.value > 0 || (x.kind !== 'days' && x.kind !== 'positive-share')) {
          expect(numberIssue(x.low, x.kind), where).toBeUndefined();
          expect(numberIssue(x.high, x.kind), where).toBeUndefined();
        }
        expect(x.low, where).toBeLessThanOrEqual(x.value + 1e-12);
        expect(x.high, where).toBeGreaterThanOrEqual(x.value - 1e-12);
        expect(x.reason.length, where).toBeGreaterThan(10);
      }
    }
  });

  it('keeps a zero weight at zero (uncertainty does not open a move the era does not use)', () => {
    const t = paramRanges(regimes['pep-2016'].params).find((x) => x.id === 'disposition.single-adult.mexico.title42')!;
    expect([t.low, t.high]).toEqual([0, 0]);
  });

  it('cites only records that exist, and explicit path rules match real parameters', () => {
    const ids = new Set(calibration.records.map((r) => r.id));
    for (const id of Object.keys(RECORD_RANGES)) expect(ids.has(id), id).toBe(true);
    const paths: string[] = [];
    walkSpec(undefined, PARAMS_SPEC, (p) => paths.push(p.join('.')));
    for (const pattern of Object.keys(PATH_RANGES)) {
      const re = new RegExp(`^${pattern.split('.').map((s) => (s === '*' ? '[^.]+' : s.replace(/[-]/g, '\\-'))).join('\\.')}(\\.|$)`);
      expect(paths.some((p) => re.test(p)), pattern).toBe(true);
    }
  });

  it('takes user ranges by path and pattern, the most specific first', () => {
    const rs = paramRanges(regimes['mpp-2019'].params, { '*': { relative: [1, 1] }, cfPositive: [0.5, 0.9], 'custody.*': { relative: [0.9, 1.1] } });
    const by = Object.fromEntries(rs.map((x) => [x.id, x]));
    expect([by.cfPositive!.low, by.cfPositive!.high]).toEqual([0.5, 0.9]);
    expect(by['custody.single-adult.detain']!.high).toBeCloseTo(0.88);
    expect(by.orrDays!.low).toBe(by.orrDays!.high);
    expect(by.cfPositive!.basis).toBe('user');
  });

  it('refuses a range outside the domain with one line naming the parameter', () => {
    expect(rangeOverrideIssues({ cfPositive: [0.5, 1.2] }, ['ranges'])).toEqual([
      { path: ['ranges', 'cfPositive'], message: 'range high end must be a share between 0 and 1; got 1.2' },
    ]);
    expect(rangeOverrideIssues({ cfDays: [-3, 5] }, ['ranges'])[0]!.message).toBe('range low end must be a number of days greater than 0; got -3');
    expect(rangeOverrideIssues({ 'recross.afterReturn': [-0.1, 0.2] }, [])[0]!.path).toEqual(['recross.afterReturn']);
    expect(rangeOverrideIssues({ nope: [0, 1] }, [])[0]!.message).toMatch(/matches no parameter/);
    expect(rangeOverrideIssues({ cfPositive: [0.9, 0.5] }, [])[0]!.message).toMatch(/above the high end/);
    expect(rangeOverrideIssues({ cfPositive: { relative: [-1, 1] } }, [])[0]!.message).toMatch(/0 or more/);
    expect(rangeOverrideIssues({ cfPositive: 'wide' }, [])[0]!.message).toMatch(/\[low, high\]/);
    expect(rangeOverrideIssues({ cfPositive: [0.6, 0.8], disposition: { relative: [0.8, 1.2] } }, [])).toEqual([]);
  });
});
