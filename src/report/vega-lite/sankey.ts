import type { FlowLink } from '../../engine/result.js';
import { stateLabel } from '../labels.js';
import { sankeyPlan, type SankeySvgOptions } from '../sankey.js';
import { CHART_COLORS, outcomeOfState, stateColor } from '../svg/palette.js';
import { specHead, type VegaLiteSpec } from './spec.js';

const STEPS = 24;
const round = (x: number) => Math.round(x * 100) / 100;

/** Points along a link's band: the centre line is the same cubic curve as in the SVG, the band is ±width/2. */
function bandPoints(x0: number, x1: number, ys: number, yt: number, w: number): { x: number; y: number; y2: number }[] {
  const xm = (x0 + x1) / 2;
  return Array.from({ length: STEPS + 1 }, (_, i) => {
    const t = i / STEPS;
    const u = 1 - t;
    const x = u * u * u * x0 + 3 * u * u * t * xm + 3 * u * t * t * xm + t * t * t * x1;
    const y = u * u * u * ys + 3 * u * u * t * ys + 3 * u * t * t * yt + t * t * t * yt;
    return { x: round(x), y: round(y - w / 2), y2: round(y + w / 2) };
  });
}

/**
 * A Sankey diagram as a Vega-Lite v6 spec with the data inline. Vega-Lite has no Sankey mark, so the layout is
 * immsim's own (the same as `sankeySvg`: columns, node heights, label blocks stacked without overlaps) and the spec
 * draws it with plain marks on pixel scales: links as `area` bands (`datasets.links`, one row per point along each
 * link), nodes as `rect` (`datasets.nodes`, with state ids, labels and counts) and labels as multi-line `text`
 * (`datasets.labels`). Restyle colours, fonts and opacity freely; moving marks means recomputing the layout.
 * @example
 * await embed('#sankey', sankeySpec(result.flows ?? [], { title: 'Title 42: first cases' }));
 */
export function sankeySpec(links: readonly FlowLink[], options: SankeySvgOptions = {}): VegaLiteSpec {
  const plan = sankeyPlan(links, { ...options, provenance: undefined });
  const { layout } = plan;
  const w = plan.width;
  const h = plan.areaH;
  const outOf = new Map(layout.nodes.map((n) => [n.id, n.outflow]));
  const linkRows = layout.links.flatMap((l, k) =>
    bandPoints(l.x0, l.x1, l.sy + l.width / 2, l.ty + l.width / 2, Math.max(l.width, 0.5)).map((p, i) => ({
      link: k,
      i,
      ...p,
      from: l.from,
      to: l.to,
      fromLabel: stateLabel(l.from),
      toLabel: stateLabel(l.to),
      count: l.count,
      shareOfSource: (outOf.get(l.from) ?? 0) > 0 ? l.count / outOf.get(l.from)! : 0,
      color: outcomeOfState(l.to) ? stateColor(l.to) : CHART_COLORS.link,
    })),
  );
  const nodeRows = layout.nodes.map((n) => ({
    state: n.id,
    label: stateLabel(n.id),
    x: round(n.x0),
    x2: round(n.x1),
    y: round(n.y0),
    y2: round(Math.max(n.y1, n.y0 + 1)),
    value: n.value,
    inflow: n.inflow,
    outflow: n.outflow,
    share: plan.total > 0 ? n.value / plan.total : 0,
    color: stateColor(n.id),
  }));
  const labelRows = plan.labels.map((b) => ({ state: b.node.id, x: round(b.x), y: round(b.top), lines: b.lines }));
  const x = (field: string) => ({ field, type: 'quantitative', scale: { domain: [0, w], nice: false, zero: false }, axis: null });
  const y = (field: string) => ({ field, type: 'quantitative', scale: { domain: [h, 0], nice: false, zero: false }, axis: null });
  const literal = { field: 'color', type: 'nominal', scale: null, legend: null };
  return {
    ...specHead(plan.title, plan.subLines.length > 0 ? [plan.subLines.join(' ')] : [], options.provenance, `Sankey diagram of ${layout.nodes.length} states and ${layout.links.length} transitions.`),
    width: w,
    height: h,
    datasets: { links: linkRows, nodes: nodeRows, labels: labelRows },
    layer: [
      {
        data: { name: 'links' },
        mark: { type: 'area', opacity: 0.45, interpolate: 'linear' },
        encoding: {
          x: x('x'),
          y: { ...y('y'), stack: null },
          y2: { field: 'y2' },
          detail: { field: 'link', type: 'nominal' },
          color: literal,
          tooltip: [
            { field: 'fromLabel', title: 'From' },
            { field: 'toLabel', title: 'To' },
            { field: 'count', title: 'People', format: ',' },
            { field: 'shareOfSource', title: 'Share of those leaving', format: '.1%' },
          ],
        },
      },
      {
        data: { name: 'nodes' },
        mark: { type: 'rect' },
        encoding: {
          x: x('x'),
          x2: { field: 'x2' },
          y: y('y'),
          y2: { field: 'y2' },
          color: literal,
          tooltip: [
            { field: 'label', title: 'State' },
            { field: 'value', title: 'People', format: ',' },
            { field: 'share', title: 'Share of all', format: '.1%' },
          ],
        },
      },
      {
        data: { name: 'labels' },
        mark: { type: 'text', align: 'left', baseline: 'top', fontSize: plan.fontSize, lineHeight: plan.lineHeight, color: CHART_COLORS.text, stroke: '#ffffff', strokeWidth: 3, strokeOpacity: 0.8 },
        encoding: { x: x('x'), y: y('y'), text: { field: 'lines' } },
      },
      {
        data: { name: 'labels' },
        mark: { type: 'text', align: 'left', baseline: 'top', fontSize: plan.fontSize, lineHeight: plan.lineHeight, color: CHART_COLORS.text },
        encoding: { x: x('x'), y: y('y'), text: { field: 'lines' } },
      },
    ],
  };
}
