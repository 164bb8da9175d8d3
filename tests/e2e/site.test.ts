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
import { compareHistory, simulateHistory } from '../../src/history/simulate-history.js';
import { oneAtATime } from '../../src/uncertainty/one-at-a-time.js';
import { sensitivity } from '../../src/uncertainty/sensitivity.js';
import { chromiumPath, serveStatic } from './static-server.js';

// Code that runs in the page (evaluate, waitForFunction): the test's tsconfig has no DOM library, so name what it uses.
interface PageElement { dataset: Record<string, string | undefined>; textContent: string | null; scrollWidth: number; id: string; labels?: { length: number }; getAttribute(n: string): string | null }
declare const location: { search: string };
declare const document: { body: PageElement; documentElement: PageElement; getElementById(id: string): PageElement | null; addEventListener(t: string, l: (e: { violatedDirective: string; blockedURI: string; sourceFile: string }) => void): void };
declare const window: { cspViolations: string[] };
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
// A strict Content-Security-Policy on every response (page, scripts, workers): no 'unsafe-eval', so the engine runs its
// jitless interpreter and Vega its expression interpreter; the page must still work and give the library's numbers.
const CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const HISTORY = { from: '2019-01', to: '2020-12', scale: 0.02, reps: 2, seed: 7, series: ['encounters', 'expulsions', 'waiting-in-mexico'] };
const SENS = { metric: 'in-absentia-order', a: 'pep-2016', b: 'mpp-2019', n: 600, seed: 7, cohort: 'swb-fy2019' };
const pageErrors: string[] = [];

