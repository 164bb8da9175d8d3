import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSafeName, writeCharts } from '../../src/report/write-charts.js';
import { makeComparison, makeResult, threeRegimes } from './fixtures.js';
import { parseSvg } from './xml.js';

describe('writeCharts', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('creates the directory and writes outcomes.svg plus a Sankey SVG and Mermaid file per regime with flows', async () => {
    const base = await mkdtemp(join(tmpdir(), 'immsim-charts-'));
    dirs.push(base);
    const dir = join(base, 'nested', 'out');
    const results = threeRegimes();
    results[1] = { ...results[1]!, flows: [{ from: 'encounter', to: 'mpp', count: 9 }] };
    const cmp = makeComparison(results);
    const paths = await writeCharts(cmp, { 'title-42': [{ from: 'encounter', to: 'expelled', count: 3 }] }, dir);
    expect(paths).toEqual([
      join(dir, 'outcomes.svg'),
      join(dir, 'sankey-mpp-2019.svg'),
      join(dir, 'sankey-mpp-2019.mmd'),
      join(dir, 'sankey-title-42.svg'),
      join(dir, 'sankey-title-42.mmd'),
    ]);
    for (const p of paths.filter((x) => x.endsWith('.svg'))) parseSvg(await readFile(p, 'utf8'));
    const mmd = await readFile(join(dir, 'sankey-title-42.mmd'), 'utf8');
    expect(mmd).toBe('sankey-beta\n\n%% source,target,value\nencounter,expelled,3\n');
  });

  it('keeps file names inside the directory and unique', async () => {
    expect(fileSafeName('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSafeName('mpp/2019 (Tamaulipas)')).toBe('mpp-2019-Tamaulipas');
    expect(fileSafeName('///')).toBe('regime');
    const dir = await mkdtemp(join(tmpdir(), 'immsim-charts-'));
    dirs.push(dir);
    const cmp = makeComparison([makeResult({ regime: 'a/b', counts: { pending: 1 } }), makeResult({ regime: 'a:b', counts: { pending: 1 } })]);
    const f = [{ from: 's', to: 't', count: 1 }];
    const paths = await writeCharts(cmp, { 'a/b': f, 'a:b': f }, dir);
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['outcomes.svg', 'sankey-a-b.svg', 'sankey-a-b.mmd', 'sankey-a-b-2.svg', 'sankey-a-b-2.mmd']);
  });
});
