// Property tests of your own regime, in a few lines of a vitest (or jest) file. `npm test` runs this file.
//
//   npx vitest run examples/property-test.test.ts
//
// In your own project this file runs as it is, after `npm install -D immsim fast-check vitest` (fast-check is a peer
// dependency). In the immsim repository, 'immsim/testing' resolves to the sources (vitest.config.ts alias).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPath, checkInvariants, defineMeasure, defineRegime, profile } from 'immsim/testing';

// Fixed seed for CI; a failure prints the seed, and FC_SEED=<seed> replays it.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 2017), numRuns: 300 });

// "What if Mexico had accepted Section 7 returns in 2017?" — a hypothetical measure on the June 2017 rules.
const section7 = defineMeasure({
  id: 'section-7-accepted-2017',
  name: 'Mexico accepts Section 7 returns (hypothetical)',
  from: '2017-02-20',
  authority: 'hypothetical: EO 13767 §7 with Mexico’s consent',
  changes: 'Mexico accepts returns of non-Mexicans from Feb 2017, so MPP runs two years early.',
  sets: { mpp: true, 'mpp-expansion': true, 'mexico-refuses-section-7': false },
});
const early = defineRegime('kelly-2017', { id: 'section-7-2017', measures: [section7] });

describe('my regime: Remain in Mexico from 2017', () => {
  it('no Mexican is ever returned to Mexico (true: the property passes)', () => {
    assertPath({ regime: early, predicate: (path) => path.profile.citizenship !== 'MX' || !path.tracks.includes('mpp') });
  });

  it('every legal invariant of the catalogue still holds with the measure, on every date it is in force', () => {
    const report = checkInvariants(section7);
    expect(report.ok, report.text).toBe(true);
  });

  it('"no Honduran family waits in Mexico" is false: assertPath throws a readable, shrunk counterexample', () => {
    const noHonduranFamilyInMexico = () =>
      assertPath({
        regime: early,
        profile: profile({ citizenship: 'HN', demographic: 'family-unit' }),
        predicate: (path) => !path.tracks.includes('mpp'),
      });
    // Written as a plain `it` without this `expect`, the test fails and vitest prints (abridged):
    //
    //   CounterexampleError: the property is false for this path (found after 3 run(s), shrunk 12 time(s)).
    //   Seed 2017. Replay: findCounterexample({ ...sameOptions, seed: 2017, replayPath: "2:0:0:…" }) (or assertPath),
    //   or run the tests with FC_SEED=2017.
    //   Person: family-unit from HN (northern-triangle), port-of-entry, southwest border, sector rio-grande-valley; ...
    //   Regime: section-7-2017 — Early Trump (Kelly memos), Jun 2017 (modified) (rules of 2017-06-01)
    //     differs from the published rules of 2017-06-01: mexico-refuses-section-7 off (published: on); mpp on ...
    //   Path (3 step(s); outcome pending; tracks 240-proceedings, mpp), with the law of each step:
    //     day    0  PROCESS            → processing: In CBP custody awaiting a processing disposition
    //     day    0  ISSUE_NTA          → custody: Notice to Appear issued (INA 240 proceedings); custody decision pending
    //               rule canIssueNta: INA 239, 240; 8 USC 1232(a)(5)(D)
    //     day    0  RETURN_TO_MEXICO   → waiting-mexico: Returned to Mexico to await hearings (MPP)
    //               rule canReturnToMexico: INA 235(b)(2)(C); EO 13767 §7; ...
    expect(noHonduranFamilyInMexico).toThrow(/RETURN_TO_MEXICO +→ waiting-mexico[\s\S]*rule canReturnToMexico: INA 235\(b\)\(2\)\(C\)/);
  });
});
