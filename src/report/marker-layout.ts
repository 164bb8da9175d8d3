import { estimateTextWidth } from './svg/text-width.js';

/**
 * One marker to label: its position on the time axis in px and the text to write beside it.
 * @example
 * const m: MarkerLabel = { x: 512, text: 'Title 42' };
 */
export interface MarkerLabel {
  x: number;
  text: string;
}

/**
 * Geometry of {@link layoutMarkerLabels}: the horizontal room, the font and the rows above the plot.
 * @example
 * const o: MarkerLayoutOptions = { left: 64, right: 944, fontSize: 11, rowHeight: 16, maxRows: 3 };
 */
export interface MarkerLayoutOptions {
  /** Left and right edge of the room the labels must stay in (px). */
  left: number;
  right: number;
  fontSize: number;
  /** Height of one row of labels (px), at least the font size. */
  rowHeight: number;
  /** Rows of text labels at most; a label that finds no room in them becomes a number. */
  maxRows: number;
  /** Clear space between two boxes in a row and between a box and a line (px). Default 4. */
  gap?: number;
}

/**
 * A placed box in layout coordinates: x in px, y measured upwards from the bottom of the label strip (row 0 spans
 * y ∈ [-rowHeight, 0), row 1 the one above, …).
 * @example
 * const b: LayoutBox = { x: 10, y: -16, w: 40, h: 16 };
 */
export interface LayoutBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Where one marker's label went: as text beside its line (`label`), or, when text would overlap, as a number in a
 * circle that the chart's key explains (`number`, numbered 1, 2, … in date order).
 * @example
 * const p: PlacedMarker = { kind: 'label', row: 0, anchor: 'start', textX: 516, box: { x: 514, y: -16, w: 48, h: 16 } };
 */
export interface PlacedMarker {
  kind: 'label' | 'number';
  row: number;
  /** `start`: the text begins right of the line; `end`: it ends left of it; `middle`: a centred number. */
  anchor: 'start' | 'end' | 'middle';
  /** x of the text (its anchor point). */
  textX: number;
  box: LayoutBox;
  /** The number shown for a `number` marker. */
  n?: number;
}

/**
 * The result of {@link layoutMarkerLabels}: one placement per input marker (same order) and the rows used.
 * @example
 * layoutMarkerLabels([{ x: 100, text: 'MPP' }], { left: 0, right: 400, fontSize: 11, rowHeight: 16, maxRows: 3 }).rows // 1
 */
export interface MarkerLayout {
  placed: PlacedMarker[];
  rows: number;
}

interface Occupied {
  row: number;
  box: LayoutBox;
  /** The marker's own line, which runs from its box down through every row below. */
  lineX: number;
}

/**
 * Lays out text labels of dated markers in rows above a plot so that no two labels overlap and no marker's line
 * runs through another marker's label. Each label goes in one of `maxRows` rows, beginning at its line or ending at it;
 * a bounded search picks the layout with the fewest labels that find no room, then the lowest rows (nearest the
 * plot), then the most labels right of their line. A marker
 * whose text fits in none of the `maxRows` rows (or is wider than the room) drops to a number in a small circle
 * centred on its line, explained in the chart's key: in a row of labels where its line crosses no label, else in a
 * lane of numbers below the labels (row numbers then shift up so the lowest row is 0), else on top. Boxes stay within
 * [left, right].
 * @example
 * const { placed } = layoutMarkerLabels(
 *   [{ x: 100, text: 'Hearings postponed' }, { x: 104, text: 'Title 42' }],
 *   { left: 0, right: 600, fontSize: 11, rowHeight: 16, maxRows: 3 },
 * );
 * placed.map((p) => p.row) // [1, 0]
 */
