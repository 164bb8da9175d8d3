import { describe, expect, it } from 'vitest';
import type { FlowLink } from '../../src/engine/result.js';
import { acyclicFlows } from '../../src/report/sankey-graph.js';
import { sankeyLayout } from '../../src/report/sankey-layout.js';
import { sankeySvg } from '../../src/report/sankey.js';
import { OUTCOME_COLORS } from '../../src/report/svg/palette.js';
import { findAll, parseSvg, textContent, titleOf } from './xml.js';

/** A small procedure: encounter → screening → hearing → outcomes, with a cycle back and a self-loop. */
const FLOWS: FlowLink[] = [
  { from: 'encounter', to: 'expelled', count: 500 },
  { from: 'encounter', to: 'credible-fear', count: 300 },
  { from: 'encounter', to: 'voluntary-return', count: 200 },
  { from: 'credible-fear', to: 'removed-expedited', count: 120 },
  { from: 'credible-fear', to: 'hearing', count: 180 },
  { from: 'hearing', to: 'relief-granted', count: 60 },
  { from: 'hearing', to: 'in-absentia-order', count: 70 },
  { from: 'hearing', to: 'pending', count: 50 },
  { from: 'hearing', to: 'credible-fear', count: 15 }, // back edge (cycle credible-fear ⇄ hearing)
  { from: 'hearing', to: 'hearing', count: 40 }, // self-loop (continuance)
];

describe('acyclicFlows', () => {
  it('drops self-loops, non-positive counts and back edges; merges duplicates', () => {
    const g = acyclicFlows([
      ...FLOWS,
      { from: 'encounter', to: 'expelled', count: 5 },
      { from: 'a', to: 'b', count: 0 },
      { from: 'a', to: 'b', count: Number.NaN },
    ]);
    expect(g.dropped.map((d) => [d.link.from, d.link.to, d.reason])).toEqual([
      ['hearing', 'hearing', 'self-loop'],
      ['a', 'b', 'non-positive'],
      ['a', 'b', 'non-positive'],
      ['hearing', 'credible-fear', 'cycle'],
    ]);
    expect(g.links.find((l) => l.from === 'encounter' && l.to === 'expelled')?.count).toBe(505);
    expect(g.links).toHaveLength(8);
  });

  it('breaks a pure cycle with no source', () => {
    const g = acyclicFlows([
      { from: 'a', to: 'b', count: 3 },
      { from: 'b', to: 'c', count: 3 },
      { from: 'c', to: 'a', count: 3 },
    ]);
    expect(g.links).toHaveLength(2);
    expect(g.dropped).toHaveLength(1);
    expect(g.columns.get('a')).toBe(0);
    expect(g.columns.get('c')).toBe(2);
  });

  it('places nodes by longest path from the sources, final states in the last column', () => {
    const g = acyclicFlows(FLOWS);
    expect(g.columns.get('encounter')).toBe(0);
    expect(g.columns.get('credible-fear')).toBe(1);
    expect(g.columns.get('hearing')).toBe(2);
    for (const sink of ['expelled', 'voluntary-return', 'removed-expedited', 'relief-granted', 'pending']) expect(g.columns.get(sink)).toBe(3);
    const left = acyclicFlows(FLOWS, { alignSinks: false });
    expect(left.columns.get('expelled')).toBe(1);
    expect(left.columns.get('pending')).toBe(3);
  });
});

describe('sankeyLayout', () => {
  const layout = sankeyLayout(FLOWS, { width: 800, height: 400 });

  it('node totals equal flow totals: value = max(inflow, outflow) over the kept links', () => {
    for (const n of layout.nodes) {
      const inflow = layout.links.filter((l) => l.to === n.id).reduce((a, l) => a + l.count, 0);
      const outflow = layout.links.filter((l) => l.from === n.id).reduce((a, l) => a + l.count, 0);
      expect([n.inflow, n.outflow, n.value]).toEqual([inflow, outflow, Math.max(inflow, outflow)]);
    }
    expect(layout.nodes.find((n) => n.id === 'encounter')?.value).toBe(1000);
    expect(layout.nodes.find((n) => n.id === 'hearing')?.value).toBe(180);
  });

  it('scales node heights and link widths by one factor and keeps nodes inside the box without overlaps', () => {
    for (const n of layout.nodes) {
      expect(n.y1 - n.y0).toBeCloseTo(n.value * layout.ky, 6);
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.y1).toBeLessThanOrEqual(400);
    }
    for (const l of layout.links) expect(l.width).toBeCloseTo(l.count * layout.ky, 6);
    for (let c = 0; c < layout.columns; c++) {
      const col = layout.nodes.filter((n) => n.column === c).sort((a, b) => a.y0 - b.y0);
      for (let i = 1; i < col.length; i++) expect(col[i]!.y0).toBeGreaterThanOrEqual(col[i - 1]!.y1 - 1e-9);
    }
  });

  it('stacks links inside their nodes', () => {
    for (const n of layout.nodes) {
      for (const l of layout.links.filter((k) => k.from === n.id)) {
        expect(l.sy).toBeGreaterThanOrEqual(n.y0 - 1e-9);
        expect(l.sy + l.width).toBeLessThanOrEqual(n.y1 + 1e-9);
      }
      for (const l of layout.links.filter((k) => k.to === n.id)) {
        expect(l.ty).toBeGreaterThanOrEqual(n.y0 - 1e-9);
        expect(l.ty + l.width).toBeLessThanOrEqual(n.y1 + 1e-9);
      }
    }
  });
});

