// The label layout of dated markers on history charts: no two labels (or numbers) overlap, none leaves the room, no
// marker's line runs through another marker's label, and a label that finds no room becomes a number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMarkerLabels, type LayoutBox, type MarkerLabel, type MarkerLayoutOptions } from '../../src/report/marker-layout.js';
import { estimateTextWidth } from '../../src/report/svg/text-width.js';
import { FC } from '../helpers/law.js';

const overlap = (a: LayoutBox, b: LayoutBox) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0;

/** Everything wrong with a layout, as readable lines (empty when it is clean). */
function problems(markers: readonly MarkerLabel[], o: MarkerLayoutOptions): string[] {
  const { placed } = layoutMarkerLabels(markers, o);
  const out: string[] = [];
  if (placed.length !== markers.length) out.push(`${placed.length} placements for ${markers.length} markers`);
  placed.forEach((p, i) => {
    const x = Math.min(Math.max(markers[i]!.x, o.left), o.right);
    if (p.box.x < o.left - 1e-9 || p.box.x + p.box.w > o.right + 1e-9) out.push(`#${i} leaves [${o.left}, ${o.right}]: ${JSON.stringify(p.box)}`);
    if (p.kind === 'label') {
      if (Math.abs(p.box.w - estimateTextWidth(markers[i]!.text, o.fontSize)) > 1e-9) out.push(`#${i} box narrower than its text`);
      // The label touches its own line: it begins just right of it or ends just left of it.
      if (Math.min(Math.abs(p.box.x - x), Math.abs(p.box.x + p.box.w - x)) > (o.gap ?? 4)) out.push(`#${i} label away from its line`);
    }
    placed.forEach((q, j) => {
      if (j <= i) return;
      if (overlap(p.box, q.box)) out.push(`#${i} ${JSON.stringify(p.box)} overlaps #${j} ${JSON.stringify(q.box)}`);
    });
    // A line runs from its marker's box down through every lower row; it must not cross another marker's label.
    placed.forEach((q, j) => {
      if (j === i || q.kind !== 'label' || q.row >= p.row || p.kind !== 'label') return;
      if (x > q.box.x && x < q.box.x + q.box.w) out.push(`line of #${i} (row ${p.row}) crosses the label of #${j} (row ${q.row})`);
    });
  });
  const labelRows = new Set(placed.filter((p) => p.kind === 'label').map((p) => p.row));
  if (labelRows.size > o.maxRows) out.push(`labels in ${labelRows.size} rows, more than ${o.maxRows}`);
  const numbers = placed.flatMap((p, i) => (p.kind === 'number' ? [{ n: p.n!, x: markers[i]!.x }] : []));
  const byX = [...numbers].sort((a, b) => a.x - b.x);
  if (numbers.some((m) => m.n < 1 || m.n > numbers.length) || byX.some((m, k) => k > 0 && m.x > byX[k - 1]!.x && m.n < byX[k - 1]!.n)) out.push('numbers not 1…k in date order');
  return out;
}

const WORDS = ['MPP', 'Title 42', 'Zero tolerance', 'PACR/HARP', 'Hearings postponed', 'MPP wind-down', 'Kelly memos', 'x', 'A very long name of a measure'];

describe('layoutMarkerLabels', () => {
  it('stacks labels of nearby dates in rows, like stairs, without overlap', () => {
    const o = { left: 0, right: 600, fontSize: 11, rowHeight: 16, maxRows: 3 };
    const markers = [
      { x: 300, text: 'Hearings postponed' },
      { x: 301, text: 'Title 42' },
      { x: 250, text: 'PACR/HARP' },
    ];
    const { placed, rows } = layoutMarkerLabels(markers, o);
    expect(placed.every((p) => p.kind === 'label')).toBe(true);
    expect(placed[0]!.row).not.toBe(placed[1]!.row);
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(problems(markers, o)).toEqual([]);
  });

  it('turns a label into a number when no row has room, and one wider than the room', () => {
    const o = { left: 0, right: 300, fontSize: 11, rowHeight: 16, maxRows: 1 };
    const markers = [
      { x: 100, text: 'Hearings postponed' },
      { x: 102, text: 'Title 42' },
      { x: 200, text: 'A name far wider than the three hundred pixels of this narrow plot area' },
    ];
    const { placed } = layoutMarkerLabels(markers, o);
    expect(placed.map((p) => p.kind).sort()).toEqual(['label', 'number', 'number']);
    expect(placed[2]).toMatchObject({ kind: 'number', n: 2 });
    expect(problems(markers, o)).toEqual([]);
  });

  it('no two label boxes overlap, none leaves the room and no line crosses a label, for any dates, labels and widths', () => {
    const marker = fc.record({ at: fc.double({ min: -0.05, max: 1.05, noNaN: true }), text: fc.oneof(fc.constantFrom(...WORDS), fc.string({ minLength: 1, maxLength: 24 })) });
    fc.assert(
      fc.property(
        fc.array(marker, { maxLength: 30 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 120, max: 1400 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(9, 10.5, 11, 12),
        (ms, left, room, maxRows, fontSize) => {
          const o = { left, right: left + room, fontSize, rowHeight: fontSize + 5, maxRows };
          const markers = ms.map((m) => ({ x: left + m.at * room, text: m.text }));
          expect(problems(markers, o)).toEqual([]);
        },
      ),
      { seed: FC.seed, numRuns: FC.numRuns },
    );
  });

  it('clusters of markers within a few days (as in March 2020) stay apart at every width', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 200, max: 1200 }), (days, room) => {
        const o = { left: 50, right: 50 + room, fontSize: 11, rowHeight: 16, maxRows: 3 };
        const markers = days.map((d, i) => ({ x: 50 + room * 0.6 + d, text: WORDS[i % WORDS.length]! }));
        expect(problems(markers, o)).toEqual([]);
      }),
      { seed: FC.seed, numRuns: FC.numRuns },
    );
  });
});
