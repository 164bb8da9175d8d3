/**
 * Rough text measurement for laying out labels without a browser: widths of a proportional sans-serif font in
 * em units, by character class. Good to about ±10% for Latin text, which is all the layout needs.
 */

function charWidthEm(ch: string): number {
  if (' .,:;!|\'`ilIjtf()[]'.includes(ch)) return 0.3;
  if ('mwMW@%'.includes(ch)) return 0.85;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  if (ch >= '0' && ch <= '9') return 0.56;
  if (ch === '\u2013' || ch === '\u2014') return 0.6;
  if (ch.codePointAt(0)! > 0x2e80) return 1;
  return 0.52;
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
 * truncateText('transferred-third-country', 60, 12) // 'transferr…'
 */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateTextWidth(`${chars.join('')}\u2026`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}\u2026`;
}
