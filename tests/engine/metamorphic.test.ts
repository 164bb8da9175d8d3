// Metamorphic properties of the engine, with common random numbers: the same seed gives the same people and the
// same draws under every regime, so a change of regime changes only what the change itself touches.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTCOME_IDS } from '../../src/domain/outcomes.js';
import { streamRecords } from '../../src/engine/records.js';
import type { SimulationResult } from '../../src/engine/result.js';
import { mergeShards, runShard, type ShardFile } from '../../src/engine/shard.js';
import { compare, simulate } from '../../src/engine/simulate.js';
import { defineRegime } from '../../src/policy/define-regime.js';
import { regimes } from '../../src/policy/snapshots.js';
import type { Regime } from '../../src/policy/types.js';
import { date, regime } from '../../src/testing/index.js';
import { FC } from '../helpers/law.js';

const dir = mkdtempSync(join(tmpdir(), 'immsim-metamorphic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

interface PersonRecord {
  index: number;
  citizenship: string;
  demographic: string;
  outcome: string;
  tracks: string;
}

/** Per-person records (and the summary) of one run, in this thread. */
async function people(r: Regime, seed: number, n: number, cohort = 'swb-fy2019') {
  const file = join(dir, `p${files++}.ndjson`);
  const result = await streamRecords({ regime: r, cohort, n, seed, file });
  const recs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as PersonRecord);
  rmSync(file);
  return { result, recs };
}
const has = (rec: PersonRecord, track: string) => rec.tracks.split('|').includes(track);
const share = (recs: PersonRecord[], track: string) => recs.filter((x) => has(x, track)).length / recs.length;

const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const runs = (n: number) => ({ numRuns: Math.min(FC.numRuns, n), seed: FC.seed });

describe('metamorphic properties of the engine (common random numbers)', () => {
  it('raising the credible-fear pass rate never lowers anyone’s placement in 240 proceedings', async () => {
    // Under CRN a person's path is the same under both rates up to the first screen whose draw u falls in
    // [lower, higher): there the higher rate gives a positive screen and an NTA (240 proceedings), so "ever placed
    // in 240 proceedings" can only turn on, person by person. (Counts of *cases* in 240 are not monotone: a person
    // screened negative may cross again and open several cases.)
    await fc.assert(
      fc.asyncProperty(
        seed,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('pep-2016', 'kelly-2017', 'zero-tolerance-2018', 'mpp-2019', 'biden-2021'),
        async (s, a, b, base) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const low = await people(defineRegime(base, { id: 'cf-low', params: { cfPositive: lo } }), s, 400);
          const high = await people(defineRegime(base, { id: 'cf-high', params: { cfPositive: hi } }), s, 400);
          high.recs.forEach((h, i) => {
            if (has(low.recs[i]!, '240-proceedings')) expect(has(h, '240-proceedings'), `person ${i}`).toBe(true);
          });
          expect(share(high.recs, '240-proceedings')).toBeGreaterThanOrEqual(share(low.recs, '240-proceedings'));
        },
      ),
      runs(12),
    );
  });

  it('…and the effect is real: a pass rate of 1 places more people in 240 proceedings than 0 (Kelly era)', async () => {
    const none = await people(defineRegime('kelly-2017', { id: 'cf-0', params: { cfPositive: 0 } }), 11, 2000);
    const all = await people(defineRegime('kelly-2017', { id: 'cf-1', params: { cfPositive: 1 } }), 11, 2000);
    expect(share(all.recs, '240-proceedings')).toBeGreaterThan(share(none.recs, '240-proceedings') + 0.02);
  });

  it('switching MPP off: no one is returned to Mexico, and Mexicans’ and children’s paths are unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(seed, date('2019-01-28', '2021-01-20'), async (s, d) => {
        const on = await people(defineRegime(d, { id: 'mpp-on' }), s, 1000);
        const off = await people(defineRegime(d, { id: 'mpp-off', inForce: { mpp: false, 'mpp-reimplementation': false } }), s, 1000);
        expect(off.result.cases.byTrack.mpp.n).toBe(0);
        expect(off.recs.filter((x) => has(x, 'mpp'))).toEqual([]);
        expect(off.result.metrics.daysInMexico.mean).toBeLessThanOrEqual(on.result.metrics.daysInMexico.mean);
        const mexicans = (recs: PersonRecord[]) => recs.filter((x) => x.citizenship === 'MX');
        expect(mexicans(off.recs)).toEqual(mexicans(on.recs));
        // Unaccompanied children never reach a custody decision, so MPP is never among their options either.
        const children = (recs: PersonRecord[]) => recs.filter((x) => x.demographic === 'uac');
        expect(children(off.recs)).toEqual(children(on.recs));
        expect(off.result.groups.citizenship.mexico).toEqual(on.result.groups.citizenship.mexico);
      }),
      runs(8),
    );
    const on = await people(regimes['mpp-2019'], 5, 3000);
    expect(on.result.cases.byTrack.mpp.n).toBeGreaterThan(0);
  });

  it('Title 42 off means no expulsions', async () => {
    await fc.assert(
      fc.asyncProperty(seed, date('2020-03-21', '2021-12-31'), async (s, d) => {
        const off = await simulate({ regime: defineRegime(d, { id: 't42-off', inForce: { 'title-42': false } }), cohort: 'swb-fy2020', n: 1000, seed: s, workers: 1 });
        expect(off.outcomes.expelled.count).toBe(0);
        expect(off.cases.outcomes.expelled.count).toBe(0);
        expect(off.cases.byTrack['title-42'].n).toBe(0);
      }),
      runs(10),
    );
    const on = await simulate({ regime: 'title42-2020', cohort: 'swb-fy2020', n: 1000, seed: 1, workers: 1 });
    expect(on.outcomes.expelled.share).toBeGreaterThan(0.5);
  });

  it('shares sum to 1 and counts to n, overall and in every group, for any regime (perturbed ones too)', async () => {
    const sums = (r: SimulationResult) => {
      const total = (o: SimulationResult['outcomes']) => OUTCOME_IDS.reduce((a, k) => a + o[k].count, 0);
      const shares = (o: SimulationResult['outcomes']) => OUTCOME_IDS.reduce((a, k) => a + o[k].share, 0);
      expect(total(r.outcomes)).toBe(r.n);
      expect(shares(r.outcomes)).toBeCloseTo(1, 9);
      expect(total(r.cases.outcomes)).toBe(r.cases.n);
      expect(r.cases.n).toBeGreaterThanOrEqual(r.n);
      for (const g of [...Object.values(r.groups.demographic), ...Object.values(r.groups.citizenship), ...Object.values(r.cases.byDemographic), ...Object.values(r.cases.byTrack)]) {
        expect(total(g.outcomes)).toBe(g.n);
        if (g.n > 0) expect(shares(g.outcomes)).toBeCloseTo(1, 9);
        for (const k of OUTCOME_IDS) expect(g.outcomes[k].ci95[0]).toBeLessThanOrEqual(g.outcomes[k].ci95[1]);
      }
      expect(Object.values(r.groups.demographic).reduce((a, g) => a + g.n, 0)).toBe(r.n);
      expect(Object.values(r.groups.citizenship).reduce((a, g) => a + g.n, 0)).toBe(r.n);
      expect(Object.values(r.cases.byDemographic).reduce((a, g) => a + g.n, 0)).toBe(r.cases.n);
    };
    await fc.assert(
      fc.asyncProperty(
        regime(),
        seed,
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('swb-fy2016', 'swb-fy2019', 'swb-fy2021'),
        fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 3650 })),
        async (r, s, n, cohort, horizonDays) => {
          sums(await simulate({ regime: r, cohort, n, seed: s, horizonDays, workers: 1 }));
        },
      ),
      runs(25),
    );
  });

  it('compare is simulate for each regime (the same people), and a regime compared with itself differs by 0', async () => {
    await fc.assert(
      fc.asyncProperty(regime(), regime(), seed, fc.integer({ min: 1, max: 500 }), async (a0, b0, s, n) => {
        const a = { ...a0, id: 'a' };
        const b = { ...b0, id: 'b' };
        const c = await compare({ regimes: [a, b, { ...a, id: 'a-again' }], n, seed: s, workers: 1 });
        expect(c.results[0]).toEqual(await simulate({ regime: a, n, seed: s, workers: 1 }));
        expect(c.results[1]).toEqual(await simulate({ regime: b, n, seed: s, workers: 1 }));
        for (const d of Object.values(c.differences['a-again']!.outcomes)) expect(d.estimate).toBe(0);
        expect(c.differences['a-again']!.daysDetained.estimate).toBe(0);
      }),
      runs(10),
    );
  });

  it('sharding changes nothing: runShard × k + mergeShards equals one run (run and compare)', async () => {
    await fc.assert(
      fc.asyncProperty(seed, fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), async (s, n, k, paired) => {
        const rs = paired ? ['kelly-2017', 'mpp-2019'] : ['title42-2020'];
        const parts: ShardFile[] = [];
        for (let i = 0; i < k; i++) parts.push(await runShard({ mode: paired ? 'compare' : 'run', regimes: rs, n, seed: s, index: i, count: k, workers: 1 }));
        const one = paired ? await compare({ regimes: rs, n, seed: s, workers: 1 }) : await simulate({ regime: rs[0]!, n, seed: s, workers: 1 });
        // Shards pass through JSON (files), in any order.
        const merged = mergeShards(JSON.parse(JSON.stringify(parts.reverse())) as unknown[]);
        expect(JSON.stringify(merged)).toBe(JSON.stringify(one));
      }),
      runs(12),
    );
  });

  it('adding workers changes nothing: 2 worker threads give the same JSON as 1', async () => {
    const opts = { regime: 'mpp-2019', cohort: 'swb-fy2019', n: 20_000, seed: 2019 } as const;
    const one = await simulate({ ...opts, workers: 1 });
    const two = await simulate({ ...opts, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
