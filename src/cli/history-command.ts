import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImmsimError } from '../domain/errors.js';
import { parseShard } from '../engine/shard.js';
import type { HistoryOptions } from '../history/options.js';
import { FY_FIGURES, SERIES_IDS } from '../history/series-ids.js';
import { simulateHistory, simulateHistoryShard, type HistoryResult } from '../history/simulate-history.js';
import type { ArrivalSeries } from '../history/arrivals.js';
import type { Measure, MeasureId } from '../policy/types.js';
import { historyChart } from '../report/history-chart.js';
import { shortDate } from '../report/history-data.js';
import { capacityChart } from '../report/capacity-chart.js';
import { capacityPanelsOfResult } from '../capacity/chart-panels.js';
import { choiceArg, emit, intArg, readJson } from './io.js';
import { progressBar } from './progress.js';
import { capacityInputFromCli } from './capacity-options.js';
import { rangeArgs } from './sensitivity-command.js';

/** Options of `immsim history` as commander gives them. */
export interface HistoryCliOptions {
  from: string;
  to: string;
  seed: string;
  replications: string;
  scale: string;
  with?: string;
  without?: string;
  measures?: string;
  arrivals?: string;
  format: string;
  out?: string;
  charts?: string;
  shard?: string;
  workers?: string;
  /** Commander's `--no-capacity` gives `capacity: false`; `--capacity <changes...>` gives the list. */
  capacity?: string[] | boolean;
  capacityFile?: string;
  /** `--uncertainty K` and `--range path=low:high` (docs/statistics.md). */
  uncertainty?: string;
  range?: string[];
}

const list = (v: string | undefined): MeasureId[] => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []) as MeasureId[];

/**
 * The library options of a command line (each bad value throws an ImmsimError naming the option).
 * @example
 * historyOptionsFromCli({ from: '2019-01', to: '2019-12', seed: '1', replications: '2', scale: '0.1', format: 'json' }).scale // 0.1
 */
export function historyOptionsFromCli(o: HistoryCliOptions): HistoryOptions {
  const scale = Number(o.scale);
  if (!/^\s*[0-9.eE+-]+\s*$/.test(o.scale) || !(scale > 0 && scale <= 1)) {
    throw new ImmsimError([{ path: ['--scale'], message: `must be a number in (0, 1]; got '${o.scale}'` }]);
  }
  let measures: Measure[] | undefined;
  if (o.measures) {
    const raw = readJson(o.measures, '--measures');
    const arr = Array.isArray(raw) ? raw : (raw as { measures?: unknown })?.measures;
    if (!Array.isArray(arr)) throw new ImmsimError([{ path: ['--measures'], message: 'expected a JSON array of measures (or { "measures": [...] })' }]);
    measures = arr as Measure[];
  }
  return {
    from: o.from,
    to: o.to,
    seed: intArg(o.seed, '--seed', 0, 0xffffffff)!,
    replications: intArg(o.replications, '--replications', 1, 1000)!,
    scale,
    with: list(o.with),
    without: list(o.without),
    ...(measures ? { measures } : {}),
    ...(o.arrivals ? { arrivals: readJson(o.arrivals, '--arrivals') as ArrivalSeries } : {}),
    workers: intArg(o.workers, '--workers', 1, 256) ?? 1,
    capacity: o.capacity === false ? false : capacityInputFromCli({ ...(Array.isArray(o.capacity) ? { capacity: o.capacity } : {}), ...(o.capacityFile ? { capacityFile: o.capacityFile } : {}) }),
    ...historyUncertaintyArgs(o),
  };
}

function historyUncertaintyArgs(o: HistoryCliOptions): Pick<HistoryOptions, 'uncertainty'> {
  if (o.range && o.uncertainty === undefined) throw new ImmsimError([{ path: ['--range'], message: 'needs --uncertainty <draws>' }]);
  if (o.uncertainty === undefined) return {};
  const ranges = rangeArgs(o.range);
  return { uncertainty: { draws: intArg(o.uncertainty, '--uncertainty', 1, 100_000)!, ...(ranges ? { ranges } : {}) } };
}

/** `immsim history`: replays 2015–2021 in calendar time and prints the series (table, csv or the JSON contract). */
export async function historyCommand(o: HistoryCliOptions): Promise<void> {
  const format = choiceArg(o.format, '--format', ['table', 'json', 'csv'] as const, 'table');
  const options = historyOptionsFromCli(o);
  const bar = progressBar('history');
  const onProgress = (done: number, total: number) => bar.update(done, total);
  try {
    if (o.shard) {
      const shard = await simulateHistoryShard({ ...options, shard: parseShard(o.shard), onProgress });
      emit(JSON.stringify(shard), o.out);
      return;
    }
    const r = await simulateHistory({ ...options, onProgress });
    emitHistory(r, format, o.out, o.charts);
  } finally {
    bar.done();
  }
}

/**
 * Prints (or writes) a history result, and its charts when asked.
 * @example
 * emitHistory(result, 'json', undefined, undefined)
 */
export function emitHistory(r: HistoryResult, format: 'table' | 'json' | 'csv', out: string | undefined, charts: string | undefined): void {
  if (charts) writeHistoryCharts(r, charts);
  emit(format === 'json' ? JSON.stringify(r, null, 2) : format === 'csv' ? historyCsv(r) : historyTable(r), out);
}

