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
  /** Left and right margins when they differ from `margin` (e.g. room for the last column's labels). */
  marginLeft?: number;
  marginRight?: number;
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
 * column fits; then, as in d3-sankey, a few relaxation sweeps left-to-right and back move each node towards the
 * height at which its links would run level, keeping nodes of a column apart and inside the box, and links are
 * stacked at each node in the order of the nodes at their other end (fewer crossings).
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
  const left = options.marginLeft ?? margin;
  const innerW = width - left - (options.marginRight ?? margin);
  const innerH = height - 2 * margin;
  const colX = (c: number) => left + (ncols <= 1 ? 0 : (c * (innerW - nodeWidth)) / (ncols - 1));

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
  const top = margin;
  const bottom = margin + innerH;

  // Initial positions: column 0 by value, others in order of appearance; spare space spread evenly.
  cols[0]?.sort((a, b) => b.value - a.value);
  for (const col of cols) {
    let y = top;
    for (const n of col) {
      n.y0 = y;
      n.y1 = y + n.value * ky;
      y = n.y1 + padding;
    }
    const spare = (bottom - y + padding) / (col.length + 1);
    col.forEach((n, i) => {
      n.y0 += spare * (i + 1);
      n.y1 += spare * (i + 1);
    });
  }

  const laid: SankeyLinkLayout[] = graph.links.flatMap((l) => {
    const s = byId.get(l.from);
    const t = byId.get(l.to);
    return s && t ? [{ ...l, width: l.count * ky, x0: s.x1, x1: t.x0, sy: 0, ty: 0 }] : [];
  });
  const outgoing = new Map(nodes.map((n) => [n.id, laid.filter((l) => l.from === n.id)]));
  const incoming = new Map(nodes.map((n) => [n.id, laid.filter((l) => l.to === n.id)]));

  // Stack links at each node: outgoing by target position, incoming by source position (fewer crossings).
  const stackLinks = () => {
    for (const n of nodes) {
      let y = n.y0;
      for (const l of (outgoing.get(n.id) ?? []).sort((a, b) => center(byId.get(a.to)!) - center(byId.get(b.to)!))) {
        l.sy = y;
        y += l.width;
      }
      y = n.y0;
      for (const l of (incoming.get(n.id) ?? []).sort((a, b) => center(byId.get(a.from)!) - center(byId.get(b.from)!))) {
        l.ty = y;
        y += l.width;
      }
    }
  };
  const moveTo = (n: SankeyNode, y0: number) => {
    const h = n.y1 - n.y0;
    n.y0 = y0;
    n.y1 = y0 + h;
  };
  // Keep a column's nodes apart by `padding` and inside [top, bottom]: push down, then back up from the bottom.
  const resolveCollisions = (col: SankeyNode[]) => {
    col.sort((a, b) => a.y0 - b.y0);
    let y = top;
    for (const n of col) {
      if (n.y0 < y) moveTo(n, y);
      y = n.y1 + padding;
    }
    y = bottom;
    for (let i = col.length - 1; i >= 0; i--) {
      const n = col[i]!;
      if (n.y1 > y) moveTo(n, y - (n.y1 - n.y0));
      y = n.y0 - padding;
    }
  };
  // Relaxation (as in d3-sankey): move each node towards the position where its links would run level.
  stackLinks();
  const iterations = 8;
  for (let it = 0; it < iterations; it++) {
    const alpha = 0.99 ** it;
    const beta = Math.max(1 - alpha, (it + 1) / iterations);
    for (const col of cols.slice(1)) {
      for (const n of col) {
        const links = incoming.get(n.id) ?? [];
        const w = links.reduce((a, l) => a + l.count, 0);
        if (w === 0) continue;
        const target = links.reduce((a, l) => a + l.count * (l.sy - (l.ty - n.y0)), 0) / w;
        moveTo(n, n.y0 + (target - n.y0) * beta);
      }
      resolveCollisions(col);
      stackLinks();
    }
    for (const col of cols.slice(0, -1).reverse()) {
      for (const n of col) {
        const links = outgoing.get(n.id) ?? [];
        const w = links.reduce((a, l) => a + l.count, 0);
        if (w === 0) continue;
        const target = links.reduce((a, l) => a + l.count * (l.ty - (l.sy - n.y0)), 0) / w;
        moveTo(n, n.y0 + (target - n.y0) * beta);
      }
      resolveCollisions(col);
      stackLinks();
    }
  }
  return { nodes, links: laid, dropped: graph.dropped, ky: Number.isFinite(ky) ? ky : 0, columns: ncols, width, height };
}
