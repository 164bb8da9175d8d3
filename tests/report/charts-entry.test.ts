import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/report/charts.js';
import * as report from '../../src/report/index.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/**
 * Every module the given source file imports, transitively (relative imports only), with its import specifiers.
 * Type-only imports (`import type`, `export type`) are erased by the compiler, so they are not followed.
 */
function importGraph(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specs = [...text.matchAll(/(?:import|export)(?!\s+type\b)[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1]!);
  seen.set(file, specs);
  for (const s of specs) if (s.startsWith('.')) importGraph(join(dirname(file), s.replace(/\.js$/, '.ts')), seen);
  return seen;
}

describe('immsim/charts entry point', () => {
  it('re-exports the chart builders', () => {
    expect(typeof charts.outcomeBarsSvg).toBe('function');
    expect(typeof charts.sankeySvg).toBe('function');
    expect(typeof charts.sankeyMermaid).toBe('function');
    expect('writeCharts' in charts).toBe(false);
  });

  it('is browser-safe: nothing it imports, transitively, uses Node built-ins or packages', () => {
    const graph = importGraph(join(SRC, 'report/charts.ts'));
    expect(graph.size).toBeGreaterThan(3);
    for (const [file, specs] of graph) {
      for (const s of specs) expect({ file, s, relative: s.startsWith('.') }).toEqual({ file, s, relative: true });
    }
  });

  it('the report index exports everything, writeCharts included', () => {
    for (const name of ['formatResultTable', 'formatComparisonTable', 'resultToCsv', 'comparisonToCsv', 'outcomeBarsSvg', 'sankeySvg', 'sankeyMermaid', 'writeCharts']) {
      expect(typeof (report as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
