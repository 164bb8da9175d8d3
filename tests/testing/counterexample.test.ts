import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeProfile } from '../../src/domain/profile.js';
import { regimes } from '../../src/policy/snapshots.js';
import {
  assertPath, CounterexampleError, defineMeasure, defineRegime, describeProfile, describeRegime, findCounterexample,
  profile, type Path,
} from '../../src/testing/index.js';
import '../helpers/law.js';

const section7 = defineMeasure({
  id: 'section-7-accepted-2017',
  name: 'Mexico accepts Section 7 returns (hypothetical)',
  from: '2017-02-20',
  authority: 'hypothetical',
  changes: 'Mexico accepts returns of non-Mexicans from Feb 2017, so MPP runs two years early.',
  sets: { mpp: true, 'mpp-expansion': true, 'mexico-refuses-section-7': false },
});
const mine = defineRegime('kelly-2017', { measures: [section7] });
const hondurans = profile({ citizenship: 'HN' });
const noHonduranInMpp = (p: Path) => !p.tracks.includes('mpp');

describe('findCounterexample', () => {
  it('returns null when the property holds on every path tried', () => {
    expect(findCounterexample({ regime: regimes['kelly-2017'], profile: hondurans, predicate: noHonduranInMpp, numRuns: 200, seed: 1 })).toBeNull();
    // A predicate that returns nothing holds.
    expect(findCounterexample({ predicate: () => undefined, numRuns: 20, seed: 1 })).toBeNull();
  });

  it('returns the shrunk counterexample: person, regime, lawful facts, path and seed', () => {
    const c = findCounterexample({ regime: mine, profile: hondurans, predicate: noHonduranInMpp, numRuns: 500, seed: 42 })!;
    expect(c).not.toBeNull();
    expect(c.seed).toBe(42);
    expect(c.regime).toBe(mine);
    expect(c.profile.citizenship).toBe('HN');
    expect(noHonduranInMpp(c.path)).toBe(false);
    // Shrunk to the shortest way into MPP: processed, NTA, returned.
    expect(c.facts.map((f) => f.type)).toEqual(['PROCESS', 'ISSUE_NTA', 'RETURN_TO_MEXICO']);
    expect(c.path.steps.map((s) => s.state)).toEqual(['processing', 'custody', 'waiting-mexico']);
    expect(c.path.steps[2]!.authority).toContain('INA 235(b)(2)(C)');
    expect(c.numShrinks).toBeGreaterThan(0);
    expect(c.path.refused).toEqual([]);
  });

  it('prints a readable message: what failed, the seed and how to replay, the person, the regime, each step with its law', () => {
    const c = findCounterexample({ name: 'no Honduran in MPP', regime: mine, profile: hondurans, predicate: noHonduranInMpp, numRuns: 500, seed: 42 })!;
    expect(c.text).toContain('no Honduran in MPP is false for this path');
    expect(c.text).toContain('Seed 42. Replay: findCounterexample({ ...sameOptions, seed: 42, replayPath: "');
    expect(c.text).toContain('FC_SEED=42');
    expect(c.text).toContain(`Person: ${describeProfile(c.profile)}`);
    expect(c.text).toContain(`Regime: ${describeRegime(mine).split('\n')[0]}`);
    expect(c.text).toContain('mpp on (published: off)');
    expect(c.text).toMatch(/RETURN_TO_MEXICO\s+→ waiting-mexico: Returned to Mexico to await hearings \(MPP\)/);
    expect(c.text).toContain('rule canReturnToMexico: INA 235(b)(2)(C)');
    expect(c.text).toContain('Facts: [{"type":"PROCESS","days":0}');
  });

  it('is deterministic for a seed, and the printed seed and replay path replay the same case', () => {
    const o = { regime: mine, profile: hondurans, predicate: noHonduranInMpp, numRuns: 500 };
    const a = findCounterexample({ ...o, seed: 7 })!;
    const b = findCounterexample({ ...o, seed: 7 })!;
    expect(b.facts).toEqual(a.facts);
    expect(b.profile).toEqual(a.profile);
    const replayed = findCounterexample({ ...o, seed: a.seed, replayPath: a.replayPath })!;
    expect(replayed.facts).toEqual(a.facts);
    expect(replayed.profile).toEqual(a.profile);
  });

  it('reads the seed from FC_SEED when none is given', () => {
    const before = process.env.FC_SEED;
    process.env.FC_SEED = '12345';
    try {
      const c = findCounterexample({ regime: mine, profile: hondurans, predicate: noHonduranInMpp, numRuns: 500 })!;
      expect(c.seed).toBe(12345);
    } finally {
      if (before === undefined) delete process.env.FC_SEED;
      else process.env.FC_SEED = before;
    }
  });

  it('a fixed person may be a ProfileInput; a predicate that throws (e.g. expect) is a counterexample with its error', () => {
    const c = findCounterexample({
      regime: regimes['title42-2020'],
      profile: { citizenship: 'MX', demographic: 'single-adult', entry: 'between-ports' },
      predicate: (p) => expect(p.outcome).not.toBe('expelled'),
      numRuns: 300,
      seed: 3,
    })!;
    expect(c.profile).toEqual(makeProfile({ citizenship: 'MX', demographic: 'single-adult', entry: 'between-ports' }));
    expect(c.facts.map((f) => f.type)).toEqual(['PROCESS', 'EXPEL']);
    expect(c.error).toMatch(/expected 'expelled' not to be 'expelled'/);
    expect(c.text).toContain('The predicate threw:');
  });

  it("facts: 'arbitrary' tells the machine any facts; refused ones are skipped and not in the counterexample", () => {
    const c = findCounterexample({ facts: 'arbitrary', regime: regimes['title42-2020'], predicate: (p) => p.outcome !== 'expelled', numRuns: 2000, seed: 5 })!;
    expect(c.facts.map((f) => f.type)).toEqual(['PROCESS', 'EXPEL']);
    expect(c.path.steps).toHaveLength(2);
    const own = findCounterexample({
      facts: fc.constant([{ type: 'PROCESS', days: 0 }, { type: 'SCREEN', days: 1, positive: true, standard: 'credible-fear' }]),
      predicate: (p) => p.refused.length === 0,
      numRuns: 5,
      seed: 1,
    })!;
    expect(own.path.refused).toHaveLength(1);
    expect(own.text).toContain('1 fact(s) the law refused were skipped');
  });
});

describe('assertPath', () => {
  it('passes silently when the property holds', () => {
    expect(() => assertPath({ regime: regimes['pep-2016'], predicate: (p) => !p.tracks.includes('title-42'), numRuns: 100, seed: 1 })).not.toThrow();
  });

  it('throws a CounterexampleError whose message is the readable counterexample', () => {
    let error: unknown;
    try {
      assertPath({ regime: mine, profile: hondurans, predicate: noHonduranInMpp, numRuns: 500, seed: 42 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CounterexampleError);
    const e = error as CounterexampleError;
    expect(e.name).toBe('CounterexampleError');
    expect(e.message).toBe(e.counterexample.text);
    expect(e.counterexample.facts).toHaveLength(3);
  });
});
