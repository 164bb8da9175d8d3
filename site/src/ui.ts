// What every view shares: the elements, the chart box (Vega-Lite through vega-embed), the text alternative, the status
// line and what the download buttons save.
import type { VegaLiteSpec } from 'immsim/charts';
import { clearVega, drawVegaLite } from './charts.js';

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
export const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** What the download buttons save for the view on screen. */
export const out: { chartSvg?: () => Promise<string>; data?: { csv: string; json: unknown; name: string } } = {};

/**
 * Wires a view's form: on submit, `update` puts the controls into the page state, then the view is drawn again while
 * the panel says it is busy (`aria-busy`, and `data-ready` for the browser test).
 */
export function onSubmitRun(formId: string, update: () => void, render: () => Promise<void>): void {
  $(formId).addEventListener('submit', (e) => {
    e.preventDefault();
    update();
    document.body.dataset.ready = 'false';
    $('panel').setAttribute('aria-busy', 'true');
    void render().finally(() => {
      $('panel').setAttribute('aria-busy', 'false');
      document.body.dataset.ready = 'true';
    });
  });
}

/**
 * Runs a view's analysis behind its run button and progress bar: says `start` on the status line, shows progress,
 * then `done(result, seconds)`; an error goes to the status line and gives undefined. The button and bar are given
 * back however the run ends.
 */
export async function runWithProgress<T>(
  ids: { bar: string; button: string },
  start: string,
  task: (onProgress: (done: number, total: number) => void) => Promise<T>,
  done: (result: T, seconds: number) => string,
): Promise<T | undefined> {
  const bar = $(ids.bar) as HTMLProgressElement;
  const button = $(ids.button) as HTMLButtonElement;
  bar.hidden = false;
  bar.value = 0;
  button.disabled = true;
  setStatus(start);
  const t0 = performance.now();
  try {
    const result = await task((d, total) => {
      bar.value = d / total;
      bar.textContent = `${Math.round((100 * d) / total)}%`;
    });
    setStatus(done(result, (performance.now() - t0) / 1000));
    return result;
  } catch (e) {
    setStatus(e instanceof Error ? e.message : String(e), true);
    return undefined;
  } finally {
    bar.hidden = true;
    button.disabled = false;
  }
}

export function setStatus(text: string, error = false): void {
  const el = $('status');
  el.textContent = text;
  el.classList.toggle('error', error);
}

export function setText(html: string): void {
  $('text').innerHTML = html;
}

/** An HTML table with a caption; the first cell of each row is its header; `attrs` adds data attributes per row. */
export function table(caption: string, head: string[], rows: (string | number)[][], attrs: (i: number) => string = () => ''): string {
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
    <tbody>${rows.map((r, i) => `<tr ${attrs(i)}>${r.map((c, j) => (j === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
}

/** The width charts are drawn at: the chart box's, less room for axis labels. */
export function chartWidth(): number {
  return Math.max(280, $('chart').clientWidth || 800);
}

/** Plot width for a chart with a label column of about `labels` px at the current width. */
export function plotWidth(labels: number): number {
  const w = chartWidth();
  return Math.max(120, Math.round(w - Math.min(labels, w * 0.45) - 24));
}

export function clearChart(message: string): void {
  clearVega();
  $('chart').innerHTML = `<p class="note">${esc(message)}</p>`;
  setText('');
  out.chartSvg = undefined;
  out.data = undefined;
}

/** Draws a spec from the `immsim/charts` builders; `label` is the chart's text alternative. */
export async function vega(spec: VegaLiteSpec, label: string): Promise<void> {
  const box = $('chart');
  box.innerHTML = '<div class="vl"></div>';
  box.setAttribute('aria-label', label);
  // vega-embed sets its own roles on the element it draws into; the outer box stays one labelled image.
  out.chartSvg = await drawVegaLite(box.firstElementChild as HTMLElement, spec);
}

/** Shows the controls of one view in the panel (history, sensitivity) and hides the others. */
export function showControls(view: string): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-controls]')) el.hidden = el.dataset.controls !== view;
}
