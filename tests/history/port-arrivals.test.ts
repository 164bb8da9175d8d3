import { describe, expect, it } from 'vitest';
import reference from '../../data/reference/history-inputs.json' with { type: 'json' };
import portsReference from '../../data/reference/ports-inputs.json' with { type: 'json' };
import { portArrivalRows } from '../../scripts/history/port-rows.js';
import { publishedArrivals } from '../../src/history/arrivals.js';
import { PUBLISHED_PORT_ROWS } from '../../src/history/data/published-arrivals.js';
import { historyPaths } from '../../src/history/history-paths.js';
import { simulateHistory } from '../../src/history/simulate-history.js';

// Port-of-entry (OFO) encounters are replayed as arrivals of their own, solved per month like Border Patrol's.
const ref = reference as unknown as Parameters<typeof portArrivalRows>[0];
const series = (id: string) => ref.series.find((s) => s.id === id)!.values;

describe('port-of-entry arrivals', () => {
  it('the generated rows are the reference’s: OFO monthly totals where published (Oct 2016 – Sep 2021), demographics exact where published', () => {
    const months = PUBLISHED_PORT_ROWS.map((r) => r[0]);
    expect(PUBLISHED_PORT_ROWS).toEqual(portArrivalRows(ref, months, portsReference as Parameters<typeof portArrivalRows>[2]));
    const ofo = series('ofo_swb_monthly_total');
    for (const [month, total, sa, fmua, uac] of PUBLISHED_PORT_ROWS) {
      if (ofo[month] !== undefined) expect(total).toBe(ofo[month]);
      // FY2020 demographics are published for OFO; FY2021 derived as all-CBP minus Border Patrol: both exact.
      if (month >= '2019-10' && month <= '2020-09') expect([sa, fmua, uac]).toEqual([series('ofo_swb_monthly_single_adults')[month], series('ofo_swb_monthly_fmua')[month], series('ofo_swb_monthly_uac')[month]]);
    }
    // CBP total = Border Patrol + OFO wherever all three are published.
    const cbp = series('cbp_swb_monthly_total');
    const usbp = series('usbp_swb_monthly_total');
    for (const m of Object.keys(cbp)) expect(cbp[m]).toBe(usbp[m]! + ofo[m]!);
  });

  it('FY2018 and FY2019 October – January: UAC and family units add up to the field-office tables to date (ports-inputs.json)', () => {
    const rec = (id: string) => portsReference.records.find((r) => r.id === id)!.value as number;
    const rows = (fy: number) => PUBLISHED_PORT_ROWS.filter(([m]) => [`${fy - 1}-10`, `${fy - 1}-11`, `${fy - 1}-12`, `${fy}-01`].includes(m));
    for (const fy of [2018, 2019]) {
      const r = rows(fy);
      expect(r).toHaveLength(4);
      // Rounded per month: within 2 persons of the published sums.
      expect(Math.abs(r.reduce((t, x) => t + x[3]!, 0) - rec(`ofo_swb_fmua_fy${fy}_td_jan`))).toBeLessThanOrEqual(2);
      expect(Math.abs(r.reduce((t, x) => t + x[4]!, 0) - rec(`ofo_swb_uac_fy${fy}_td_jan`))).toBeLessThanOrEqual(2);
    }
  });

  it('encounters = between ports + at ports, each solved to its own published series; published-encounters is the CBP total', async () => {
    const r = await simulateHistory({ from: '2018-10', to: '2019-03', scale: 0.01, seed: 4, capacity: false });
    const s = r.series;
    const cbp = series('cbp_swb_monthly_total');
    r.months.forEach((m, i) => {
      expect(s.encounters.mean[i]).toBeCloseTo(s['encounters-between-ports'].mean[i]! + s['encounters-at-ports'].mean[i]!, 6);
      expect(s['published-encounters'].mean[i]).toBeCloseTo(cbp[m]!, 6);
      expect(s['published-encounters-at-ports'].mean[i]).toBeCloseTo(series('ofo_swb_monthly_total')[m]!, 6);
      expect(Math.abs(s['encounters-at-ports'].mean[i]! / s['published-encounters-at-ports'].mean[i]! - 1)).toBeLessThan(0.1);
      expect(s['first-crossings-at-ports'].mean[i]).toBeGreaterThan(0);
    });
  });

  it('people arriving at ports have entry port-of-entry and go through the ports’ law (inspection, no bond)', () => {
    const { paths } = historyPaths({ from: '2019-01', to: '2019-02', seed: 2, scale: 0.002, switches: {}, arrivals: publishedArrivals() });
    const atPorts = paths.filter((p) => p.profile.entry === 'port-of-entry');
    expect(atPorts.length).toBeGreaterThan(0);
    expect(atPorts.length).toBeLessThan(paths.length);
    expect(atPorts.every((p) => !p.steps.some((s) => s.event.type === 'RELEASE'))).toBe(true);
  });
});
