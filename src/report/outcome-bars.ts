import { OUTCOME_IDS, type OutcomeId } from '../domain/outcomes.js';
import type { OutcomeShare, SimulationResult } from '../engine/result.js';
import { formatCount, formatPercent, formatShareWithCi } from './format.js';
import { outcomeLabel } from './labels.js';
import { svgDocument } from './svg/document.js';
import { attrs, escapeXmlText } from './svg/escape.js';
import { chartFooter, footerSvg, footerText, provenanceOf, type ChartProvenance } from './svg/footer.js';
import { legendSvg } from './svg/legend.js';
import { niceCeil, svgNum, ticks } from './svg/number.js';
import { CHART_COLORS, contrastText, outcomeColor } from './svg/palette.js';
import { estimateTextWidth, truncateText, wrapText } from './svg/text-width.js';

/**
 * Options of {@link outcomeBarsSvg}.
 * @example
 * const o: OutcomeBarsOptions = { title: 'FY2020 cohort', width: 900 };
 */
export interface OutcomeBarsOptions {
  /** Chart title. Default 'Outcomes by policy regime'. */
  title?: string;
  /** Width in px. Default 760. */
  width?: number;
  /** Height in px. Default: whatever the rows need; when given, row heights stretch or shrink to fit. */
  height?: number;
  /** Prefix of element ids, for inlining several charts in one page. Default 'immsim-outcomes'. */
  idPrefix?: string;
  /** The footer's provenance. Default: taken from the results (model version, seed, n, cohort, regimes). */
  provenance?: ChartProvenance;
}

const PAD = 16;
const FS = 12;
const SMALL = 11;
const AXIS_H = 20;
// Row sizes at scale 1; the `height` option scales these.
const BAR_H = 26;
const BAR_GAP = 10;
const BAND_HEAD = 20;
const SUB_ROW = 17;
const BAND_GAP = 8;

/** The outcome ids drawn: non-zero share under at least one regime, in vocabulary order. */
function drawnOutcomes(results: readonly SimulationResult[]): OutcomeId[] {
  return OUTCOME_IDS.filter((id) => results.some((r) => r.outcomes[id].share > 0));
}

function tooltip(r: SimulationResult, id: OutcomeId, o: OutcomeShare): string {
  return `${r.regime} \u00b7 ${outcomeLabel(id)}: ${formatShareWithCi(o.share, o.ci95)} (${formatCount(o.count)} of ${formatCount(r.n)})`;
}

function dataAttrs(r: SimulationResult, id: OutcomeId, o: OutcomeShare): Record<string, string | number> {
  return {
    'data-regime': r.regime,
    'data-outcome': id,
    'data-count': o.count,
    'data-n': r.n,
    'data-share': o.share,
    'data-ci-low': o.ci95[0],
    'data-ci-high': o.ci95[1],
  };
}

function text(x: number, y: number, content: string, extra: Record<string, string | number | undefined> = {}): string {
  return `<text${attrs({ x: svgNum(x), y: svgNum(y), dy: '0.35em', 'font-size': FS, fill: CHART_COLORS.text, ...extra })}>${escapeXmlText(content)}</text>`;
}

/** Vertical grid lines with tick labels below, for a 0..max share axis. */
function axis(x0: number, w: number, max: number, top: number, bottom: number): string {
  const parts: string[] = [];
  for (const t of ticks(max, 4)) {
    const x = x0 + (t / max) * w;
    parts.push(`<line${attrs({ x1: svgNum(x), x2: svgNum(x), y1: svgNum(top), y2: svgNum(bottom), stroke: CHART_COLORS.grid })}/>`);
    parts.push(text(x, bottom + AXIS_H / 2 + 2, formatPercent(t, t * 100 === Math.round(t * 100) ? 0 : 1), { 'text-anchor': 'middle', 'font-size': SMALL, fill: CHART_COLORS.muted }));
  }
  return `<g class="axis">${parts.join('')}</g>`;
}

