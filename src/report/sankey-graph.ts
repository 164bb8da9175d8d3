import type { FlowLink } from '../engine/result.js';

/**
 * A link left out of a flow diagram, and why: a self-loop (`from === to`), a count that is not a positive finite
 * number, or an edge that closes a cycle (a Sankey diagram must be acyclic).
 * @example
 * const d: DroppedLink = { link: { from: 'hearing', to: 'hearing', count: 3 }, reason: 'self-loop' };
 */
export interface DroppedLink {
  link: FlowLink;
  reason: 'self-loop' | 'cycle' | 'non-positive';
}

/**
 * A flow graph made acyclic: the links kept (duplicates merged), the links dropped, the nodes in order of first
 * appearance and each node's column (longest path from a source).
 * @example
 * const g: FlowGraph = acyclicFlows([{ from: 'a', to: 'b', count: 1 }]);
 * g.columns.get('b') // 1
 */
export interface FlowGraph {
  links: FlowLink[];
  dropped: DroppedLink[];
  nodes: string[];
  columns: Map<string, number>;
}

/**
 * Cleans flow links for a Sankey diagram: merges links with the same `from` and `to` (summing counts), drops
 * self-loops and non-positive or non-finite counts, then drops the back edges of a depth-first search so that what
 * is left is acyclic. The search starts from the sources (nodes without incoming links) in order of first
 * appearance and follows heavier links first, so a cycle is broken at the link that returns to a node already on
 * the path. Columns are the longest path from a source; with `alignSinks` (default true) nodes without outgoing
 * links are moved to the last column so all final states line up on the right.
 * @example
 * const g = acyclicFlows([
 *   { from: 'encounter', to: 'hearing', count: 10 },
 *   { from: 'hearing', to: 'encounter', count: 2 },
 *   { from: 'hearing', to: 'relief-granted', count: 8 },
 * ]);
 * g.dropped[0]?.reason // 'cycle'
 * g.columns.get('relief-granted') // 2
 */
export function acyclicFlows(links: readonly FlowLink[], options: { alignSinks?: boolean } = {}): FlowGraph {
  const dropped: DroppedLink[] = [];
  const merged = new Map<string, FlowLink>();
  const order = new Map<string, number>();
  const see = (id: string) => {
    if (!order.has(id)) order.set(id, order.size);
  };
  for (const link of links) {
    if (link.from === link.to) {
      dropped.push({ link, reason: 'self-loop' });
      continue;
    }
    if (!(Number.isFinite(link.count) && link.count > 0)) {
      dropped.push({ link, reason: 'non-positive' });
      continue;
    }
    see(link.from);
    see(link.to);
    const key = JSON.stringify([link.from, link.to]);
    const prev = merged.get(key);
    merged.set(key, { from: link.from, to: link.to, count: (prev?.count ?? 0) + link.count });
  }
  const all = [...merged.values()];
  const nodes = [...order.keys()];

  const out = new Map<string, FlowLink[]>(nodes.map((n) => [n, []]));
  const indegree = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const l of all) {
    out.get(l.from)?.push(l);
    indegree.set(l.to, (indegree.get(l.to) ?? 0) + 1);
  }
  for (const list of out.values()) {
    list.sort((a, b) => b.count - a.count || (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0));
  }

  // Iterative DFS; a link to a node on the current path (grey) is a back edge.
  const state = new Map<string, 'grey' | 'black'>();
  const back = new Set<FlowLink>();
  const visit = (root: string) => {
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, 'grey');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = out.get(top.node) ?? [];
      const edge = edges[top.next++];
      if (!edge) {
        state.set(top.node, 'black');
        stack.pop();
        continue;
      }
      const s = state.get(edge.to);
      if (s === 'grey') back.add(edge);
      else if (s === undefined) {
        state.set(edge.to, 'grey');
        stack.push({ node: edge.to, next: 0 });
      }
    }
  };
  for (const n of nodes) if ((indegree.get(n) ?? 0) === 0 && !state.has(n)) visit(n);
  for (const n of nodes) if (!state.has(n)) visit(n);

  const kept = all.filter((l) => !back.has(l));
  for (const l of all) if (back.has(l)) dropped.push({ link: l, reason: 'cycle' });

  const columns = longestPathColumns(nodes, kept);
  if (options.alignSinks ?? true) {
    const last = Math.max(0, ...columns.values());
    const hasOut = new Set(kept.map((l) => l.from));
    for (const n of nodes) if (!hasOut.has(n)) columns.set(n, last);
  }
  return { links: kept, dropped, nodes, columns };
}

/** Column of each node in a DAG: 0 for sources, otherwise 1 + the largest column of a predecessor (Kahn order). */
function longestPathColumns(nodes: readonly string[], links: readonly FlowLink[]): Map<string, number> {
  const columns = new Map<string, number>(nodes.map((n) => [n, 0]));
  const indegree = new Map<string, number>(nodes.map((n) => [n, 0]));
  const out = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const l of links) {
    indegree.set(l.to, (indegree.get(l.to) ?? 0) + 1);
    out.get(l.from)?.push(l.to);
  }
  const queue = nodes.filter((n) => indegree.get(n) === 0);
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    for (const m of out.get(n) ?? []) {
      columns.set(m, Math.max(columns.get(m) ?? 0, (columns.get(n) ?? 0) + 1));
      const d = (indegree.get(m) ?? 0) - 1;
      indegree.set(m, d);
      if (d === 0) queue.push(m);
    }
  }
  return columns;
}
