// The history engine tells the capacity hook who asks (the profile, e.g. the demographic for a family-unit docket)
// and when the court received each case (the NTA filed), so a docket can queue cases from their receipt.
import { describe, expect, it } from 'vitest';
import { cohorts } from '../../src/cohorts/index.js';
import { makeProfile } from '../../src/domain/profile.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { RESOURCE, type CapacityHooks, type ResourceIndex } from '../../src/history/capacity-hooks.js';
import { runHistory } from '../../src/history/engine.js';

/** A hook that admits everything and records what it was told. */
function recorder() {
  const receipts: { day: number; person: number; demographic: string }[] = [];
  const asks: { resource: ResourceIndex; day: number; person: number; demographic: string | undefined }[] = [];
  const hooks: CapacityHooks = {
    request: (resource, day, person, who) => (asks.push({ resource, day, person, demographic: who?.demographic }), day),
    release: () => {},
    courtReceipt: (day, person, who) => void receipts.push({ day, person, demographic: who.demographic }),
  };
  return { hooks, receipts, asks };
}

describe('history engine → capacity hook: who asks and when the court received the case', () => {
  it('every request carries the profile of the person asking', () => {
    const family = makeProfile({ citizenship: 'GT', demographic: 'family-unit', entry: 'between-ports', fearOfReturn: true });
    const rec = recorder();
    runHistory({ from: '2019-01', to: '2019-12', seed: 3, scale: 1, switches: {}, arrivals: publishedArrivals(), fixed: { day: 1200, count: 300, cohort: cohorts['swb-fy2019'], profile: family }, capacity: rec.hooks });
    expect(rec.asks.length).toBeGreaterThan(300);
    expect(new Set(rec.asks.map((a) => a.demographic))).toEqual(new Set(['family-unit']));
  });

  it('courtReceipt is called once per court receipt the engine counts, on or before the case’s first court hearing', () => {
    const rec = recorder();
    const r = runHistory({ from: '2018-10', to: '2020-09', seed: 5, scale: 1, switches: {}, arrivals: publishedArrivals(), fixed: { day: 1200, count: 2000, cohort: cohorts['swb-fy2019'] }, capacity: rec.hooks });
    const engineReceipts = r.flows['court-receipts'].reduce((s, v) => s + v, 0);
    expect(engineReceipts).toBeGreaterThan(100);
    expect(rec.receipts.length).toBe(engineReceipts);
    const firstReceipt = new Map<number, number>();
    for (const x of rec.receipts) if (!firstReceipt.has(x.person)) firstReceipt.set(x.person, x.day);
    for (const a of rec.asks) {
      if (a.resource !== RESOURCE.courtHearing) continue;
      const received = firstReceipt.get(a.person);
      expect(received, `person ${a.person} asked a court hearing on day ${a.day} without a court receipt`).toBeDefined();
      expect(received!).toBeLessThanOrEqual(a.day);
    }
    const demographics = new Set(rec.receipts.map((x) => x.demographic));
    expect([...demographics].every((d) => ['single-adult', 'family-unit', 'uac'].includes(d))).toBe(true);
  });
});
