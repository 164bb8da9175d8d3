import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { inForceOn, isMeasureInForce, measuresInForce } from '../../src/policy/in-force.js';
import { MEASURES } from '../../src/policy/measures.js';
import { measureIssues } from '../../src/policy/validate.js';
import { MEASURE_IDS } from '../../src/policy/types.js';

// The dates the brief, reference §3 and the law review (issue 10) fix, entry by entry (some ids have two or more entries).
const EXPECTED: [string, string, string | null, 'day' | 'month'][] = [
  ['pep', '2014-11-20', '2017-01-24', 'day'],
  ['cuban-parole', '2014-11-20', '2017-01-11', 'day'],
  ['cuban-er-exception', '2014-11-20', '2017-01-11', 'day'],
  ['eo-13767', '2017-01-25', null, 'day'],
  ['kelly-memos', '2017-02-20', null, 'day'],
  ['mexico-refuses-section-7', '2017-02-22', '2018-12-19', 'day'],
  ['zero-tolerance', '2018-04-06', '2021-01-26', 'day'],
  ['family-separation', '2018-05-05', '2018-06-20', 'day'],
  ['metering', '2018-04-01', '2020-03-20', 'month'],
  ['family-docket', '2018-09-01', null, 'month'],
  ['mpp', '2019-01-28', '2021-01-20', 'day'],
  ['mpp-families', '2019-02-13', '2021-01-20', 'day'],
  ['mpp-site-by-site', '2019-01-28', '2019-12-31', 'month'],
  ['mpp-site-by-site', '2021-12-08', null, 'day'],
  ['mpp-site-san-diego', '2019-01-28', '2021-01-20', 'day'],
  ['mpp-site-el-centro', '2019-03-12', '2021-01-20', 'day'],
  ['mpp-site-el-paso', '2019-03-15', '2021-01-20', 'month'],
  ['mpp-site-el-paso', '2021-12-08', null, 'day'],
  ['mpp-site-laredo', '2019-07-09', '2021-01-20', 'day'],
  ['mpp-site-rio-grande-valley', '2019-07-19', '2021-01-20', 'day'],
  ['mpp-site-del-rio', '2019-10-01', '2021-01-20', 'month'],
  ['mpp-site-tucson', '2019-11-01', '2021-01-20', 'month'],
  ['mpp-spanish-speakers-only', '2019-01-28', '2020-01-28', 'day'],
  ['mpp-brazilians', '2020-01-29', '2021-01-20', 'day'],
  ['mpp-expansion', '2019-06-07', null, 'day'],
  ['matter-of-m-s', '2019-07-15', null, 'day'],
  ['padilla-injunction', '2019-07-16', '2021-01-10', 'day'],
  ['cf-consultation-1-day', '2019-07-08', '2020-03-01', 'day'],
  ['transit-bar', '2019-07-16', '2019-07-23', 'day'],
  ['transit-bar-outside-ninth-circuit', '2019-08-16', '2019-09-08', 'day'],
  ['transit-bar', '2019-09-11', '2020-06-29', 'day'],
  ['er-expansion', '2019-07-23', '2019-09-26', 'day'],
  ['er-expansion', '2020-06-23', null, 'day'],
  ['pacr-harp', '2019-10-01', '2020-03-31', 'month'],
  ['aca-guatemala', '2019-11-21', '2020-03-16', 'day'],
  ['title-42', '2020-03-21', null, 'day'],
  ['asylum-offices-closed', '2020-03-18', '2020-06-03', 'day'],
  ['nondetained-hearings-postponed', '2020-03-18', '2020-06-26', 'day'],
  ['mpp-hearings-suspended', '2020-03-23', '2021-04-30', 'day'],
  ['pjes-injunction', '2020-11-18', '2021-01-29', 'day'],
  ['uac-title-42-exception', '2021-01-30', null, 'day'],
  ['removal-pause', '2021-01-22', '2021-01-26', 'day'],
  ['tamaulipas-family-refusal', '2021-01-27', null, 'day'],
  ['mpp-wind-down', '2021-02-19', '2021-08-12', 'day'],
  ['mpp-reimplementation', '2021-12-08', null, 'day'],
];

