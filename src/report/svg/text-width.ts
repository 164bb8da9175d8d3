/**
 * Rough text measurement for laying out labels without a browser: widths of a proportional sans-serif font in
 * em units (erring wide, like DejaVu Sans), by character class. Good to about ±10% for Latin text, which is all the layout needs.
 */

function charWidthEm(ch: string): number {
  if (' .,:;!|\'`ilIjtf()[]'.includes(ch)) return 0.34;
  if ('mwMW@%'.includes(ch)) return 0.92;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch === '\u2013' || ch === '\u2014') return 0.64;
  if (ch.codePointAt(0)! > 0x2e80) return 1;
  return 0.6;
}

/**
 * Estimated width in px of a text at a font size.
 * @example
 * estimateTextWidth('41.2%', 12) > 25 // true
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

/**
 * The text, shortened with an ellipsis if it would be wider than `maxWidth`.
 * @example
 * truncateText('transferred-third-country', 60, 12) // 'transfer…'
 */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth + 0.5) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateTextWidth(`${chars.join('')}\u2026`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}\u2026`;
}

/**
 * Splits text into lines no wider than `maxWidth` at spaces (a single word wider than that gets its own line).
 * @example
 * wrapText('one two three', 40, 12) // ['one', 'two', 'three']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}
