import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { MEASURES } from '../../src/policy/measures.js';
import fc from 'fast-check';
import { formatCompact, historyChart, panelAxis } from '../../src/report/history-chart.js';
import { MAJOR_MEASURES } from '../../src/report/major-measures.js';
import { estimateTextWidth } from '../../src/report/svg/text-width.js';
import { FC } from '../helpers/law.js';
import { measureMarkers, monthOffset, shortDate } from '../../src/report/history-data.js';
import { CHART_CAVEAT } from '../../src/report/svg/footer.js';
import { historyMonths, syntheticHistory } from './history-fixture.js';
import { findAll, parseSvg, textContent } from './xml.js';

describe('history chart helpers', () => {
  it('places dates on the monthly axis', () => {
    expect(monthOffset('2015-10', '2015-10-01')).toBe(0);
    expect(monthOffset('2015-10', '2015-11-16')).toBeCloseTo(1.5, 10);
    expect(monthOffset('2015-10', '2016-01')).toBe(3);
    expect(() => monthOffset('2015-10', '2016-13-01')).toThrow(ImmsimError);
    expect(shortDate('2020-03-21')).toBe('21 Mar 2020');
    expect(formatCompact(45210)).toBe('45k');
    expect(formatCompact(1250)).toBe('1.3k');
    expect(formatCompact(2_500_000)).toBe('2.5M');
  });

  it('marks the measures that come into force in the range, in date order, except those switched off', () => {
    const h = syntheticHistory();
    const marks = measureMarkers(h);
    const inRange = MEASURES.filter((m) => m.from > '2015-10-01' && m.from <= '2021-09-30');
    expect(marks).toHaveLength(inRange.length);
    expect(marks.map((m) => m.date)).toEqual([...marks.map((m) => m.date)].sort());
    expect(marks.find((m) => m.id === 'title-42')?.date).toBe('2020-03-21');
    const without = measureMarkers({ ...h, measures: { with: [], without: ['title-42', 'mpp'] } });
    expect(without.some((m) => m.id === 'title-42' || m.id === 'mpp')).toBe(false);
    expect(without).toHaveLength(marks.length - 2);
  });
});

describe('historyChart', () => {
  const h = syntheticHistory();
  const svg = historyChart(h, { series: ['encounters', 'waiting-in-mexico'] });
  const root = parseSvg(svg);

  it('draws one panel per series with a band and a line through every month', () => {
    const panels = findAll(root, 'g', { class: 'panel' });
    expect(panels.map((p) => p.attrs['data-series'])).toEqual(['encounters', 'waiting-in-mexico']);
    for (const p of panels) {
      const line = findAll(p, 'path', { class: 'mean' })[0]!;
      expect(line.attrs.d!.split('L')).toHaveLength(h.months.length);
      expect(findAll(p, 'path', { class: 'band' })[0]!.attrs.d!.split('L')).toHaveLength(2 * h.months.length);
      const points = findAll(p, 'circle', (e) => e.attrs['data-month'] !== undefined);
      expect(points.map((c) => c.attrs['data-month'])).toEqual(h.months);
    }
    expect(textContent(panels[0]!)).toContain('Encounters at the southwest border');
  });

  it('marks every measure once on the axis and lists it in the key with its date', () => {
    const marks = findAll(root, 'g', { class: 'marker' });
    expect(marks.map((m) => m.attrs['data-date'])).toEqual(measureMarkers(h).map((m) => m.date));
    const key = textContent(findAll(root, 'g', { class: 'marker-key' })[0]!);
    expect(key).toContain('21 Mar 2020 \u00b7 Title 42 expulsions');
  });

  it('names the major measures beside their lines and leaves the others as unlabelled ticks', () => {
    const major = findAll(root, 'g', (e) => e.attrs['data-kind'] === 'major');
    const minor = findAll(root, 'g', (e) => e.attrs['data-kind'] === 'minor');
    const labels = Object.fromEntries(Object.entries(MAJOR_MEASURES).map(([id, m]) => [id, m.label]));
    expect(major.map((g) => g.attrs['data-measure']).sort()).toEqual(measureMarkers(h).filter((m) => m.chartLabel).map((m) => m.id).sort());
    // At 960 px every major measure of 2015–2021 has room for its name: no numbers.
    for (const g of major) expect(findAll(g, 'text').map(textContent)).toEqual([labels[g.attrs['data-measure']!]]);
    for (const g of minor) expect(findAll(g, 'text')).toHaveLength(0);
    expect(minor.length).toBeGreaterThan(major.length);
  });

  it('keeps the labels of the measures apart at any width (estimated text boxes)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 480, max: 1600 }), (width) => {
        const r = parseSvg(historyChart(h, { series: ['encounters'], width }));
        const boxes = findAll(r, 'g', (e) => e.attrs['data-kind'] === 'major').flatMap((g) =>
          findAll(g, 'text').map((t) => {
            const fs = Number(t.attrs['font-size']);
            const w = estimateTextWidth(textContent(t), fs);
            const x = Number(t.attrs.x) - (t.attrs['text-anchor'] === 'end' ? w : t.attrs['text-anchor'] === 'middle' ? w / 2 : 0);
            return { x, y: Number(t.attrs.y) - fs / 2, w, h: fs };
          }),
        );
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            expect(apart, `${width} px: ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(true);
          }
      }),
      { seed: FC.seed, numRuns: 40 },
    );
  });

  it('labels each axis with thousands separators on a scale just above the data', () => {
    expect(panelAxis(120_000)).toEqual({ max: 150_000, ticks: [0, 50_000, 100_000, 150_000] });
    expect(panelAxis(1_900).max).toBe(2_000);
    expect(panelAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    const yLabels = findAll(findAll(root, 'g', { class: 'panel' })[0]!, 'text', (e) => e.attrs['text-anchor'] === 'end').map(textContent);
    expect(yLabels.some((l) => /^\d{1,3}(,\d{3})+$/.test(l))).toBe(true);
    expect(yLabels.every((l) => /^\d{1,3}(,\d{3})*$/.test(l))).toBe(true);
  });

  it('has the footer with model version, seed, range, replications, scale and the caveat', () => {
    const footer = findAll(root, 'g', { class: 'footer' })[0]!;
    const text = findAll(footer, 'text').map(textContent).join(' ');
    for (const s of ['immsim 0.1.0', 'seed 2021', 'Oct 2015 \u2013 Sep 2021', '20 replications', 'scale 0.1', '95% intervals across replications']) expect(text).toContain(s);
    expect(text).toContain(CHART_CAVEAT.slice(0, 40));
  });

  it('refuses a series the result does not have, naming the available ones', () => {
    expect(() => historyChart(h, { series: ['nope'] })).toThrow(/series: unknown series "nope"; available: encounters, expulsions, waiting-in-mexico/);
    const short = { ...h, series: { encounters: { mean: [1], ci95: [[0, 2]] as [number, number][] } } };
    expect(() => historyChart(short, { series: ['encounters'] })).toThrow(/series\.encounters: mean and ci95 must have one entry per month \(72\)/);
  });

  it('works for a short range without a January and without markers', () => {
    const months = historyMonths('2016-02', 6);
    const one = { mean: months.map((_, i) => i * 10), ci95: months.map((_, i) => [i * 9, i * 11] as [number, number]) };
    const s = historyChart({ ...h, from: '2016-02', to: '2016-07', months, series: { encounters: one } }, { series: ['encounters'], markers: [] });
    expect(findAll(parseSvg(s), 'g', { class: 'marker' })).toHaveLength(0);
    expect(s).toContain('Feb 2016');
  });
});
