// `npm run bench`, browser section: people per second in the page (headless Debian Chromium, all Web Workers, the
// built site), beside Node's `compare`/`simulate` with all worker threads on the same run, and the page's first load
// in bytes (gzipped, without the lazily loaded chart library). Run alone: `npx tsx bench/browser.ts [--quick] [--json]`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPath, serveStatic } from '../tests/e2e/static-server.js';

export interface BrowserBench {
  n: number;
  cores: number;
  /** People per second in the page, start-up of the workers included. */
  pagePerSec: number;
  /** The same run in Node (built package, all worker threads, start-up included). */
  nodePerSec: number;
  /** Gzipped bytes of the first load (HTML, CSS, the page's JS) and of the lazily loaded chart library. */
  firstLoadGzip: number;
  chartLibraryGzip: number;
  workerGzip: number;
}

const site = fileURLToPath(new URL('../site/dist/', import.meta.url));

/** Gzipped sizes of the built site's files: what the first load fetches, the chart library, the engine's worker. */
export function siteBytes(): { firstLoadGzip: number; chartLibraryGzip: number; workerGzip: number } {
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).byteLength;
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const assets = readdirSync(join(site, 'assets'));
  const linked = assets.filter((a) => html.includes(`assets/${a}`));
  const chart = assets.filter((a) => a.startsWith('embed-') && a.endsWith('.js'));
  const worker = assets.filter((a) => a.startsWith('worker-') && a.endsWith('.js'));
  const sum = (fs: string[]) => fs.reduce((a, f) => a + gz(join(site, 'assets', f)), 0);
  return { firstLoadGzip: gz(join(site, 'index.html')) + sum(linked), chartLibraryGzip: sum(chart), workerGzip: sum(worker) };
}

/**
 * Times one run of `n` people × 2 regimes in the page and in Node.
 * @example
 * const b = await browserBench(1_000_000); b.pagePerSec
 */
export async function browserBench(n: number): Promise<BrowserBench> {
  const exe = chromiumPath();
  if (!exe || !existsSync(join(site, 'index.html'))) throw new Error('bench browser: needs /usr/bin/chromium and a built site (npm run site:build)');
  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: exe, headless: true });
  try {
    const page = await browser.newPage();
    const seed = 1;
    await page.goto(`${server.url}?view=outcomes&regime=mpp-2019&vs=kelly-2017&cohort=swb-fy2019&n=${n}&seed=${seed}`);
    await page.waitForFunction(() => /^Done/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 600_000 });
    const pagePerSec = Number(await page.evaluate(() => document.body.dataset.peoplePerSecond));
    // Node: the built package in a fresh process, the same comparison on all cores.
    const dist = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
    const script = `const { compare } = await import(${JSON.stringify(dist)}); const t = performance.now();
      await compare({ regimes: ['kelly-2017', 'mpp-2019'], cohort: 'swb-fy2019', n: ${n}, seed: ${seed}, flows: true, workers: ${availableParallelism()} });
      console.log(Math.round((2 * ${n}) / ((performance.now() - t) / 1000)));`;
    const file = join(mkdtempSync(join(tmpdir(), 'immsim-bench-')), 'node-run.mjs');
    writeFileSync(file, script);
    const nodePerSec = Number(execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim().split('\n').at(-1));
    return { n, cores: availableParallelism(), pagePerSec, nodePerSec, ...siteBytes() };
  } finally {
    await browser.close();
    await server.close();
  }
}

declare const document: { getElementById(id: string): { textContent: string | null } | null; body: { dataset: Record<string, string | undefined> } };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const r = await browserBench(quick ? 200_000 : 1_000_000);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ browser: r }));
  else console.log(formatBrowserBench(r));
}

/** The browser section as text. */
export function formatBrowserBench(r: BrowserBench): string {
  const k = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return [
    `browser: ${r.pagePerSec.toLocaleString('en-US')} people/s in the page (headless Chromium, ${r.cores} Web Workers, n = ${r.n.toLocaleString('en-US')} × 2 regimes, start-up included)`,
    `node:    ${r.nodePerSec.toLocaleString('en-US')} people/s for the same run (built package, ${r.cores} worker threads)`,
    `page first load: ${k(r.firstLoadGzip)} gzipped without the chart library; chart library (vega-embed, loaded on first chart) ${k(r.chartLibraryGzip)}; engine worker ${k(r.workerGzip)}`,
  ].join('\n');
}
