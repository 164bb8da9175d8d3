// The page in a real browser: Debian's Chromium, headless, against the built site (npm test builds it first).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/simulate.js';
import { explain } from '../../src/engine/explain.js';
import { compileCohort } from '../../src/cohorts/draw-profile.js';
import { getCohort } from '../../src/cohorts/index.js';
import { personStream } from '../../src/engine/random.js';
import { comparisonToCsv } from '../../src/report/csv.js';
import type { ComparisonResult } from '../../src/engine/result.js';
import { chromiumPath, serveStatic } from './static-server.js';

// Code that runs in the page (evaluate, waitForFunction): the test's tsconfig has no DOM library, so name what it uses.
interface PageElement { dataset: Record<string, string | undefined>; textContent: string | null; scrollWidth: number; id: string; labels?: { length: number }; getAttribute(n: string): string | null }
declare const location: { search: string };
declare const document: { body: PageElement; documentElement: PageElement; getElementById(id: string): PageElement | null };
type HTMLElement = PageElement;
type HTMLInputElement = PageElement;

const root = fileURLToPath(new URL('../../site/dist/', import.meta.url));
const built = existsSync(join(root, 'index.html'));
const exe = chromiumPath();
// Screenshots of every view go to a temporary folder (printed); SITE_SCREENSHOTS=docs/img/site also refreshes the
// one the README shows (outcomes.png).
const shots = join(tmpdir(), 'immsim-site-screenshots');
const readmeShots = process.env.SITE_SCREENSHOTS ? resolve(process.env.SITE_SCREENSHOTS) : undefined;

const INPUT = { regime: 'mpp-2019', vs: 'kelly-2017', cohort: 'swb-fy2019', n: 20_000, seed: 7 };

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
let lib: ComparisonResult;
let permalink = '';
const workersSeen: string[] = [];

async function ready(p: Page, view: string): Promise<void> {
  await p.waitForFunction((v) => document.body.dataset.ready === 'true' && document.body.dataset.view === v && document.getElementById('panel')?.getAttribute('aria-busy') === 'false', view, { timeout: 90_000 });
}

/** The outcome table as the page shows it: regime → outcome → { count, share }. */
async function outcomeTable(p: Page): Promise<Record<string, Record<string, { count: number; share: number }>>> {
  return p.$$eval('#text tr[data-outcome]', (rows) => {
    const out: Record<string, Record<string, { count: number; share: number }>> = {};
    for (const r of rows as HTMLElement[]) {
      (out[r.dataset.regime!] ??= {})[r.dataset.outcome!] = { count: Number(r.dataset.count), share: Number(r.dataset.share) };
    }
    return out;
  });
}

