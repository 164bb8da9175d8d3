// Interactive charts through vega-embed, loaded on first use so the first load stays small.
import type { Spec } from './specs.js';

interface VegaView {
  toSVG(): Promise<string>;
  finalize(): void;
}
let embedModule: Promise<typeof import('vega-embed')> | undefined;
let current: VegaView | undefined;

/** Draws a Vega-Lite spec into `el` (tooltips on hover and focus); returns a function giving the chart as SVG. */
export async function drawVegaLite(el: HTMLElement, spec: Spec): Promise<() => Promise<string>> {
  embedModule ??= import('vega-embed');
  const embed = (await embedModule).default;
  current?.finalize();
  const r = await embed(el, spec as never, { actions: false, renderer: 'svg', tooltip: { theme: 'light' } });
  current = r.view as unknown as VegaView;
  const view = current;
  return () => view.toSVG();
}

/** Drops the current Vega view (when a non-Vega chart replaces it). */
export function clearVega(): void {
  current?.finalize();
  current = undefined;
}