describe('MEASURES', () => {
  it('has exactly the expected entries and dates', () => {
    expect(MEASURES.map((m) => [m.id, m.from, m.until, m.datePrecision])).toEqual(EXPECTED);
  });

  it('covers every built-in id and no other', () => {
    expect(new Set(MEASURES.map((m) => m.id))).toEqual(new Set(MEASURE_IDS));
  });

  it('entries are valid measures with an authority and a description', () => {
    for (const m of MEASURES) {
      expect(measureIssues(m), m.id).toEqual([]);
      expect(m.authority.length).toBeGreaterThan(5);
      expect(m.changes.length).toBeGreaterThan(5);
    }
  });

  it('only measures enjoined or restarted have more than one entry, and their intervals do not overlap', () => {
    const counts = new Map<string, number>();
    for (const m of MEASURES) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([['mpp-site-by-site', 2], ['mpp-site-el-paso', 2], ['transit-bar', 2], ['er-expansion', 2]]);
  });

  describe.each(MEASURES.map((m, i) => [`${m.id} #${i}`, m] as const))('%s boundaries', (_name, m) => {
    it('is off the day before `from`, on at `from`', () => {
      expect(isMeasureInForce(m, addDays(m.from, -1))).toBe(false);
      expect(measuresInForce(addDays(m.from, -1), [m])).toEqual([]);
      expect(measuresInForce(m.from, [m])).toEqual([m.id]);
    });
    it('is on at `until` and off the day after (or on through 2021 when open-ended)', () => {
      if (m.until === null) {
        expect(measuresInForce('2021-12-31', [m])).toEqual([m.id]);
      } else {
        expect(measuresInForce(m.until, [m])).toEqual([m.id]);
        expect(measuresInForce(addDays(m.until, 1), [m])).toEqual([]);
      }
    });
  });

  describe.each(MEASURE_IDS.filter((id) => MEASURES.filter((m) => m.id === id).length === 1))('inForceOn boundaries of %s', (id) => {
    const m = MEASURES.find((x) => x.id === id)!;
    it('follows the single interval', () => {
      if (m.from > '2014-11-20') expect(inForceOn(addDays(m.from, -1))[id]).toBe(false);
      expect(inForceOn(m.from)[id]).toBe(true);
      if (m.until) {
        expect(inForceOn(m.until)[id]).toBe(true);
        expect(inForceOn(addDays(m.until, 1))[id]).toBe(false);
      }
    });
  });

  it('er-expansion is the OR of its two intervals', () => {
    const on = (d: string) => inForceOn(d)['er-expansion'];
    expect([on('2019-07-22'), on('2019-07-23'), on('2019-09-26'), on('2019-09-27')]).toEqual([false, true, true, false]);
    expect([on('2020-06-22'), on('2020-06-23'), on('2021-12-31')]).toEqual([false, true, true]);
    expect(measuresInForce('2020-07-01').filter((id) => id === 'er-expansion')).toHaveLength(1);
  });
});

describe('inForceOn with extra measures', () => {
  const extra = {
    id: 'hypothetical-mpp-2017', name: 'MPP in 2017', from: '2017-03-01', until: '2017-12-31', datePrecision: 'day' as const,
    authority: 'hypothetical', changes: 'MPP runs', sets: { mpp: true, 'mexico-refuses-section-7': false },
  };
  it('applies `sets` only while the custom measure is in force', () => {
    expect(inForceOn('2017-02-28', [extra]).mpp).toBe(false);
    expect(inForceOn('2017-03-01', [extra]).mpp).toBe(true);
    expect(inForceOn('2017-03-01', [extra])['mexico-refuses-section-7']).toBe(false);
    expect(inForceOn('2018-01-01', [extra]).mpp).toBe(false);
  });
  it('a custom measure with a built-in id adds an interval; later measures win', () => {
    const t42 = { ...extra, id: 'title-42', sets: undefined };
    expect(inForceOn('2017-06-01', [t42])['title-42']).toBe(true);
    const off = { ...extra, id: 'off', sets: { mpp: false } };
    expect(inForceOn('2017-06-01', [extra, off]).mpp).toBe(false);
    expect(inForceOn('2017-06-01', [off, extra]).mpp).toBe(true);
  });
  it('rejects invalid dates at path date', () => {
    expect(() => inForceOn('2019-02-30')).toThrow(/date: must be a calendar date/);
    expect(() => measuresInForce('yesterday')).toThrow(/date/);
  });
});

describe('the MPP wind-down and Texas v. Biden', () => {
  it('admissions of active MPP cases run from 19 Feb 2021 and stop with the injunction of 13 Aug 2021', () => {
    expect(inForceOn('2021-02-18')['mpp-wind-down']).toBe(false);
    expect(inForceOn('2021-08-12')['mpp-wind-down']).toBe(true);
    expect(inForceOn('2021-08-13')['mpp-wind-down']).toBe(false);
  });
});
