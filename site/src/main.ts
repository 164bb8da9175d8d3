// The page: a form, a run in Web Workers with a progress bar, and six views (outcomes, differences, flow, one person's
// path, history, sensitivity). Every view has a permalink, downloads (SVG, PNG, CSV, JSON), provenance and a text
// alternative. Every chart comes from the `immsim/charts` builders; history and sensitivity load on first use.
import {
  COHORT_IDS, DEMOGRAPHICS, ENTRIES, MEASURES, MEASURE_IDS, MODEL_VERSION, REGIME_IDS, comparisonToCsv, resultToCsv,
  type Explanation, type SimulationResult,
} from 'immsim';
import {
  cohortLabel, differencesSpec, outcomeBarsSpec, outcomeLabel, pathSpec, regimeLabel, sankeySvg, stateLabel, CHART_CAVEAT, type ChartProvenance,
} from 'immsim/charts';
import { clearVega } from './charts.js';
import { rowsToCsv, saveFile, svgToPng } from './download.js';
import { explainPerson, runState, type RunResult } from './run.js';
import { DEFAULTS, parseState, stateQuery, type PageState, type View } from './state.js';
import { $, chartWidth, clearChart, esc, out, pct, plotWidth, setStatus, setText, showControls, table, vega } from './ui.js';
import './style.css';

let state: PageState = parseState(location.search);
let last: { key: string; run: RunResult } | undefined;

const opt = (v: string, label: string) => `<option value="${esc(v)}">${esc(label)}</option>`;

function fillForm(): void {
  const regimeOptions = REGIME_IDS.map((id) => opt(id, `${regimeLabel(id)} (${id})`)).join('') + opt('date', 'The rules in force on a date…');
  $('regime').innerHTML = regimeOptions;
  $('vs').innerHTML = opt('', 'No second regime') + REGIME_IDS.map((id) => opt(id, `${regimeLabel(id)} (${id})`)).join('');
  $('cohort').innerHTML = COHORT_IDS.map((id) => opt(id, cohortLabel(id))).join('') + opt('profile', 'People like this (one profile)…');
  $('demographic').innerHTML = DEMOGRAPHICS.map((d) => opt(d, d.replace(/-/g, ' '))).join('');
  $('entry').innerHTML = ENTRIES.map((d) => opt(d, d.replace(/-/g, ' '))).join('');
  const names = new Map(MEASURES.map((m) => [m.id, m.name]));
  $('measures').innerHTML = MEASURE_IDS.map(
    (id) => `<div class="measure"><label for="m-${id}">${esc(names.get(id) ?? id)} <code>${esc(id)}</code></label>
      <select id="m-${id}" data-measure="${esc(id)}">${opt('', 'as in the regime')}${opt('on', 'switched on')}${opt('off', 'switched off')}</select></div>`,
  ).join('');
}

function showState(s: PageState): void {
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(s.regime);
  ($('regime') as HTMLSelectElement).value = isDate ? 'date' : s.regime;
  ($('date') as HTMLInputElement).value = isDate ? s.regime : '2019-12-01';
  $('date-row').hidden = !isDate;
  ($('vs') as HTMLSelectElement).value = s.vs;
  ($('cohort') as HTMLSelectElement).value = s.cohort;
  $('profile-row').hidden = s.cohort !== 'profile';
  ($('citizenship') as HTMLInputElement).value = s.profile.citizenship;
  ($('demographic') as HTMLSelectElement).value = s.profile.demographic;
  ($('entry') as HTMLSelectElement).value = s.profile.entry;
  ($('n') as HTMLInputElement).value = String(s.n);
  ($('seed') as HTMLInputElement).value = String(s.seed);
  ($('person') as HTMLInputElement).value = String(s.person);
  for (const sel of document.querySelectorAll<HTMLSelectElement>('[data-measure]')) {
    const id = sel.dataset.measure!;
    sel.value = s.on.includes(id) ? 'on' : s.off.includes(id) ? 'off' : '';
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
    const on = b.dataset.view === s.view;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
  }
  showControls(s.view);
}

