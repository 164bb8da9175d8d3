// The capacity chart: one panel per resource with capacity as dashed steps against use, the court's backlog and
// waits; well-formed SVG; an unlimited capacity is not drawn; tooltips carry the numbers.
import { describe, expect, it } from 'vitest';
import { capacityPanels } from '../../src/capacity/chart-panels.js';
import { CapacityModel } from '../../src/capacity/hooks.js';
import { capacityReport } from '../../src/capacity/report.js';
import { RESOURCE } from '../../src/history/capacity-hooks.js';
import { CAPACITY_COLORS, capacityChart } from '../../src/report/capacity-chart.js';
import { parseXml, type XmlElement } from '../report/xml.js';

const all = (e: XmlElement): XmlElement[] => [e, ...e.children.flatMap(all)];

describe('capacityChart', () => {
  const m = new CapacityModel({ scale: 0.001, interiorDetainees: false, changes: [{ resource: 'orr-beds', op: 'set', value: Infinity, from: '2020-01-01' }] });
  for (let p = 0; p < 60; p++) m.request(RESOURCE.iceBed, 0, p); // 34 beds at this scale: 26 released for lack of room
  const report = capacityReport(m);
  const svg = capacityChart({ months: report.months, panels: capacityPanels(report), provenance: { model: '0.1.0', seed: 7 } });
  const root = parseXml(svg);
  const panels = all(root).filter((e) => e.attrs.class === 'panel');

  it('draws a panel per bed resource, releases, backlog and waits', () => {
    expect(panels.map((p) => p.attrs['data-panel'])).toEqual(['cbp-holding', 'ice-beds', 'family-beds', 'orr-beds', 'releases', 'court-backlog', 'court-wait']);
  });

  it('shows capacity as dashed red steps, and not where it is unlimited', () => {
    const orr = panels.find((p) => p.attrs['data-panel'] === 'orr-beds')!;
    const cap = all(orr).find((e) => e.attrs['data-line'] === 'capacity')!;
    expect(cap.attrs.stroke).toBe(CAPACITY_COLORS.capacity);
    expect(cap.attrs['stroke-dasharray']).toBeDefined();
    // 51 months before 2020-01 have a finite capacity (two points per month step); none after.
    expect(cap.attrs.d!.match(/[ML]/g)!.length).toBe(2 * 51);
  });

  it('tooltips carry the month and numbers (releases for lack of room in Oct 2015)', () => {
    const rel = panels.find((p) => p.attrs['data-panel'] === 'releases')!;
    const tip = all(rel).find((e) => e.attrs['data-month'] === '2015-10')!;
    expect(tip.children[0]!.text).toMatch(/ice-beds 26,000/);
    expect(svg).toContain('seed 7');
  });
});
