import type { FlowLink } from '../engine/result.js';
import { acyclicFlows, type DroppedLink } from './sankey-graph.js';

/**
 * A positioned Sankey node. `value` = max(inflow, outflow) over the kept links; its height is `value × ky`.
 * @example
 * const n: SankeyNode = { id: 'hearing', column: 1, inflow: 10, outflow: 8, value: 10, x0: 100, x1: 114, y0: 20, y1: 120 };
 */
export interface SankeyNode {
  id: string;
  column: number;
  inflow: number;
  outflow: number;
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * A positioned Sankey link: a band of `width = count × ky` from the right edge of `from` (top at `sy`) to the left
 * edge of `to` (top at `ty`).
 * @example
 * const l: SankeyLinkLayout = { from: 'a', to: 'b', count: 5, width: 50, x0: 14, x1: 200, sy: 0, ty: 10 };
 */
export interface SankeyLinkLayout extends FlowLink {
  width: number;
  x0: number;
  x1: number;
  sy: number;
  ty: number;
}

/**
 * Size and spacing of a Sankey layout.
 * @example
 * const o: SankeyLayoutOptions = { width: 960, height: 520, nodeWidth: 14, nodePadding: 12 };
 */
export interface SankeyLayoutOptions {
  width?: number;
  height?: number;
  /** Margins around the node area (labels sit inside it). Default 16. */
  margin?: number;
  nodeWidth?: number;
  /** Vertical gap between nodes of a column (shrunk if a column would not fit). Default 12. */
  nodePadding?: number;
  /** Put nodes without outgoing links in the last column. Default true. */
  alignSinks?: boolean;
}

/**
 * A computed Sankey layout: nodes, links, the links dropped to make the graph acyclic, the scale `ky` (px per
 * unit of count) and the number of columns.
 * @example
 * const layout: SankeyLayout = sankeyLayout([{ from: 'a', to: 'b', count: 1 }]);
 */
export interface SankeyLayout {
  nodes: SankeyNode[];
  links: SankeyLinkLayout[];
  dropped: DroppedLink[];
  ky: number;
  columns: number;
  width: number;
  height: number;
}

const center = (n: SankeyNode) => (n.y0 + n.y1) / 2;

/**
 * Lays out flow links as a Sankey diagram. Links are cleaned and made acyclic with {@link acyclicFlows}; nodes go in
 * columns by longest path from the sources; node heights and link widths share one scale `ky` chosen so the fullest
 * column fits; within a column nodes are ordered by the weighted mean position of their neighbours (a few sweeps
 * left-to-right and back, which keeps crossings down) and the column is centred vertically.
 * @example
 * const layout = sankeyLayout([{ from: 'encounter', to: 'expelled', count: 60 }, { from: 'encounter', to: 'hearing', count: 40 }]);
 * layout.nodes.find((n) => n.id === 'encounter')?.value // 100
 */
export function sankeyLayout(links: readonly FlowLink[], options: SankeyLayoutOptions = {}): SankeyLayout {
  const width = options.width ?? 960;
  const height = options.height ?? 520;
  const margin = options.margin ?? 16;
  const nodeWidth = options.nodeWidth ?? 14;
  const graph = acyclicFlows(links, { alignSinks: options.alignSinks ?? true });

  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const l of graph.links) {
    outflow.set(l.from, (outflow.get(l.from) ?? 0) + l.count);
    inflow.set(l.to, (inflow.get(l.to) ?? 0) + l.count);
  }
  const ncols = graph.links.length === 0 ? 0 : Math.max(...graph.columns.values()) + 1;
  const innerW = width - 2 * margin;
  const innerH = height - 2 * margin;
  const colX = (c: number) => margin + (ncols <= 1 ? 0 : (c * (innerW - nodeWidth)) / (ncols - 1));

  const nodes: SankeyNode[] = graph.nodes
    .map((id) => {
      const i = inflow.get(id) ?? 0;
      const o = outflow.get(id) ?? 0;
      const column = graph.columns.get(id) ?? 0;
      return { id, column, inflow: i, outflow: o, value: Math.max(i, o), x0: colX(column), x1: colX(column) + nodeWidth, y0: 0, y1: 0 };
    })
    .filter((n) => n.value > 0);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cols: SankeyNode[][] = Array.from({ length: ncols }, () => []);
  for (const n of nodes) cols[n.column]?.push(n);

  // One scale for all columns; shrink padding if a column has too many nodes for it.
  const padding = Math.min(
    options.nodePadding ?? 12,
    ...cols.filter((c) => c.length > 1).map((c) => (innerH * 0.4) / (c.length - 1)),
  );
  const ky = Math.min(
    ...cols.map((c) => (innerH - (c.length - 1) * padding) / Math.max(1e-12, c.reduce((a, n) => a + n.value, 0))),
  );
  const place = () => {
    for (const col of cols) {
      const total = col.reduce((a, n) => a + n.value * ky, 0) + (col.length - 1) * padding;
      let y = margin + (innerH - total) / 2;
      for (const n of col) {
        n.y0 = y;
        n.y1 = y + n.value * ky;
        y = n.y1 + padding;
      }
    }
  };
  cols[0]?.sort((a, b) => b.value - a.value);
  place();

  // Barycentre sweeps: order each column by the count-weighted mean centre of its neighbours.
  const weightedMean = (n: SankeyNode, dir: 'in' | 'out') => {
    let sum = 0;
    let w = 0;
    for (const l of graph.links) {
      const other = dir === 'in' ? (l.to === n.id ? byId.get(l.from) : undefined) : l.from === n.id ? byId.get(l.to) : undefined;
      if (!other) continue;
      sum += center(other) * l.count;
      w += l.count;
    }
    return w > 0 ? sum / w : center(n);
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    const forward = sweep % 2 === 0;
    const range = forward ? cols.slice(1) : cols.slice(0, -1).reverse();
    for (const col of range) {
      const key = new Map(col.map((n) => [n, weightedMean(n, forward ? 'in' : 'out')]));
      col.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
      place();
    }
  }

  // Links: stack outgoing links at the source by target position, incoming at the target by source position.
  const laid: SankeyLinkLayout[] = graph.links.flatMap((l) => {
    const s = byId.get(l.from);
    const t = byId.get(l.to);
    return s && t ? [{ ...l, width: l.count * ky, x0: s.x1, x1: t.x0, sy: 0, ty: 0 }] : [];
  });
  for (const n of nodes) {
    let y = n.y0;
    for (const l of laid.filter((k) => k.from === n.id).sort((a, b) => center(byId.get(a.to)!) - center(byId.get(b.to)!))) {
      l.sy = y;
      y += l.width;
    }
    y = n.y0;
    for (const l of laid.filter((k) => k.to === n.id).sort((a, b) => center(byId.get(a.from)!) - center(byId.get(b.from)!))) {
      l.ty = y;
      y += l.width;
    }
  }
  return { nodes, links: laid, dropped: graph.dropped, ky: Number.isFinite(ky) ? ky : 0, columns: ncols, width, height };
}
