// Every capacity value is sourced: a record that exists in data/reference, a cited public page, or an assumption
// with a reason; values are non-negative, counts are whole, and each series is dated inside the data range.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRACTIONAL_IDS, RESOURCES, SHARE_IDS } from '../../src/capacity/registry.js';
import { DATA_RANGE } from '../../src/capacity/types.js';

const history = JSON.parse(readFileSync(new URL('../../data/reference/history-inputs.json', import.meta.url), 'utf8')) as {
  records: { id: string; value: unknown }[];
  series: { id: string }[];
};
const calibration = JSON.parse(readFileSync(new URL('../../data/reference/calibration-inputs.json', import.meta.url), 'utf8')) as {
  records: { id: string }[];
};
const KNOWN = new Set([...history.records.map((r) => r.id), ...history.series.map((s) => s.id), ...calibration.records.map((r) => r.id)]);

describe('the capacity catalogue', () => {
  it.each(RESOURCES.map((r) => [r.id, r] as const))('%s: every point is sourced, dated and in range', (_id, r) => {
    expect(r.points.length).toBeGreaterThan(0);
    expect(r.points[0]!.from).toBe(DATA_RANGE.from);
    for (const p of r.points) {
      expect(p.from >= DATA_RANGE.from && p.from <= DATA_RANGE.to, p.from).toBe(true);
      expect(p.value, `${r.id} ${p.from}`).toBeGreaterThanOrEqual(0);
      if (Number.isFinite(p.value) && !FRACTIONAL_IDS.has(r.id)) expect(Number.isInteger(p.value), `${r.id} ${p.from}`).toBe(true);
      if (SHARE_IDS.has(r.id)) expect(p.value).toBeLessThanOrEqual(1);
      const s = p.source as Record<string, string | undefined>;
      if ('record' in s) expect(KNOWN.has(s.record!), `${r.id} ${p.from}: unknown record ${s.record}`).toBe(true);
      else if ('url' in s) expect(s.url!.startsWith('https://') && s.title!.length > 5 && /^\d{4}-\d{2}/.test(s.date!)).toBe(true);
      else expect(s.assumption!.trim().length, `${r.id} ${p.from}: assumption without a reason`).toBeGreaterThanOrEqual(10);
    }
    const dates = r.points.map((p) => p.from);
    expect([...dates].sort()).toEqual(dates);
  });

  it('numbers taken straight from a record equal the record', () => {
    const rec = (id: string) => history.records.find((r) => r.id === id)!.value;
    const point = (rid: string, from: string) => RESOURCES.find((r) => r.id === rid)!.points.find((p) => p.from === from)!.value;
    expect(point('ice-beds', '2015-10-01')).toBe(rec('ice_funded_beds_fy2016'));
    expect(point('ice-beds', '2017-10-01')).toBe(rec('ice_funded_beds_fy2018'));
    expect(point('ice-beds', '2020-10-01')).toBe(rec('ice_funded_beds_fy2021'));
    expect(point('family-beds', '2015-10-01')).toBe(rec('frc_capacity_total_2019'));
    expect(point('judges', '2015-10-01')).toBe(rec('ij_count_2015_09'));
    expect(point('judges', '2018-08-10')).toBe(rec('ij_count_2018_08_10'));
    expect(point('cbp-holding', '2015-10-01')).toBe(rec('cbp_swb_holding_capacity_2019_03'));
    expect(point('metering-san-ysidro', '2019-01-25')).toBe(rec('metering_san_ysidro_cap_2019_01_25'));
    expect(point('orr-beds', '2021-03-31')).toBe(rec('orr_beds_target_2021_03'));
  });
});
