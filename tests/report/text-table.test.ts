import { describe, expect, it } from 'vitest';
import { displayWidth, renderTextTable, stripAnsi } from '../../src/report/text-table.js';

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
