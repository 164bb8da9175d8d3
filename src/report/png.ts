import { ImmsimError } from '../domain/errors.js';

/**
 * Options of {@link svgToPng}.
 * @example
 * const o: PngOptions = { scale: 2 };
 */
export interface PngOptions {
  /** Pixels per SVG unit. Default 2 (sharp on high-density screens and in print). */
  scale?: number;
}

type ResvgClass = new (svg: string, opts: object) => { render(): { asPng(): Uint8Array } };
type ResvgModule = { Resvg?: ResvgClass; default?: { Resvg?: ResvgClass } };

/**
 * Renders an SVG chart to PNG with resvg (Node only). `@resvg/resvg-js` is an optional peer dependency, loaded on
 * first use; without it this throws an ImmsimError saying how to install it. Text uses the system's fonts.
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('outcomes.png', await svgToPng(outcomeBarsSvg(cmp.results)));
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 8)) throw new ImmsimError([{ path: ['scale'], message: `must be a number in (0, 8], got ${scale}` }]);
  let mod: ResvgModule;
  try {
    mod = (await import('@resvg/resvg-js')) as unknown as ResvgModule;
  } catch {
    throw new ImmsimError([
      { path: ['--format'], message: "png needs the optional package @resvg/resvg-js; install it with 'npm install @resvg/resvg-js', or use --format svg" },
    ]);
  }
  const Resvg = mod.Resvg ?? mod.default?.Resvg;
  if (!Resvg) throw new ImmsimError([{ path: ['--format'], message: '@resvg/resvg-js is installed but has no Resvg export; reinstall it' }]);
  const r = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, background: '#ffffff', font: { loadSystemFonts: true } });
  return r.render().asPng();
}
