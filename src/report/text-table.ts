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
  /**
   * Fit the table into this many terminal columns: long text columns wrap at spaces, then the columns after the
   * first are split into blocks that each repeat the first column. Default: no limit.
   */
  width?: number;
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
 * Word-wraps text to lines of at most `width` columns (a word longer than that is cut).
 * @example
 * wrapText('credible fear interview', 10) // ['credible', 'fear', 'interview']
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    let rest = word;
    while (displayWidth(rest) > w) {
      if (line) lines.push(line);
      line = '';
      const chars = [...rest];
      lines.push(chars.slice(0, w).join(''));
      rest = chars.slice(w).join('');
    }
    if (!line) line = rest;
    else if (displayWidth(line) + 1 + displayWidth(rest) <= w) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  lines.push(line);
  return lines.filter((l, i) => l !== '' || i === 0);
}

/**
 * Renders rows under headers with columns padded to a common width, header underlined with `─`.
 * Rows shorter than the header get empty cells. Lines carry no trailing spaces.
 * @example
 * renderTextTable([{ header: 'Outcome' }, { header: 'Share', align: 'right' }], [['expelled', '41.2%']])
 * // 'Outcome    Share\n────────────────\nexpelled   41.2%'
 */
export function renderTextTable(columns: TextColumn[], rows: TextCell[][], options: TextTableOptions = {}): string {
  const { width } = options;
  if (width === undefined || tableWidth(columns, rows, options) <= width) return render(columns, rows, options);
  return fit(columns, rows, options, width);
}

const MIN_WRAP = 16;

function columnWidths(columns: TextColumn[], rows: TextCell[][]): number[] {
  return columns.map((c, i) => Math.max(...c.header.split('\n').map(displayWidth), ...rows.flatMap((r) => cellText(r[i] ?? '').split('\n').map(displayWidth))));
}

function tableWidth(columns: TextColumn[], rows: TextCell[][], options: TextTableOptions): number {
  return columnWidths(columns, rows).reduce((a, w) => a + w, 0) + (options.gap ?? 3) * Math.max(0, columns.length - 1);
}

/** Wraps the cells of column `i` (header included) to `w` columns, as lines joined by newlines. */
function wrapColumn(columns: TextColumn[], rows: TextCell[][], i: number, w: number): [TextColumn[], TextCell[][]] {
  const wrap = (t: string) => t.split('\n').flatMap((l) => wrapText(l, w)).join('\n');
  const cols = columns.map((c, j) => (j === i ? { ...c, header: wrap(c.header) } : c));
  const rs = rows.map((r) => r.map((cell, j) => (j !== i ? cell : typeof cell === 'string' ? wrap(cell) : { ...cell, text: wrap(cell.text) })));
  return [cols, rs];
}

/** Too wide: wrap long left-aligned text columns, then split the columns into blocks that repeat the first. */
function fit(columns: TextColumn[], rows: TextCell[][], options: TextTableOptions, width: number): string {
  const gap = options.gap ?? 3;
  let [cols, rs] = [columns, rows];
  // Water-filling: narrow the widest wrappable text column (left-aligned, not the first) down to the next widest,
  // until the table fits or every such column is at the minimum.
  const target = columnWidths(cols, rs);
  const wrappable = target.map((_, j) => j > 0 && (cols[j]?.align ?? 'left') === 'left');
  for (;;) {
    const excess = target.reduce((a, w) => a + w, 0) + gap * (cols.length - 1) - width;
    const i = target.reduce((best, w, j) => (wrappable[j] && w > MIN_WRAP && w > (target[best] ?? -1) ? j : best), -1);
    if (excess <= 0 || i < 0) break;
    const next = Math.max(MIN_WRAP, ...target.filter((w, j) => wrappable[j] && j !== i && w < target[i]!));
    target[i] = Math.max(next, target[i]! - excess);
  }
  const original = columnWidths(cols, rs);
  target.forEach((w, j) => {
    if (w < (original[j] ?? 0)) [cols, rs] = wrapColumn(cols, rs, j, w);
  });
  if (tableWidth(cols, rs, options) <= width) return render(cols, rs, options);
  const widths = columnWidths(cols, rs);
  const blocks: number[][] = [];
  for (let j = 1; j < cols.length; j++) {
    const block = blocks[blocks.length - 1];
    const used = block ? (widths[0] ?? 0) + block.reduce((a, k) => a + gap + (widths[k] ?? 0), 0) : Infinity;
    if (block && used + gap + (widths[j] ?? 0) <= width) block.push(j);
    else blocks.push([j]);
  }
  if (blocks.length === 0) blocks.push([]);
  return blocks
    .map((block) => {
      const pick = <T>(xs: T[]) => [xs[0] as T, ...block.map((k) => xs[k] as T)];
      let [bc, br] = [pick(cols), rs.map((r) => pick(r.map((c) => c ?? '')))];
      const rest = block.reduce((a, k) => a + gap + (widths[k] ?? 0), 0);
      if ((widths[0] ?? 0) + rest > width) [bc, br] = wrapColumn(bc, br, 0, Math.max(MIN_WRAP, width - rest));
      return render(bc, br, options);
    })
    .join('\n\n');
}

/** Renders without a width limit; a cell with newlines takes several lines. */
function render(columns: TextColumn[], rows: TextCell[][], options: TextTableOptions): string {
  const gap = ' '.repeat(options.gap ?? 3);
  const widths = columnWidths(columns, rows);
  const pad = (text: string, i: number, styled: string) => {
    const fill = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)));
    return columns[i]?.align === 'right' ? fill + styled : styled + fill;
  };
  const lines = (cells: TextCell[], header: boolean): string[] => {
    const parts = columns.map((_, i) => cellText(cells[i] ?? '').split('\n'));
    const height = Math.max(1, ...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, k) =>
      columns
        .map((_, i) => {
          const cell = cells[i] ?? '';
          const text = parts[i]?.[k] ?? '';
          const style = header ? 'bold' : typeof cell === 'string' ? undefined : cell.style;
          return pad(text, i, options.color && style && text ? styleText(text, style) : text);
        })
        .join(gap)
        .trimEnd(),
    );
  };
  const total = widths.reduce((a, w) => a + w, 0) + gap.length * Math.max(0, columns.length - 1);
  const header = lines(
    columns.map((c) => c.header),
    true,
  );
  return [...header, '\u2500'.repeat(total), ...rows.flatMap((r) => lines(r, false))].join('\n');
}
