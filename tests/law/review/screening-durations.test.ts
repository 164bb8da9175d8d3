// Issue 10, rule 9: screening durations are legal minimums, not means. The law holds the consultation period (48 h;
// one day from 8 Jul 2019 to 1 Mar 2020); the regime holds the mean time to a decision, and PACR/HARP's coverage and
// shorter mean (GAO-21-144: about 5,290 people, screened within 5–7 days of apprehension in CBP custody).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimumConsultationDays } from '../../../src/law/guards/fear.js';
import { CF_CONSULTATION, CF_CONSULTATION_1_DAY, LEGAL_LIMITS } from '../../../src/law/limits.js';
import { regimeAt } from '../../../src/policy/regime-at.js';
import { profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt } from '../../helpers/law.js';
import { samplePaths } from '../../helpers/paths.js';

const GT = { citizenship: 'GT', demographic: 'single-adult' as const, entry: 'between-ports' as const, fearOfReturn: true };

/** Days from the fear claim to the screen decision, over sampled credible-fear screens. */
function screenDays(date: string, n: number): number[] {
  const out: number[] = [];
  for (const p of samplePaths(GT, regimeAt(date), n, 1095, 3)) {
    for (const s of p.steps) if (s.event.type === 'SCREEN' && s.from === 'credible-fear') out.push(s.event.days);
  }
  return out;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('rule 9: screening durations', () => {
  it('the consultation minimums are legal limits owned by the law, with their authority', () => {
    expect(LEGAL_LIMITS.cfConsultation).toBe(CF_CONSULTATION);
    expect(CF_CONSULTATION.days).toBe(2);
    expect(CF_CONSULTATION.authority).toMatch(/8 CFR 208\.30/);
    expect(CF_CONSULTATION_1_DAY.days).toBe(1);
    expect(CF_CONSULTATION_1_DAY.authority).toMatch(/L\.M\.-M\. v\. Cuccinelli/);
    expect(minimumConsultationDays(ctxAt({}, '2019-07-07', { screen: 1 }))).toBe(CF_CONSULTATION.days);
    expect(minimumConsultationDays(ctxAt({}, '2019-12-01', { screen: 1 }))).toBe(CF_CONSULTATION_1_DAY.days);
    expect(minimumConsultationDays(ctxAt({}, '2020-03-02', { screen: 1 }))).toBe(CF_CONSULTATION.days);
  });

  it('PACR/HARP makes screening faster, not slower, than ordinary screening before it', () => {
    const before = screenDays('2019-06-01', 3000);
    const pacr = screenDays('2019-12-01', 3000);
    expect(before.length).toBeGreaterThan(500);
    expect(pacr.length).toBeGreaterThan(500);
    expect(mean(pacr)).toBeLessThan(mean(before));
    // The minimum is a floor, not the mean: ordinary screening takes well over 48 hours on average.
    expect(mean(before)).toBeGreaterThan(2 * CF_CONSULTATION.days);
    // PACR covered a few thousand people (a fifth of screens), so it shortens the mean only a little.
    expect(mean(pacr)).toBeGreaterThan(0.7 * mean(before));
  });

  it('property: no sampled screen is decided before the legal minimum, under any regime', () => {
    fc.assert(
      fc.property(profile({ fearOfReturn: true }), regime(), fc.nat(1000), (p, r, seed) => {
        for (const path of samplePaths(p, r, 4, 1095, seed)) {
          for (const s of path.steps) {
            if (s.event.type !== 'SCREEN') continue;
            const c = ctxAt({}, r, { screen: s.from === 'reasonable-fear' ? 2 : 1 });
            expect(s.event.days).toBeGreaterThanOrEqual(minimumConsultationDays(c));
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});