/** The charts of a history result: the main series as line charts with 95% bands and the measures dated. */
export const HISTORY_CHARTS: Record<string, readonly string[]> = {
  'history-border': ['encounters', 'encounters-at-ports', 'encounters-repeat', 'expulsions', 'mpp-returns', 'waiting-in-mexico'],
  'history-custody': ['in-cbp-custody', 'in-ice-detention', 'in-family-detention', 'in-orr'],
  'history-court': ['court-receipts', 'court-completions', 'court-completions-in-absentia', 'court-pending'],
};

/** What each of HISTORY_CHARTS shows, for its title (the range is appended). */
export const HISTORY_CHART_TITLES: Record<string, string> = {
  'history-border': 'The southwest border replayed',
  'history-custody': 'People in custody replayed',
  'history-court': 'Immigration courts replayed',
};

/**
 * Writes the history charts (SVG) into a folder.
 * @example
 * writeHistoryCharts(result, 'charts') // charts/history-border.svg, …
 */
export function writeHistoryCharts(r: HistoryResult, dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, series] of Object.entries(HISTORY_CHARTS)) {
      const title = `${HISTORY_CHART_TITLES[name]}, ${shortDate(r.from)} \u2013 ${shortDate(r.to)}`;
      writeFileSync(join(dir, `${name}.svg`), historyChart(r, { series, idPrefix: name, title }));
    }
    if (r.capacity) {
      const provenance = { model: r.model.version, seed: r.seed, extra: [`${shortDate(r.from)} \u2013 ${shortDate(r.to)}`, `${r.replications} replication${r.replications === 1 ? '' : 's'}`, ...(r.scale === 1 ? [] : [`scale ${r.scale} (counts scaled back)`])] };
      writeFileSync(join(dir, 'history-capacity.svg'), capacityChart({ months: r.months, panels: capacityPanelsOfResult(r.capacity.series), provenance }));
    }
  } catch (e) {
    if (e instanceof ImmsimError) throw e;
    throw new ImmsimError([{ path: ['--charts'], message: `cannot write into '${dir}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
  }
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x === Math.round(x) ? 0 : 3));

/**
 * A readable table: main monthly series (means) and the fiscal-year figures with intervals.
 * @example
 * historyTable(result).split('\n')[0] // 'History 2015-10 … 2021-09 (seed 1, 1 replication, scale 1)'
 */
export function historyTable(r: HistoryResult): string {
  const cols = ['encounters', 'published-encounters', 'expulsions', 'mpp-returns', 'waiting-in-mexico', 'in-ice-detention', 'court-receipts', 'court-completions', 'court-pending'] as const;
  const lines = [`History ${r.from} … ${r.to} (seed ${r.seed}, ${r.replications} replication${r.replications === 1 ? '' : 's'}, scale ${r.scale})`];
  if (r.measures.with.length || r.measures.without.length) lines.push(`Measures: with ${r.measures.with.join(',') || '-'}; without ${r.measures.without.join(',') || '-'}`);
  const w = 12;
  lines.push(['month'.padEnd(8), ...cols.map((c) => c.slice(0, w - 1).padStart(w))].join(''));
  r.months.forEach((m, i) => lines.push([m.padEnd(8), ...cols.map((c) => fmt(r.series[c].mean[i]!).padStart(w))].join('')));
  lines.push('', `Fiscal years (mean [95% interval]${r.uncertainty ? ` total [95% interval with ${r.uncertainty.draws} parameter draws]` : ''})`);
  for (const [fy, figs] of Object.entries(r.fiscalYears)) {
    const total = (id: (typeof FY_FIGURES)[number]) => (figs[id].ci95Total ? ` total [${fmt(figs[id].ci95Total![0])}, ${fmt(figs[id].ci95Total![1])}]` : '');
    lines.push(`${fy}: ${FY_FIGURES.map((id) => `${id} ${fmt(figs[id].mean)} [${fmt(figs[id].ci95[0])}, ${fmt(figs[id].ci95[1])}]${total(id)}`).join('; ')}`);
  }
  return lines.join('\n');
}

/**
 * The result as CSV: one row per series and month, then one per fiscal-year figure.
 * @example
 * historyCsv(result).split('\n')[0] // 'kind,id,period,mean,ci95_lo,ci95_hi'
 */
export function historyCsv(r: HistoryResult): string {
  // With uncertainty, two more columns: the total interval (parameters and Monte Carlo).
  const t = r.uncertainty !== undefined;
  const rows = [`kind,id,period,mean,ci95_lo,ci95_hi${t ? ',ci95total_lo,ci95total_hi' : ''}`];
  const tot = (x: [number, number] | undefined) => (t && x ? `,${x[0]},${x[1]}` : '');
  for (const id of SERIES_IDS) r.months.forEach((m, i) => rows.push(`series,${id},${m},${r.series[id].mean[i]},${r.series[id].ci95[i]![0]},${r.series[id].ci95[i]![1]}${tot(r.series[id].ci95Total?.[i])}`));
  for (const [fy, figs] of Object.entries(r.fiscalYears)) for (const id of FY_FIGURES) rows.push(`fiscal-year,${id},${fy},${figs[id].mean},${figs[id].ci95[0]},${figs[id].ci95[1]}${tot(figs[id].ci95Total)}`);
  return rows.join('\n');
}
