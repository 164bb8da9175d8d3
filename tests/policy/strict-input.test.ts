import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { makeProfile } from '../../src/domain/profile.js';
import { compare, simulate } from '../../src/engine/simulate.js';
import { explain } from '../../src/engine/explain.js';
import { defineRegime } from '../../src/policy/define-regime.js';
import { regimes } from '../../src/policy/snapshots.js';
import { parseRegime, regimeIssues } from '../../src/policy/validate.js';

const base = { citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' } as const;

/** The thrown value, which must be an ImmsimError with one line per issue. */
async function thrown(f: () => unknown): Promise<ImmsimError> {
  let err: unknown;
  try {
    await f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ImmsimError);
  return err as ImmsimError;
}

describe('strict validation: nothing unknown runs silently as a default', () => {
  it('a misspelt profile field is an error naming the key and the allowed keys', async () => {
    const e = await thrown(() => makeProfile({ ...base, fearOfRetrun: true } as never));
    expect(e.issues).toEqual([{ path: ['fearOfRetrun'], message: expect.stringMatching(/^unknown profile field; allowed: citizenship, .*fearOfReturn/) }]);
    const s = await thrown(() => simulate({ regime: 'mpp-2019', profile: { ...base, fearOfRetrun: true } as never, n: 10, seed: 1 }));
    expect(s.issues[0]!.path).toEqual(['profile', 'fearOfRetrun']);
    const x = await thrown(() => explain({ regime: 'mpp-2019', profile: { ...base, fearOfRetrun: true } as never, seed: 1 }));
    expect(x.message).toMatch(/profile\.fearOfRetrun: unknown profile field/);
  });

  it('weights that overflow when added (all 1e308) are refused, not split wrongly', () => {
    const w = { title42: 1e308, voluntaryReturn: 1e308, expeditedRemoval: 1e308, reinstatement: 1e308, nta: 1e308, prosecution: 1e308 };
    const issues = regimeIssues({ base: 'kelly-2017', id: 'huge', params: { disposition: { 'single-adult': { mexico: w } } } });
    expect(issues).toEqual([{ path: ['params', 'disposition', 'single-adult', 'mexico'], message: expect.stringMatching(/^must have a finite sum of weights/) }]);
    // Large but finite sums are fine: only ratios matter.
    const ok = Object.fromEntries(Object.keys(w).map((k) => [k, 1e300]));
    expect(regimeIssues({ base: 'kelly-2017', id: 'large', params: { disposition: { 'single-adult': { mexico: ok } } } })).toEqual([]);
  });

  it('a user regime may not take a built-in id ({"base":"pep-2016","id":"mpp-2019"})', () => {
    expect(regimeIssues({ base: 'pep-2016', id: 'mpp-2019' })[0]).toEqual({ path: ['id'], message: expect.stringMatching(/^must not be a built-in regime id/) });
    const full = JSON.parse(JSON.stringify(regimes['pep-2016']));
    expect(regimeIssues({ ...full, id: 'mpp-2019' })[0]!.path).toEqual(['id']);
    // The built-in regime itself, as JSON, is still accepted (shards carry it).
    expect(regimeIssues(JSON.parse(JSON.stringify(regimes['mpp-2019'])))).toEqual([]);
  });

  it('labels and descriptions cannot carry terminal escape codes', () => {
    const issues = regimeIssues({ base: 'mpp-2019', id: 'x', label: 'ok\u001b[2J\u001b[31mRED' });
    expect(issues[0]).toEqual({ path: ['label'], message: expect.stringMatching(/^must not contain control characters/) });
    expect(issues[0]!.message).not.toContain('\u001b');
  });
});

describe('the library throws only ImmsimError for bad input', () => {
  const cyclic: Record<string, unknown> = { base: 'mpp-2019', id: 'loop' };
  cyclic.params = { self: cyclic };
  const proxy = new Proxy({ base: 'mpp-2019' }, { ownKeys: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
  const cases: [string, () => unknown][] = [
    ['a BigInt n', () => simulate({ regime: 'mpp-2019', n: 10n as never, seed: 1 })],
    ['a BigInt seed in compare', () => compare({ regimes: ['pep-2016', 'mpp-2019'], n: 10, seed: 1n as never })],
    ['a cyclic regime', () => simulate({ regime: cyclic as never, n: 10, seed: 1 })],
    ['a cyclic regime to parseRegime', () => parseRegime(cyclic)],
    ['a Proxy regime', () => simulate({ regime: proxy as never, n: 10, seed: 1 })],
    ['a Proxy to defineRegime', () => defineRegime('mpp-2019', proxy as never)],
    ['a regime nested 100,000 deep', () => parseRegime(JSON.parse(`{"base":"mpp-2019","params":${'['.repeat(100_000)}${']'.repeat(100_000)}}`))],
    ['a function as a profile field', () => makeProfile({ ...base, age: (() => 3) as never })],
    ['a class instance as cohort', () => simulate({ regime: 'mpp-2019', cohort: new Date() as never, n: 10, seed: 1 })],
  ];
  for (const [name, f] of cases) {
    it(name, async () => {
      const e = await thrown(f);
      expect(e.message.length).toBeLessThan(400);
    });
  }
});
