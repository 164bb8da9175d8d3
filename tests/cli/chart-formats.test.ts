// `immsim chart --format svg|png|vega-lite`, to a folder or to one file.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../helpers/cli-capture.js';
import { compile } from 'vega-lite';
import { CHART_CAVEAT } from '../../src/report/svg/footer.js';

const cli = captureCli();
const run = cli.run;
const dir = mkdtempSync(join(tmpdir(), 'immsim-chart-'));
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('immsim chart formats', () => {
  it('--format png --out x.png writes one PNG of the outcome chart, at twice the SVG size', async () => {
    const file = join(dir, 'x.png');
    expect(await run('chart', '--regimes', 'mpp-2019,title42-2020', '--n', '300', '--format', 'png', '--out', file)).toBe(0);
    const png = readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(png.readUInt32BE(16)).toBe(2 * 760); // IHDR width: outcome chart is 760 px wide, zoom 2
    expect(cli.out.trim()).toBe(file);
  });

  it('--chart sankey with one regime, as PNG', async () => {
    const file = join(dir, 'flow.png');
    expect(await run('chart', '--regimes', 'mpp-2019', '--n', '300', '--format', 'png', '--chart', 'sankey', '--out', file)).toBe(0);
    expect([...readFileSync(file).subarray(0, 8)]).toEqual(PNG_MAGIC);
  });

  it('--format vega-lite into a folder: one spec per chart that compiles, with the caveat', async () => {
    const folder = join(dir, 'vl');
    expect(await run('chart', '--regimes', 'pep-2016,biden-2021', '--n', '300', '--format', 'vega-lite', '--out', folder)).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['outcomes.vl.json', 'sankey-biden-2021.vl.json', 'sankey-pep-2016.vl.json']);
    for (const f of readdirSync(folder)) {
      const spec = JSON.parse(readFileSync(join(folder, f), 'utf8'));
      expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
      expect(JSON.stringify(spec.title)).toContain(CHART_CAVEAT);
      expect(compile(spec).spec).toBeDefined();
    }
  });

  it('svg stays the default (with the Mermaid files)', async () => {
    const folder = join(dir, 'svg');
    expect(await run('chart', '--regimes', 'mpp-2019', '--n', '200', '--out', folder)).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['outcomes.svg', 'sankey-mpp-2019.mmd', 'sankey-mpp-2019.svg']);
  });

  const bad: [string[], RegExp][] = [
    [['--format', 'png', '--out', join(dir, 'a.svg')], /--out: a png chart file must end in \.png, got '\.svg'/],
    [['--format', 'gif', '--out', join(dir, 'a.gif')], /argument 'gif' is invalid. Allowed choices are svg, png, vega-lite/],
    [['--chart', 'sankey', '--regimes', 'pep-2016,mpp-2019', '--out', join(dir, 'b.svg')], /--regimes: --chart sankey draws one regime; give exactly one \(got 2\)/],
    [['--chart', 'outcomes', '--out', join(dir, 'folder')], /--chart: picks one chart for a file --out/],
  ];
  for (const [args, message] of bad) {
    it(`exits 2: ${args.join(' ')}`, async () => {
      expect(await run('chart', '--n', '50', ...args)).toBe(2);
      expect(cli.err).toMatch(message);
      expect(cli.err.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(dir, 'a.svg'))).toBe(false);
    });
  }
});