/** A new page that records CSP violations (in the page and in what it logs). */
async function newPage(width: number, height = 1000): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  await p.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
  });
  p.on('pageerror', (e) => pageErrors.push(String(e)));
  p.on('worker', (w) => workersSeen.push(w.url()));
  return p;
}

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
    server = await serveStatic(root, () => ({ 'content-security-policy': CSP }));
    browser = await chromium.launch({ executablePath: exe, headless: true });
    page = await newPage(1200);
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
    const p2 = await newPage(1200);
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
    // Plain words, not ids: states and facts are labelled (the ids stay in data attributes).
    const text = (await page.textContent('#text .steps'))!;
    expect(text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b|\b(PROCESS|EXPEL|REMOVE|HEARING|SCREEN)\b/);
    expect(text).toContain('after: ');
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
    const small = await newPage(360, 800);
    await small.goto(permalink);
    await ready(small, 'outcomes');
    const widths = await small.evaluate(() => ({ doc: document.documentElement.scrollWidth, chart: document.getElementById('chart')!.scrollWidth }));
    expect(widths.doc).toBeLessThanOrEqual(360);
    expect(await small.$$eval('select, input', (els) => els.filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label')).map((e) => e.id))).toEqual([]);
    await small.screenshot({ path: join(shots, 'outcomes-360.png'), fullPage: true });
    await small.locator('figure').screenshot({ path: join(shots, 'chart-360.png') });
    await small.close();
  });

  // The history and sensitivity views (same browser, same strict CSP).
  const historyUrl = () =>
    `${server.url}?view=history&from=${HISTORY.from}&to=${HISTORY.to}&scale=${HISTORY.scale}&reps=${HISTORY.reps}&series=${HISTORY.series.join(',')}&seed=${HISTORY.seed}`;
  const historyOptions = { from: HISTORY.from, to: HISTORY.to, scale: HISTORY.scale, replications: HISTORY.reps, seed: HISTORY.seed };
  let historyPermalink = '';

  /** The history table as the page shows it: series → mean per month (and the counterfactual's). */
  async function historyTable(p: Page): Promise<Record<string, { month: string; mean: number; cf?: number }[]>> {
    return p.$$eval('#text tr[data-series]', (rows) => {
      const o: Record<string, { month: string; mean: number; cf?: number }[]> = {};
      for (const r of rows as HTMLElement[]) (o[r.dataset.series!] ??= []).push({ month: r.dataset.month!, mean: Number(r.dataset.mean), ...(r.dataset.cfMean ? { cf: Number(r.dataset.cfMean) } : {}) });
      return o;
    });
  }
  const done = (p: Page) => p.waitForFunction(() => /^Done/.test(document.getElementById('status')!.textContent ?? '') && document.body.dataset.ready === 'true' && document.getElementById('panel')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 240_000 });

  it('history: monthly series with 95% bands and dated measures, the library’s numbers, run in Web Workers', async () => {
    const lib = await simulateHistory({ ...historyOptions, workers: 1 });
    const before = workersSeen.length;
    await page.goto(historyUrl());
    await done(page);
    expect(workersSeen.length).toBeGreaterThan(before);
    const t = await historyTable(page);
    expect(Object.keys(t).sort()).toEqual([...HISTORY.series].sort());
    for (const id of HISTORY.series) {
      expect(t[id]!.map((r) => r.month)).toEqual(lib.months);
      expect(t[id]!.map((r) => r.mean)).toEqual(lib.series[id as keyof typeof lib.series].mean);
    }
    expect(Math.max(...t['waiting-in-mexico']!.map((r) => r.mean))).toBeGreaterThan(0);
    const chart = (await page.textContent('#chart'))!;
    expect(chart).toContain('not a record of history');
    expect(chart).toContain(`seed ${HISTORY.seed}`);
    expect(chart).toContain(`scale ${HISTORY.scale}`);
    expect(chart).toContain('Title 42 expulsions'); // the measure key under the chart
    expect(await page.locator('#chart svg path[aria-roledescription="area mark"], #chart svg .mark-area path').count()).toBeGreaterThan(0);
    expect(await page.textContent('#text')).toContain('21 Mar 2020');
    await page.screenshot({ path: join(shots, 'history.png'), fullPage: true });
    if (readmeShots) await page.locator('figure').screenshot({ path: join(readmeShots, 'history.png') });
    historyPermalink = (await page.getAttribute('#permalink', 'href'))!;
    expect(historyPermalink).toContain('view=history');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#dl-csv')]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('month,series,label,mean,ciLow,ciHigh');
    expect(lines).toHaveLength(1 + HISTORY.series.length * lib.months.length);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#dl-json')]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toEqual(JSON.parse(JSON.stringify(lib)));
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#dl-svg')]);
    expect(readFileSync((await svg.path())!, 'utf8')).toContain('not a record of history');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#dl-png')]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  it('history: the permalink reopens the same view with the same numbers', async () => {
    const p2 = await newPage(1200);
    await p2.goto(historyPermalink);
    await done(p2);
    expect(await p2.inputValue('#h-from')).toBe(HISTORY.from);
    expect(await p2.inputValue('#h-scale')).toBe(String(HISTORY.scale));
    expect(await historyTable(p2)).toEqual(await historyTable(page));
    await p2.close();
  });

  it('history: a counterfactual without MPP replays the same arrivals (compareHistory’s numbers)', async () => {
    const lib = await compareHistory({ ...historyOptions, workers: 1 }, { without: ['mpp'] });
    await page.click('#history-form summary');
    await page.selectOption('#hm-mpp', 'off');
    await page.click('#h-run');
    await page.waitForFunction(() => location.search.includes('hwithout=mpp'));
    await done(page);
    const t = await historyTable(page);
    for (const id of HISTORY.series) {
      expect(t[id]!.map((r) => r.mean)).toEqual(lib.baseline.series[id as keyof typeof lib.baseline.series].mean);
      expect(t[id]!.map((r) => r.cf)).toEqual(lib.counterfactual.series[id as keyof typeof lib.baseline.series].mean);
    }
    expect(t['waiting-in-mexico']!.every((r) => r.cf === 0)).toBe(true);
    expect(await page.textContent('#chart')).toContain('Counterfactual');
    await page.screenshot({ path: join(shots, 'history-counterfactual.png'), fullPage: true });
  });

  it('sensitivity: the tornado of a paired difference, the library’s one-at-a-time numbers; permalink and downloads', async () => {
    const lib = await oneAtATime({ regimes: [SENS.a, SENS.b], metric: SENS.metric, cohort: SENS.cohort, n: SENS.n, seed: SENS.seed, workers: 1 });
    await page.goto(`${server.url}?view=sensitivity&metric=${SENS.metric}&sa=${SENS.a}&sb=${SENS.b}&sn=${SENS.n}&sobol=0&cohort=${SENS.cohort}&seed=${SENS.seed}`);
    await done(page);
    const rows = await page.$$eval('#text tr[data-parameter]', (rs) => (rs as HTMLElement[]).map((r) => ({ id: r.dataset.parameter, low: Number(r.dataset.low), high: Number(r.dataset.high) })));
    expect(rows.length).toBe(15);
    expect(rows).toEqual(lib.parameters.slice(0, 15).map((p) => ({ id: p.id, low: p.low, high: p.high })));
    const chart = (await page.textContent('#chart'))!;
    expect(chart).toContain('not a record of history');
    expect(chart).toContain(lib.parameters[0]!.id);
    await page.screenshot({ path: join(shots, 'sensitivity.png'), fullPage: true });
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#dl-json')]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toEqual(JSON.parse(JSON.stringify(lib)));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#dl-csv')]);
    expect(readFileSync((await csv.path())!, 'utf8').trim().split('\n')).toHaveLength(1 + lib.parameters.length);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#dl-svg')]);
    expect(readFileSync((await svg.path())!, 'utf8')).toContain('not a record of history');
    const link = (await page.getAttribute('#permalink', 'href'))!;
    const p2 = await newPage(1200);
    await p2.goto(link);
    await done(p2);
    expect(await p2.inputValue('#s-b')).toBe(SENS.b);
    expect(await p2.$$eval('#text tr[data-parameter]', (rs) => (rs as HTMLElement[]).map((r) => r.dataset.parameter))).toEqual(rows.map((r) => r.id));
    await p2.close();
  });

  it('sensitivity with Sobol indices (N = 4): the library’s total indices, in the table', async () => {
    const lib = await sensitivity({ regimes: [SENS.a, SENS.b], metric: SENS.metric, cohort: SENS.cohort, n: 200, seed: SENS.seed, baseSamples: 4, workers: 1 });
    await page.goto(`${server.url}?view=sensitivity&metric=${SENS.metric}&sa=${SENS.a}&sb=${SENS.b}&sn=200&sobol=4&cohort=${SENS.cohort}&seed=${SENS.seed}`);
    await done(page);
    const rows = await page.$$eval('#text tr[data-parameter]', (rs) => (rs as HTMLElement[]).map((r) => ({ id: r.dataset.parameter, low: Number(r.dataset.low), high: Number(r.dataset.high), total: Number(r.dataset.total) })));
    expect(rows).toEqual(lib.parameters.slice(0, 15).map((p) => ({ id: p.id, low: p.low, high: p.high, total: p.total.estimate })));
    expect(await page.textContent('#chart')).toContain('total Sobol index');
    console.log(`sensitivity in the page: ${await page.textContent('#status')}`);
  });

  it('history and sensitivity are readable at 360 px wide', async () => {
    const small = await newPage(360, 800);
    for (const [name, url] of [['history', historyPermalink], ['sensitivity', `${server.url}?view=sensitivity&metric=${SENS.metric}&sa=${SENS.a}&sb=${SENS.b}&sn=${SENS.n}&sobol=0&cohort=${SENS.cohort}&seed=${SENS.seed}`]] as const) {
      await small.goto(url);
      await done(small);
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await small.$$eval('select, input', (els) => els.filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label')).map((e) => e.id))).toEqual([]);
      await small.screenshot({ path: join(shots, `${name}-360.png`), fullPage: true });
      await small.locator('figure').screenshot({ path: join(shots, `${name}-chart-360.png`) });
    }
    await small.close();
  });

  it('under the strict CSP nothing but the engine’s own eval probe is refused, and no error reaches the page', async () => {
    // The engine (and zod) try `new Function` once to choose the jitless path; that refusal is reported, and is the
    // only one: Vega draws every chart through its expression interpreter (no eval in the chart library's files).
    await page.goto(historyPermalink);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 240_000 });
    const violations = await page.evaluate(() => window.cspViolations);
    console.log(`CSP violations reported on the history view: ${JSON.stringify(violations)}`);
    for (const v of violations) expect(v).toMatch(/^script-src(-elem)? eval /);
    expect(violations.filter((v) => /embed-|vega/.test(v))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the site e2e prerequisites (npm test builds the site; .ci/run installs Chromium)', () => {
  it('site/dist exists', () => expect(built, 'run npm run site:build first').toBe(true));
  it('Chromium is installed', () => expect(exe, 'apt-get install -y chromium').toBeTruthy());
});
