import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { MODEL_VERSION } from '../src/version.js';

it('MODEL_VERSION equals package.json version', () => {
  expect(MODEL_VERSION).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
});
