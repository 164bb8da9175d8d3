import type { ComparisonResult, FlowLink } from '../engine/result.js';
import { cohortLabel, regimeLabel } from './labels.js';
import { outcomeBarsSvg } from './outcome-bars.js';
import { sankeyMermaid, sankeySvg } from './sankey.js';
import { outcomeBarsSpec } from './vega-lite/outcome-bars.js';
import { sankeySpec } from './vega-lite/sankey.js';
import { provenanceOf } from './svg/footer.js';

/**
 * One chart of a chart set: a file name (without folder), what it is, and its text.
 * @example
 * const f: ChartFile = { name: 'outcomes.svg', kind: 'outcomes', content: '<svg …' };
 */
export interface ChartFile {
  name: string;
  kind: 'outcomes' | 'sankey' | 'mermaid';
  format: 'svg' | 'mermaid' | 'vega-lite';
  /** The regime of a Sankey diagram. */
  regime?: string;
  content: string;
}

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
 * The results with the baseline first.
 * @example
 * baselineFirst(cmp)[0]?.regime === cmp.baseline // true
 */
export function baselineFirst(cmp: ComparisonResult): ComparisonResult['results'] {
  return [...cmp.results.filter((r) => r.regime === cmp.baseline), ...cmp.results.filter((r) => r.regime !== cmp.baseline)];
}

/**
 * The flows to draw per regime: from `flowsByRegime`, else the regime's `result.flows`; regimes only in
 * `flowsByRegime` come last.
 * @example
 * [...flowsOf(cmp, {}).keys()] // the regimes that have flows
 */
export function flowsOf(cmp: ComparisonResult, flowsByRegime: Record<string, FlowLink[]>): Map<string, FlowLink[]> {
  const flows = new Map<string, FlowLink[]>();
  for (const r of baselineFirst(cmp)) {
    const f = Object.hasOwn(flowsByRegime, r.regime) ? flowsByRegime[r.regime] : r.flows;
    if (f) flows.set(r.regime, f);
  }
  for (const [regime, f] of Object.entries(flowsByRegime)) if (!flows.has(regime)) flows.set(regime, f);
  return flows;
}

/**
 * File base names `sankey-<regime>`, made unique.
 * @example
 * [...sankeyBaseNames(['a/b', 'a-b']).values()] // ['sankey-a-b', 'sankey-a-b-2']
 */
export function sankeyBaseNames(regimes: Iterable<string>): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const regime of regimes) {
    let base = `sankey-${fileSafeName(regime)}`;
    for (let i = 2; used.has(base); i++) base = `sankey-${fileSafeName(regime)}-${i}`;
    used.add(base);
    out.set(regime, base);
  }
  return out;
}

/**
 * The title of the outcome chart of a comparison.
 * @example
 * outcomesTitle(cmp) // 'Outcomes by policy regime · Southwest border arrivals, FY2019'
 */
export function outcomesTitle(cmp: ComparisonResult): string {
  return `Outcomes by policy regime \u00b7 ${cohortLabel(cmp.cohort)}`;
}

/**
 * The title of a regime's Sankey diagram.
 * @example
 * sankeyTitle('mpp-2019') // 'How first cases move through the procedure · Remain in Mexico (MPP), Dec 2019'
 */
export function sankeyTitle(regime: string): string {
  return `How first cases move through the procedure \u00b7 ${regimeLabel(regime)}`;
}

/**
 * Every chart of a comparison as SVG (and Mermaid) text, browser-safe: `outcomes.svg`, then for every regime with
 * flows `sankey-<regime>.svg` and `sankey-<regime>.mmd`. Each chart carries the footer with model version, seed, n,
 * cohort, regime and the caveat.
 * @example
 * comparisonCharts(cmp, {}).map((f) => f.name) // ['outcomes.svg', 'sankey-pep-2016.svg', 'sankey-pep-2016.mmd', …]
 */
export function comparisonCharts(cmp: ComparisonResult, flowsByRegime: Record<string, FlowLink[]> = {}): ChartFile[] {
  const ordered = baselineFirst(cmp);
  const files: ChartFile[] = [{ name: 'outcomes.svg', kind: 'outcomes', format: 'svg', content: outcomeBarsSvg(ordered, { title: outcomesTitle(cmp) }) }];
  const flows = flowsOf(cmp, flowsByRegime);
  const names = sankeyBaseNames(flows.keys());
  for (const [regime, links] of flows) {
    const base = names.get(regime)!;
    const result = cmp.results.find((r) => r.regime === regime);
    const provenance = provenanceOf([result ?? { ...cmp, regime }]);
    files.push({ name: `${base}.svg`, kind: 'sankey', format: 'svg', regime, content: sankeySvg(links, { title: sankeyTitle(regime), idPrefix: base, ...(provenance ? { provenance } : {}) }) });
    files.push({ name: `${base}.mmd`, kind: 'mermaid', format: 'mermaid', regime, content: sankeyMermaid(links, { fence: false }) });
  }
  return files;
}

/**
 * The same charts as {@link comparisonCharts} as Vega-Lite v6 specs (JSON text, data inline): `outcomes.vl.json` and
 * `sankey-<regime>.vl.json`, with the provenance and caveat in each spec's subtitle and `usermeta`.
 * @example
 * comparisonSpecs(cmp).map((f) => f.name) // ['outcomes.vl.json', 'sankey-pep-2016.vl.json', …]
 */
export function comparisonSpecs(cmp: ComparisonResult, flowsByRegime: Record<string, FlowLink[]> = {}): ChartFile[] {
  const ordered = baselineFirst(cmp);
  const json = (spec: unknown) => `${JSON.stringify(spec, null, 2)}\n`;
  const files: ChartFile[] = [{ name: 'outcomes.vl.json', kind: 'outcomes', format: 'vega-lite', content: json(outcomeBarsSpec(ordered, { title: outcomesTitle(cmp) })) }];
  const flows = flowsOf(cmp, flowsByRegime);
  const names = sankeyBaseNames(flows.keys());
  for (const [regime, links] of flows) {
    const result = cmp.results.find((r) => r.regime === regime);
    const provenance = provenanceOf([result ?? { ...cmp, regime }]);
    files.push({ name: `${names.get(regime)!}.vl.json`, kind: 'sankey', format: 'vega-lite', regime, content: json(sankeySpec(links, { title: sankeyTitle(regime), ...(provenance ? { provenance } : {}) })) });
  }
  return files;
}
