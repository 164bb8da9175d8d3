import { attrs, escapeXmlText } from './escape.js';
import { svgNum } from './number.js';
import { CHART_COLORS } from './palette.js';
import { estimateTextWidth } from './text-width.js';

/**
 * One legend entry; `key` (e.g. the outcome id) is written to a `data-key` attribute.
 * @example
 * const item: LegendItem = { label: 'Expelled (Title 42)', color: '#b2182b', key: 'expelled' };
 */
export interface LegendItem {
  label: string;
  color: string;
  key?: string;
}

/**
 * Where and how to draw a legend.
 * @example
 * const o: LegendOptions = { x: 16, y: 200, maxWidth: 600 };
 */
export interface LegendOptions {
  x: number;
  y: number;
  /** Items wrap onto a new row past this width. */
  maxWidth: number;
  fontSize?: number;
}

/**
 * A legend of colour swatches and labels that flows left to right and wraps. Returns the markup (a `<g>`) and the
 * height it takes.
 * @example
 * const { svg, height } = legendSvg([{ label: 'Pending', color: '#bababa' }], { x: 0, y: 0, maxWidth: 300 });
 * svg.startsWith('<g class="legend"') // true
 */
export function legendSvg(items: readonly LegendItem[], options: LegendOptions): { svg: string; height: number } {
  const fontSize = options.fontSize ?? 12;
  const swatch = Math.round(fontSize * 0.9);
  const rowH = Math.round(fontSize * 1.6);
  const gap = fontSize * 1.3;
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const w = swatch + 6 + estimateTextWidth(item.label, fontSize);
    if (x > 0 && x + w > options.maxWidth) {
      x = 0;
      row++;
    }
    const px = options.x + x;
    const py = options.y + row * rowH;
    parts.push(
      `<g class="legend-item"${attrs({ 'data-key': item.key })}>` +
        `<rect${attrs({ x: svgNum(px), y: svgNum(py + (rowH - swatch) / 2), width: swatch, height: swatch, fill: item.color })}/>` +
        `<text${attrs({ x: svgNum(px + swatch + 6), y: svgNum(py + rowH / 2), dy: '0.35em', 'font-size': fontSize, fill: CHART_COLORS.text })}>` +
        `${escapeXmlText(item.label)}</text></g>`,
    );
    x += w + gap;
  }
  const height = items.length === 0 ? 0 : (row + 1) * rowH;
  return { svg: `<g class="legend">${parts.join('')}</g>`, height };
}
