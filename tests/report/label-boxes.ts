// Renders SVG charts in headless Chromium (playwright-core + the system's Chromium) and measures every text
// element's box in viewBox units, for the label-overlap tests. One browser, one page reused for many charts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TextBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Measured {
  width: number;
  height: number;
  boxes: TextBox[];
}

export interface ChartRenderer {
  /** Measures the text boxes of an SVG and, with `png`, writes a screenshot there. */
  measure(svg: string, png?: string): Promise<Measured>;
  close(): Promise<void>;
}

// Runs in the page (kept as source text: the project's type-check has no DOM types). Draws the SVG at its viewBox
// size so that screen px = viewBox units, then maps each text's getBBox() through its screen CTM.
const MEASURE_IN_PAGE = `(() => {
  const root = document.querySelector('svg');
  const vb = root.viewBox.baseVal;
  root.setAttribute('width', String(vb.width));
  root.setAttribute('height', String(vb.height));
  const origin = root.getBoundingClientRect();
  const boxes = [...root.querySelectorAll('text')].map((t) => {
    const b = t.getBBox();
    const ctm = t.getScreenCTM();
    const p = (x, y) => new DOMPoint(x, y).matrixTransform(ctm);
    const a = p(b.x, b.y);
    const c = p(b.x + b.width, b.y + b.height);
    return { text: t.textContent || '', x: Math.min(a.x, c.x) - origin.left, y: Math.min(a.y, c.y) - origin.top, w: Math.abs(c.x - a.x), h: Math.abs(c.y - a.y) };
  });
  return { width: vb.width, height: vb.height, boxes };
})()`;

/** Starts one headless Chromium with one page. */
export async function chartRenderer(): Promise<ChartRenderer> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const page: Page = await browser.newPage({ deviceScaleFactor: 1 });
  return {
    async measure(svg, png) {
      await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
      const m = (await page.evaluate(MEASURE_IN_PAGE)) as Measured;
      if (png) {
        await page.setViewportSize({ width: Math.ceil(m.width), height: Math.ceil(m.height) });
        writeFileSync(png, await page.locator('svg').screenshot({ type: 'png' }));
      }
      return m;
    },
    close: () => browser.close(),
  };
}

/** Pairs of text boxes that overlap by more than `tolerance` px in both directions. */
export function overlaps(boxes: readonly TextBox[], tolerance = 0.5): [TextBox, TextBox][] {
  const out: [TextBox, TextBox][] = [];
  const live = boxes.filter((b) => b.w > 0 && b.h > 0);
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i]!;
      const b = live[j]!;
      const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (ox > tolerance && oy > tolerance) out.push([a, b]);
    }
  }
  return out;
}

/** Text boxes that leave the viewBox by more than `tolerance` px. */
export function outside(m: Measured, tolerance = 0.5): TextBox[] {
  return m.boxes.filter((b) => b.w > 0 && (b.x < -tolerance || b.y < -tolerance || b.x + b.w > m.width + tolerance || b.y + b.h > m.height + tolerance));
}

/** A human-readable list of problems, empty when the chart is clean. */
export function labelProblems(m: Measured): string[] {
  const fmt = (b: TextBox) => `"${b.text}" [${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.w.toFixed(1)}×${b.h.toFixed(1)}]`;
  return [
    ...overlaps(m.boxes).map(([a, b]) => `overlap: ${fmt(a)} and ${fmt(b)}`),
    ...outside(m).map((b) => `outside the ${m.width}×${m.height} viewBox: ${fmt(b)}`),
  ];
}

/** The folder screenshots go to: `<$CHART_SHOTS or the OS temp dir/immsim-chart-shots>/<name>`. */
export function shotsDir(name: string): string {
  const dir = join(process.env.CHART_SHOTS ?? join(tmpdir(), 'immsim-chart-shots'), name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
