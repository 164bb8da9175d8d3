// Capacity in history mode, metamorphic with common random numbers (same seed, same arrivals, same streams):
// unlimited capacity reproduces history mode without capacity exactly; more judges never raise the pending caseload
// at any month end; more beds never raise releases for lack of space. Small scale and a short range keep it fast.
import { describe, expect, it } from 'vitest';
import { parseChange } from '../../src/capacity/changes.js';
import { SERIES_IDS } from '../../src/history/series-ids.js';
import { compareHistory, simulateHistory } from '../../src/history/simulate-history.js';

const BASE = { from: '2018-10', to: '2019-09', scale: 0.002, seed: 5 } as const;

describe('capacity in history mode', () => {
  it('unlimited capacity reproduces history mode without capacity exactly (every series, every fiscal-year figure)', async () => {
    const off = await simulateHistory({ ...BASE, capacity: false });
    const inf = await simulateHistory({ ...BASE, capacity: { unlimited: true } });
    for (const id of SERIES_IDS) expect(inf.series[id].mean, id).toEqual(off.series[id].mean);
    expect(inf.fiscalYears).toEqual(off.fiscalYears);
    expect(off.capacity).toBeUndefined();
    expect(inf.capacity?.series['occupancy-ice-beds']).toBeDefined();
  });

  it('is on by default: occupancy, releases for lack of capacity, and the court figures of the queues', async () => {
    const on = await simulateHistory(BASE);
    const off = await simulateHistory({ ...BASE, capacity: false });
    expect(on.capacity).toBeDefined();
    // The queues add the cases from outside the border: the pending caseload is the court's, near a million in FY2019.
    expect(on.series['court-pending'].mean[11]!).toBeGreaterThan(off.series['court-pending'].mean[11]! + 500000);
    for (const id of ['capacity-ice-beds', 'occupancy-ice-beds', 'released-no-room-family-beds', 'docket-pending', 'docket-mean-wait']) expect(on.capacity!.series[id], id).toBeDefined();
  });

  it('more judges from FY2019 never raise the pending caseload at any month end (paired)', async () => {
    const c = await compareHistory(BASE, { capacity: { changes: [parseChange('judges=+200@2018-10')] } });
    c.difference.series['court-pending'].mean.forEach((d) => expect(d).toBeLessThanOrEqual(0));
    c.difference.capacity!.series['docket-pending']!.mean.forEach((d) => expect(d).toBeLessThanOrEqual(0));
    expect(c.difference.series['court-pending'].mean[11]!).toBeLessThan(0);
  });

  it('more beds never raise releases for lack of space (paired)', async () => {
    const c = await compareHistory(BASE, { capacity: { changes: [parseChange('family-beds=+2000@2018-10'), parseChange('ice-beds=+5000@2018-10'), parseChange('cbp-holding=+3000@2018-10')] } });
    for (const id of ['released-no-room-family-beds', 'released-no-room-ice-beds', 'released-no-room-cbp-holding']) {
      const base = c.baseline.capacity!.series[id]!.mean.reduce((a, b) => a + b, 0);
      const more = c.counterfactual.capacity!.series[id]!.mean.reduce((a, b) => a + b, 0);
      expect(more, id).toBeLessThanOrEqual(base);
    }
  });
});
