import { describe, expect, it } from 'vitest';
import { sankeyMermaid } from '../../src/report/sankey.js';

describe('sankeyMermaid', () => {
  const links = [
    { from: 'encounter', to: 'expelled', count: 500 },
    { from: 'encounter', to: 'credible-fear', count: 300 },
    { from: 'credible-fear', to: 'relief-granted', count: 120.5 },
  ];

  it('is a fenced sankey-beta block with one row per link', () => {
    const out = sankeyMermaid(links);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toBe('sankey-beta');
    expect(lines[lines.length - 1]).toBe('```');
    const rows = lines.slice(2, -1).filter((l) => l !== '' && !l.startsWith('%%'));
    expect(rows).toEqual(['encounter,expelled,500', 'encounter,credible-fear,300', 'credible-fear,relief-granted,120.5']);
  });

  it('quotes names with commas or quotes and drops cycles and self-loops', () => {
    const out = sankeyMermaid([
      { from: 'screening, CBP', to: 'say "no"', count: 2 },
      { from: 'say "no"', to: 'screening, CBP', count: 1 },
      { from: 'x', to: 'x', count: 9 },
    ]);
    const rows = out.split('\n').filter((l) => l.includes(','));
    expect(rows).toEqual(['%% source,target,value', '"screening, CBP","say ""no""",2']);
  });

  it('can omit the fence for .mmd files', () => {
    const out = sankeyMermaid(links, { fence: false });
    expect(out.startsWith('sankey-beta\n')).toBe(true);
    expect(out).not.toContain('```');
  });
});
