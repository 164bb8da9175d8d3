import { describe, expect, it } from 'vitest';
import { compare, simulate } from '../../src/engine/simulate.js';
import { OUTCOME_IDS, TRACK_IDS } from '../../src/domain/outcomes.js';
import { ImmsimError } from '../../src/domain/errors.js';
import { wilsonInterval } from '../../src/stats/wilson.js';
import { runBlock } from '../../src/engine/run-block.js';
import { regimes } from '../../src/policy/snapshots.js';
import { cohorts } from '../../src/cohorts/index.js';

describe('simulate', () => {
  it('people counts sum to n and shares to 1; every share carries its Wilson interval', async () => {
    const r = await simulate({ regime: 'title42-2020', cohort: 'swb-fy2020', n: 5000, seed: 11, workers: 1 });
    expect(r.n).toBe(5000);
    const counts = OUTCOME_IDS.map((o) => r.outcomes[o].count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(OUTCOME_IDS.reduce((a, o) => a + r.outcomes[o].share, 0)).toBeCloseTo(1, 12);
    for (const o of OUTCOME_IDS) expect(r.outcomes[o].ci95).toEqual(wilsonInterval(r.outcomes[o].count, 5000));
    const byDemo = Object.values(r.groups.demographic).reduce((a, g) => a + g.n, 0);
    const byGroup = Object.values(r.groups.citizenship).reduce((a, g) => a + g.n, 0);
    expect(byDemo).toBe(5000);
    expect(byGroup).toBe(5000);
    expect(r.outcomes.expelled.share).toBeGreaterThan(0.5); // Title 42 era
  });

  it('cases: at least one per person, one per encounter; each track group counts cases through it', async () => {
    const r = await simulate({ regime: 'title42-2020', n: 4000, seed: 5, workers: 1 });
    expect(r.cases.n).toBeGreaterThanOrEqual(r.n);
    expect(r.cases.n).toBe(Math.round(r.metrics.encountersPerPerson.mean * r.n));
    expect(OUTCOME_IDS.reduce((a, o) => a + r.cases.outcomes[o].count, 0)).toBe(r.cases.n);
    for (const t of TRACK_IDS) expect(r.cases.byTrack[t].n).toBeLessThanOrEqual(r.cases.n);
    expect(r.cases.byTrack['title-42'].n).toBe(r.cases.outcomes.expelled.count);
  });

  it('reports quantiles of days without float noise, within 1e-9 of the sketch', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const spec = { regimes: [regimes['biden-2021']], cohort: cohorts['swb-fy2021'], seed, horizonDays: 1095, start: 0, end: 20_000 };
      const s = runBlock(spec).summaries[0]!;
      const r = await simulate({ regime: 'biden-2021', cohort: 'swb-fy2021', n: 20_000, seed, workers: 1 });
      for (const [q, v] of [[0.5, r.metrics.daysToOutcome.median], [0.9, r.metrics.daysToOutcome.p90]] as const) {
        expect(Math.abs(v! - s.daysToOutcome.quantile(q))).toBeLessThan(1e-9);
        expect(String(v).replace(/^0\.0*|\./, '').length).toBeLessThanOrEqual(12); // at most 12 significant digits
      }
    }
  });

  it('carries model version, regime, cohort, n, seed and horizon', async () => {
    const r = await simulate({ regime: 'pep-2016', cohort: 'swb-fy2016', n: 100, seed: 3, horizonDays: 400, workers: 1 });
    expect(r).toMatchObject({ model: { version: expect.any(String) }, regime: 'pep-2016', cohort: 'swb-fy2016', n: 100, seed: 3, horizonDays: 400 });
    expect(r.outcomes.expelled.count).toBe(0); // no Title 42 in 2016
  });

  it('bad options throw ImmsimError naming the field and the allowed values', async () => {
    const bad = async (o: object) => {
      try {
        await simulate(o as never);
      } catch (e) {
        expect(e).toBeInstanceOf(ImmsimError);
        return (e as ImmsimError).message;
      }
      throw new Error('expected an error');
    };
    expect(await bad({ regime: 'nope', n: 10, seed: 1 })).toMatch(/regime: unknown regime 'nope'; allowed: pep-2016/);
    expect(await bad({ regime: 'mpp-2019', n: 0, seed: 1 })).toMatch(/^n: must be an integer from 1/);
    expect(await bad({ regime: 'mpp-2019', n: 1.5, seed: 1 })).toMatch(/^n: must be an integer/);
    expect(await bad({ regime: 'mpp-2019', n: 10, seed: -1 })).toMatch(/seed: must be an integer from 0/);
    expect(await bad({ regime: 'mpp-2019', n: 10, seed: 1, cohort: 'fy2019' })).toMatch(/cohort: unknown cohort 'fy2019'; allowed: swb-fy2016/);
    expect(await bad({ regime: 'mpp-2019', n: 10, seed: 1, horizonDays: 0 })).toMatch(/horizonDays: must be an integer from 1/);
    expect(await bad({ regime: 'mpp-2019', n: 10, seed: 1, workers: 0 })).toMatch(/workers: must be an integer from 1/);
    expect(await bad({ regime: { id: 'x' }, n: 10, seed: 1 })).toMatch(/^regime/);
  });

  it('compare needs two distinct regimes', async () => {
    await expect(compare({ regimes: ['mpp-2019'], n: 10, seed: 1 })).rejects.toThrow(/regimes: must list at least two/);
    await expect(compare({ regimes: ['mpp-2019', 'mpp-2019'], n: 10, seed: 1 })).rejects.toThrow(/distinct/);
  });
});

describe('people like this: a fixed profile', () => {
  it('everyone has the profile; the law still binds (a Mexican UAC is never expelled in 2021, a Guatemalan adult can be)', async () => {
    const uac = await simulate({ regime: 'biden-2021', profile: { citizenship: 'MX', demographic: 'uac', entry: 'between-ports', age: 15 }, n: 3000, seed: 2, workers: 1 });
    expect(uac.cohort).toBe('profile');
    expect(uac.groups.demographic.uac.n).toBe(3000);
    expect(uac.groups.citizenship.mexico.n).toBe(3000);
    expect(uac.outcomes.expelled.count).toBe(0);
    const adult = await simulate({ regime: 'biden-2021', profile: { citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' }, n: 3000, seed: 2, workers: 1 });
    expect(adult.outcomes.expelled.share).toBeGreaterThan(0.5);
  });

  it('compare with a profile pairs the same person across regimes; bad profiles name the field', async () => {
    const c = await compare({ regimes: ['kelly-2017', 'mpp-2019'], profile: { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports', fearOfReturn: true }, n: 2000, seed: 3, workers: 1 });
    expect(c.results[0]!.outcomes.expelled.count).toBe(0);
    expect(c.differences['mpp-2019']!.daysInMexico.estimate).toBeGreaterThan(0);
    await expect(simulate({ regime: 'mpp-2019', profile: { citizenship: 'HN', demographic: 'kid', entry: 'between-ports' } as never, n: 10, seed: 1 })).rejects.toThrow(
      /profile\.demographic: must be one of/,
    );
    await expect(simulate({ regime: 'mpp-2019', cohort: 'swb-fy2019', profile: { citizenship: 'HN', demographic: 'uac', entry: 'between-ports' }, n: 10, seed: 1 })).rejects.toThrow(
      /profile: give a profile or a cohort, not both/,
    );
  });
});
