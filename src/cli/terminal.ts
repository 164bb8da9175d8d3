/**
 * The width the CLI's tables fit into: the terminal's columns when stdout is a terminal, else 80 (piped or
 * redirected output is read in editors, mails and logs, where 80 columns is the convention).
 * @example
 * terminalWidth({ isTTY: true, columns: 120 }) // 120
 * terminalWidth({ isTTY: false }) // 80
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  return stream.isTTY && stream.columns && stream.columns >= 40 ? stream.columns : 80;
}
