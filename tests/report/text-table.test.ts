import { describe, expect, it } from 'vitest';
import { displayWidth, renderTextTable, stripAnsi, wrapText } from '../../src/report/text-table.js';

describe('renderTextTable', () => {
  it('aligns columns left and right, without trailing spaces', () => {
    const out = renderTextTable(
      [{ header: 'Outcome' }, { header: 'Share', align: 'right' }],
      [['expelled', '41.2%'], ['pending', '8.0%']],
    );
    const lines = out.split('\n');
    expect(lines[0]).toBe('Outcome    Share');
    expect(lines[2]).toBe('expelled   41.2%');
    expect(lines[3]).toBe('pending     8.0%');
    for (const l of lines) expect(l).toBe(l.trimEnd());
  });

  it('ignores ANSI codes when aligning and only emits them with color: true', () => {
    const cols = [{ header: 'A' }, { header: 'B', align: 'right' as const }];
    const rows = [[{ text: 'x', style: 'bold' as const }, { text: 'long value', style: { rgb: '#b2182b' } }]];
    const plain = renderTextTable(cols, rows);
    const colored = renderTextTable(cols, rows, { color: true });
    expect(plain).not.toContain('\u001b');
    expect(colored).toContain('\u001b[38;2;178;24;43m');
    expect(stripAnsi(colored)).toBe(plain);
  });

  it('measures display width in code points', () => {
    expect(displayWidth('41.2% [40.5\u201341.9]')).toBe(17);
  });
});

describe('renderTextTable with a width (tables fit the terminal)', () => {
  const widest = (t: string) => Math.max(...t.split('\n').map(displayWidth));
  const words = (t: string) => t.split(/[\s─]+/).filter(Boolean).sort();

  it('wraps a long text column at spaces; every word is kept', () => {
    const cols = [{ header: 'id' }, { header: 'authority' }];
    const rows = [['mpp', 'INA 235(b)(2)(C); EO 13767 §7; MPP Guiding Principles (CBP, 28 Jan 2019) and more words here']];
    const wide = renderTextTable(cols, rows);
    const narrow = renderTextTable(cols, rows, { width: 40 });
    expect(widest(wide)).toBeGreaterThan(40);
    expect(widest(narrow)).toBeLessThanOrEqual(40);
    expect(words(narrow)).toEqual(words(wide));
    expect(narrow.split('\n')[2]).toMatch(/^mpp {3,}INA/);
  });

  it('splits right-aligned columns into blocks that repeat the first column', () => {
    const cols = [{ header: 'Outcome' }, ...['pep-2016', 'kelly-2017', 'mpp-2019', 'title42-2020'].map((h) => ({ header: h, align: 'right' as const }))];
    const rows = [['Expelled', '0.0% [0.0–0.2]', '0.0% [0.0–0.2]', '0.0% [0.0–0.2]', '91.5% [90.1–92.6]']];
    const out = renderTextTable(cols, rows, { width: 50 });
    expect(widest(out)).toBeLessThanOrEqual(50);
    const blocks = out.split('\n\n');
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(b).toMatch(/^Outcome[\s\S]*\nExpelled /);
    for (const h of ['pep-2016', 'kelly-2017', 'mpp-2019', 'title42-2020', '91.5% [90.1–92.6]']) expect(out).toContain(h);
  });

  it('is unchanged when the table already fits', () => {
    const cols = [{ header: 'a' }, { header: 'b' }];
    expect(renderTextTable(cols, [['x', 'y']], { width: 80 })).toBe(renderTextTable(cols, [['x', 'y']]));
  });

  it('wrapText keeps lines within the width and cuts only words longer than it', () => {
    expect(wrapText('credible fear interview', 10)).toEqual(['credible', 'fear', 'interview']);
    expect(wrapText('mexico-refuses-section-7', 10)).toEqual(['mexico-ref', 'uses-secti', 'on-7']);
    expect(wrapText('a b c', 80)).toEqual(['a b c']);
  });
});