function readForm(): PageState {
  const regimeSel = ($('regime') as HTMLSelectElement).value;
  const measures = [...document.querySelectorAll<HTMLSelectElement>('[data-measure]')];
  return {
    ...state,
    regime: regimeSel === 'date' ? ($('date') as HTMLInputElement).value : regimeSel,
    on: measures.filter((m) => m.value === 'on').map((m) => m.dataset.measure!),
    off: measures.filter((m) => m.value === 'off').map((m) => m.dataset.measure!),
    vs: ($('vs') as HTMLSelectElement).value,
    cohort: ($('cohort') as HTMLSelectElement).value,
    profile: {
      citizenship: ($('citizenship') as HTMLInputElement).value.trim().toUpperCase(),
      demographic: ($('demographic') as HTMLSelectElement).value,
      entry: ($('entry') as HTMLSelectElement).value,
    },
    n: Math.max(1, Math.min(10_000_000, Math.round(Number(($('n') as HTMLInputElement).value) || DEFAULTS.n))),
    seed: Math.max(0, Math.round(Number(($('seed') as HTMLInputElement).value) || 0)),
    person: Math.max(0, Math.round(Number(($('person') as HTMLInputElement).value) || 0)),
  };
}

/** The run a state needs (the view, the person and the other views' settings do not change it). */
const runKey = (s: PageState) => JSON.stringify({ ...s, view: '', person: 0, history: null, sens: null });

function provenance(s: PageState, regimes: string[], n: number): ChartProvenance {
  const who = s.cohort === 'profile' ? `profile ${s.profile.citizenship} ${s.profile.demographic} ${s.profile.entry}` : s.cohort;
  return { model: MODEL_VERSION, seed: s.seed, n, cohort: who, regimes };
}

/** Runs the static simulation of the form (if the state needs a new one), then draws the view. */
async function run(push: boolean): Promise<void> {
  const s = readForm();
  state = s;
  if (push) history.pushState(null, '', stateQuery(s));
  updatePermalink();
  if (isLazy(s.view)) return render();
  const bar = $('progress') as HTMLProgressElement;
  if (!last || last.key !== runKey(s)) {
    ($('run') as HTMLButtonElement).disabled = true;
    bar.hidden = false;
    bar.value = 0;
    setStatus(`Simulating ${s.n.toLocaleString('en-US')} people in ${navigator.hardwareConcurrency || 1} Web Workers…`);
    const t0 = performance.now();
    try {
      const r = await runState(s, (done, total) => {
        bar.value = done / total;
        bar.textContent = pct(done / total);
      });
      last = { key: runKey(s), run: r };
      const secs = (performance.now() - t0) / 1000;
      const people = s.n * (r.kind === 'two' ? 2 : 1);
      setStatus(`Done: ${people.toLocaleString('en-US')} simulated paths in ${secs.toFixed(1)} s.`);
      document.body.dataset.peoplePerSecond = String(Math.round(people / secs));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e), true);
      return;
    } finally {
      ($('run') as HTMLButtonElement).disabled = false;
      bar.hidden = true;
    }
  }
  await render();
}

function updatePermalink(): void {
  const a = $('permalink') as HTMLAnchorElement;
  a.href = `${location.origin}${location.pathname}${stateQuery(state)}`;
}

function results(r: RunResult): SimulationResult[] {
  return r.kind === 'one' ? [r.result] : r.comparison.results;
}

/** The main regime's result (the second in a comparison: the first is the baseline). */
function mainResult(r: RunResult): SimulationResult {
  return r.kind === 'one' ? r.result : r.comparison.results[1]!;
}

async function renderOutcomes(r: RunResult): Promise<void> {
  const rs = results(r);
  const prov = provenance(state, rs.map((x) => x.regime), rs[0]!.n);
  // Narrow screens: outcome names above their rows, so the plots take the width but for the regime axis.
  const narrow = chartWidth() < 640;
  const spec = outcomeBarsSpec(rs, { title: 'Outcome of each person’s last case', provenance: prov, width: narrow ? chartWidth() - 100 : plotWidth(250), wrapWidth: chartWidth() - 20, narrow });
  const rows = (spec.datasets as { outcomes: { regime: string; regimeLabel: string; outcome: string; outcomeLabel: string; share: number; ciLow: number; ciHigh: number; count: number }[] }).outcomes;
  setText(
    table('Outcome shares with 95% intervals', ['Outcome', 'Regime', 'Share', '95% interval', 'People'],
      rows.map((x) => [x.outcomeLabel, x.regimeLabel, pct(x.share), `${pct(x.ciLow)}–${pct(x.ciHigh)}`, x.count.toLocaleString('en-US')]),
      (i) => `data-regime="${esc(rows[i]!.regime)}" data-outcome="${esc(rows[i]!.outcome)}" data-count="${rows[i]!.count}" data-share="${rows[i]!.share}"`),
  );
  out.data = r.kind === 'one'
    ? { csv: resultToCsv(r.result), json: r.result, name: `immsim-${r.result.regime}-${r.result.cohort}` }
    : { csv: comparisonToCsv(r.comparison), json: r.comparison, name: `immsim-${rs.map((x) => x.regime).join('-vs-')}` };
  await vega(spec, `Outcome shares with 95% intervals for ${rs.map((x) => regimeLabel(x.regime)).join(' and ')}; the table below lists every value.`);
}

