// Which dated measures history charts name on the time axis (MAJOR_MEASURES): real measures, each with its reason,
// and every era of the named regimes opened by one of them.
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../src/policy/measures.js';
import { REGIME_IDS, regimes } from '../../src/policy/snapshots.js';
import type { MeasureId } from '../../src/policy/types.js';
import { measureMarkers } from '../../src/report/history-data.js';
import { MAJOR_MEASURES, majorMeasure } from '../../src/report/major-measures.js';
import { estimateTextWidth } from '../../src/report/svg/text-width.js';
import { syntheticHistory } from './history-fixture.js';

const majors = Object.entries(MAJOR_MEASURES) as [MeasureId, { label: string; reason: string }][];

describe('MAJOR_MEASURES', () => {
  it('are built-in measures, each with a short label and a reason', () => {
    const ids = new Set(MEASURES.map((m) => m.id));
    for (const [id, m] of majors) {
      expect(ids.has(id), id).toBe(true);
      expect(m.reason.length, id).toBeGreaterThan(20);
      // Short enough that about ten fit beside their lines on a 960 px chart.
      expect(estimateTextWidth(m.label, 11), id).toBeLessThan(130);
    }
    expect(majors.length).toBeLessThanOrEqual(12);
  });

  it('include, for each era of the named regimes, a measure that opens it (in force in it, not in the era before)', () => {
    for (let k = 1; k < REGIME_IDS.length; k++) {
      const before = regimes[REGIME_IDS[k - 1]!].inForce;
      const after = regimes[REGIME_IDS[k]!].inForce;
      const opening = majors.filter(([id]) => after[id] && !before[id]).map(([id]) => id);
      expect(opening, `${REGIME_IDS[k - 1]} → ${REGIME_IDS[k]}`).not.toEqual([]);
    }
  });

  it('are the markers that carry a chart label; the others have none', () => {
    const marks = measureMarkers(syntheticHistory());
    for (const m of marks) expect(m.chartLabel, m.id).toBe(majorMeasure(m.id)?.label);
    expect(marks.filter((m) => m.chartLabel).map((m) => m.id)).toEqual(expect.arrayContaining(['mpp', 'title-42', 'zero-tolerance', 'pacr-harp', 'mpp-wind-down', 'nondetained-hearings-postponed']));
    expect(majorMeasure('metering')).toBeUndefined();
    expect(majorMeasure('__proto__')).toBeUndefined();
  });
});
