import type { FlowLink } from '../engine/result.js';
import { formatCount, formatPercent } from './format.js';
import { acyclicFlows } from './sankey-graph.js';
import { stateLabel } from './labels.js';
import { sankeyLayout, type SankeyLayout, type SankeyLayoutOptions, type SankeyNode } from './sankey-layout.js';
import { chartFooter, footerSvg, footerText, type ChartProvenance } from './svg/footer.js';
import { svgDocument } from './svg/document.js';
import { attrs, escapeXmlText } from './svg/escape.js';
import { svgNum } from './svg/number.js';
import { CHART_COLORS, outcomeOfState, stateColor } from './svg/palette.js';
import { estimateTextWidth, wrapText } from './svg/text-width.js';

/**
 * Options of {@link sankeySvg}: the layout options plus a title, subtitle, id prefix and the provenance for the footer.
 * @example
 * const o: SankeySvgOptions = { title: 'First cases under Title 42', width: 1000, height: 560 };
 */
export interface SankeySvgOptions extends SankeyLayoutOptions {
  /** Default 'How first cases move through the procedure'. */
  title?: string;
  /** A line under the title. Default: what the widths and numbers mean. */
  subtitle?: string;
  /** Prefix of element ids, for inlining several charts in one page. Default 'immsim-sankey'. */
  idPrefix?: string;
  /** Model version, seed, n, cohort and regime, printed in the footer with the caveat. */
  provenance?: ChartProvenance;
}

const FS = 11;
const LH = 13;
const TITLE_FS = 16;
const PAD = 16;
const NODE_W = 12;
/** Space between a node and its label. */
const GAP = 5;
/** Room between a node and its label for a leader line when the label had to move away from its node. */
const LEADER = 10;
/** Vertical space between two label blocks. */
const LABEL_SEP = 3;
/** Widest label in the last column (outcomes) before it wraps. */
const LAST_LABEL_W = 180;
/** Narrowest wrap width of the other columns' labels. */
const MIN_LABEL_W = 64;

