// Every exported function and class in src/ has a JSDoc comment with an @example (typedoc renders them).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

it('every exported function and class has a JSDoc @example', () => {
  const root = new URL('../src/', import.meta.url).pathname;
  // The CLI's command handlers are not part of the library API.
  const missing: string[] = [];
  for (const f of files(root).filter((p) => !p.includes('/cli/'))) {
    const text = readFileSync(f, 'utf8');
    const re = /^export (?:async )?(?:function|class) (\w+)/gm;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(0, m.index).trimEnd();
      const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : '';
      if (!doc.includes('@example')) missing.push(`${f.slice(root.length)}: ${m[1]}`);
    }
  }
  expect(missing).toEqual([]);
});