export function layoutMarkerLabels(markers: readonly MarkerLabel[], options: MarkerLayoutOptions): MarkerLayout {
  const { left, right, fontSize, rowHeight, maxRows } = options;
  const gap = options.gap ?? 4;
  // Right to left: a label runs right from its line, over the lines of later markers, so those must sit lower; taking
  // the rightmost first lets the labels climb leftwards like stairs.
  const order = markers.map((_, i) => i).sort((a, b) => markers[b]!.x - markers[a]!.x || b - a);
  const occupied: Occupied[] = [];
  const placed: PlacedMarker[] = new Array(markers.length);
  const boxAt = (x: number, w: number, row: number): LayoutBox => ({ x, y: -(row + 1) * rowHeight, w, h: rowHeight });
  const apart = (a: LayoutBox, b: LayoutBox) => a.x + a.w + gap <= b.x || b.x + b.w + gap <= a.x;
  const clearOf = (box: LayoutBox, x: number) => x < box.x - gap / 2 || x > box.x + box.w + gap / 2;
  // A box in `row` with its line at `lineX` is free when it overlaps no box in its row, covers no line that comes down
  // from a higher row, and (with `ownLine`) its own line crosses no box in a lower row. With `shareLine` (numbers), a
  // line within 1.5 px of its own (measures days apart) may pass behind it: the two lines are drawn as one.
  const free = (box: LayoutBox, row: number, lineX: number, ownLine: boolean, shareLine = false) =>
    occupied.every((o) =>
      o.row === row ? apart(box, o.box) : o.row > row ? clearOf(box, o.lineX) || (shareLine && Math.abs(o.lineX - lineX) < 1.5) : !ownLine || clearOf(o.box, lineX),
    );

  // A small depth-first search over the places of the labels, cheapest first (the first descent is the greedy
  // layout), keeping the layout with the fewest numbers, then the lowest rows, then the fewest labels left of their
  // line; a budget of steps bounds it for many markers.
  type Choice = { row: number; anchor: PlacedMarker['anchor']; box: LayoutBox } | undefined;
  const PENALTY = { number: 1000, row: 10, end: 3 };
  const choices: Choice[] = new Array(order.length);
  let best: { cost: number; choices: Choice[] } | undefined;
  let budget = 20_000;
  const search = (k: number, cost: number): void => {
    if (best && cost >= best.cost) return;
    if (k === order.length) {
      best = { cost, choices: [...choices] };
      return;
    }
    const i = order[k]!;
    const x = Math.min(Math.max(markers[i]!.x, left), right);
    const w = estimateTextWidth(markers[i]!.text, fontSize);
    const waiting = order.slice(k + 1).map((j) => markers[j]!.x);
    const options: { cost: number; sortKey: number; choice: Choice }[] = [];
    for (let row = 0; row < maxRows && w + gap <= right - left; row++) {
      for (const [anchor, bx] of [['start', x + gap / 2], ['end', x - gap / 2 - w]] as const) {
        if (bx < left || bx + w > right) continue;
        const box = boxAt(bx, w, row);
        if (!free(box, row, x, true)) continue;
        const c = PENALTY.row * row + (anchor === 'end' ? PENALTY.end : 0);
        // Tried first: places that leave the lines of markers still to place uncovered (those would have to go lower).
        options.push({ cost: c, sortKey: c + 25 * waiting.filter((wx) => !clearOf(box, wx)).length, choice: { row, anchor, box } });
      }
    }
    options.sort((p, q) => p.sortKey - q.sortKey);
    options.push({ cost: PENALTY.number, sortKey: Infinity, choice: undefined });
    for (const o of options) {
      if (budget-- <= 0 && best) return;
      choices[k] = o.choice;
      if (o.choice) occupied.push({ row: o.choice.row, box: o.choice.box, lineX: x });
      search(k + 1, cost + o.cost);
      if (o.choice) occupied.pop();
    }
  };
  search(0, 0);
  const numbered: number[] = [];
  order.forEach((i, k) => {
    const c = best!.choices[k];
    if (!c) return void numbered.push(i);
    const x = Math.min(Math.max(markers[i]!.x, left), right);
    occupied.push({ row: c.row, box: c.box, lineX: x });
    placed[i] = { kind: 'label', row: c.row, anchor: c.anchor, textX: c.anchor === 'start' ? c.box.x : c.box.x + c.box.w, box: c.box };
  });
  // Numbers after all labels, so a number never pushes a label out; numbered in date (x) order for the key.
  numbered.sort((a, b) => markers[a]!.x - markers[b]!.x || a - b);
  // A circle a little smaller than a row: room for two digits at the small size charts draw numbers in.
  const badge = Math.max(12, rowHeight - 2);
  numbered.forEach((i, k) => {
    const x = Math.min(Math.max(markers[i]!.x, left), right);
    const bx = Math.min(Math.max(x - badge / 2, left), Math.max(left, right - badge));
    // A row where its line crosses no label: among the rows of labels, else in a lane of its own below them (nearest
    // the plot, where only the labels' lines pass); failing both, a new row on top, whose line may pass behind labels.
    const lowest = Math.min(0, ...occupied.map((o) => o.row));
    const tries = [...Array.from({ length: maxRows }, (_, r) => r), ...Array.from({ length: 1 - lowest }, (_, k) => -1 - k)];
    let row = tries.find((r) => free(boxAt(bx, badge, r), r, x, true, true)) ?? Number.NaN;
    if (Number.isNaN(row)) row = Math.max(...occupied.map((o) => o.row), maxRows - 1) + 1;
    const box = boxAt(bx, badge, row);
    occupied.push({ row, box, lineX: x });
    placed[i] = { kind: 'number', row, anchor: 'middle', textX: bx + badge / 2, box, n: k + 1 };
  });
  // Lanes below the labels have negative rows: shift every row so that the lowest is 0.
  const shift = -Math.min(0, ...occupied.map((o) => o.row));
  if (shift > 0) {
    for (const p of placed) {
      p.row += shift;
      p.box = boxAt(p.box.x, p.box.w, p.row);
    }
  }
  const rows = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.row)) + 1;
  return { placed, rows };
}
