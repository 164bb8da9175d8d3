import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../scripts/docs-content.js';

describe('generated docs are current', () => {
  for (const [file, content] of Object.entries(generatedDocs())) {
    it(`${file} matches the code (run \`npm run docs\` to regenerate)`, () => {
      expect(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')).toBe(content);
    });
  }
});
