// A synthetic result shaped like issue 11's `immsim history --format json` contract (deterministic curves, no model
// run): Oct 2015 – Sep 2021, three replications' worth of intervals.
import type { HistoryChartInput } from '../../src/report/history-data.js';

export function historyMonths(from = '2015-10', count = 72): string[] {
  const [y, m] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

function series(values: number[], rel = 0.06): { mean: number[]; ci95: [number, number][] } {
  return { mean: values, ci95: values.map((v) => [Math.max(0, v * (1 - rel)), v * (1 + rel)] as [number, number]) };
}

export function syntheticHistory(overrides: Partial<HistoryChartInput> = {}): HistoryChartInput {
  const months = historyMonths();
  const t = (m: string) => Number(m.slice(0, 4)) + (Number(m.slice(5)) - 1) / 12;
  const encounters = months.map((m) => {
    const x = t(m);
    const season = 1 + 0.15 * Math.sin(((x % 1) - 0.1) * 2 * Math.PI);
    const level = x < 2017.1 ? 45000 : x < 2017.5 ? 15000 : x < 2019 ? 35000 : x < 2019.6 ? 120000 : x < 2020.2 ? 40000 : x < 2020.4 ? 17000 : 70000 + (x - 2020.4) * 80000;
    return Math.round(level * season);
  });
  const expulsions = months.map((m, i) => (t(m) >= 2020.2 ? Math.round(encounters[i]! * 0.8) : 0));
  const waiting = months.map((m) => {
    const x = t(m);
    if (x < 2019.1) return 0;
    if (x < 2020.2) return Math.round(60000 * Math.min(1, (x - 2019.1) / 0.9));
    if (x < 2021.1) return 60000 - Math.round((x - 2020.2) * 15000);
    return Math.max(0, Math.round(46000 - (x - 2021.1) * 120000));
  });
  return {
    model: { version: '0.1.0' },
    from: '2015-10',
    to: '2021-09',
    seed: 2021,
    replications: 20,
    scale: 0.1,
    measures: { with: [], without: [] },
    months,
    series: { encounters: series(encounters), expulsions: series(expulsions, 0.03), 'waiting-in-mexico': series(waiting, 0.1) },
    ...overrides,
  };
}
