// The law reads what is in force through one helper (`inForce` in src/law/guards/helpers.ts), so a context can carry
// the rules of the day a fact happens on (history mode) without a guard changing.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inForce } from '../../src/law/guards/helpers.js';
import { initialContext } from '../../src/law/context.js';
import { regimeAt } from '../../src/policy/regime-at.js';
import { makeProfile } from '../../src/domain/profile.js';

const dir = new URL('../../src/law/guards/', import.meta.url);

describe('in-force measures are read through one helper', () => {
  it('no guard reads regime.inForce directly', () => {
    const direct = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'helpers.ts')
      .filter((f) => /\.inForce\b/.test(readFileSync(new URL(f, dir), 'utf8')));
    expect(direct).toEqual([]);
  });

  it('the helper answers from the context it is given, so swapping the regime swaps the answer', () => {
    const c = initialContext({ profile: makeProfile({ citizenship: 'HN', demographic: 'single-adult', entry: 'between-ports' }), regime: regimeAt('2020-03-20') });
    expect(inForce(c, 'title-42')).toBe(false);
    c.regime = regimeAt('2020-03-21');
    expect(inForce(c, 'title-42')).toBe(true);
  });
});
