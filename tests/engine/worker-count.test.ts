import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/domain/errors.js';
import { PARALLEL_FROM, workerCount } from '../../src/engine/options.js';
import { coreCount } from '../../src/engine/pool.js';
import { simulate } from '../../src/engine/simulate.js';

describe('the default worker count', () => {
  it('is one thread below PARALLEL_FROM people × regimes and all cores from it', async () => {
    const cores = await coreCount();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10 * PARALLEL_FROM }), async (work) => {
        const issues: Issue[] = [];
        expect(await workerCount(undefined, work, issues)).toBe(work < PARALLEL_FROM ? 1 : cores);
        expect(issues).toEqual([]);
      }),
      { seed: 20261122, numRuns: 200 },
    );
  });

  it('takes a given count as it is, whatever the work, and names the field when it is not a count', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1024 }), fc.nat(), async (w, work) => {
        expect(await workerCount(w, work, [])).toBe(w);
      }),
      { seed: 20261122, numRuns: 100 },
    );
    for (const bad of [0, -1, 1.5, 2000, '2', Number.NaN]) {
      const issues: Issue[] = [];
      await workerCount(bad, 1, issues);
      expect(issues).toEqual([{ path: ['workers'], message: expect.stringMatching(/integer from 1 to 1024/) }]);
    }
  });

  it('does not change results: a small run on the default equals the same run on two workers', async () => {
    const a = await simulate({ regime: 'mpp-2019', n: 30_000, seed: 3 });
    const b = await simulate({ regime: 'mpp-2019', n: 30_000, seed: 3, workers: 2 });
    expect(b).toEqual(a);
  });
});
