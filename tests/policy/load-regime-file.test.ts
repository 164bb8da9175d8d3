import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../helpers/issues.js';
import { loadRegimeFile } from '../../src/policy/load-regime-file.js';
import { regimes } from '../../src/policy/snapshots.js';

const dir = mkdtempSync(join(tmpdir(), 'immsim-regime-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('loadRegimeFile', () => {
  it('loads the overrides form and full regimes', () => {
    expect(loadRegimeFile(file('a.json', '{ "base": "mpp-2019", "id": "no-mpp", "inForce": { "mpp": false } }')).inForce.mpp).toBe(false);
    expect(loadRegimeFile(file('b.json', JSON.stringify(regimes['pep-2016'])))).toEqual(regimes['pep-2016']);
  });
  it('reports invalid JSON at path file with the parse message', () => {
    const issues = issuesOf(() => loadRegimeFile(file('c.json', '{ "base": ')));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['file']);
    expect(issues[0]!.message).toMatch(/c\.json' is not valid JSON/); // no parse detail that could echo the file's contents (issue 9)
  });
  it('reports an unreadable file clearly', () => {
    expect(issuesOf(() => loadRegimeFile(join(dir, 'missing.json')))).toEqual([
      { path: ['file'], message: `cannot read '${join(dir, 'missing.json')}': no such file` },
    ]);
    expect(issuesOf(() => loadRegimeFile(dir))[0]!.message).toMatch(/is a directory/);
  });
  it('reports content problems at their paths', () => {
    expect(issuesOf(() => loadRegimeFile(file('d.json', '{ "base": "mpp-2019", "params": { "cfPositive": 1.4 } }')))).toEqual([
      { path: ['params', 'cfPositive'], message: 'must be a share between 0 and 1; got 1.4' },
    ]);
  });
});
