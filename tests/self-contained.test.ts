// A clone has nothing beside it: no file of the repository may read outside it (issue 9). Every relative path
// written in code (a string literal starting with ../) is resolved from the
// folder of the file that writes it and must stay inside the repository; and nothing names the shared folder.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', '.git', 'dist', 'coverage', 'reports', '.stryker-tmp', 'demo-output', 'site-dist']);
const CODE = /\.(ts|mts|cts|js|mjs|cjs|json|sh)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return CODE.test(name) || name === 'run' ? [full] : [];
  });
}

/** Relative paths in string literals that climb out of the file's folder: `'../…'`. */
function climbing(text: string): string[] {
  return [...text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)].map((m) => m[1]!);
}

describe('the repository is self-contained', () => {
  const all = [...files(root), join(root, '.ci', 'run')];

  it('finds the code to check', () => {
    expect(all.some((f) => f.endsWith(join('src', 'index.ts')))).toBe(true);
    expect(all.length).toBeGreaterThan(100);
  });

  it('no file names the shared reference folder outside the repository', () => {
    const offenders = all.filter((f) => f !== fileURLToPath(import.meta.url) && /\.\.\/shared\b|['"`]shared\/reference/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('every relative path written in code resolves inside the repository', () => {
    const escapes: string[] = [];
    for (const f of all) {
      for (const p of climbing(readFileSync(f, 'utf8'))) {
        const target = resolve(dirname(f), p);
        if (target !== root && !target.startsWith(root + sep)) escapes.push(`${relative(root, f)}: ${p}`);
      }
    }
    expect(escapes).toEqual([]);
  });

  it('the copies in data/reference are the ones its README lists', () => {
    const readme = readFileSync(join(root, 'data/reference/README.md'), 'utf8');
    const listed = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)];
    // The four copies of the shared reference and the two files of records found for issue 11's remainder.
    expect(listed.length).toBe(6);
    for (const [, hash, name] of listed) {
      const actual = createHash('sha256').update(readFileSync(join(root, 'data/reference', name!))).digest('hex');
      expect(`${name} ${actual}`).toBe(`${name} ${hash}`);
    }
  });
});