describe.runIf(built && exe)('the site in headless Chromium', () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    console.log(`site screenshots: ${shots}`);
    server = await serveStatic(root);
    browser = await chromium.launch({ executablePath: exe, headless: true });
    page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, acceptDownloads: true });
    page.on('worker', (w) => workersSeen.push(w.url()));
    lib = await compare({ regimes: [INPUT.vs, INPUT.regime], cohort: INPUT.cohort, n: INPUT.n, seed: INPUT.seed, flows: true, workers: 1 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('chooses a regime and a cohort, runs in Web Workers, and shows the library’s numbers', async () => {
    await page.goto(server.url);
    await ready(page, 'outcomes');
    await page.selectOption('#regime', INPUT.regime);
    await page.selectOption('#vs', INPUT.vs);
    await page.selectOption('#cohort', INPUT.cohort);
    await page.fill('#n', String(INPUT.n));
    await page.fill('#seed', String(INPUT.seed));
    await page.click('#run');
    await page.waitForFunction(() => /^Done/.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 90_000 });
    await ready(page, 'outcomes');
    expect(workersSeen.length).toBeGreaterThan(0); // the run used Web Workers
    const table = await outcomeTable(page);
    for (const r of lib.results) {
      for (const [o, v] of Object.entries(r.outcomes)) {
        if (v.count === 0 && !table[r.regime]?.[o]) continue;
        expect({ regime: r.regime, o, ...table[r.regime]![o] }).toEqual({ regime: r.regime, o, count: v.count, share: v.share });
      }
    }
    expect(await page.locator('#chart svg').count()).toBeGreaterThan(0);
    expect(await page.locator('#chart').getAttribute('role')).toBe('img');
    expect(await page.textContent('#chart')).toContain('not a record of history');
    expect(await page.textContent('#chart')).toContain(`seed ${INPUT.seed}`);
    await page.screenshot({ path: join(shots, 'outcomes.png'), fullPage: true });
    if (readmeShots) {
      mkdirSync(readmeShots, { recursive: true });
      await page.screenshot({ path: join(readmeShots, 'outcomes.png') });
    }
    permalink = (await page.getAttribute('#permalink', 'href'))!;
    expect(permalink).toContain('regime=mpp-2019');
  });

  it('shows paired differences equal to the library’s', async () => {
    await page.click('#tab-compare');
    await ready(page, 'compare');
    const est = await page.$$eval('#text tr[data-outcome]', (rows) => Object.fromEntries((rows as HTMLElement[]).map((r) => [r.dataset.outcome, Number(r.dataset.estimate)])));
    const d = lib.differences[INPUT.regime]!.outcomes;
    expect(Object.keys(est).length).toBeGreaterThan(2);
    for (const [o, v] of Object.entries(est)) expect({ o, v }).toEqual({ o, v: d[o as keyof typeof d].estimate });
    await page.screenshot({ path: join(shots, 'differences.png'), fullPage: true });
  });

  it('draws the flow of first cases as a Sankey diagram with its provenance', async () => {
    await page.keyboard.press('Tab'); // keyboard: focus stays usable; the arrow keys move between tabs
    await page.focus('#tab-compare');
    await page.keyboard.press('ArrowRight');
    await ready(page, 'flow');
    expect(await page.getAttribute('#tab-flow', 'aria-selected')).toBe('true');
    const nodes = await page.$$eval('#chart rect[data-node]', (els) => els.map((e) => [e.getAttribute('data-node'), Number(e.getAttribute('data-value'))]));
    expect(nodes.length).toBeGreaterThan(3);
    const first = lib.results[1]!.flows!.filter((f) => f.from === 'encountered').reduce((a, f) => a + f.count, 0);
    expect(Object.fromEntries(nodes).encountered).toBe(first);
    expect(await page.textContent('#chart')).toContain('not a record of history');
    await page.screenshot({ path: join(shots, 'flow.png'), fullPage: true });
  });

  it('a permalink opens the same view with the same numbers', async () => {
    const p2 = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    await p2.goto(permalink);
    await ready(p2, 'outcomes');
    expect(await p2.inputValue('#regime')).toBe(INPUT.regime);
    expect(await p2.inputValue('#cohort')).toBe(INPUT.cohort);
    expect(await outcomeTable(p2)).toEqual(await (async () => {
      await page.click('#tab-outcomes');
      await ready(page, 'outcomes');
      return outcomeTable(page);
    })());
    await p2.close();
  });

  it('explains one person step by step, with the law and its authority, as the library does', async () => {
    await page.click('#tab-explain');
    await ready(page, 'explain');
    await page.fill('#person', '3');
    await page.click('#explain-person');
    await page.waitForFunction(() => location.search.includes('person=3'));
    await ready(page, 'explain');
    const steps = await page.$$eval('#text .steps li', (lis) => lis.map((li) => li.getAttribute('data-state')));
    const profile = compileCohort(getCohort(INPUT.cohort))(personStream(INPUT.seed, 3));
    const e = explain({ regime: INPUT.regime, profile, seed: INPUT.seed + 3 });
    expect(steps).toEqual(e.steps.map((s) => s.state));
    expect(await page.getAttribute('#text [data-outcome]', 'data-outcome')).toBe(e.outcome);
    const cites = await page.$$eval('#text .law cite', (cs) => cs.map((c) => c.textContent));
    expect(cites).toEqual(e.steps.filter((s) => s.statement && s.authority).map((s) => s.authority));
    expect(cites.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'explain.png'), fullPage: true });
  });

  it('downloads the data as CSV (the library’s CSV) and the chart as SVG', async () => {
    await page.click('#tab-outcomes');
    await ready(page, 'outcomes');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#dl-csv')]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync((await csv.path())!, 'utf8')).toBe(comparisonToCsv(lib));
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#dl-svg')]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg/);
    expect(text).toContain('not a record of history');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#dl-png')]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  it('is readable at 360 px wide: nothing wider than the screen', async () => {
    const small = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await small.goto(permalink);
    await ready(small, 'outcomes');
    const widths = await small.evaluate(() => ({ doc: document.documentElement.scrollWidth, chart: document.getElementById('chart')!.scrollWidth }));
    expect(widths.doc).toBeLessThanOrEqual(360);
    expect(await small.$$eval('select, input', (els) => els.filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label')).map((e) => e.id))).toEqual([]);
    await small.screenshot({ path: join(shots, 'outcomes-360.png'), fullPage: true });
    await small.locator('figure').screenshot({ path: join(shots, 'chart-360.png') });
    await small.close();
  });
});

describe('the site e2e prerequisites (npm test builds the site; .ci/run installs Chromium)', () => {
  it('site/dist exists', () => expect(built, 'run npm run site:build first').toBe(true));
  it('Chromium is installed', () => expect(exe, 'apt-get install -y chromium').toBeTruthy());
});
