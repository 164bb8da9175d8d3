import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compiledPathway, PathSampler } from '../../src/engine/sampler.js';
import { pathStream, personStream, expDays } from '../../src/engine/random.js';
import { pathwayMachine } from '../../src/law/pathway-machine.js';
import type { FactEvent } from '../../src/law/events.js';
import { profile, regime, anyMeasures } from '../../src/testing/arbitraries.js';
import '../helpers/law.js';

describe('the sampler proposes, the law disposes', () => {
  it('every fact the sampler draws is accepted by a real XState actor, which ends where the runner ends', () => {
    const m = compiledPathway();
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), fc.nat(), fc.integer({ min: 30, max: 4000 }), (p, r, seed, horizon) => {
        const s = new PathSampler(r, horizon, m);
        const ctx = m.createContext({ profile: p, regime: r });
        const facts: FactEvent[] = [];
        const final = s.run(ctx, pathStream(seed, 0), { caseEnded() {}, step: (_a, _b, _c, e) => void facts.push({ ...e }) });
        const actor = createActor(pathwayMachine, { input: { profile: p, regime: r } }).start();
        for (const e of facts) {
          expect(actor.getSnapshot().can(e)).toBe(true);
          actor.send(e);
        }
        expect(actor.getSnapshot().value).toBe(m.stateIds[final]);
        expect(actor.getSnapshot().context).toEqual(ctx);
        expect(ctx.day).toBeLessThanOrEqual(horizon);
        actor.stop();
      }),
      { numRuns: 400 },
    );
  });

  it('a case still open at the horizon ends as pending on the horizon day', () => {
    const m = compiledPathway();
    fc.assert(
      fc.property(profile(), regime(), fc.nat(), (p, r, seed) => {
        const ctx = m.createContext({ profile: p, regime: r });
        const final = new PathSampler(r, 30, m).run(ctx, pathStream(seed, 1), { caseEnded() {} });
        if (m.stateIds[final] === 'pending') expect(ctx.day).toBe(30);
      }),
    );
  });
});

describe('random streams', () => {
  it('a person’s stream depends only on (seed, index)', () => {
    const a = personStream(7, 123);
    const b = personStream(7, 123);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(personStream(7, 124)()).not.toBe(personStream(7, 123)());
    expect(pathStream(7, 123)()).not.toBe(personStream(7, 123)());
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('streams look uniform (mean and chi-square over 10 bins)', () => {
    const bins = new Array(10).fill(0);
    let sum = 0;
    const N = 100_000;
    for (let i = 0; i < N; i++) {
      const x = personStream(1, i)();
      sum += x;
      bins[Math.floor(x * 10)]++;
    }
    expect(sum / N).toBeCloseTo(0.5, 2);
    const chi = bins.reduce((a, c) => a + (c - N / 10) ** 2 / (N / 10), 0);
    expect(chi).toBeLessThan(27.88); // p = 0.001, 9 df
  });

  it('expDays has the requested mean', () => {
    const u = personStream(3, 0);
    let s = 0;
    for (let i = 0; i < 200_000; i++) s += expDays(40, u());
    expect(s / 200_000).toBeGreaterThan(39);
    expect(s / 200_000).toBeLessThan(41);
    expect(expDays(0, 0.9)).toBe(0);
  });
});

describe('fast paths reproduce their references exactly', () => {
  it('Stream gives pure-rand xoroshiro128+ numbers, and personStream’s', async () => {
    const { Stream } = await import('../../src/engine/random.js');
    const { xoroshiro128plusFromState } = await import('pure-rand/generator/xoroshiro128plus');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.nat(), (seed, index) => {
        const s = new Stream().reset(seed, index);
        const ref = personStream(seed, index);
        for (let i = 0; i < 20; i++) expect(s.next()).toBe(ref());
      }),
    );
    // And personStream is pure-rand's generator from the hashed state.
    const g = xoroshiro128plusFromState([1, 2, 3, 4]);
    const s = new Stream() as unknown as { s: Int32Array; next: () => number };
    s.s.set([1, 2, 3, 4]);
    for (let i = 0; i < 20; i++) expect(s.next()).toBe((g.next() >>> 0) * 2.3283064365386963e-10);
  });

  it('ExpDays equals expDays for every draw, on and off the lattice', async () => {
    const { ExpDays, Stream } = await import('../../src/engine/random.js');
    for (const mean of [0.5, 3, 7, 34.3, 90, 153.3, 460]) {
      const e = new ExpDays(mean);
      const s = new Stream().reset(1, mean * 1000);
      for (let i = 0; i < 50_000; i++) {
        const u = s.next();
        expect(e.draw(u)).toBe(expDays(mean, u));
      }
      for (const u of [0, 1e-12, 0.5, 0.999999, 2 ** -32, 1 - 2 ** -32]) expect(e.draw(u)).toBe(expDays(mean, u));
    }
  });
});
