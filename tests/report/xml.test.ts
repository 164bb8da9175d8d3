import { describe, expect, it } from 'vitest';
import { findAll, parseXml, textContent } from './xml.js';

describe('test helper: parseXml', () => {
  it('accepts well-formed documents and decodes entities', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a x="1" y=\'&quot;2&quot;\'><b>t &amp; &#60;u&#x3e;</b><c/></a>\n');
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ x: '1', y: '"2"' });
    expect(textContent(findAll(root, 'b')[0]!)).toBe('t & <u>');
  });

  it.each([
    ['<a><b></a></b>', 'does not match'],
    ['<a>', 'unclosed'],
    ['<a x=1/>', 'not quoted'],
    ['<a x="1" x="2"/>', 'duplicate'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a>x & y</a>', 'entity'],
    ['<a x="<"/>', 'raw <'],
    ['<a/><b/>', 'second root'],
    ['<a/>text', 'outside the root'],
    ['</a>', 'without a start tag'],
    ['text', 'expected the root'],
    ['<a></a></b>', 'without a start tag'],
  ])('rejects %s', (src, msg) => {
    expect(() => parseXml(src)).toThrow(msg);
  });
});