/** A subtitle describing the cohort, n and horizon when the results agree on them. */
function subtitle(results: readonly SimulationResult[]): string {
  const first = results[0];
  if (!first) return '';
  const same = <K extends 'cohort' | 'n' | 'horizonDays'>(k: K) => results.every((r) => r[k] === first[k]);
  const parts = ['Share of people by the outcome of their last case'];
  if (same('cohort')) parts.push(`cohort ${first.cohort}`);
  if (same('n')) parts.push(`n = ${formatCount(first.n)} per regime`);
  if (same('horizonDays')) parts.push(`horizon ${formatCount(first.horizonDays)} d`);
  return parts.join(' \u00b7 ');
}

/**
 * Outcome shares of several regimes as a standalone SVG in two panels.
 *
 * Top: one horizontal bar per regime, stacked to 100%, one segment per outcome with a non-zero share, each outcome
 * always in the same colour (legend below). Stacked segments cannot show independent uncertainty, so the bottom
 * panel shows it: for every drawn outcome, one dot per regime at its share with a whisker over its 95% interval,
 * on one axis from 0 shared by all outcomes (so small shares look small and narrow intervals look narrow), with the
 * exact value printed beside it.
 *
 * Every segment and every dot carries `data-regime`, `data-outcome`, `data-count`, `data-n`, `data-share`,
 * `data-ci-low`, `data-ci-high` and a `<title>` tooltip such as `title-42 · Expelled (Title 42): 41.2% [40.5–41.9]
 * (8,240 of 20,000)`.
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('outcomes.svg', outcomeBarsSvg(cmp.results, { title: 'FY2020 cohort' }));
 */
