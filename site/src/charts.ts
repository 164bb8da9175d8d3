// Interactive charts through vega-embed, loaded on first use so the first load stays small. Vega runs its
// expressions through vega-interpreter (`ast: true`), never `new Function`, so charts work under a strict
// Content-Security-Policy without 'unsafe-eval'.
import type { VegaLiteSpec } from 'immsim/charts';

interface VegaView {
  toSVG(): Promise<string>;
  finalize(): void;
}
let modules: Promise<[typeof import('vega-embed'), typeof import('vega-interpreter')]> | undefined;
let current: VegaView | undefined;

/** Draws a Vega-Lite spec into `el` (tooltips on hover and focus); returns a function giving the chart as SVG. */
export async function drawVegaLite(el: HTMLElement, spec: VegaLiteSpec): Promise<() => Promise<string>> {
  modules ??= Promise.all([import('vega-embed'), import('vega-interpreter')]);
  const [{ default: embed }, { expressionInterpreter }] = await modules;
  current?.finalize();
  const r = await embed(el, spec as never, { actions: false, renderer: 'svg', tooltip: { theme: 'light' }, ast: true, expr: expressionInterpreter });
  current = r.view as unknown as VegaView;
  const view = current;
  return () => view.toSVG();
}

/** Drops the current Vega view (when a non-Vega chart replaces it). */
export function clearVega(): void {
  current?.finalize();
  current = undefined;
}
