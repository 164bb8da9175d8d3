// What a stranger sees of the package (issue 9): licence, changelog, the subpaths for every TypeScript resolution
// mode, the files the README links to inside the tarball, and an API reference whose modules carry the import names.
// Fast: `npm pack --dry-run` only lists files. tests/pack.test.ts installs the real tarball.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  license: string;
  exports: Record<string, string | { require: { types: string }; import: { types: string } }>;
  typesVersions: Record<string, Record<string, string[]>>;
  files: string[];
};
/** The entry points by import name: 'immsim', 'immsim/testing', ... */
const SUBPATHS = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const SOURCES: Record<string, string> = {
  '.': 'src/index.ts',
  './testing': 'src/testing/index.ts',
  './charts': 'src/report/charts.ts',
  './node': 'src/node.ts',
};

describe('licence and changelog', () => {
  it('LICENSE is the MIT licence that package.json declares', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('CHANGELOG.md is in Keep a Changelog form, with an Unreleased section on top and the current version below', () => {
    const log = read('CHANGELOG.md');
    const versions = [...log.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    expect(versions[0]).toBe('Unreleased');
    expect(versions).toContain(JSON.parse(read('package.json')).version);
    expect(log).toMatch(/keepachangelog\.com/);
  });
});

describe('subpaths resolve for every TypeScript resolution mode', () => {
  it('the source map of entry points covers every export', () => {
    expect(SUBPATHS.sort()).toEqual(Object.keys(SOURCES).sort());
  });

  it('typesVersions maps each subpath (moduleResolution node) to the types its exports give to require', () => {
    const map = pkg.typesVersions['*']!;
    for (const sub of SUBPATHS.filter((s) => s !== '.')) {
      const entry = pkg.exports[sub] as { require: { types: string } };
      expect(map[sub.slice(2)], sub).toEqual([entry.require.types]);
    }
    expect(Object.keys(map).sort()).toEqual(SUBPATHS.filter((s) => s !== '.').map((s) => s.slice(2)).sort());
  });
});

describe('the npm package holds what the README and docs link to', () => {
  const packed = new Set(
    (JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path),
  );
  const inPackage = (path: string) => packed.has(path) || [...packed].some((p) => p.startsWith(`${path.replace(/\/$/, '')}/`));

  it('packs the README, LICENSE, CHANGELOG, docs, examples and the reference data, not scratch or generated API pages', () => {
    for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'docs/cli.md', 'docs/img/outcomes.svg', 'examples/property-test.test.ts', 'data/reference/calibration-inputs.json', 'data/reference/procedure-and-regimes.md', 'src/index.ts']) {
      expect(packed.has(f), f).toBe(true);
    }
    expect([...packed].filter((p) => /^(docs\/api|tests|demo-output|node_modules|site)\//.test(p))).toEqual([]);
  });

  it('every relative link of README.md and docs/*.md points into the package', () => {
    const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const missing: string[] = [];
    let links = 0;
    for (const page of pages) {
      for (const m of read(page).matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)|src="([^"#]+)"/g)) {
        const target = m[1] ?? m[2]!;
        if (/^[a-z]+:/i.test(target)) continue; // an absolute URL
        links++;
        const path = relative(root, normalize(join(root, dirname(page), target))).replace(/\\/g, '/');
        if (!existsSync(join(root, path))) missing.push(`${page}: ${target} (no such file)`);
        else if (!inPackage(path)) missing.push(`${page}: ${target} (not in the package)`);
      }
    }
    expect(links).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });
});

describe('the README speaks to users and to contributors', () => {
  it('installs with npm and runs with npx; a clone runs with npm ci && npm test', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/```sh\nnpm install immsim\nnpx immsim /);
    expect(readme).toMatch(/```sh\ngit clone \S+ immsim && cd immsim\nnpm ci && npm test\n/);
  });
});

describe('the API reference (typedoc)', () => {
  const config = JSON.parse(read('typedoc.json')) as { readme: string; entryPoints: string[]; out: string };

  it('has the README as its landing page and one entry point per export', () => {
    expect(config.readme).toBe('README.md');
    expect([...config.entryPoints].sort()).toEqual(Object.values(SOURCES).sort());
  });

  it('names each module by its import name (immsim, immsim/testing, immsim/charts, immsim/node)', () => {
    for (const [sub, file] of Object.entries(SOURCES)) {
      const name = sub === '.' ? 'immsim' : `immsim/${sub.slice(2)}`;
      expect(read(file), file).toMatch(new RegExp(`^/\\*\\*\\n(?: \\*.*\\n)*? \\* @module ${name.replace('/', '\\/')}\\n \\*/`));
    }
  });
});
