import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { regimes } from '../../src/policy/snapshots.js';
import { checkInvariants, defineInvariant, defineMeasure, defineRegime, invariants, profile } from '../../src/testing/index.js';
import '../helpers/law.js';

const section7 = defineMeasure({
  id: 'section-7-accepted-2017',
  name: 'Mexico accepts Section 7 returns (hypothetical)',
  from: '2017-02-20',
  authority: 'hypothetical',
  changes: 'Mexico accepts returns of non-Mexicans from Feb 2017, so MPP runs two years early.',
  sets: { mpp: true, 'mpp-expansion': true, 'mexico-refuses-section-7': false },
  params: { custody: { 'family-unit': { returnToMexico: 0.2 } } },
});

const noMpp = defineInvariant({
  id: 'no-mpp',
  statement: 'No one waits in Mexico.',
  authority: 'my policy',
  holds: (p) => !p.tracks.includes('mpp'),
});

describe('checkInvariants', () => {
  it('a custom regime: every invariant of the catalogue holds', () => {
    const r = checkInvariants(defineRegime('mpp-2019', { params: { cfPositive: 0.1 } }), { numRuns: 200, seed: 1 });
    expect(r.ok).toBe(true);
    expect(r.failures).toEqual([]);
    expect(r.checked).toEqual(invariants.map((i) => i.id));
    expect(r.subject).toBe('regime mpp-2019-modified');
    expect(r.text).toBe(`All ${invariants.length} invariants hold for regime mpp-2019-modified (200 paths).`);
  });

  it('a custom measure: applied to every snapshot and date where it is in force, every invariant holds', () => {
    const r = checkInvariants(section7, { numRuns: 200, seed: 2 });
    expect(r.ok).toBe(true);
    expect(r.subject).toBe('measure section-7-accepted-2017 (applied to the regimes of 2017-02-20 – 2021-12-31)');
  });

  it('reports each failing invariant with its shrunk counterexample (your own invariants too)', () => {
    const r = checkInvariants(section7, { invariants: [...invariants.slice(0, 3), noMpp], profile: profile({ citizenship: 'GT' }), numRuns: 500, seed: 3 });
    expect(r.ok).toBe(false);
    expect(r.failures.map((f) => f.invariant.id)).toEqual(['no-mpp']);
    const c = r.failures[0]!.counterexample;
    expect(c.path.tracks).toContain('mpp');
    expect(c.regime.measures).toContain('section-7-accepted-2017');
    expect(c.facts.map((f) => f.type)).toEqual(['PROCESS', 'ISSUE_NTA', 'RETURN_TO_MEXICO']);
    expect(c.text).toContain('no-mpp (No one waits in Mexico. [my policy]) is false for this path');
    expect(r.text).toMatch(/^1 of 4 invariants fail for measure section-7-accepted-2017/);
    expect(r.text).toContain('1. no-mpp');
  });

  it('an invariant that fails on one path and one that fails on another are both reported', () => {
    const noExpulsion = defineInvariant({ id: 'no-expulsion', statement: 'No one is expelled.', authority: 'x', holds: (p) => p.outcome !== 'expelled' });
    const r = checkInvariants(regimes['biden-2021'], { invariants: [noExpulsion, noMpp], numRuns: 300, seed: 4 });
    expect(r.failures.map((f) => f.invariant.id)).toEqual(['no-expulsion']);
    const both = checkInvariants(regimes['title42-2020'], {
      invariants: [noExpulsion, noMpp],
      profile: profile({ citizenship: 'GT', demographic: 'single-adult' }),
      numRuns: 500,
      seed: 4,
    });
    expect(both.failures.map((f) => f.invariant.id).sort()).toEqual(['no-expulsion', 'no-mpp']);
  });

  it('a measure never in force 2016–2021 checks nothing, and says so', () => {
    const old = defineMeasure({ id: 'old', name: 'Old', from: '2015-01-01', until: '2015-06-30', authority: 'x', changes: 'y', sets: { mpp: true } });
    const r = checkInvariants(old);
    expect(r.ok).toBe(true);
    expect(r.note).toBe('measure old is never in force 2016–2021');
    expect(r.text).toBe('Nothing checked: measure old is never in force 2016–2021.');
  });

  it('a measure that makes an invalid regime is an error naming the measure and the day', () => {
    const zero = defineMeasure({
      id: 'no-disposition',
      name: 'No disposition',
      from: '2019-01-01',
      until: '2019-12-31',
      authority: 'x',
      changes: 'zeroes every disposition weight of Mexican adults',
      params: { disposition: { 'single-adult': { mexico: { title42: 0, voluntaryReturn: 0, expeditedRemoval: 0, reinstatement: 0, nta: 0, prosecution: 0 } } } },
    });
    expect(() => checkInvariants(zero)).toThrow(ImmsimError);
    expect(() => checkInvariants(zero)).toThrow(/measure\.no-disposition\.params\.disposition\.single-adult\.mexico: at least one weight must be greater than 0 .* \(with the measure applied on 2019-01-01\)/);
  });
});
