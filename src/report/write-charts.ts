import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ComparisonResult, FlowLink } from '../engine/result.js';
import { outcomeBarsSvg } from './outcome-bars.js';
import { sankeyMermaid, sankeySvg } from './sankey.js';

/**
 * A regime id made safe as part of a file name: characters other than letters, digits, `.`, `_` and `-` become
 * `-` (and a leading dot is replaced), so ids cannot escape the output directory.
 * @example
 * fileSafeName('mpp/2019 (Tamaulipas)') // 'mpp-2019-Tamaulipas'
 */
export function fileSafeName(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|-+$/g, '');
  return s === '' ? 'regime' : s;
}

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
  const write = async (name: string, content: string) => {
    const path = join(dir, name);
    await writeFile(path, content, 'utf8');
    written.push(path);
  };
  const ordered = [
    ...cmp.results.filter((r) => r.regime === cmp.baseline),
    ...cmp.results.filter((r) => r.regime !== cmp.baseline),
  ];
  await write(
    'outcomes.svg',
    outcomeBarsSvg(ordered, { title: `Outcomes by regime \u00b7 cohort ${cmp.cohort} (baseline ${cmp.baseline})` }),
  );

  const flows = new Map<string, FlowLink[]>();
  for (const r of ordered) {
    const f = Object.hasOwn(flowsByRegime, r.regime) ? flowsByRegime[r.regime] : r.flows;
    if (f) flows.set(r.regime, f);
  }
  for (const [regime, f] of Object.entries(flowsByRegime)) if (!flows.has(regime)) flows.set(regime, f);

  const used = new Set<string>();
  for (const [regime, links] of flows) {
    let base = `sankey-${fileSafeName(regime)}`;
    for (let i = 2; used.has(base); i++) base = `sankey-${fileSafeName(regime)}-${i}`;
    used.add(base);
    await write(`${base}.svg`, sankeySvg(links, { title: `Flow of first cases \u00b7 ${regime}`, idPrefix: base }));
    await write(`${base}.mmd`, sankeyMermaid(links, { fence: false }));
  }
  return written;
}
