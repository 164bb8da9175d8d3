// The README's promises, checked: every example runs, and the committed charts, the README's numbers and Mermaid
// blocks, and the calibration page are what the code produces today.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrationDoc } from '../scripts/docs/calibration.js';
import { explain } from '../src/index.js';
import { imageComparison, writeImages } from '../scripts/docs/images.js';
import { END, readmeNumbers, START } from '../scripts/docs/readme-numbers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('examples', () => {
  it('every example in examples/ runs with a small n (npm run examples)', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const r = spawnSync(process.execPath, [tsx, 'scripts/run-examples.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, IMMSIM_EXAMPLE_N: '4000' },
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
});

describe('committed pictures and generated pages are current', () => {
  it('docs/img and the numbers in README.md match `npx tsx scripts/docs/images.ts`', async () => {
    const cmp = await imageComparison();
    const readme = read('README.md');
    expect(readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length), 'README numbers (run npx tsx scripts/docs/images.ts)').toBe(readmeNumbers(cmp));
    const dir = mkdtempSync(join(tmpdir(), 'immsim-img-'));
    try {
      await writeImages(dir, cmp);
      const made = readdirSync(dir).sort();
      // tornado-*.svg are made by `immsim sensitivity --chart` (the command is in the README) and site/ holds the page's
      // screenshots (tests/e2e/site.test.ts), not images.ts.
      expect(readdirSync(join(root, 'docs/img')).filter((f) => !f.startsWith('tornado-') && f !== 'site').sort()).toEqual(made);
      for (const f of made) expect(read(`docs/img/${f}`), `docs/img/${f} (run npx tsx scripts/docs/images.ts)`).toBe(readFileSync(join(dir, f), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the README shows the committed mpp-2019 Sankey and state diagram as Mermaid', () => {
    const readme = read('README.md');
    expect(/```mermaid\n(sankey-beta[\s\S]*?)```/.exec(readme)?.[1]).toBe(read('docs/img/sankey-mpp-2019.mmd'));
    expect(/```mermaid\n(stateDiagram-v2[\s\S]*?)```/.exec(readme)?.[1]).toBe(read('docs/img/state-diagram.mmd'));
  });

  it("the README's explained path is what `explain` prints today", () => {
    const e = explain({ regime: 'mpp-2019', profile: { citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports', fearOfReturn: true }, seed: 6 });
    expect(read('README.md')).toContain(`\`\`\`\n${e.text}\n\`\`\``);
  });

  it('docs/calibration.md matches `npx tsx scripts/docs/calibration.ts`', async () => {
    expect(read('docs/calibration.md')).toBe(await calibrationDoc());
  });
});
