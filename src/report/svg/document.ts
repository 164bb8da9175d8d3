import { attrs, escapeXmlText } from './escape.js';
import { svgNum } from './number.js';
import { CHART_COLORS } from './palette.js';

/**
 * The parts of a standalone SVG document.
 * @example
 * const d: SvgDocumentParts = { width: 400, height: 300, title: 'Outcomes', desc: 'Shares by regime', body: '' };
 */
export interface SvgDocumentParts {
  /** Rendered size in px (the `width`/`height` attributes). */
  width: number;
  height: number;
  /** Size of the drawing's coordinate system; defaults to the rendered size. */
  viewBoxWidth?: number;
  viewBoxHeight?: number;
  /** Accessible name (`<title>`) and description (`<desc>`). */
  title: string;
  desc: string;
  /** Inner markup. */
  body: string;
  /** Prefix of the ids of `<title>`/`<desc>`, to keep ids unique when several charts are inlined in one page. */
  idPrefix?: string;
  /** Extra attributes for the root `<svg>` element (e.g. `data-chart`). */
  rootAttrs?: Record<string, string | number | undefined>;
}

/**
 * Wraps chart markup in a standalone `<svg>` root with the SVG namespace, width, height, viewBox, an accessible
 * `<title>` and `<desc>`, a font and a white background.
 * @example
 * svgDocument({ width: 100, height: 50, title: 'T', desc: 'D', body: '' }).includes('viewBox="0 0 100 50"') // true
 */
export function svgDocument(parts: SvgDocumentParts): string {
  const prefix = parts.idPrefix ?? 'immsim-chart';
  const vw = parts.viewBoxWidth ?? parts.width;
  const vh = parts.viewBoxHeight ?? parts.height;
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: svgNum(parts.width),
    height: svgNum(parts.height),
    viewBox: `0 0 ${svgNum(vw)} ${svgNum(vh)}`,
    role: 'img',
    'aria-labelledby': `${prefix}-title ${prefix}-desc`,
    'font-family': 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif',
    ...parts.rootAttrs,
  });
  return (
    `<svg${root}>\n` +
    `<title${attrs({ id: `${prefix}-title` })}>${escapeXmlText(parts.title)}</title>\n` +
    `<desc${attrs({ id: `${prefix}-desc` })}>${escapeXmlText(parts.desc)}</desc>\n` +
    `<rect width="100%" height="100%" fill="${CHART_COLORS.background}"/>\n` +
    `${parts.body}\n</svg>\n`
  );
}