async function renderCompare(r: RunResult): Promise<void> {
  if (r.kind !== 'two') {
    clearChart('Choose a second regime under “Compare with” and run again to see paired differences.');
    return;
  }
  const c = r.comparison;
  const spec = differencesSpec(c, { regime: c.results[1]!.regime, provenance: provenance(state, c.results.map((x) => x.regime), c.n), width: plotWidth(200), wrapWidth: chartWidth() - 20 });
  const rows = (spec.datasets as { differences: { outcome: string; outcomeLabel: string; regime: string; baseline: string; estimate: number; ciLow: number; ciHigh: number }[] }).differences;
  const pp = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;
  setText(
    table(`Difference in share: ${regimeLabel(c.results[1]!.regime)} minus ${regimeLabel(c.baseline)} (percentage points; the same people under both)`,
      ['Outcome', 'Difference', '95% interval'],
      rows.map((x) => [x.outcomeLabel, pp(x.estimate), `${pp(x.ciLow)} to ${pp(x.ciHigh)}`]),
      (i) => `data-outcome="${esc(rows[i]!.outcome)}" data-estimate="${rows[i]!.estimate}"`),
  );
  out.data = {
    csv: rowsToCsv(rows.map(({ outcome, regime, baseline, estimate, ciLow, ciHigh }) => ({ outcome, regime, baseline, estimate, ciLow, ciHigh }))),
    json: { baseline: c.baseline, differences: c.differences },
    name: `immsim-differences-${c.results[1]!.regime}-vs-${c.baseline}`,
  };
  await vega(spec, 'Paired differences of outcome shares with 95% intervals; the table below lists every value.');
}

async function renderFlow(r: RunResult): Promise<void> {
  const res = mainResult(r);
  const prov = provenance(state, [res.regime], res.n);
  const svg = sankeySvg(res.flows ?? [], { title: `How first cases move: ${regimeLabel(res.regime)}`, provenance: prov, idPrefix: 'page-sankey' });
  clearVega();
  const box = $('chart');
  box.classList.add('wide');
  box.innerHTML = svg;
  box.setAttribute('aria-label', `Sankey diagram of first cases under ${regimeLabel(res.regime)}; the table below lists every flow.`);
  out.chartSvg = async () => svg;
  const flows = [...(res.flows ?? [])].sort((a, b) => b.count - a.count);
  setText(table('Flow of first cases, state to state', ['From', 'To', 'People'], flows.map((f) => [stateLabel(f.from), stateLabel(f.to), f.count.toLocaleString('en-US')])));
  out.data = { csv: rowsToCsv(flows.map((f) => ({ from: f.from, to: f.to, count: f.count }))), json: { ...prov, flows }, name: `immsim-flows-${res.regime}` };
}

async function renderExplain(): Promise<void> {
  let e: Explanation;
  try {
    e = explainPerson(state);
  } catch (err) {
    clearChart(err instanceof Error ? err.message : String(err));
    return;
  }
  const prov = provenance(state, [e.regime], 1);
  prov.extra = [`person ${state.person}`];
  const spec = pathSpec(e, { provenance: prov, width: plotWidth(210), wrapWidth: chartWidth() - 20 });
  const steps = (spec.datasets as { steps: { step: number; day: number; state: string; stateLabel: string; fact: string; factLabel: string; rule: string; statement: string; authority: string }[] }).steps;
  const p = e.profile;
  setText(
    `<p class="who">Person ${state.person}: ${esc(p.citizenship)}, ${esc(p.demographic.replace(/-/g, ' '))}, ${esc(p.entry.replace(/-/g, ' '))}. Outcome: <strong data-outcome="${esc(e.outcome)}">${esc(outcomeLabel(e.outcome))}</strong>.</p>
    <ol class="steps">${steps
      .map((s) => `<li data-state="${esc(s.state)}" data-fact="${esc(s.fact)}"><span class="day">day ${s.day}</span> <strong>${esc(s.stateLabel)}</strong>${s.factLabel ? ` <span class="fact">after: ${esc(s.factLabel)}</span>` : ''}
        ${s.statement ? `<div class="law">${esc(s.statement)}${s.authority ? ` <cite>${esc(s.authority)}</cite>` : ''}</div>` : ''}</li>`)
      .join('')}</ol>`,
  );
  out.data = { csv: rowsToCsv(steps), json: e, name: `immsim-person-${state.person}-${e.regime}` };
  await vega(spec, `The path of person ${state.person} from the first encounter to ${outcomeLabel(e.outcome)}; the list below gives every step with its law.`);
}

