// The history view (loaded on first use): monthly series of the history mode with 95% bands and the dated measures on
// the time axis; a counterfactual with measures switched on or off replays the same arrivals. Runs in Web Workers.
import { HISTORY_SERIES_IDS, MEASURES, MEASURE_IDS, mergeHistory, type HistoryComparison, type HistoryResult, type HistoryShard, type MeasureId } from 'immsim';
import { historySeriesLabel, historySpec, measureMarkers, shortDate } from 'immsim/charts';
import { rowsToCsv } from './download.js';
import type { HistoryJob } from './history-worker.js';
import type { HistoryState, PageState } from './state.js';
import { $, onSubmitRun, runWithProgress, chartWidth, esc, out, setStatus, setText, table, vega } from './ui.js';

export interface ViewContext {
  getState(): PageState;
  setState(s: PageState): void;
}

type Run = { kind: 'one'; result: HistoryResult } | { kind: 'two'; comparison: HistoryComparison };
let cache: { key: string; run: Run } | undefined;
let wired = false;
const FIRST = '2015-10';
const LAST = '2021-09';

const runKey = (s: PageState) => JSON.stringify({ ...s.history, series: null, seed: s.seed });
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

function startWorker(): Worker {
  return new Worker(new URL('./history-worker.ts', import.meta.url), { type: 'module' });
}

/** Runs one job in a worker; `onProgress` gets each finished replication. */
function runJob<T>(job: HistoryJob, onProgress: () => void): Promise<T> {
  const w = startWorker();
  return new Promise<T>((resolve, reject) => {
    w.onmessage = (e: MessageEvent<{ progress?: number; result?: T; error?: string }>) => {
      if (e.data.progress !== undefined) return onProgress();
      w.terminate();
      if (e.data.error) reject(new Error(e.data.error));
      else resolve(e.data.result!);
    };
    w.onerror = (e) => {
      w.terminate();
      reject(new Error(e.message || 'the history worker failed'));
    };
    w.postMessage(job);
  });
}

/**
 * Runs the state's history: replications spread over Web Workers as shards and merged (the same numbers as
 * `simulateHistory`), or, with a counterfactual, `compareHistory` in one worker (it replays the baseline's arrivals).
 */
async function runHistory(s: PageState, onProgress: (done: number, total: number) => void): Promise<Run> {
  const h = s.history;
  const options = { from: h.from, to: h.to, seed: s.seed, replications: h.reps, scale: h.scale };
  let done = 0;
  if (h.with.length > 0 || h.without.length > 0) {
    const total = 2 * h.reps;
    const comparison = await runJob<HistoryComparison>(
      { kind: 'compare', options, counterfactual: { with: h.with as MeasureId[], without: h.without as MeasureId[] } },
      () => onProgress(++done, total),
    );
    return { kind: 'two', comparison };
  }
  const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, h.reps));
  const shards = await Promise.all(
    Array.from({ length: count }, (_, index) => runJob<HistoryShard>({ kind: 'shard', options, shard: { index, count } }, () => onProgress(++done, h.reps))),
  );
  return { kind: 'one', result: mergeHistory(shards) };
}

function fillControls(s: HistoryState): void {
  const names = new Map(MEASURES.map((m) => [m.id, m.name]));
  const opt = (v: string, label: string) => `<option value="${esc(v)}">${esc(label)}</option>`;
  $('h-measures').innerHTML = MEASURE_IDS.map(
    (id) => `<div class="measure"><label for="hm-${id}">${esc(names.get(id) ?? id)} <code>${esc(id)}</code></label>
      <select id="hm-${id}" data-hmeasure="${esc(id)}">${opt('', 'as it was')}${opt('on', 'switched on throughout')}${opt('off', 'switched off')}</select></div>`,
  ).join('');
  $('h-series').innerHTML = HISTORY_SERIES_IDS.map(
    (id) => `<label class="check"><input type="checkbox" value="${esc(id)}" data-hseries> ${esc(historySeriesLabel(id))}</label>`,
  ).join('');
  showControls(s);
}

function showControls(s: HistoryState): void {
  ($('h-from') as HTMLInputElement).value = s.from;
  ($('h-to') as HTMLInputElement).value = s.to;
  ($('h-scale') as HTMLInputElement).value = String(s.scale);
  ($('h-reps') as HTMLInputElement).value = String(s.reps);
  for (const sel of document.querySelectorAll<HTMLSelectElement>('[data-hmeasure]')) {
    const id = sel.dataset.hmeasure!;
    sel.value = s.with.includes(id) ? 'on' : s.without.includes(id) ? 'off' : '';
  }
  for (const c of document.querySelectorAll<HTMLInputElement>('[data-hseries]')) c.checked = s.series.includes(c.value);
}

function readControls(prev: HistoryState): HistoryState {
  const month = (id: string, fallback: string) => {
    const v = ($(id) as HTMLInputElement).value;
    return /^\d{4}-\d{2}$/.test(v) ? v : fallback;
  };
  const clampMonth = (m: string) => (m < FIRST ? FIRST : m > LAST ? LAST : m);
  let from = clampMonth(month('h-from', prev.from));
  let to = clampMonth(month('h-to', prev.to));
  if (from > to) [from, to] = [to, from];
  const scale = Number(($('h-scale') as HTMLInputElement).value);
  const reps = Math.round(Number(($('h-reps') as HTMLInputElement).value));
  const measures = [...document.querySelectorAll<HTMLSelectElement>('[data-hmeasure]')];
  const series = [...document.querySelectorAll<HTMLInputElement>('[data-hseries]')].filter((c) => c.checked).map((c) => c.value);
  return {
    from,
    to,
    scale: scale > 0 && scale <= 1 ? scale : prev.scale,
    reps: reps >= 1 && reps <= 100 ? reps : prev.reps,
    with: measures.filter((m) => m.value === 'on').map((m) => m.dataset.hmeasure!),
    without: measures.filter((m) => m.value === 'off').map((m) => m.dataset.hmeasure!),
    series: series.length > 0 ? series : prev.series,
  };
}