/** Splits a label after hyphens too, so that `Credible-fear` can wrap as `Credible-` / `fear` in a narrow column. */
function wrapLabel(text: string, maxWidth: number): string[] {
  const whole = wrapText(text, maxWidth, FS);
  if (whole.every((l) => estimateTextWidth(l, FS) <= maxWidth)) return whole;
  const pieces = text.split(/\s+/).flatMap((w) => w.split(/(?<=-)/));
  const lines: string[] = [];
  let line = '';
  for (const p of pieces) {
    const next = line === '' ? p : line.endsWith('-') ? `${line}${p}` : `${line} ${p}`;
    if (line !== '' && estimateTextWidth(next, FS) > maxWidth) {
      lines.push(line);
      line = p;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A node's label: the state in words (wrapped), then its count; outcomes (the last column) also show their share of
 * all people.
 */
function labelLines(id: string, value: number, total: number, maxWidth: number, last: boolean): string[] {
  const count = last ? `${formatCount(value)} (${formatPercent(total > 0 ? value / total : 0)})` : formatCount(value);
  return [...wrapLabel(stateLabel(id), maxWidth), count];
}

const linesWidth = (lines: readonly string[]) => Math.max(0, ...lines.map((l) => estimateTextWidth(l, FS)));
const widestPiece = (id: string) => Math.max(...stateLabel(id).split(/\s+/).flatMap((w) => w.split(/(?<=-)/)).map((w) => estimateTextWidth(w, FS)));

/**
 * A label block of a Sankey node: its lines, left edge and top (node-area coordinates) and height.
 * @example
 * const b: LabelBox = sankeyPlan(links).labels[0]!;
 */
export interface LabelBox {
  node: SankeyNode;
  lines: string[];
  x: number;
  top: number;
  h: number;
}

/**
 * Stacks the label blocks of one column near their nodes' centres without overlaps, inside [top, bottom]:
 * in order of the nodes, pushed down where they would overlap, then back up from the bottom.
 */
function placeColumnLabels(boxes: LabelBox[], top: number, bottom: number): void {
  boxes.sort((a, b) => a.node.y0 + a.node.y1 - (b.node.y0 + b.node.y1));
  let y = top;
  for (const b of boxes) {
    b.top = Math.max((b.node.y0 + b.node.y1) / 2 - b.h / 2, y);
    y = b.top + b.h + LABEL_SEP;
  }
  y = bottom;
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i]!;
    if (b.top + b.h > y) b.top = y - b.h;
    y = b.top - LABEL_SEP;
  }
}

/** Height of the node area that a column's stacked labels need. */
const labelsHeight = (boxes: readonly LabelBox[]) => boxes.reduce((a, b) => a + b.h + LABEL_SEP, 0);

/**
 * Where everything of a Sankey chart goes: the chart size, header and footer lines, the node layout and the label
 * blocks (already stacked without overlaps). {@link sankeySvg} draws it; the Vega-Lite builder reuses it.
 * @example
 * const p = sankeyPlan([{ from: 'encountered', to: 'expelled', count: 60 }]);
 * p.labels[0]?.lines // ['Encountered at the', 'border', '60']
 */
export function sankeyPlan(links: readonly FlowLink[], options: SankeySvgOptions = {}): SankeyPlan {
  const title = options.title ?? 'How first cases move through the procedure';
  const graph = acyclicFlows(links, { alignSinks: options.alignSinks ?? true });
  const ncols = graph.links.length === 0 ? 0 : Math.max(...graph.columns.values()) + 1;
  const sources = new Set(graph.links.map((l) => l.from));
  for (const l of graph.links) sources.delete(l.to);
  const total = graph.links.filter((l) => sources.has(l.from)).reduce((a, l) => a + l.count, 0);
  const inLast = graph.nodes.filter((id) => graph.columns.get(id) === ncols - 1 && ncols > 1);
  const inMiddle = graph.nodes.filter((id) => !inLast.includes(id));

  // Widths: the last column's labels get a margin; the other columns share the rest, at least as wide as any word.
  const lastW = Math.min(LAST_LABEL_W, Math.max(0, ...inLast.map((id) => linesWidth(labelLines(id, 1e6, 1, LAST_LABEL_W, true)))));
  const marginRight = PAD + (inLast.length > 0 ? lastW + GAP + LEADER + 2 : 0);
  const minMid = Math.max(MIN_LABEL_W, ...inMiddle.map(widestPiece), estimateTextWidth('1,000,000', FS));
  const gapFor = (w: number) => (ncols > 1 ? (w - PAD - marginRight - ncols * NODE_W) / (ncols - 1) : w - PAD - marginRight);
  const needW = PAD + marginRight + ncols * NODE_W + Math.max(0, ncols - 1) * (minMid + 2 * GAP + LEADER + 6);
  const width = Math.max(240, options.width ?? 960, Math.ceil(needW));
  const midW = Math.max(minMid, gapFor(width) - 2 * GAP - LEADER - 6);

  const textW = width - 2 * PAD;
  const titleLines = wrapText(title, textW, TITLE_FS);
  const subtitle =
    options.subtitle ?? `Band widths are proportional to the number of people. Each state shows how many people's first case reached it; each outcome also its share of all ${formatCount(total)} people.`;
  const subLines = wrapText(subtitle, textW, FS);
  const headerH = PAD + 20 * titleLines.length + 15 * subLines.length + 4;
  const footer = options.provenance ? chartFooter(options.provenance, textW) : undefined;
  const footerH = footer ? footer.height + 8 : 0;

  // Lay out, then grow the node area until every column's labels fit in it.
  const margin = options.margin ?? 8;
  let areaH = Math.max(120, (options.height ?? 560) - headerH - footerH);
  let layout = sankeyLayout(links, { ...options, width, height: areaH, margin, marginLeft: PAD, marginRight, nodeWidth: NODE_W });
  let boxes: LabelBox[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    boxes = layout.nodes.map((node) => {
      const last = node.column === ncols - 1 && ncols > 1;
      const lines = labelLines(node.id, node.value, total, last ? LAST_LABEL_W : midW, last);
      return { node, lines, x: node.x1 + GAP + LEADER, top: 0, h: lines.length * LH };
    });
    const need = Math.max(0, ...Array.from({ length: ncols }, (_, c) => labelsHeight(boxes.filter((b) => b.node.column === c)))) + 2 * margin;
    if (need <= areaH) break;
    areaH = Math.ceil(need);
    layout = sankeyLayout(links, { ...options, width, height: areaH, margin, marginLeft: PAD, marginRight, nodeWidth: NODE_W });
  }
  for (let c = 0; c < ncols; c++) placeColumnLabels(boxes.filter((b) => b.node.column === c), margin, areaH - margin);
  const height = headerH + areaH + footerH;

  return { width, height, headerH, areaH, title, titleLines, subLines, footer, layout, labels: boxes, total, lineHeight: LH, fontSize: FS, pad: PAD };
}

/**
 * A computed Sankey chart: see {@link sankeyPlan}. Label blocks are in node-area coordinates (add `headerH` for the
 * chart's).
 * @example
 * const p: SankeyPlan = sankeyPlan(links);
 */
export interface SankeyPlan {
  width: number;
  height: number;
  headerH: number;
  areaH: number;
  title: string;
  titleLines: string[];
  subLines: string[];
  footer: { lines: string[]; height: number } | undefined;
  layout: SankeyLayout;
  labels: LabelBox[];
  /** People at the sources (the 100% of the shares). */
  total: number;
  lineHeight: number;
  fontSize: number;
  pad: number;
}

/**
 * A Sankey diagram of flow links as a standalone SVG. Nodes are states placed in columns by longest path from the
 * sources (final states in the last column); a node's height is proportional to its flow (max of inflow and
 * outflow), a link's width to its count, both on one scale. Outcome states take their outcome colour, other states
 * are grey; a link is coloured like its target when the target is an outcome. Self-loops and links that close a
 * cycle are left out (the description says how many).
 *
 * Labels are the states in words with their count and share of all people, always to the right of their node in the
 * space before the next column (the last column has a margin of its own), wrapped to fit it, and stacked per column
 * so that no two labels overlap (a thin leader line joins a label pushed away from its node). The chart grows wider
 * or taller than asked when the labels need it, never letting a label leave the chart. With `provenance`, a footer
 * names the model version, seed, n, cohort and regime and says that the chart shows assumptions, not history.
 *
 * Nodes carry `data-node`, `data-value`, `data-inflow`, `data-outflow`; links carry `data-from`, `data-to`,
 * `data-count`; both have `<title>` tooltips.
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('sankey-title-42.svg', sankeySvg(result.flows ?? [], { title: 'Title 42: first cases' }));
 */
export function sankeySvg(links: FlowLink[], options: SankeySvgOptions = {}): string {
  const idPrefix = options.idPrefix ?? 'immsim-sankey';
  const { width, height, headerH, areaH, title, titleLines, subLines, footer, layout, labels: boxes } = sankeyPlan(links, options);
  const textW = width - 2 * PAD;
  const parts: string[] = [];
  titleLines.forEach((line, i) =>
    parts.push(`<text${attrs({ x: PAD, y: PAD + 6 + 20 * i, dy: '0.35em', 'font-size': TITLE_FS, 'font-weight': 'bold', fill: CHART_COLORS.text })}>${escapeXmlText(line)}</text>`),
  );
  subLines.forEach((line, i) =>
    parts.push(`<text${attrs({ x: PAD, y: PAD + 6 + 20 * titleLines.length + 15 * i, dy: '0.35em', 'font-size': FS, fill: CHART_COLORS.muted })}>${escapeXmlText(line)}</text>`),
  );

  const linkParts = layout.links.map((l) => {
    const ys = l.sy + l.width / 2;
    const yt = l.ty + l.width / 2;
    const xm = (l.x0 + l.x1) / 2;
    const target = outcomeOfState(l.to);
    const outOfSource = layout.nodes.find((n) => n.id === l.from)?.outflow ?? 0;
    const tip = `${stateLabel(l.from)} \u2192 ${stateLabel(l.to)}: ${formatCount(l.count)}${outOfSource > 0 ? ` (${formatPercent(l.count / outOfSource)} of ${stateLabel(l.from)})` : ''}`;
    return (
      `<path${attrs({
        class: 'link',
        d: `M${svgNum(l.x0)},${svgNum(ys)}C${svgNum(xm)},${svgNum(ys)} ${svgNum(xm)},${svgNum(yt)} ${svgNum(l.x1)},${svgNum(yt)}`,
        fill: 'none',
        stroke: target ? stateColor(l.to) : CHART_COLORS.link,
        'stroke-opacity': 0.45,
        'stroke-width': svgNum(Math.max(l.width, 0.5)),
        'data-from': l.from,
        'data-to': l.to,
        'data-count': l.count,
      })}><title>${escapeXmlText(tip)}</title></path>`
    );
  });

  const nodeParts = layout.nodes.map((n) => {
    const tip = `${stateLabel(n.id)}: in ${formatCount(n.inflow)}, out ${formatCount(n.outflow)}`;
    return (
      `<g${attrs({ class: 'node', 'data-node': n.id })}>` +
      `<rect${attrs({
        x: svgNum(n.x0),
        y: svgNum(n.y0),
        width: svgNum(n.x1 - n.x0),
        height: svgNum(Math.max(n.y1 - n.y0, 1)),
        fill: stateColor(n.id),
        'data-node': n.id,
        'data-value': n.value,
        'data-inflow': n.inflow,
        'data-outflow': n.outflow,
      })}><title>${escapeXmlText(tip)}</title></rect></g>`
    );
  });

  const labelParts = boxes.map((b) => {
    const cy = b.top + b.h / 2;
    const n = b.node;
    const away = cy < n.y0 - 1 || cy > n.y1 + 1;
    // A short stub out of the node at its own height, then a slant to the label: leaders of neighbours fan out.
    const ny = Math.min(Math.max(cy, n.y0), n.y1);
    const leader = away
      ? `<path${attrs({ d: `M${svgNum(n.x1)},${svgNum(ny)}L${svgNum(n.x1 + 3)},${svgNum(ny)}L${svgNum(b.x - 2)},${svgNum(cy)}`, fill: 'none', stroke: CHART_COLORS.axis, 'stroke-width': 0.75 })}/>`
      : '';
    const spans = b.lines
      .map(
        (line, i) =>
          `<tspan${attrs({ x: svgNum(b.x), y: svgNum(b.top + LH * (i + 0.5)), dy: '0.35em', fill: i === b.lines.length - 1 ? CHART_COLORS.muted : undefined })}>${escapeXmlText(line)}</tspan>`,
      )
      .join('');
    return (
      `<g${attrs({ class: 'label', 'data-node': n.id })}>${leader}` +
      `<text${attrs({ 'font-size': FS, fill: CHART_COLORS.text, stroke: '#ffffff', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' })}>${spans}</text></g>`
    );
  });

  if (layout.links.length === 0) {
    parts.push(`<text${attrs({ x: PAD, y: headerH + 24, 'font-size': FS, fill: CHART_COLORS.muted })}>No flows to draw.</text>`);
  } else {
    const shift = `translate(0 ${svgNum(headerH)})`;
    parts.push(`<g class="links" transform="${shift}">${linkParts.join('')}</g>`);
    parts.push(`<g class="nodes" transform="${shift}">${nodeParts.join('')}</g>`);
    parts.push(`<g class="labels" transform="${shift}">${labelParts.join('')}</g>`);
  }
  if (footer) parts.push(footerSvg(footer.lines, PAD, headerH + areaH + 4, textW));

  const dropped = layout.dropped.length;
  const desc =
    `Sankey diagram of ${layout.nodes.length} states and ${layout.links.length} transitions; widths are proportional to the number of people. ` +
    layout.nodes.map((n) => `${stateLabel(n.id)}: ${formatCount(n.value)}`).join('; ') +
    '. ' +
    (dropped > 0
      ? `${dropped} link(s) not drawn (self-loops, cycles or non-positive counts): ${layout.dropped.map((d) => `${d.link.from} \u2192 ${d.link.to} (${d.reason})`).join(', ')}.`
      : 'No links were dropped.') +
    (options.provenance ? ` ${footerText(options.provenance).join(' ')}` : '');
  return svgDocument({ width, height, title, desc, body: parts.join('\n'), idPrefix, rootAttrs: { 'data-chart': 'sankey', 'data-dropped': dropped } });
}

/** A Mermaid sankey CSV field: quoted when it contains a comma or quote, starts with `%` or has edge spaces. */
function mermaidField(name: string): string {
  const s = name.replace(/[\r\n]+/g, ' ');
  return /[",]|^%|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The same flows as a Mermaid `sankey-beta` diagram (renders on GitHub), one CSV row `source,target,value` per
 * link after self-loops, cycles and non-positive counts are dropped and duplicate links merged, exactly as in
 * {@link sankeySvg}. Names with commas or quotes are quoted. By default the diagram is wrapped in a ```` ```mermaid ````
 * fence for Markdown; pass `{ fence: false }` for a bare `.mmd` file.
 * @example
 * sankeyMermaid([{ from: 'encounter', to: 'expelled', count: 60 }])
 * // '```mermaid\nsankey-beta\n\n%% source,target,value\nencounter,expelled,60\n```\n'
 */
export function sankeyMermaid(links: FlowLink[], options: { fence?: boolean } = {}): string {
  const { links: kept } = acyclicFlows(links);
  const rows = kept.map((l) => `${mermaidField(l.from)},${mermaidField(l.to)},${String(l.count)}`);
  const body = ['sankey-beta', '', '%% source,target,value', ...rows].join('\n');
  return options.fence === false ? `${body}\n` : `\`\`\`mermaid\n${body}\n\`\`\`\n`;
}
