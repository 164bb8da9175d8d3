import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cohorts, parseCohort } from '../../src/cohorts/index.js';
import { ImmsimError } from '../../src/domain/errors.js';
import { makeProfile } from '../../src/domain/profile.js';
import { shardHash } from '../../src/engine/merge-shards.js';
import { mergeShards, runShard, type ShardFile } from '../../src/engine/shard.js';
import { regimes } from '../../src/policy/snapshots.js';
import { parseRegime } from '../../src/policy/validate.js';
import { editArb, FUZZ, mutate, runs } from './mutate.js';

// Mutated input files: the only thing the library may throw is an ImmsimError with short one-line messages.
function onlyImmsimError(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ImmsimError)) throw new Error(`threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
    expect(e.message).not.toMatch(/\n|\u001b/);
    for (const i of e.issues) expect(i.message.length).toBeLessThan(1000);
  }
}

const edits = fc.array(editArb, { minLength: 1, maxLength: 4 });
const params = (n: number) => ({ seed: FUZZ.seed, numRuns: runs(n) });

describe('fuzz: mutated regime, profile, cohort and shard files', () => {
  it('regime files (override form and full form)', () => {
    const forms = [{ base: 'mpp-2019', id: 'mine', params: { cfPositive: 0.4 }, inForce: { 'transit-bar': false } }, JSON.parse(JSON.stringify(regimes['kelly-2017']))];
    fc.assert(fc.property(fc.nat(1), edits, (k, e) => onlyImmsimError(() => parseRegime(mutate(forms[k], e)))), params(400));
  });

  it('profiles', () => {
    const base = { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports', fearOfReturn: true, age: 30 };
    fc.assert(fc.property(edits, (e) => onlyImmsimError(() => makeProfile(mutate(base, e) as never))), params(1000));
  });

  it('cohorts', () => {
    fc.assert(fc.property(edits, (e) => onlyImmsimError(() => parseCohort(mutate(cohorts['swb-fy2019'], e)))), params(300));
  });

  let shards: ShardFile[];
  beforeAll(async () => {
    shards = await Promise.all([0, 1].map((index) => runShard({ mode: 'compare', regimes: ['pep-2016', 'mpp-2019'], n: 60, seed: 2, index, count: 2, workers: 1 })));
  });

  it('shards (with the hash recomputed half the time): refused or merged to exactly n', () => {
    fc.assert(
      fc.property(edits, fc.boolean(), fc.nat(1), (e, rehash, which) => {
        const m = mutate(shards[which], e) as ShardFile;
        if (rehash && typeof m === 'object' && m !== null && !Array.isArray(m)) m.hash = shardHash(m);
        const list = which === 0 ? [m, shards[1]] : [shards[0], m];
        let merged: unknown;
        onlyImmsimError(() => (merged = mergeShards(list)));
        // Whatever merges must be a whole run: n people, nothing counted twice.
        if (merged) expect((merged as { n: number }).n).toBe(60);
      }),
      params(200),
    );
  });
});