/** Draws the history view for the current state, running the replay first if the state needs a new one. */
export async function renderHistory(ctx: ViewContext): Promise<void> {
  if (!wired) {
    wired = true;
    fillControls(ctx.getState().history);
    onSubmitRun(
      'history-form',
      () => {
        const s = ctx.getState();
        ctx.setState({ ...s, history: readControls(s.history) });
      },
      () => renderHistory(ctx),
    );
    // Series only change the chart: redraw without running again.
    $('h-series').addEventListener('change', () => {
      const s = ctx.getState();
      ctx.setState({ ...s, history: { ...s.history, series: readControls(s.history).series } });
      if (cache?.key === runKey(ctx.getState())) void draw(ctx.getState(), cache.run);
    });
  }
  const s = ctx.getState();
  showControls(s.history);
  if (!cache || cache.key !== runKey(s)) {
    const cf = s.history.with.length + s.history.without.length > 0;
    const run = await runWithProgress(
      { bar: 'h-progress', button: 'h-run' },
      `Replaying ${shortDate(s.history.from)} – ${shortDate(s.history.to)} at scale ${s.history.scale}, ${s.history.reps} replications${cf ? ' and the counterfactual' : ''}, in Web Workers…`,
      (onProgress) => runHistory(s, onProgress),
      (_, seconds) => `Done: history replayed in ${seconds.toFixed(1)} s.`,
    );
    if (!run) return;
    cache = { key: runKey(s), run };
  }
  await draw(s, cache.run);
}

async function draw(s: PageState, run: Run): Promise<void> {
  const base = run.kind === 'one' ? run.result : run.comparison.baseline;
  const cf = run.kind === 'two' ? run.comparison.counterfactual : undefined;
  const series = s.history.series.filter((id) => Object.hasOwn(base.series, id));
  const w = chartWidth();
  const spec = historySpec(base, { series, counterfactual: cf, width: Math.max(300, w - 10), panelHeight: w < 500 ? 100 : 120, wrapWidth: w - 20 });
  // The text alternative: per series its peak, the measures on the axis, then every value in a table.
  const markers = measureMarkers(base);
  const named = markers.filter((m) => m.chartLabel !== undefined);
  const ticks = markers.filter((m) => m.chartLabel === undefined);
  const peak = (id: string, r: HistoryResult) => {
    const m = r.series[id as keyof HistoryResult['series']].mean;
    const i = m.indexOf(Math.max(...m));
    return `${fmt(m[i]!)} in ${shortDate(r.months[i]!)}`;
  };
  const rows = series.flatMap((id) =>
    base.months.map((m, i) => {
      const a = base.series[id as keyof HistoryResult['series']];
      const b = cf?.series[id as keyof HistoryResult['series']];
      return {
        month: m,
        series: id,
        label: historySeriesLabel(id),
        mean: a.mean[i]!,
        ciLow: a.ci95[i]![0],
        ciHigh: a.ci95[i]![1],
        ...(b ? { counterfactualMean: b.mean[i]!, counterfactualCiLow: b.ci95[i]![0], counterfactualCiHigh: b.ci95[i]![1] } : {}),
      };
    }),
  );
  const head = ['Month', 'Series', 'Mean', '95% interval', ...(cf ? ['Counterfactual', '95% interval'] : [])];
  setText(
    `<ul class="summary">${series
      .map((id) => `<li>${esc(historySeriesLabel(id))}: highest ${esc(peak(id, base))}${cf ? `; counterfactual highest ${esc(peak(id, cf))}` : ''}.</li>`)
      .join('')}</ul>
    <p class="note">Measures named on the chart: ${named.map((m) => `${esc(shortDate(m.date))} ${esc(m.label)}`).join('; ') || 'none in this range'}.${
      ticks.length > 0 ? ` Other measures (grey ticks): ${ticks.map((m) => `${esc(shortDate(m.date))} ${esc(m.label)}`).join('; ')}.` : ''
    }</p>
    <details><summary>Every value by month (${rows.length} rows)</summary>${table(
      `Monthly series, ${shortDate(base.from)} – ${shortDate(base.to)}, mean over ${base.replications} replications`,
      head,
      rows.map((r) => [r.month, r.label, fmt(r.mean), `${fmt(r.ciLow)}–${fmt(r.ciHigh)}`, ...(cf ? [fmt(r.counterfactualMean!), `${fmt(r.counterfactualCiLow!)}–${fmt(r.counterfactualCiHigh!)}`] : [])]),
      (i) => `data-month="${rows[i]!.month}" data-series="${esc(rows[i]!.series)}" data-mean="${rows[i]!.mean}"${cf ? ` data-cf-mean="${rows[i]!.counterfactualMean}"` : ''}`,
    )}</details>`,
  );
  const tag = cf ? `-${[...s.history.with.map((m) => `with-${m}`), ...s.history.without.map((m) => `without-${m}`)].join('-')}` : '';
  out.data = { csv: rowsToCsv(rows), json: run.kind === 'one' ? run.result : run.comparison, name: `immsim-history-${base.from}-${base.to}${tag}` };
  await vega(spec, `Monthly series ${series.map(historySeriesLabel).join(', ')} from ${shortDate(base.from)} to ${shortDate(base.to)} with 95% bands${cf ? ' and the counterfactual' : ''}; the text below summarises them and a table lists every value.`);
}
