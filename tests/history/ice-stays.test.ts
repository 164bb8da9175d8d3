import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohorts } from '../../src/cohorts/index.js';
import { compiledPathway } from '../../src/engine/sampler.js';
import { heldAfterOrder, iceStayIndex, iceStaysOf } from '../../src/history/ice-stay.js';
import { regimes } from '../../src/policy/snapshots.js';
import { FC } from '../helpers/law.js';

// The ICE stay of a border detainee by path, in the static engine, is what the regime's parameters say: a summary
// removal takes `airRemovalDays` for people flown home (not Mexican) and `processingDays` for Mexicans; detention
// during proceedings ends after `detentionDays`. Durations are whole days (a rounded exponential); a stay of no full
// day is not a book-out, so the mean over stays ≥ 1 day of round(Exp(m)) is 1 / (1 − e^(−1/m)).
const expectedStay = (mean: number) => 1 / (1 - Math.exp(-1 / mean));
const ERAS = [['pep-2016', 'swb-fy2016'], ['kelly-2017', 'swb-fy2017'], ['zero-tolerance-2018', 'swb-fy2018'], ['mpp-2019', 'swb-fy2019'], ['biden-2021', 'swb-fy2021']] as const;

describe('ICE stays of border detainees by path (static engine)', () => {
  it('a summary removal lasts airRemovalDays (non-Mexicans) or processingDays (Mexicans), a detention before release detentionDays, within Monte Carlo error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ERAS), fc.integer({ min: 0, max: 2 ** 31 - 1 }), ([era, cohort], seed) => {
        const r = regimes[era];
        const s = iceStaysOf(r, cohorts[cohort], 6000, seed);
        const check = (key: string, mean: number) => {
          const e = s.byPath.get(key);
          if (!e || e.n < 100) return;
          const want = expectedStay(mean);
          // Standard error of a mean of geometric-like stays ≈ want / √n; 5 of them, plus the horizon's truncation.
          expect(Math.abs(e.days / e.n - want), `${era} seed ${seed} ${key}: ${(e.days / e.n).toFixed(2)} vs ${want.toFixed(2)}`).toBeLessThan((5 * want) / Math.sqrt(e.n) + 0.2);
        };
        check('other:expedited-removal→removed-expedited', r.params.airRemovalDays.value);
        check('northern-triangle:expedited-removal→removed-expedited', r.params.airRemovalDays.value);
        check('mexico:expedited-removal→removed-expedited', r.params.processingDays.value);
        check('mexico:reinstatement→removed-expedited', r.params.processingDays.value);
        // An NTA into detention, released to wait: the detention draw (decided cases end with an order or relief instead).
        for (const g of ['mexico', 'northern-triangle', 'other']) check(`${g}:custody>detained→waiting-us`, r.params.detentionDays.value);
      }),
      { seed: FC.seed, numRuns: Math.min(FC.numRuns, 8) },
    );
  });

  it('the model’s own border detainees stay about as long as ICE’s CBP book-ins in FY2019 (26.6 days), not a week', () => {
    const s = iceStaysOf(regimes['mpp-2019'], cohorts['swb-fy2019'], 20_000, 7);
    expect(s.days / s.stays).toBeGreaterThan(26.6 * 0.85);
    expect(s.days / s.stays).toBeLessThan(26.6 * 1.15);
  });
});

describe('who is held by ICE (history definition)', () => {
  const ids = compiledPathway().stateIds;
  const ix = iceStayIndex(ids);
  const at = (id: string) => ids.indexOf(id);
  it('a removal order made in detention keeps the person held until the REMOVE fact', () => {
    expect(heldAfterOrder(false, at('detained'), at('removal-order'), 'HEARING', ix)).toBe(true);
    expect(heldAfterOrder(true, at('removal-order'), at('removal-order'), 'REMOVE', ix)).toBe(false);
    expect(heldAfterOrder(true, at('removal-order'), at('pending'), 'HORIZON', ix)).toBe(false);
    // An order after release (non-detained docket) holds no one.
    expect(heldAfterOrder(false, at('waiting-us'), at('removal-order'), 'HEARING', ix)).toBe(false);
  });
  it('the custody decision is part of a stay (ER → screen → custody → detention is one book-in)', () => {
    for (const id of ['expedited-removal', 'credible-fear', 'custody', 'detained']) expect(ix.ice[at(id)], id).toBe(1);
    for (const id of ['processing', 'waiting-us', 'family-detention']) expect(ix.ice[at(id)], id).toBe(0);
  });
});
