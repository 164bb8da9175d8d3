// ICE adult beds held by interior detainees (ICE-arrest book-ins × the year's length of stay): the model's own
// detainees get what they leave free; occupancy (own + interior) never exceeds capacity on a day with an admission;
// more beds never raise releases for lack of space; unlimited capacity has no interior detainees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChange } from '../../src/capacity/changes.js';
import { CapacityModel } from '../../src/capacity/hooks.js';
import { ICE_ARREST_BOOKINS, interiorBookins, interiorOccupancy, STAY_DAYS } from '../../src/capacity/ice-interior.js';
import { capacityReport } from '../../src/capacity/report.js';
import { dayNumber } from '../../src/domain/dates.js';
import { REFUSE, RESOURCE } from '../../src/history/capacity-hooks.js';
import { FC } from '../helpers/law.js';

const W = { first: dayNumber('2015-10-01'), last: dayNumber('2022-09-30') };

describe('interior ICE detainees', () => {
  it('book-ins of a month sum to the published ICE-arrest book-ins (FY2019–FY2021)', () => {
    for (const [m, v] of Object.entries(ICE_ARREST_BOOKINS)) {
      const [y, mm] = m.split('-').map(Number) as [number, number];
      let s = 0;
      for (let d = dayNumber(`${m}-01`); d < dayNumber(mm === 12 ? `${y + 1}-01-01` : `${y}-${String(mm + 1).padStart(2, '0')}-01`); d++) s += interiorBookins(d);
      expect(s).toBeCloseTo(v, 6);
    }
  });

  it("Little's law: a steady year's daily population is its book-ins a day × the stay (FY2017, constant inflow)", () => {
    const occ = interiorOccupancy(W);
    const d = dayNumber('2017-06-01');
    expect(occ[d - W.first]!).toBeCloseTo(interiorBookins(d) * Math.round(STAY_DAYS[2017]!.value), 0);
  });

  it('the model gets the beds the interior detainees leave free; own + interior never exceeds the capacity on a day with an admission', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 90 })), { maxLength: 400 }), (asks) => {
        const m = new CapacityModel({ scale: 0.001 });
        const sorted = [...asks].sort((a, b) => a[0] - b[0]);
        const leaves: { day: number; p: number }[] = [];
        sorted.forEach(([day, stay], p) => {
          for (leaves.sort((a, b) => a.day - b.day); leaves.length && leaves[0]!.day <= day; ) {
            const l = leaves.shift()!;
            m.release(RESOURCE.iceBed, l.day, l.p);
          }
          if (m.request(RESOURCE.iceBed, day, p) === day) leaves.push({ day: day + stay, p });
        });
        const beds = m.beds[RESOURCE.iceBed]!;
        for (let i = 0; i < beds.admissions.length; i++) {
          if (beds.admissions[i]! === 0) continue;
          const total = m.set.on('ice-beds', m.window.first + i);
          expect(beds.occupancy[i]! + Math.round(m.iceInterior[i]!)).toBeLessThanOrEqual(total);
        }
      }),
      { ...FC, numRuns: Math.min(FC.numRuns, 25) },
    );
  });

  it('interior detainees take beds: with them, the same asks are refused sooner; more beds never raise releases', () => {
    const asks = Array.from({ length: 60 }, (_, p) => p);
    const withInterior = new CapacityModel({ scale: 0.001 });
    const without = new CapacityModel({ scale: 0.001, interiorDetainees: false });
    const more = new CapacityModel({ scale: 0.001, changes: [parseChange('ice-beds=+5000@2015-10')] });
    const refused = (m: CapacityModel) => asks.filter((p) => m.request(RESOURCE.iceBed, 0, p) === REFUSE).length;
    const a = refused(withInterior);
    expect(a).toBeGreaterThan(refused(without));
    expect(refused(more)).toBeLessThanOrEqual(a);
    expect(capacityReport(withInterior).occupancy['ice-beds']!.occupancy[0]!).toBeCloseTo(34000, -3);
  });

  it('unlimited capacity has no interior detainees (history mode without capacity, exactly)', () => {
    const m = new CapacityModel({ unlimited: true });
    expect(m.iceInterior.every((v) => v === 0)).toBe(true);
  });
});
