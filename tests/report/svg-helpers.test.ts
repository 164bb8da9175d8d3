import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS } from '../../src/domain/outcomes.js';
import { svgDocument } from '../../src/report/svg/document.js';
import { attrs, escapeXmlAttr, escapeXmlText } from '../../src/report/svg/escape.js';
import { legendSvg } from '../../src/report/svg/legend.js';
import { niceCeil, svgNum, ticks } from '../../src/report/svg/number.js';
import { contrastText, OUTCOME_COLORS, outcomeOfState, stateColor } from '../../src/report/svg/palette.js';
import { estimateTextWidth, truncateText } from '../../src/report/svg/text-width.js';
import { findAll, parseSvg, parseXml } from './xml.js';

describe('svg helpers', () => {
  it('escapes text and attributes so any string stays well-formed', () => {
    const nasty = 'a & b < c > "d" \'e\'\u0000\n\tz';
    expect(escapeXmlText('A & B <c>')).toBe('A &amp; B &lt;c&gt;');
    expect(escapeXmlAttr('say "hi"')).toBe('say &quot;hi&quot;');
    const el = parseXml(`<t${attrs({ v: nasty })}>${escapeXmlText(nasty)}</t>`);
    expect(el.attrs.v).toBe(nasty.replace('\u0000', ''));
    expect(el.text).toBe(nasty.replace('\u0000', ''));
  });

  it('formats coordinates compactly', () => {
    expect(svgNum(12.3456)).toBe('12.35');
    expect(svgNum(4.5)).toBe('4.5');
    expect(svgNum(-0.0001)).toBe('0');
    expect(svgNum(Number.NaN)).toBe('0');
    expect(niceCeil(0.43)).toBe(0.5);
    expect(niceCeil(0.07)).toBeCloseTo(0.1);
    expect(ticks(1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks(0.5, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('has one distinct colour per outcome id', () => {
    const colors = OUTCOME_IDS.map((id) => OUTCOME_COLORS[id]);
    expect(new Set(colors).size).toBe(OUTCOME_IDS.length);
    for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    expect(stateColor('case.relief-granted')).toBe(OUTCOME_COLORS['relief-granted']);
    expect(outcomeOfState('hearing')).toBeUndefined();
    expect(contrastText('#1b7837')).toBe('#ffffff');
    expect(contrastText('#dfc27d')).toBe('#000000');
  });

  it('lays out a wrapping legend with one item per entry', () => {
    const items = OUTCOME_IDS.map((id) => ({ label: id, color: OUTCOME_COLORS[id], key: id }));
    const { svg, height } = legendSvg(items, { x: 0, y: 0, maxWidth: 300 });
    const root = parseXml(svg);
    expect(findAll(root, 'g', { class: 'legend-item' })).toHaveLength(OUTCOME_IDS.length);
    expect(height).toBeGreaterThan(20);
  });

  it('wraps a body in a standalone svg document', () => {
    const svg = svgDocument({ width: 100, height: 50, title: 'T & t', desc: 'D', body: '<g/>' });
    const root = parseSvg(svg);
    expect(root.attrs.viewBox).toBe('0 0 100 50');
    expect(findAll(root, 'title')[0]?.text).toBe('T & t');
    expect(findAll(root, 'desc')).toHaveLength(1);
  });

  it('estimates and truncates text', () => {
    expect(estimateTextWidth('WWW', 12)).toBeGreaterThan(estimateTextWidth('iii', 12));
    const t = truncateText('transferred-third-country', 60, 12);
    expect(t.endsWith('\u2026')).toBe(true);
    expect(estimateTextWidth(t, 12)).toBeLessThanOrEqual(60);
  });
});
