import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileIssues } from '../../src/domain/profile.js';
import { initialContext } from '../../src/law/context.js';
import { isMeasureInForce } from '../../src/policy/in-force.js';
import { regimeAt } from '../../src/policy/regime-at.js';
import { fullRegimeIssues, measureIssues, PARAMS_SPEC, walkSpec } from '../../src/policy/schema.js';
import { REGIME_IDS, regimes } from '../../src/policy/snapshots.js';
import {
  applyPerturbations, date, historicalRegime, KIT_END, KIT_START, measure, measureWindow, PARAM_LEAVES, perturb,
  lawfulFacts, perturbationOverrides, perturbations, profile, regime, regimeDifferences, regimeWith, valueInRange, walk, walkChoices,
} from '../../src/testing/index.js';
import { numberIssue } from '../../src/policy/zod-kit.js';
import '../helpers/law.js';

describe('arbitraries', () => {
  it('profile(): valid, complete people; fixed fields are kept', () => {
    fc.assert(
      fc.property(profile(), (p) => {
        expect(profileIssues(p)).toEqual([]);
        // Children: unaccompanied, or travelling with a parent in a family unit.
        if (p.demographic === 'uac' || (p.demographic === 'family-unit' && p.familyRole === 'child')) expect(p.age).toBeLessThan(18);
        else expect(p.age).toBeGreaterThanOrEqual(18);
      }),
    );
    fc.assert(
      fc.property(profile({ citizenship: 'HN', demographic: 'uac' }), (p) => {
        expect(p.citizenship).toBe('HN');
        expect(p.demographic).toBe('uac');
        expect(p.age).toBeLessThan(18);
      }),
    );
  });

  it('profile(): every value of every field occurs (nothing is starved)', () => {
    const ps = fc.sample(profile(), { numRuns: 2000, seed: 7 });
    for (const k of ['healthVulnerable', 'criminalHistory', 'priorRemovalOrder', 'fearOfReturn', 'fearOfMexico', 'traffickingVictim', 'spanishSpeaker', 'transitedThirdCountry'] as const) {
      expect(new Set(ps.map((p) => p[k])).size, k).toBe(2);
    }
    for (const k of ['demographic', 'entry', 'border', 'sector'] as const) expect(new Set(ps.map((p) => p[k])).size, k).toBeGreaterThan(1);
  });

  it('date(): within the bounds, both ends reachable', () => {
    fc.assert(fc.property(date(), (d) => d >= KIT_START && d <= KIT_END));
    fc.assert(fc.property(date('2020-01-01', '2020-01-03'), (d) => ['2020-01-01', '2020-01-02', '2020-01-03'].includes(d)));
    expect(fc.sample(date('2020-05-05', '2020-05-05'), 3)).toEqual(['2020-05-05', '2020-05-05', '2020-05-05']);
  });

  it('PARAM_LEAVES lists every numeric parameter with its kind', () => {
    let n = 0;
    walkSpec(regimes['mpp-2019'].params, PARAMS_SPEC, (path, v) => {
      n++;
      expect(typeof (v as { value: number }).value, path.join('.')).toBe('number');
    });
    expect(PARAM_LEAVES).toHaveLength(n);
    expect(PARAM_LEAVES[0]).toEqual({ path: ['meteredShare'], kind: 'share' });
  });

  it('valueInRange(): every position of [0, 1] gives a valid value of each kind', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 2, noNaN: true }), fc.boolean(), (at, pos) => {
        for (const kind of ['share', 'positive-share', 'days', 'weight'] as const) {
          expect(numberIssue(valueInRange(kind, at, pos), kind)).toBeUndefined();
        }
        if (pos) expect(valueInRange('weight', at, pos)).toBeGreaterThan(0);
      }),
    );
    expect([valueInRange('share', 0), valueInRange('share', 1), valueInRange('days', 0), valueInRange('days', 1)]).toEqual([0, 1, 0.5, 1095]);
    expect([valueInRange('positive-share', 0), valueInRange('weight', 1), valueInRange('weight', 0, true)]).toEqual([0.001, 10, 0.01]);
  });

  it('perturbationOverrides(): nested overrides at the leaf paths', () => {
    const i = PARAM_LEAVES.findIndex((l) => l.path.join('.') === 'custody.family-unit.returnToMexico');
    expect(perturbationOverrides([{ leaf: 0, at: 0.5 }, { leaf: i, at: 0.2 }])).toEqual({
      meteredShare: 0.5,
      custody: { 'family-unit': { returnToMexico: 0.2 } }, // a rate (share): the leaf's value at 0.2 of [0, 1]
    });
    expect(perturbationOverrides([{ leaf: PARAM_LEAVES.length, at: 1 }])).toEqual({ meteredShare: 1 });
  });

  it('regime(): always a valid regime; perturbed ones differ from the published rules only in parameters', () => {
    fc.assert(
      fc.property(regime(), (r) => {
        expect(fullRegimeIssues(r)).toEqual([]);
        expect(r.date >= KIT_START && r.date <= KIT_END).toBe(true);
        expect(r.inForce).toEqual(regimeAt(r.date).inForce);
        const diff = regimeDifferences(r);
        if (!r.id.endsWith('-perturbed')) expect(diff).toEqual([]);
        for (const d of diff) expect(d).toMatch(/^params\./);
      }),
      { numRuns: 200 },
    );
    const sample = fc.sample(regime(), { numRuns: 300, seed: 3 });
    expect(sample.some((r) => r.id.endsWith('-perturbed'))).toBe(true);
    expect(sample.some((r) => (REGIME_IDS as readonly string[]).includes(r.id))).toBe(true);
    expect(sample.some((r) => r.id === `regime-${r.date}`)).toBe(true);
    fc.assert(fc.property(regime({ perturb: false, from: '2020-03-21', until: '2020-12-31' }), (r) => r.inForce['title-42'] && !r.id.endsWith('-perturbed')));
    fc.assert(fc.property(historicalRegime('2016-01-01', '2016-12-31'), (r) => r.inForce.pep));
  });

  it('applyPerturbations(): never zeroes every weight of a record, and leaves the base alone', () => {
    const base = regimes['title42-2020'];
    const weights = PARAM_LEAVES.map((l, i) => [l, i] as const).filter(([l]) => l.kind === 'weight' && l.path[1] === 'single-adult' && l.path[2] === 'mexico');
    const zeroAll = weights.map(([, i]) => ({ leaf: i, at: 0 }));
    const r = applyPerturbations(base, zeroAll);
    expect(fullRegimeIssues(r)).toEqual([]);
    expect(r.params.disposition['single-adult'].mexico).toEqual(base.params.disposition['single-adult'].mexico);
    expect(applyPerturbations(base, [])).toBe(base);
    const one = applyPerturbations(base, [{ leaf: 0, at: 0.25 }]);
    expect(one.params.meteredShare).toEqual({ value: 0.25, source: { assumption: 'perturbed by immsim/testing' } });
    expect(base.params.meteredShare.value).not.toBe(0.25);
    expect(one.params.cfDays).toBe(base.params.cfDays);
    expect(Object.isFrozen(one.params)).toBe(true);
    fc.assert(fc.property(perturb(base), (x) => fullRegimeIssues(x).length === 0 && x.inForce === base.inForce));
    fc.assert(fc.property(perturbations(), (ps) => ps.length <= 6));
  });

  it('measure(): valid custom measures; regimeWith applies one where it is in force', () => {
    fc.assert(
      fc.property(measure(), (m) => {
        expect(measureIssues(m)).toEqual([]);
        const w = measureWindow(m)!;
        expect(w[0] <= w[1]).toBe(true);
        fc.assert(
          fc.property(regimeWith(m)!, (r) => {
            expect(isMeasureInForce(m, r.date)).toBe(true);
            expect(r.measures).toContain(m.id);
            for (const [id, on] of Object.entries(m.sets ?? {})) expect(r.inForce[id as 'mpp']).toBe(on);
            expect(fullRegimeIssues(r)).toEqual([]);
          }),
          { numRuns: 5 },
        );
      }),
      { numRuns: 40 },
    );
    expect(fc.sample(measure({ id: 'my-m' }), 1)[0]!.id).toBe('my-m');
  });

  it('measureWindow(): the days in force within 2016–2021, or null', () => {
    expect(measureWindow({ from: '2015-01-01', until: null })).toEqual([KIT_START, KIT_END]);
    expect(measureWindow({ from: '2018-01-01', until: '2018-02-01' })).toEqual(['2018-01-01', '2018-02-01']);
    expect(measureWindow({ from: '2015-01-01', until: '2015-12-31' })).toBeNull();
  });

  it('walkChoices() + walk(): only lawful facts; HORIZON only when told to stop or when nothing else is lawful', () => {
    fc.assert(
      fc.property(profile(), regime(), walkChoices(), (p, r, cs) => {
        const w = walk(p, r, cs);
        w.steps.forEach((s, i) => {
          const ctx = i === 0 ? initialContext({ profile: p, regime: r }) : w.steps[i - 1]!.context;
          const others = lawfulFacts(s.from, ctx, s.event.days).filter((e) => e.type !== 'HORIZON');
          if (s.event.type === 'HORIZON') expect(cs[i]!.stop === true || others.length === 0).toBe(true);
          else expect(cs[i]!.stop).not.toBe(true);
        });
        expect(w.facts.length).toBeLessThanOrEqual(cs.length);
      }),
    );
  });
});
