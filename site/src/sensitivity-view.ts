// The sensitivity view (loaded on first use): which assumptions decide a metric — one parameter at a time over its
// range (a tornado), and optionally Sobol indices — for one regime or a paired difference of two, in Web Workers.
import { METRIC_IDS, MODEL_VERSION, REGIME_IDS, oneAtATime, sensitivity, type OneAtATimeResult, type SensitivityResult } from 'immsim';
import { outcomeLabel, regimeLabel, tornadoSpec } from 'immsim/charts';
import { rowsToCsv } from './download.js';
import type { ViewContext } from './history-view.js';
import type { PageState, SensitivityState } from './state.js';
import { $, onSubmitRun, runWithProgress, esc, out, plotWidth, chartWidth, setStatus, setText, table, vega } from './ui.js';

type Result = SensitivityResult | OneAtATimeResult;
let cache: { key: string; result: Result } | undefined;
let wired = false;
const TOP = 15;

const cohortOf = (s: PageState) => (s.cohort === 'profile' ? 'swb-fy2019' : s.cohort);
const runKey = (s: PageState) => JSON.stringify({ ...s.sens, cohort: cohortOf(s), seed: s.seed });
const metricLabel = (m: string) => ((METRIC_IDS as readonly string[]).slice(0, -3).includes(m) ? `${outcomeLabel(m as never)} (share)` : m);

function fillControls(): void {
  const opt = (v: string, label: string) => `<option value="${esc(v)}">${esc(label)}</option>`;
  $('s-metric').innerHTML = METRIC_IDS.map((m) => opt(m, metricLabel(m))).join('');
  $('s-a').innerHTML = REGIME_IDS.map((id) => opt(id, `${regimeLabel(id)} (${id})`)).join('');
  $('s-b').innerHTML = opt('', 'None: the metric of the first regime') + REGIME_IDS.map((id) => opt(id, `${regimeLabel(id)} (${id})`)).join('');
}

function showControls(s: SensitivityState): void {
  ($('s-metric') as HTMLSelectElement).value = s.metric;
  ($('s-a') as HTMLSelectElement).value = s.a;
  ($('s-b') as HTMLSelectElement).value = s.b;
  ($('s-n') as HTMLInputElement).value = String(s.n);
  ($('s-sobol') as HTMLSelectElement).value = String(s.sobol);
}

function readControls(prev: SensitivityState): SensitivityState {
  const n = Math.round(Number(($('s-n') as HTMLInputElement).value));
  const sobol = Math.round(Number(($('s-sobol') as HTMLSelectElement).value));
  return {
    metric: ($('s-metric') as HTMLSelectElement).value || prev.metric,
    a: ($('s-a') as HTMLSelectElement).value || prev.a,
    b: ($('s-b') as HTMLSelectElement).value,
    n: n >= 1 && n <= 1_000_000 ? n : prev.n,
    sobol: sobol >= 0 ? sobol : 0,
  };
}

/** Runs the analysis of the state with the library (its Web Workers): the tornado alone, or with Sobol indices. */
async function analyse(s: PageState, onProgress: (done: number, total: number) => void): Promise<Result> {
  const x = s.sens;
  const regimes = x.b && x.b !== x.a ? [x.a, x.b] : [x.a];
  const workers = Math.max(1, navigator.hardwareConcurrency || 1);
  const common = { regimes, metric: x.metric, cohort: cohortOf(s), n: x.n, seed: s.seed, workers, onProgress };
  return x.sobol > 0 ? sensitivity({ ...common, baseSamples: x.sobol }) : oneAtATime(common);
}

/** Draws the sensitivity view, running the analysis first if the state needs a new one. */
export async function renderSensitivity(ctx: ViewContext): Promise<void> {
  if (!wired) {
    wired = true;
    fillControls();
    onSubmitRun(
      'sens-form',
      () => {
        const s = ctx.getState();
        ctx.setState({ ...s, sens: readControls(s.sens) });
      },
      () => renderSensitivity(ctx),
    );
  }
  const s = ctx.getState();
  showControls(s.sens);
  if (!cache || cache.key !== runKey(s)) {
    const result = await runWithProgress(
      { bar: 's-progress', button: 's-run' },
      `Running the sensitivity analysis (${s.sens.n.toLocaleString('en-US')} people per run) in Web Workers…`,
      (onProgress) => analyse(s, onProgress),
      (r, seconds) => `Done: ${r.runs.toLocaleString('en-US')} runs in ${seconds.toFixed(1)} s.`,
    );
    if (!result) return;
    cache = { key: runKey(s), result };
  }
  await draw(cache.result);
}

async function draw(r: Result): Promise<void> {
  const paired = r.regimes.length === 2;
  const share = !['daysDetained', 'daysInMexico', 'encountersPerPerson'].includes(r.metric);
  const v = (x: number) => (share ? `${paired && x > 0 ? '+' : ''}${(100 * x).toFixed(2)}${paired ? ' pp' : '%'}` : x.toFixed(2));
  const labels = Math.round(Math.min(300, chartWidth() * 0.45));
  const spec = tornadoSpec(r, { top: TOP, model: MODEL_VERSION, width: plotWidth(labels), labelWidth: labels, wrapWidth: chartWidth() - 20 });
  const sobol = r.baseSamples > 0;
  const params = r.parameters as (OneAtATimeResult['parameters'][number] & Partial<SensitivityResult['parameters'][number]>)[];
  const what = paired ? `${outcomeOrMetric(r.metric)}: ${regimeLabel(r.regimes[1]!)} minus ${regimeLabel(r.regimes[0]!)}` : `${outcomeOrMetric(r.metric)} under ${regimeLabel(r.regimes[0]!)}`;
  setText(
    `<p>${esc(what)}: ${esc(v(r.nominal))} at the parameters’ values. ${sobol ? `Ordered by total Sobol index (N = ${r.baseSamples}).` : 'Ordered by swing (one parameter at a time; switch on Sobol indices for interactions).'} ${r.runs.toLocaleString('en-US')} runs of ${r.n.toLocaleString('en-US')} people, cohort ${esc(r.cohort)}.</p>` +
      table(
        `The ${Math.min(TOP, params.length)} parameters with the largest effect (of ${params.length})`,
        ['Parameter', 'At the low end', 'At the high end', ...(sobol ? ['Total index [95%]', 'First-order index'] : [])],
        params.slice(0, TOP).map((p) => [p.id, v(p.low), v(p.high), ...(sobol ? [`${p.total!.estimate.toFixed(3)} [${p.total!.ci95.map((x) => x.toFixed(2)).join('–')}]`, p.firstOrder!.estimate.toFixed(3)] : [])]),
        (i) => `data-parameter="${esc(params[i]!.id)}" data-low="${params[i]!.low}" data-high="${params[i]!.high}"${sobol ? ` data-total="${params[i]!.total!.estimate}"` : ''}`,
      ),
  );
  out.data = {
    csv: rowsToCsv(params.map((p) => ({ parameter: p.id, low: p.low, high: p.high, ...(sobol ? { total: p.total!.estimate, totalLow: p.total!.ci95[0], totalHigh: p.total!.ci95[1], firstOrder: p.firstOrder!.estimate } : {}) }))),
    json: r,
    name: `immsim-sensitivity-${r.metric}-${r.regimes.join('-vs-')}`,
  };
  await vega(spec, `Tornado chart: what decides ${what}; the table below lists the values.`);
}

function outcomeOrMetric(m: string): string {
  return metricLabel(m).replace(/ \(share\)$/, '');
}
