import { footerText, type ChartProvenance } from '../svg/footer.js';
import { CHART_COLORS } from '../svg/palette.js';
import { wrapText } from '../svg/text-width.js';

/**
 * A Vega-Lite v6 specification as plain JSON (typed loosely so that immsim does not depend on vega-lite's types).
 * @example
 * const s: VegaLiteSpec = { $schema: VEGA_LITE_SCHEMA, mark: 'bar' };
 */
export type VegaLiteSpec = { $schema: string } & Record<string, unknown>;

/**
 * The schema every spec declares.
 * @example
 * VEGA_LITE_SCHEMA // 'https://vega.github.io/schema/vega-lite/v6.json'
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The top of a spec: schema, a title with subtitle lines (the provenance and the caveat included, so they travel
 * with the chart), a text description, the provenance in `usermeta.immsim`, and a plain house style in `config`
 * that a newsroom can replace. With `wrapWidth` (px) the title and subtitle are wrapped into lines that fit it (for
 * narrow screens); without it each is one line per entry.
 * @example
 * specHead('Outcomes', ['Share of people'], { model: '0.1.0', seed: 1 }, 'A bar chart').title
 */
export function specHead(title: string, subtitle: readonly string[], provenance: ChartProvenance | undefined, description: string, wrapWidth?: number): VegaLiteSpec {
  const foot = provenance ? footerText(provenance) : [];
  const lines = [...subtitle, ...foot];
  const wrap = (texts: readonly string[], fs: number) => (wrapWidth === undefined ? [...texts] : texts.flatMap((t) => wrapText(t, wrapWidth, fs)));
  const text = wrapWidth === undefined ? title : wrap([title], 16);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: { text, subtitle: wrap(lines, 11), anchor: 'start', subtitleColor: CHART_COLORS.muted, subtitleFontSize: 11 },
    ...(provenance ? { usermeta: { immsim: provenance } } : {}),
    config: {
      font: 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif',
      view: { stroke: null },
      axis: { labelColor: CHART_COLORS.muted, titleColor: CHART_COLORS.text, gridColor: CHART_COLORS.grid },
      legend: { labelColor: CHART_COLORS.text },
      title: { fontSize: 16, color: CHART_COLORS.text },
    },
  };
}
