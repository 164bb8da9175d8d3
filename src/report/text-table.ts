/**
 * A minimal aligned plain-text table for terminals, with optional ANSI styling that never affects alignment.
 */

/**
 * A cell style; only applied when the table is rendered with `color: true`.
 * @example
 * const s: CellStyle = { rgb: '#1b7837' };
 */
export type CellStyle = 'bold' | 'dim' | { rgb: string };

/**
 * A table cell: plain text, or text with a style.
 * @example
 * const cells: TextCell[] = ['expelled', { text: '+1.3 pp', style: 'bold' }];
 */
export type TextCell = string | { text: string; style?: CellStyle };

/**
 * A column: its header and alignment (default left).
 * @example
 * const col: TextColumn = { header: 'Share [95% CI]', align: 'right' };
 */
export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
}

/**
 * Rendering options.
 * @example
 * const opts: TextTableOptions = { color: true, gap: 3 };
 */
export interface TextTableOptions {
  /** Use ANSI escape codes for styled cells and bold headers. Default false. */
  color?: boolean;
  /** Spaces between columns. Default 3. */
  gap?: number;
}

const ESC = '\u001b';
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

/**
 * Removes ANSI SGR escape codes from a string.
 * @example
 * stripAnsi('\u001b[1mbold\u001b[0m') // 'bold'
 */
export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/**
 * The number of terminal columns a string takes (code points, ignoring ANSI codes).
 * @example
 * displayWidth('41.2% [40.5–41.9]') // 17
 */
export function displayWidth(s: string): number {
  return [...stripAnsi(s)].length;
}

/**
 * Wraps text in the ANSI codes of a style.
 * @example
 * styleText('x', 'bold') // '\u001b[1mx\u001b[22m'
 */
export function styleText(text: string, style: CellStyle): string {
  if (style === 'bold') return `${ESC}[1m${text}${ESC}[22m`;
  if (style === 'dim') return `${ESC}[2m${text}${ESC}[22m`;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(style.rgb);
  if (!m) return text;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return `${ESC}[38;2;${r};${g};${b}m${text}${ESC}[39m`;
}

function cellText(cell: TextCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/**
 * Renders rows under headers with columns padded to a common width, header underlined with `─`.
 * Rows shorter than the header get empty cells. Lines carry no trailing spaces.
 * @example
 * renderTextTable([{ header: 'Outcome' }, { header: 'Share', align: 'right' }], [['expelled', '41.2%']])
 * // 'Outcome    Share\n────────────────\nexpelled   41.2%'
 */
export function renderTextTable(columns: TextColumn[], rows: TextCell[][], options: TextTableOptions = {}): string {
  const gap = ' '.repeat(options.gap ?? 3);
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(cellText(r[i] ?? '')))),
  );
  const pad = (text: string, i: number, styled: string) => {
    const fill = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)));
    return columns[i]?.align === 'right' ? fill + styled : styled + fill;
  };
  const line = (cells: TextCell[], header: boolean) =>
    columns
      .map((_, i) => {
        const cell = cells[i] ?? '';
        const text = cellText(cell);
        const style = header ? 'bold' : typeof cell === 'string' ? undefined : cell.style;
        return pad(text, i, options.color && style ? styleText(text, style) : text);
      })
      .join(gap)
      .trimEnd();
  const total = widths.reduce((a, w) => a + w, 0) + gap.length * Math.max(0, columns.length - 1);
  const header = line(
    columns.map((c) => c.header),
    true,
  );
  return [header, '\u2500'.repeat(total), ...rows.map((r) => line(r, false))].join('\n');
}