export function outcomeBarsSvg(results: SimulationResult[], options: OutcomeBarsOptions = {}): string {
  const width = Math.max(320, options.width ?? 760);
  const title = options.title ?? 'Outcomes by policy regime';
  const idPrefix = options.idPrefix ?? 'immsim-outcomes';
  const shown = drawnOutcomes(results);

  if (results.length === 0 || shown.length === 0) {
    const height = options.height ?? 120;
    const body =
      text(PAD, PAD + 10, title, { 'font-size': 16, 'font-weight': 'bold' }) +
      text(PAD, PAD + 40, results.length === 0 ? 'No results to draw.' : 'No outcomes with a non-zero share.', { fill: CHART_COLORS.muted });
    return svgDocument({ width, height, title, desc: 'Empty chart: nothing to draw.', body, idPrefix, rootAttrs: { 'data-chart': 'outcome-bars' } });
  }

  const labelW = Math.min(
    width * 0.28,
    Math.max(56, ...results.map((r) => estimateTextWidth(r.regime, FS) + 12)),
  );
  const x0 = PAD + labelW;
  const barW = width - PAD - x0;
  const valueW = estimateTextWidth('100.0% [100.0\u2013100.0]', SMALL) + 10;
  const dotW = Math.max(60, width - PAD - x0 - valueW);
  const legend = legendSvg(
    shown.map((id) => ({ label: outcomeLabel(id), color: outcomeColor(id), key: id })),
    { x: x0, y: 0, maxWidth: barW },
  );

  const maxHigh = Math.max(...results.flatMap((r) => shown.flatMap((id) => [r.outcomes[id].ci95[1], r.outcomes[id].share])));
  const axisMax = Math.min(1, niceCeil(maxHigh));
  const textW = width - 2 * PAD;
  const titleLines = wrapText(title, textW, 16);
  const subLines = wrapText(subtitle(results), textW, FS);
  const noteLines = wrapText(
    `Dot: share; whisker: 95% interval (drawn over the dot); one axis from 0 to ${formatPercent(axisMax, 0)} for all outcomes.`,
    textW,
    SMALL,
  );

  // Height = fixed + flex × scale; the `height` option picks the scale (never so small that text rows overlap).
  const R = results.length;
  const O = shown.length;
  const headerH = PAD + 20 * titleLines.length + 16 * subLines.length + 14;
  const provenance = options.provenance ?? provenanceOf(results);
  const footer = provenance ? chartFooter(provenance, textW) : undefined;
  const footerH = footer ? footer.height + 6 : 0;
  const fixed = headerH + 20 + AXIS_H + 10 + legend.height + 20 + 20 + 15 * noteLines.length + AXIS_H + PAD + footerH;
  const flex = R * BAR_H + (R - 1) * BAR_GAP + O * (BAND_HEAD + R * SUB_ROW) + (O - 1) * BAND_GAP;
  const scale = options.height === undefined ? 1 : Math.min(3, Math.max(0.85, (options.height - fixed) / flex));
  const contentH = fixed + flex * scale;

  const parts: string[] = [];
  titleLines.forEach((line, i) => parts.push(text(PAD, PAD + 8 + 20 * i, line, { 'font-size': 16, 'font-weight': 'bold' })));
  subLines.forEach((line, i) => parts.push(text(PAD, PAD + 8 + 20 * titleLines.length + 16 * i, line, { fill: CHART_COLORS.muted })));
  let y = headerH;

  // Panel A: stacked bars.
  parts.push(text(PAD, y + 6, 'Outcome shares, stacked to 100%', { 'font-weight': 'bold' }));
  y += 20;
  const barsTop = y;
  const barH = BAR_H * scale;
  const bars: string[] = [];
  results.forEach((r, i) => {
    const by = barsTop + i * (barH + BAR_GAP * scale);
    const seg: string[] = [];
    seg.push(`<title>${escapeXmlText(`${r.regime}: n = ${formatCount(r.n)}`)}</title>`);
    seg.push(text(x0 - 8, by + barH / 2, truncateText(r.regime, labelW - 12, FS), { 'text-anchor': 'end' }));
    seg.push(`<rect${attrs({ class: 'bar-track', x: svgNum(x0), y: svgNum(by), width: svgNum(barW), height: svgNum(barH), fill: CHART_COLORS.track, 'data-bar-width': svgNum(barW) })}/>`);
    let cum = 0;
    for (const id of shown) {
      const o = r.outcomes[id];
      if (!(o.share > 0)) continue;
      const sx = x0 + cum * barW;
      const sw = o.share * barW;
      cum += o.share;
      const color = outcomeColor(id);
      seg.push(
        `<rect${attrs({ class: 'segment', x: svgNum(sx), y: svgNum(by), width: svgNum(sw), height: svgNum(barH), fill: color, stroke: '#ffffff', 'stroke-width': 0.75, ...dataAttrs(r, id, o) })}>` +
          `<title>${escapeXmlText(tooltip(r, id, o))}</title></rect>`,
      );
      const label = [formatPercent(o.share), formatPercent(o.share, 0)].find((l) => estimateTextWidth(l, SMALL) + 6 <= sw);
      if (label && barH >= SMALL + 2) {
        seg.push(text(sx + sw / 2, by + barH / 2, label, { 'text-anchor': 'middle', 'font-size': SMALL, fill: contrastText(color), 'pointer-events': 'none' }));
      }
    }
    bars.push(`<g${attrs({ class: 'bar', 'data-regime': r.regime, 'data-n': r.n })}>${seg.join('')}</g>`);
  });
  y = barsTop + R * barH + (R - 1) * BAR_GAP * scale;
  parts.push(axis(x0, barW, 1, barsTop - 4, y + 4));
  parts.push(`<g class="stacked-bars">${bars.join('')}</g>`);
  y += 4 + AXIS_H + 10;
  parts.push(legend.svg.replace('<g class="legend">', `<g class="legend" transform="translate(0 ${svgNum(y)})">`));
  y += legend.height + 20;

  // Panel B: dot and whisker per outcome × regime, shared axis from 0.
  const sx = (share: number) => x0 + (Math.min(Math.max(share, 0), axisMax) / axisMax) * dotW;
  parts.push(text(PAD, y + 6, 'Each share with its 95% interval', { 'font-weight': 'bold' }));
  noteLines.forEach((line, i) => parts.push(text(PAD, y + 22 + 15 * i, line, { 'font-size': SMALL, fill: CHART_COLORS.muted })));
  y += 20 + 15 * noteLines.length;
  const dotsTop = y;
  const bands: string[] = [];
  shown.forEach((id, k) => {
    const color = outcomeColor(id);
    const band: string[] = [];
    band.push(`<rect${attrs({ x: PAD, y: svgNum(y + (BAND_HEAD * scale - 10) / 2), width: 10, height: 10, fill: color })}/>`);
    band.push(text(PAD + 16, y + (BAND_HEAD * scale) / 2, outcomeLabel(id), { 'font-weight': 'bold' }));
    y += BAND_HEAD * scale;
    for (const r of results) {
      const o = r.outcomes[id];
      const cy = y + (SUB_ROW * scale) / 2;
      const [lo, hi] = [sx(o.ci95[0]), sx(o.ci95[1])];
      const cap = Math.min(5, (SUB_ROW * scale) / 3);
      band.push(
        `<g${attrs({ class: 'interval', ...dataAttrs(r, id, o) })}>` +
          `<title>${escapeXmlText(tooltip(r, id, o))}</title>` +
          text(x0 - 8, cy, truncateText(r.regime, labelW - 12, SMALL), { 'text-anchor': 'end', 'font-size': SMALL, fill: CHART_COLORS.muted }) +
          `<circle${attrs({ class: 'dot', cx: svgNum(sx(o.share)), cy: svgNum(cy), r: svgNum(Math.min(3.5, SUB_ROW * scale * 0.25)), fill: color, stroke: '#333333', 'stroke-width': 0.75 })}/>` +
          `<line${attrs({ class: 'whisker', x1: svgNum(lo), x2: svgNum(hi), y1: svgNum(cy), y2: svgNum(cy), stroke: '#111111', 'stroke-width': 1.5 })}/>` +
          `<line${attrs({ x1: svgNum(lo), x2: svgNum(lo), y1: svgNum(cy - cap), y2: svgNum(cy + cap), stroke: '#111111', 'stroke-width': 1.25 })}/>` +
          `<line${attrs({ x1: svgNum(hi), x2: svgNum(hi), y1: svgNum(cy - cap), y2: svgNum(cy + cap), stroke: '#111111', 'stroke-width': 1.25 })}/>` +
          text(x0 + dotW + 8, cy, formatShareWithCi(o.share, o.ci95), { 'font-size': SMALL }) +
          `</g>`,
      );
      y += SUB_ROW * scale;
    }
    if (k < O - 1) y += BAND_GAP * scale;
    bands.push(`<g${attrs({ class: 'interval-panel', 'data-outcome': id })}>${band.join('')}</g>`);
  });
  parts.push(axis(x0, dotW, axisMax, dotsTop - 4, y + 4));
  parts.push(`<g class="intervals">${bands.join('')}</g>`);
  if (footer) parts.push(footerSvg(footer.lines, PAD, y + 4 + AXIS_H + 6, textW));

  const desc =
    `Top: one bar per regime (${results.map((r) => r.regime).join(', ')}) split into the share of people whose last case ended in each outcome. ` +
    `Bottom: each outcome's share under each regime as a dot with its 95% interval, on one axis from 0 to ${formatPercent(axisMax, 0)}. ` +
    results.map((r) => `${r.regime}: ${shown.map((id) => `${outcomeLabel(id)} ${formatShareWithCi(r.outcomes[id].share, r.outcomes[id].ci95)}`).join('; ')}.`).join(' ') +
    (provenance ? ` ${footerText(provenance).join(' ')}` : '');
  return svgDocument({
    width,
    height: options.height ?? contentH,
    viewBoxWidth: width,
    viewBoxHeight: contentH,
    title,
    desc,
    body: parts.join('\n'),
    idPrefix,
    rootAttrs: { 'data-chart': 'outcome-bars' },
  });
}