const isLazy = (v: View) => v === 'history' || v === 'sensitivity';

/** The views that load on first use (their code, the history engine and the sensitivity analysis, stay out of the first load). */
async function renderLazy(v: View): Promise<void> {
  $('caveat').textContent = `${CHART_CAVEAT} Model immsim ${MODEL_VERSION}, seed ${state.seed}.`;
  const ctx = { getState: () => state, setState: (s: PageState) => { state = s; history.replaceState(null, '', stateQuery(s)); updatePermalink(); } };
  if (v === 'history') await (await import('./history-view.js')).renderHistory(ctx);
  else await (await import('./sensitivity-view.js')).renderSensitivity(ctx);
}

async function render(): Promise<void> {
  $('chart').classList.remove('wide');
  $('panel').setAttribute('aria-labelledby', `tab-${state.view}`);
  $('caveat').textContent = `${CHART_CAVEAT} Model immsim ${MODEL_VERSION}, seed ${state.seed}, n = ${state.n.toLocaleString('en-US')}, ${state.cohort === 'profile' ? 'one profile' : `cohort ${state.cohort}`}.`;
  $('panel').setAttribute('aria-busy', 'true');
  showControls(state.view);
  try {
    if (isLazy(state.view)) await renderLazy(state.view);
    else if (state.view === 'explain') await renderExplain();
    else if (last) {
      if (state.view === 'outcomes') await renderOutcomes(last.run);
      else if (state.view === 'compare') await renderCompare(last.run);
      else await renderFlow(last.run);
    }
  } catch (e) {
    setStatus(e instanceof Error ? e.message : String(e), true);
  } finally {
    $('panel').setAttribute('aria-busy', 'false');
    document.body.dataset.view = state.view;
    document.body.dataset.ready = 'true';
  }
}

async function selectView(v: View, focus = false): Promise<void> {
  state = { ...readForm(), view: v };
  history.pushState(null, '', stateQuery(state));
  showState(state);
  updatePermalink();
  if (focus) $(`tab-${v}`).focus();
  if (v !== 'explain' && !isLazy(v) && (!last || last.key !== runKey(state))) await run(false);
  else await render();
}

function wire(): void {
  $('form').addEventListener('submit', (e) => {
    e.preventDefault();
    // The form's Run shows the outcomes if a view of its own (history, sensitivity) is open.
    if (isLazy(state.view)) {
      state = { ...readForm(), view: 'outcomes' };
      showState(state);
    }
    void run(true);
  });
  $('regime').addEventListener('change', () => ($('date-row').hidden = ($('regime') as HTMLSelectElement).value !== 'date'));
  $('cohort').addEventListener('change', () => ($('profile-row').hidden = ($('cohort') as HTMLSelectElement).value !== 'profile'));
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  for (const b of tabs) {
    b.addEventListener('click', () => void selectView(b.dataset.view as View));
    // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab moves into the panel.
    b.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(b);
      const j = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -2;
      if (j === -2) return;
      e.preventDefault();
      void selectView(tabs[(j + tabs.length) % tabs.length]!.dataset.view as View, true);
    });
  }
  $('explain-person').addEventListener('click', () => void selectView('explain'));
  const name = () => out.data?.name ?? 'immsim-chart';
  $('dl-svg').addEventListener('click', async () => out.chartSvg && saveFile(`${name()}.svg`, await out.chartSvg(), 'image/svg+xml'));
  $('dl-png').addEventListener('click', async () => out.chartSvg && saveFile(`${name()}.png`, await svgToPng(await out.chartSvg())));
  $('dl-csv').addEventListener('click', () => out.data && saveFile(`${out.data.name}.csv`, out.data.csv, 'text/csv'));
  $('dl-json').addEventListener('click', () => out.data && saveFile(`${out.data.name}.json`, JSON.stringify(out.data.json, null, 2), 'application/json'));
  $('copy-link').addEventListener('click', async () => {
    await navigator.clipboard?.writeText(($('permalink') as HTMLAnchorElement).href).catch(() => undefined);
    setStatus('Link copied.');
  });
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    showState(state);
    void run(false);
  });
}

fillForm();
showState(state);
wire();
void run(false);
