import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as stats from '../../src/stats/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/stats');

describe('stats/index', () => {
  it('exports the public API by name', () => {
    expect(Object.keys(stats).sort()).toEqual(
      [
        'MeanAccumulator',
        'OutcomeCounter',
        'PairedDifferenceAccumulator',
        'QuantileSketch',
        'normalQuantile',
        'pairedShareDifference',
        'shareWithCi',
        'tQuantile',
        'wilsonInterval',
      ].sort(),
    );
  });

  it('has no Math.random and an @example on every module', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/Math\.random/);
      expect(source, file).toMatch(/@example/);
    }
  });
});
