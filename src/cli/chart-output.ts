import { mkdir } from 'node:fs/promises';
import { writeFileAtomic } from '../engine/atomic-file.js';
import { writeError } from './outputs.js';
import { extname, join } from 'node:path';
import { ImmsimError } from '../domain/errors.js';
import type { ComparisonResult } from '../engine/result.js';
import { comparisonCharts, comparisonSpecs, type ChartFile } from '../report/chart-set.js';
import { svgToPng } from '../report/png.js';

/** Formats of `immsim chart`. */
export const CHART_FORMATS = ['svg', 'png', 'vega-lite'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];
/** Charts `immsim chart --chart` can pick for a single-file --out. */
export const CHART_KINDS = ['outcomes', 'sankey'] as const;

const FILE_EXT: Record<ChartFormat, string[]> = { svg: ['.svg'], png: ['.png'], 'vega-lite': ['.json'] };

/** The charts of a comparison in one format (PNG as SVG text still; converted when written). */
function chartsIn(cmp: ComparisonResult, format: ChartFormat): ChartFile[] {
  if (format === 'vega-lite') return comparisonSpecs(cmp);
  const svg = comparisonCharts(cmp);
  return format === 'png' ? svg.filter((f) => f.format === 'svg').map((f) => ({ ...f, name: f.name.replace(/\.svg$/, '.png') })) : svg;
}

async function writeOne(path: string, f: ChartFile, format: ChartFormat): Promise<void> {
  const body = format === 'png' ? await svgToPng(f.content) : f.content;
  try {
    // Atomic: a temporary file beside it, renamed when complete.
    writeFileAtomic(path, body);
  } catch (e) {
    throw writeError(e, '--out', path);
  }
}

/**
 * Writes the charts of `immsim chart`. When `out` names a file (`.svg`, `.png` or `.json` for vega-lite) one chart
 * is written: `--chart outcomes` (default) or `--chart sankey` (exactly one regime). Otherwise `out` is a folder
 * and every chart is written into it in the format. Returns the written paths.
 * @example
 * await writeChartOutput(cmp, { out: 'outcomes.png', format: 'png' }) // ['outcomes.png']
 */
export async function writeChartOutput(cmp: ComparisonResult, o: { out: string; format: ChartFormat; chart?: string }): Promise<string[]> {
  const ext = extname(o.out).toLowerCase();
  const single = ext !== '';
  if (!single) {
    if (o.chart) throw new ImmsimError([{ path: ['--chart'], message: `picks one chart for a file --out (e.g. --out chart${FILE_EXT[o.format][0]}); with a folder every chart is written` }]);
    try {
      await mkdir(o.out, { recursive: true });
    } catch (e) {
      throw new ImmsimError([{ path: ['--out'], message: `cannot create folder '${o.out}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
    }
    const written: string[] = [];
    for (const f of chartsIn(cmp, o.format)) {
      const path = join(o.out, f.name);
      await writeOne(path, f, o.format);
      written.push(path);
    }
    return written;
  }
  if (!FILE_EXT[o.format].includes(ext)) {
    throw new ImmsimError([{ path: ['--out'], message: `a ${o.format} chart file must end in ${FILE_EXT[o.format].join(' or ')}, got '${ext}' (or give a folder)` }]);
  }
  const kind = o.chart ?? 'outcomes';
  if (kind === 'sankey' && cmp.results.length !== 1) {
    throw new ImmsimError([{ path: ['--regimes'], message: `--chart sankey draws one regime; give exactly one (got ${cmp.results.length})` }]);
  }
  const f = chartsIn(cmp, o.format).find((c) => c.kind === kind);
  if (!f) throw new ImmsimError([{ path: ['--chart'], message: `no ${kind} chart to draw (allowed: ${CHART_KINDS.join(', ')})` }]);
  await writeOne(o.out, f, o.format);
  return [o.out];
}
