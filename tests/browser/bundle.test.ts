// The built package bundles for the browser: no Node built-in anywhere in the graph of the main entry (or charts).
// `npm test` builds dist/ first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', new URL('..', import.meta.url)));
const dist = new URL('../../dist/', import.meta.url);
const has = existsSync(new URL('index.js', dist));
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Records every import of a Node built-in (static, dynamic or require) instead of letting esbuild resolve it. */
function builtinSpy(found: string[]): Plugin {
  return {
    name: 'builtin-spy',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (BUILTINS.has(args.path) || args.path.startsWith('node:')) {
          found.push(`${args.path} (imported by ${args.importer.replace(root, '')})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

async function bundle(code: string): Promise<{ builtins: string[]; errors: string[]; bytes: number }> {
  const builtins: string[] = [];
  // A package importing itself by name resolves through package.json "exports" to the built dist/ files.
  const r = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'page.ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [builtinSpy(builtins)],
  }).catch((e: { errors: { text: string }[] }) => ({ errors: e.errors, outputFiles: [] }));
  return { builtins, errors: r.errors.map((e) => e.text), bytes: r.outputFiles?.[0]?.contents.byteLength ?? 0 };
}

describe('the built package bundles for the browser (npm test builds first)', () => {
  it('dist/ exists', () => expect(has, 'run npm run build first').toBe(true));

  it.runIf(has)("import { simulate, compare, explain, regimes, cohorts, regimeAt } from 'immsim' has no Node built-in", async () => {
    const r = await bundle("import { simulate, compare, explain, regimes, cohorts, regimeAt } from 'immsim';\nconsole.log(simulate, compare, explain, regimes, cohorts, regimeAt);");
    expect(r.errors).toEqual([]);
    expect(r.builtins).toEqual([]);
    expect(r.bytes).toBeGreaterThan(10_000);
  });

  it.runIf(has)("import * from 'immsim' and 'immsim/charts' (every export) has no Node built-in", async () => {
    const r = await bundle("import * as a from 'immsim'; import * as b from 'immsim/charts';\nconsole.log(a, b);");
    expect(r.errors).toEqual([]);
    expect(r.builtins).toEqual([]);
  });

  it.runIf(has)('the spy works: immsim/node does pull in Node built-ins', async () => {
    const r = await bundle("import * as n from 'immsim/node';\nconsole.log(n);");
    expect(r.builtins.length).toBeGreaterThan(0);
  });

  it.runIf(has)('the tsx loader (development only) is not shipped in dist/', () => {
    const files = readdirSync(dist);
    expect(files.filter((f) => f.startsWith('tsx-worker'))).toEqual([]);
    for (const f of files.filter((x) => /\.(c?js)$/.test(x))) {
      expect({ f, tsx: /from ["']tsx|tsx\/esm/.test(readFileSync(new URL(f, dist), 'utf8')) }).toEqual({ f, tsx: false });
    }
  });
});