describe('sankeySvg', () => {
  const svg = sankeySvg(FLOWS, { title: 'title-42 & <friends>' });
  const root = parseSvg(svg);

  it('is a well-formed standalone svg that says what it dropped', () => {
    expect(root.attrs['data-dropped']).toBe('2');
    const desc = textContent(findAll(root, 'desc')[0]!);
    expect(desc).toContain('hearing \u2192 credible-fear (cycle)');
    expect(desc).toContain('hearing \u2192 hearing (self-loop)');
  });

  it('draws one path per kept link, none for dropped links, widths proportional to counts', () => {
    const paths = findAll(root, 'path', { class: 'link' });
    expect(paths).toHaveLength(8);
    expect(paths.some((p) => p.attrs['data-from'] === 'hearing' && p.attrs['data-to'] === 'credible-fear')).toBe(false);
    expect(paths.some((p) => p.attrs['data-from'] === p.attrs['data-to'])).toBe(false);
    const ratio = paths.map((p) => Number(p.attrs['stroke-width']) / Number(p.attrs['data-count']));
    for (const r of ratio) expect(r).toBeCloseTo(ratio[0]!, 2);
    const t = paths.find((p) => p.attrs['data-to'] === 'relief-granted')!;
    expect(titleOf(t)).toBe('Hearing \u2192 Granted asylum or protection: 60 (33.3% of Hearing)');
    expect(t.attrs.stroke).toBe(OUTCOME_COLORS['relief-granted']);
  });

  it('draws every node with height proportional to its total and its total in the label', () => {
    const rects = findAll(root, 'rect', (e) => e.attrs['data-value'] !== undefined);
    expect(rects.map((r) => r.attrs['data-node']).sort()).toEqual(
      ['credible-fear', 'encounter', 'expelled', 'hearing', 'in-absentia-order', 'pending', 'relief-granted', 'removed-expedited', 'voluntary-return'],
    );
    const k = Number(rects[0]!.attrs.height) / Number(rects[0]!.attrs['data-value']);
    for (const r of rects) expect(Math.abs(Number(r.attrs.height) - k * Number(r.attrs['data-value']))).toBeLessThanOrEqual(0.02);
    const encounter = findAll(root, 'g', { class: 'node', 'data-node': 'encounter' })[0]!;
    expect(titleOf(findAll(encounter, 'rect')[0]!)).toBe('Encounter: in 0, out 1,000');
    const label = findAll(root, 'g', { class: 'label', 'data-node': 'encounter' })[0]!;
    expect(textContent(label)).toBe('Encounter1,000');
    const outcome = findAll(root, 'g', { class: 'label', 'data-node': 'in-absentia-order' })[0]!;
    expect(textContent(outcome)).toBe('Ordered removed in absentia70 (7.0%)');
    // the sum of link widths leaving a node equals its height when outflow = value
    const out = findAll(root, 'path', { 'data-from': 'encounter' }).reduce((a, p) => a + Number(p.attrs['stroke-width']), 0);
    const h = Number(findAll(encounter, 'rect')[0]!.attrs.height);
    expect(Math.abs(out - h)).toBeLessThanOrEqual(0.05);
  });

  it('handles empty input and odd names', () => {
    expect(textContent(parseSvg(sankeySvg([])))).toContain('No flows');
    expect(textContent(parseSvg(sankeySvg([{ from: 'x', to: 'x', count: 1 }])))).toContain('No flows');
    const odd = parseSvg(sankeySvg([{ from: 'A & "B"', to: '<C>', count: 2 }]));
    expect(findAll(odd, 'path', { class: 'link' })[0]?.attrs['data-from']).toBe('A & "B"');
  });
});
