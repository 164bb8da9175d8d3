import { CAPACITY_COLORS, type CapacityPanel } from '../report/capacity-chart.js';
import type { CapacityReport } from './report.js';
import { resourceSpec } from './registry.js';

/**
 * The panels of a capacity report: occupancy against capacity for every bed resource (with children waiting for
 * ORR), releases for lack of capacity, the court's backlog, and its waits.
 * @example
 * capacityPanels(capacityReport(new CapacityModel())).map((p) => p.id).includes('court-backlog') // true
 */
export function capacityPanels(r: CapacityReport): CapacityPanel[] {
  const beds = Object.entries(r.occupancy).map(([id, o]) => ({
    id,
    title: resourceSpec(id)?.label ?? id,
    lines: [
      { label: 'capacity', values: o.capacity, color: CAPACITY_COLORS.capacity, dashed: true, step: true },
      { label: 'peak in month', values: o.peak, color: '#92c5de' },
      { label: 'held at month end', values: o.occupancy, color: CAPACITY_COLORS.used },
      ...(id === 'orr-beds' ? [{ label: 'children waiting for a bed', values: r.orrWaiting, color: CAPACITY_COLORS.second }] : []),
    ],
  }));
  const palette = [CAPACITY_COLORS.used, CAPACITY_COLORS.second, '#762a83'];
  return [
    ...beds,
    {
      id: 'releases',
      title: 'Released for lack of capacity (per month)',
      lines: Object.entries(r.releasesForLackOfCapacity).map(([id, v], i) => ({ label: id, values: v, color: palette[i % palette.length]! })),
    },
    { id: 'court-backlog', title: 'Immigration court: pending cases at month end', lines: [{ label: 'pending', values: r.court.pending, color: CAPACITY_COLORS.used }] },
    {
      id: 'court-wait',
      title: 'Immigration court: days waited',
      lines: [
        { label: 'completed in month (mean wait)', values: r.court.meanWaitOfCompletions, color: CAPACITY_COLORS.used },
        { label: 'pending at month end (mean age)', values: r.court.meanAgeOfPending, color: CAPACITY_COLORS.second },
      ],
    },
  ];
}

/**
 * The same panels from the `capacity.series` of a history result (means across replications).
 * @example
 * capacityPanelsOfResult(result.capacity!.series).length // 7
 */
export function capacityPanelsOfResult(series: Readonly<Record<string, { mean: readonly number[] }>>): CapacityPanel[] {
  const get = (id: string) => series[id]?.mean ?? [];
  const occupancy: CapacityReport['occupancy'] = {};
  const releases: CapacityReport['releasesForLackOfCapacity'] = {};
  for (const id of ['cbp-holding', 'ice-beds', 'family-beds', 'orr-beds']) {
    occupancy[id] = { capacity: get(`capacity-${id}`).map((v) => (v < 0 ? Infinity : v)), occupancy: [...get(`occupancy-${id}`)], peak: [...get(`peak-${id}`)] };
    if (id !== 'orr-beds') releases[id] = [...get(`released-no-room-${id}`)];
  }
  return capacityPanels({
    months: [],
    occupancy,
    releasesForLackOfCapacity: releases,
    orrWaiting: [...get('orr-waiting')],
    services: {},
    court: { pending: [...get('docket-pending')], meanWaitOfCompletions: [...get('docket-mean-wait')], meanAgeOfPending: [...get('docket-mean-age-pending')] } as CapacityReport['court'],
    fiscalYears: {},
  });
}
