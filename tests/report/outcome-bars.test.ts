import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, type OutcomeId } from '../../src/domain/outcomes.js';
import { formatShareWithCi } from '../../src/report/format.js';
import { outcomeBarsSvg } from '../../src/report/outcome-bars.js';
import { OUTCOME_COLORS } from '../../src/report/svg/palette.js';
import { makeResult, threeRegimes } from './fixtures.js';
import { findAll, parseSvg, textContent, titleOf } from './xml.js';

describe('outcomeBarsSvg', () => {
  const results = threeRegimes();
  const svg = outcomeBarsSvg(results, { title: 'FY2020 <cohort> & co' });
  const root = parseSvg(svg);

  it('is a well-formed standalone svg with title and desc', () => {
    expect(findAll(root, 'title')[0]?.text).toBe('FY2020 <cohort> & co');
    const desc = textContent(findAll(root, 'desc')[0]!);
    for (const r of results) expect(desc).toContain(r.regime);
  });

  it('draws one segment per non-zero outcome share per regime, with the exact value in data and title', () => {
    const segments = findAll(root, 'rect', { class: 'segment' });
    for (const r of results) {
      const nonZero = OUTCOME_IDS.filter((id) => r.outcomes[id].share > 0);
      const mine = segments.filter((s) => s.attrs['data-regime'] === r.regime);
      expect(mine.map((s) => s.attrs['data-outcome'])).toEqual(nonZero);
      for (const s of mine) {
        const o = r.outcomes[s.attrs['data-outcome'] as OutcomeId];
        expect(Number(s.attrs['data-share'])).toBe(o.share);
        expect(Number(s.attrs['data-ci-low'])).toBe(o.ci95[0]);
        expect(Number(s.attrs['data-ci-high'])).toBe(o.ci95[1]);
        expect(Number(s.attrs['data-count'])).toBe(o.count);
        expect(titleOf(s)).toContain(formatShareWithCi(o.share, o.ci95));
        expect(s.attrs.fill).toBe(OUTCOME_COLORS[s.attrs['data-outcome'] as OutcomeId]);
      }
    }
  });

  it('makes segment widths proportional to shares (within 1px) and stacks them without gaps', () => {
    for (const bar of findAll(root, 'g', { class: 'bar' })) {
      const track = findAll(bar, 'rect', { class: 'bar-track' })[0]!;
      const full = Number(track.attrs.width);
      let x = Number(track.attrs.x);
      for (const s of findAll(bar, 'rect', { class: 'segment' })) {
        expect(Math.abs(Number(s.attrs.width) - Number(s.attrs['data-share']) * full)).toBeLessThanOrEqual(1);
        expect(Math.abs(Number(s.attrs.x) - x)).toBeLessThanOrEqual(1);
        x += Number(s.attrs.width);
      }
      expect(Math.abs(x - (Number(track.attrs.x) + full))).toBeLessThanOrEqual(1);
    }
  });

  it('shows each drawn outcome × regime as a dot with a 95% whisker, on one shared axis', () => {
    const intervals = findAll(root, 'g', { class: 'interval' });
    const drawn = OUTCOME_IDS.filter((id) => results.some((r) => r.outcomes[id].share > 0));
    expect(intervals).toHaveLength(drawn.length * results.length);
    // a shared linear scale: x = a + b × share for every dot and whisker end
    const points: [number, number][] = [];
    for (const g of intervals) {
      const r = results.find((x) => x.regime === g.attrs['data-regime'])!;
      const o = r.outcomes[g.attrs['data-outcome'] as OutcomeId];
      expect(textContent(g)).toContain(formatShareWithCi(o.share, o.ci95));
      const dot = findAll(g, 'circle')[0]!;
      const whisker = findAll(g, 'line', { class: 'whisker' })[0]!;
      points.push([o.share, Number(dot.attrs.cx)], [o.ci95[0], Number(whisker.attrs.x1)], [o.ci95[1], Number(whisker.attrs.x2)]);
    }
    const [p0, p1] = [points.find((p) => p[0] === 0)!, points.reduce((a, b) => (b[0] > a[0] ? b : a))];
    const slope = (p1[1] - p0[1]) / (p1[0] - p0[0]);
    for (const [share, x] of points) expect(Math.abs(p0[1] + slope * share - x)).toBeLessThanOrEqual(0.05);
  });

  it('has a legend entry for every drawn outcome and none for outcomes zero everywhere', () => {
    const keys = findAll(root, 'g', { class: 'legend-item' }).map((g) => g.attrs['data-key']);
    expect(keys).toContain('expelled');
    expect(keys).not.toContain('terminated');
    expect(svg).not.toContain('data-outcome="terminated"');
  });

  it('honours width and height and escapes odd regime names', () => {
    const odd = [makeResult({ regime: 'A & "B" <c>', counts: { pending: 1, expelled: 3 } })];
    const small = parseSvg(outcomeBarsSvg(odd, { width: 500, height: 400 }));
    expect(small.attrs.width).toBe('500');
    expect(small.attrs.height).toBe('400');
    expect(findAll(small, 'rect', { class: 'segment' }).map((s) => s.attrs['data-regime'])).toEqual(['A & "B" <c>', 'A & "B" <c>']);
  });

  it('still produces a valid svg for no results', () => {
    const empty = parseSvg(outcomeBarsSvg([]));
    expect(textContent(empty)).toContain('No results');
  });
});
