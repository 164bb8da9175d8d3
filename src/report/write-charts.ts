import { mkdir } from 'node:fs/promises';
import { writeFileAtomic } from '../engine/atomic-file.js';
import { join } from 'node:path';
import type { ComparisonResult, FlowLink } from '../engine/result.js';
import { comparisonCharts } from './chart-set.js';

export { fileSafeName } from './chart-set.js';

/**
 * Writes a comparison's charts into `dir` (created if missing): `outcomes.svg` (all regimes), and for every regime
 * with flows `sankey-<regime>.svg` and `sankey-<regime>.mmd` (a bare Mermaid diagram, no Markdown fence). Flows are
 * taken from `flowsByRegime`, else from the regime's `result.flows`; regimes without flows get no Sankey files.
 * Regimes in `flowsByRegime` that are not in the comparison are written too. Returns the written paths, in order.
 * @example
 * const paths = await writeCharts(cmp, { 'title-42': flows }, 'demo-output');
 * // ['demo-output/outcomes.svg', 'demo-output/sankey-title-42.svg', 'demo-output/sankey-title-42.mmd']
 */
export async function writeCharts(
  cmp: ComparisonResult,
  flowsByRegime: Record<string, FlowLink[]>,
  dir: string,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const f of comparisonCharts(cmp, flowsByRegime)) {
    const path = join(dir, f.name);
    // Atomic: a temporary file beside it, renamed when complete (never a half-written chart).
    writeFileAtomic(path, f.content);
    written.push(path);
  }
  return written;
}
