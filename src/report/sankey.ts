import type { FlowLink } from '../engine/result.js';
import { formatCount, formatPercent } from './format.js';
import { acyclicFlows } from './sankey-graph.js';
import { sankeyLayout, type SankeyLayoutOptions } from './sankey-layout.js';
import { svgDocument } from './svg/document.js';
import { attrs, escapeXmlText } from './svg/escape.js';
import { svgNum } from './svg/number.js';
import { CHART_COLORS, outcomeOfState, stateColor } from './svg/palette.js';

/**
 * Options of {@link sankeySvg}: the layout options plus a title and an id prefix.
 * @example
 * const o: SankeySvgOptions = { title: 'First cases under title-42', width: 1000, height: 560 };
 */
export interface SankeySvgOptions extends SankeyLayoutOptions {
  /** Default 'Flow of first cases through the procedure'. */
  title?: string;
  /** Prefix of element ids, for inlining several charts in one page. Default 'immsim-sankey'. */
  idPrefix?: string;
}

const FS = 12;
const TITLE_H = 34;

/**
 * A Sankey diagram of flow links as a standalone SVG. Nodes are states placed in columns by longest path from the
 * sources (final states in the last column); a node's height is proportional to its flow (max of inflow and
 * outflow), a link's width to its count, both on one scale. Outcome states take their outcome colour, other states
 * are grey; a link is coloured like its target when the target is an outcome. Self-loops and links that close a
 * cycle are left out (the description says how many). Nodes carry `data-node`, `data-value`, `data-inflow`,
 * `data-outflow`; links carry `data-from`, `data-to`, `data-count`; both have `<title>` tooltips.
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('sankey-title-42.svg', sankeySvg(result.flows ?? [], { title: 'title-42: first cases' }));
 */
export function sankeySvg(links: FlowLink[], options: SankeySvgOptions = {}): string {
  const width = Math.max(240, options.width ?? 960);
  const height = Math.max(160, options.height ?? 520);
  const title = options.title ?? 'Flow of first cases through the procedure';
  const idPrefix = options.idPrefix ?? 'immsim-sankey';
  const layout = sankeyLayout(links, { ...options, width, height: height - TITLE_H });
  const parts: string[] = [];
  parts.push(`<text${attrs({ x: 16, y: 22, 'font-size': 16, 'font-weight': 'bold', fill: CHART_COLORS.text })}>${escapeXmlText(title)}</text>`);

  const linkParts = layout.links.map((l) => {
    const ys = l.sy + l.width / 2;
    const yt = l.ty + l.width / 2;
    const xm = (l.x0 + l.x1) / 2;
    const target = outcomeOfState(l.to);
    const outOfSource = layout.nodes.find((n) => n.id === l.from)?.outflow ?? 0;
    const tip = `${l.from} \u2192 ${l.to}: ${formatCount(l.count)}${outOfSource > 0 ? ` (${formatPercent(l.count / outOfSource)} of ${l.from})` : ''}`;
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
    const last = n.column === layout.columns - 1 && layout.columns > 1;
    const label = `${n.id} ${formatCount(n.value)}`;
    const tip = `${n.id}: in ${formatCount(n.inflow)}, out ${formatCount(n.outflow)}`;
    return (
      `<g${attrs({ class: 'node', 'data-node': n.id })}>` +
      `<rect${attrs({
        x: svgNum(n.x0),
        y: svgNum(n.y0),
        width: svgNum(n.x1 - n.x0),
        height: svgNum(n.y1 - n.y0),
        fill: stateColor(n.id),
        'data-node': n.id,
        'data-value': n.value,
        'data-inflow': n.inflow,
        'data-outflow': n.outflow,
      })}><title>${escapeXmlText(tip)}</title></rect>` +
      `<text${attrs({
        x: svgNum(last ? n.x0 - 6 : n.x1 + 6),
        y: svgNum((n.y0 + n.y1) / 2),
        dy: '0.35em',
        'text-anchor': last ? 'end' : 'start',
        'font-size': FS,
        fill: CHART_COLORS.text,
        stroke: '#ffffff',
        'stroke-width': 3,
        'paint-order': 'stroke',
      })}>${escapeXmlText(label)}</text></g>`
    );
  });

  if (layout.links.length === 0) {
    parts.push(`<text${attrs({ x: 16, y: TITLE_H + 24, 'font-size': FS, fill: CHART_COLORS.muted })}>No flows to draw.</text>`);
  } else {
    parts.push(`<g class="links" transform="translate(0 ${TITLE_H})">${linkParts.join('')}</g>`);
    parts.push(`<g class="nodes" transform="translate(0 ${TITLE_H})">${nodeParts.join('')}</g>`);
  }

  const dropped = layout.dropped.length;
  const desc =
    `Sankey diagram of ${layout.nodes.length} states and ${layout.links.length} transitions; widths are proportional to the number of people. ` +
    (dropped > 0
      ? `${dropped} link(s) not drawn (self-loops, cycles or non-positive counts): ${layout.dropped.map((d) => `${d.link.from} \u2192 ${d.link.to} (${d.reason})`).join(', ')}.`
      : 'No links were dropped.');
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
