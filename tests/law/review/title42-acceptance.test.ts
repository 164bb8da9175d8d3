// Issue 10, rule 1: Title 42 needs a country that takes the person. Mexico took its own nationals and Guatemalan,
// Honduran and Salvadoran adults and families in good health (SRE document of 21 Mar 2020; Reuters 4 Feb 2021);
// others only by flight to their own country — none to Cuba, Nicaragua or Venezuela (Boston Globe, 9 Jun 2022).
// Whom no country takes is processed under Title 8.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canExpelTitle42 } from '../../../src/law/guards/title-42.js';
import { initialContext } from '../../../src/law/context.js';
import { regimes } from '../../../src/policy/snapshots.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt, ev } from '../../helpers/law.js';
import { samplePaths } from '../../helpers/paths.js';
import { explainHistory } from '../../../src/history/explain-history.js';

const E = ev('EXPEL', 1);
const expel = (p: Parameters<typeof ctxAt>[0], d = '2020-06-01') => canExpelTitle42.test(ctxAt(p, d), E);

describe('Title 42: a receiving country by nationality and place', () => {
  it('Cubans, Nicaraguans and Venezuelans are not expelled: no country took them', () => {
    for (const citizenship of ['CU', 'NI', 'VE']) {
      expect(expel({ citizenship }), citizenship).toBe(false);
      expect(expel({ citizenship, demographic: 'family-unit' }, '2021-03-01'), citizenship).toBe(false);
    }
  });

  it('Mexicans and Central Americans go to Mexico; Haitians, Ecuadorians and Brazilians by flight', () => {
    for (const citizenship of ['MX', 'GT', 'HN', 'SV', 'HT', 'EC', 'BR']) expect(expel({ citizenship }), citizenship).toBe(true);
    expect(expel({ citizenship: 'MX', demographic: 'uac', age: 15 })).toBe(true);
    expect(expel({ citizenship: 'HN', demographic: 'uac', age: 15 })).toBe(true); // flown home before P.J.E.S.
  });

  it('Mexico took Central Americans only in good health: a sick Central American family is not expelled', () => {
    expect(expel({ citizenship: 'HN', demographic: 'family-unit', healthVulnerable: true })).toBe(false);
    expect(expel({ citizenship: 'HN', demographic: 'family-unit' })).toBe(true);
    // A single adult in poor health could still be flown home.
    expect(expel({ citizenship: 'HN', healthVulnerable: true })).toBe(true);
  });

  it('property: an expulsion always has a receiving country (never CU/NI/VE; a Central American family only if healthy)', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), (p, r) => {
        if (!canExpelTitle42.test(initialContext({ profile: p, regime: r }), E)) return;
        expect(r.inForce['title-42']).toBe(true);
        expect(['CU', 'NI', 'VE']).not.toContain(p.citizenship);
        if (['GT', 'HN', 'SV'].includes(p.citizenship) && p.demographic === 'family-unit') expect(p.healthVulnerable).toBe(false);
      }),
    );
  });

  it('the engine processes Cubans under Title 8 and flies a minority of Haitians (the air weight)', () => {
    const cubans = samplePaths({ citizenship: 'CU', demographic: 'single-adult', entry: 'between-ports' }, regimes['title42-2020'], 400);
    expect(cubans.filter((p) => p.steps.some((s) => s.to === 'expelled'))).toHaveLength(0);
    const haitians = samplePaths({ citizenship: 'HT', demographic: 'single-adult', entry: 'between-ports' }, regimes['title42-2020'], 2000);
    const first = haitians.filter((p) => p.steps.find((s) => s.from === 'processing')?.to === 'expelled').length / 2000;
    const air = regimes['title42-2020'].params.disposition['single-adult'].other.title42.value;
    expect(Math.abs(first - air)).toBeLessThan(0.04);
    const hondurans = samplePaths({ citizenship: 'HN', demographic: 'single-adult', entry: 'between-ports' }, regimes['title42-2020'], 400);
    expect(hondurans.filter((p) => p.steps.find((s) => s.from === 'processing')?.to === 'expelled').length).toBeGreaterThan(300);
  });

  it('history mode judges by the same law: a Cuban arriving in May 2020 is never expelled, a Honduran mostly is', () => {
    const expelled = (citizenship: string, seed: number) =>
      explainHistory({ profile: { citizenship, demographic: 'single-adult', entry: 'between-ports' }, date: '2020-05-04', seed, to: '2020-12' })
        .steps.some((s) => s.state === 'expelled');
    const seeds = Array.from({ length: 8 }, (_, i) => i + 1);
    expect(seeds.filter((seed) => expelled('CU', seed))).toEqual([]);
    expect(seeds.filter((seed) => expelled('HN', seed)).length).toBeGreaterThan(5);
  });
});
