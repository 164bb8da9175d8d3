// What the law allows, not only what it forbids. The invariants of the catalogue are safety properties ("never
// X"); a rule that forbade too much would pass them all. These examples pin the permissions and the boundaries of
// the rules, each with its authority, through the rules themselves and through the machine (pathOf).
// (Found by mutation testing: each test here kills mutants of src/law that the invariants let live.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeProfile, type ProfileInput } from '../../src/domain/profile.js';
import type { FactEvent } from '../../src/law/events.js';
import { RULES } from '../../src/law/guards/index.js';
import { transitBarApplies } from '../../src/law/guards/helpers.js';
import { outcomeOf } from '../../src/law/states.js';
import { regimeAt } from '../../src/policy/regime-at.js';
import { anyMeasures, pathOf, profile, regime } from '../../src/testing/index.js';
import { ctxAt, ev } from '../helpers/law.js';

const GT: ProfileInput = { citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' };
const run = (p: Partial<ProfileInput>, date: string, facts: FactEvent[]) => pathOf(makeProfile({ ...GT, ...p } as ProfileInput), regimeAt(date), facts);
const states = (p: ReturnType<typeof run>) => p.steps.map((s) => s.state);
const ER = [ev('PROCESS'), ev('PLACE_IN_ER', 1), ev('CLAIM_FEAR')];

describe('permissions and boundaries of the rules', () => {
  it('expedited removal: anyone but a Cuban while the Cuban exceptions and wet-foot/dry-foot parole lasted [82 FR 4902, 4769]', () => {
    const t = RULES.canPlaceInExpeditedRemoval.test;
    expect(t(ctxAt({ entry: 'port-of-entry' }, '2016-06-01'), ev('PLACE_IN_ER'))).toBe(true);
    expect(t(ctxAt({ citizenship: 'CU', entry: 'port-of-entry' }, '2016-06-01'), ev('PLACE_IN_ER'))).toBe(false);
    expect(t(ctxAt({ citizenship: 'CU', entry: 'between-ports' }, '2016-06-01'), ev('PLACE_IN_ER'))).toBe(false);
    expect(t(ctxAt({ citizenship: 'CU', entry: 'between-ports' }, '2017-01-12'), ev('PLACE_IN_ER'))).toBe(true);
  });

  it('prosecution: a single adult who crossed between ports can be prosecuted, in any era [8 USC 1325(a)]', () => {
    for (const d of ['2016-06-01', '2018-06-01', '2020-07-01']) expect(RULES.canProsecute.test(ctxAt({}, d), ev('PROSECUTE')), d).toBe(true);
    expect(states(run({}, '2018-06-01', [ev('PROCESS'), ev('PROSECUTE', 1), ev('SENTENCE_SERVED', 30), ev('PROSECUTE')]))).toEqual(['processing', 'prosecution', 'processing']);
  });

  it('a reasonable-fear screen has no consultation period; a credible-fear one has 48 hours (1 day Jul 2019 – Mar 2020)', () => {
    const rf = ctxAt({}, '2018-01-01', { screen: 2 });
    expect(RULES.screenPositive.test(rf, ev('SCREEN', 0, { positive: true, standard: 'reasonable-fear' }))).toBe(true);
    expect(RULES.screenPositive.test(ctxAt({}, '2018-01-01', { screen: 1 }), ev('SCREEN', 1, { positive: true, standard: 'credible-fear' }))).toBe(false);
    expect(RULES.screenPositive.test(ctxAt({}, '2018-01-01', { screen: 1 }), ev('SCREEN', 2, { positive: true, standard: 'credible-fear' }))).toBe(true);
    expect(RULES.screenNegative.test(ctxAt({}, '2019-08-01', { screen: 1 }), ev('SCREEN', 1, { positive: false, standard: 'credible-fear' }))).toBe(true);
    const p = run({ priorRemovalOrder: true, fearOfReturn: true }, '2018-01-01', [ev('PROCESS'), ev('REINSTATE', 1), ev('CLAIM_FEAR'), ev('SCREEN', 0, { positive: true, standard: 'reasonable-fear' })]);
    expect(states(p)).toEqual(['processing', 'reinstatement', 'reasonable-fear', 'custody']);
  });

  it('an immigration judge’s decision decides: vacated → 240 proceedings, affirmed → removal [INA 235(b)(1)(B)(iii)(III)]', () => {
    const neg = [...ER, ev('SCREEN', 2, { positive: false, standard: 'credible-fear' }), ev('REQUEST_REVIEW')];
    expect(run({ fearOfReturn: true }, '2018-01-01', [...neg, ev('IJ_DECISION', 7, { vacated: false })]).steps.at(-1)!.state).toBe('removed-expedited');
    expect(run({ fearOfReturn: true }, '2018-01-01', [...neg, ev('IJ_DECISION', 7, { vacated: true })]).steps.at(-1)!.state).toBe('custody');
    expect(run({ fearOfReturn: true }, '2018-01-01', [...neg, ev('IJ_DECISION', 8, { vacated: true })]).refused).toHaveLength(1);
  });

  it('a hearing’s decision decides, whatever else a fact carries; a missed hearing is an in-absentia order [INA 240(b)(5)]', () => {
    const released = [ev('PROCESS'), ev('ISSUE_NTA', 1), ev('PAROLE')];
    const stray = { type: 'HEARING', days: 90, decision: 'removal-order', relief: 'asylum' } as FactEvent;
    expect(run({}, '2018-01-01', [...released, stray]).steps.at(-1)!.state).toBe('removal-order');
    expect(RULES.reliefGranted.test(ctxAt({}, '2018-01-01'), stray)).toBe(false);
    expect(RULES.missedHearing.test(ctxAt({}, '2018-01-01'), ev('NO_SHOW', 30))).toBe(true);
    expect(run({}, '2018-01-01', [...released, ev('NO_SHOW', 30)]).outcome).toBe('in-absentia-order');
  });

  it('the Guatemala ACA: Honduran and Salvadoran adults and families with a credible-fear claim, not children, not after reinstatement', () => {
    const aca = (p: Partial<ProfileInput>, over = {}) => RULES.canTransferUnderAca.test(ctxAt(p, '2020-01-15', { screen: 1, ...over }), ev('ACA_TRANSFER'));
    expect(aca({ citizenship: 'HN' })).toBe(true);
    expect(aca({ citizenship: 'SV', demographic: 'family-unit' })).toBe(true);
    expect(aca({ citizenship: 'HN', demographic: 'uac', age: 15 })).toBe(false);
    expect(aca({ citizenship: 'HN' }, { screen: 2 })).toBe(false);
    expect(aca({ citizenship: 'GT' })).toBe(false);
  });

  it('a screen or a review decides by its result: each rule takes only its own result', () => {
    const c = ctxAt({}, '2018-01-01', { screen: 1 });
    const screen = (positive: boolean) => ev('SCREEN', 2, { positive, standard: 'credible-fear' });
    expect([RULES.screenPositive.test(c, screen(true)), RULES.screenPositive.test(c, screen(false))]).toEqual([true, false]);
    expect([RULES.screenNegative.test(c, screen(false)), RULES.screenNegative.test(c, screen(true))]).toEqual([true, false]);
    const ij = (vacated: boolean) => ev('IJ_DECISION', 1, { vacated });
    expect([RULES.ijVacates.test(c, ij(true)), RULES.ijVacates.test(c, ij(false))]).toEqual([true, false]);
    expect([RULES.ijAffirms.test(c, ij(false)), RULES.ijAffirms.test(c, ij(true))]).toEqual([true, false]);
  });

  it('the transit bar reaches only the southwest border [84 FR 33829]', () => {
    expect(transitBarApplies(ctxAt({ transitedThirdCountry: true }, '2020-01-15'))).toBe(true);
    expect(transitBarApplies(ctxAt({ transitedThirdCountry: true, border: 'northern' }, '2020-01-15'))).toBe(false);
    expect(transitBarApplies(ctxAt({ citizenship: 'MX', transitedThirdCountry: true }, '2020-01-15'))).toBe(false);
  });

  it('Mexico’s acceptance: NT single adults 18–60 at first; everyone after the expansion and the reimplementation', () => {
    const t = (p: Partial<ProfileInput>, d: string) => RULES.canReturnToMexico.test(ctxAt(p, d), ev('RETURN_TO_MEXICO'));
    expect([t({ age: 18 }, '2019-03-01'), t({ age: 60 }, '2019-03-01'), t({ age: 17 }, '2019-03-01'), t({ age: 61 }, '2019-03-01')]).toEqual([true, true, false, false]);
    expect(t({ citizenship: 'HN', demographic: 'family-unit' }, '2019-12-01')).toBe(true);
    expect(t({ citizenship: 'CU' }, '2021-12-10')).toBe(true);
    expect(t({ citizenship: 'CU' }, '2019-03-01')).toBe(false);
    // The reimplementation alone (without the 2019 expansion) makes Mexico accept everyone MPP may return.
    const base = regimeAt('2021-12-10');
    const reimplementedOnly = { ...base, inForce: { ...base.inForce, 'mpp-expansion': false, 'mpp-reimplementation': true } };
    expect(RULES.canReturnToMexico.test(ctxAt({ citizenship: 'CU' }, reimplementedOnly), ev('RETURN_TO_MEXICO'))).toBe(true);
  });

  it('the Tamaulipas refusal spares young Central American families only; others in RGV are still expelled [42 USC 265]', () => {
    const t = (p: Partial<ProfileInput>) => RULES.canExpelTitle42.test(ctxAt({ sector: 'rio-grande-valley', youngestChildAge: 2, ...p }, '2021-03-15'), ev('EXPEL'));
    expect(t({})).toBe(true);
    expect(t({ demographic: 'family-unit' })).toBe(false);
    expect(t({ demographic: 'family-unit', youngestChildAge: 6 })).toBe(true);
    expect(t({ demographic: 'family-unit', citizenship: 'MX' })).toBe(true);
  });

  it('rules made of parts hold exactly when every part holds', () => {
    const combined = Object.values(RULES).filter((r): r is typeof r & { parts: { test: (c: unknown, e: unknown) => boolean }[] } => 'parts' in r);
    expect(combined.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), fc.nat({ max: 40 }), fc.constantFrom('PAROLE', 'RELEASE', 'HEARING', 'NO_SHOW'), (p, r, days, type) => {
        const c = ctxAt(p, r);
        const e = ev(type, days, { atd: false, decision: 'continued' });
        for (const rule of combined) expect(rule.test(c, e), rule.id).toBe(rule.parts.every((x) => x.test(c, e)));
      }),
    );
  });

  it('outcomeOf: an outcome for outcome states, nothing for others or unknown names', () => {
    expect(outcomeOf('expelled')).toBe('expelled');
    expect(outcomeOf('waiting-us')).toBeUndefined();
    expect(outcomeOf('no-such-state')).toBeUndefined();
  });

  it('a new crossing opens a clean case: metering, screening and MPP are open again [8 USC 1325, 1326]', () => {
    const poe = { entry: 'port-of-entry' as const, fearOfReturn: true };
    const first = [ev('METER'), ev('INSPECT', 30), ev('PLACE_IN_ER', 1), ev('CLAIM_FEAR'), ev('SCREEN', 2, { positive: false, standard: 'credible-fear' }), ev('REMOVE', 3)];
    const again = run(poe, '2019-03-01', [...first, ev('RECROSS', 60), ev('METER'), ev('INSPECT', 10), ev('ISSUE_NTA', 1), ev('RETURN_TO_MEXICO')]);
    expect(again.refused).toEqual([]);
    expect(again.steps.at(-1)!.state).toBe('waiting-mexico');
    expect(again.steps.at(-1)!.context).toMatchObject({ encounters: 2, metered: true, viaExpeditedRemoval: false, fearClaimed: false, screen: 0, inUS: false, hasRemovalOrder: true });
    const back = run({ fearOfReturn: true }, '2018-01-01', [...ER, ev('SCREEN', 2, { positive: true, standard: 'credible-fear' }), ev('PAROLE'), ev('HEARING', 90, { decision: 'removal-order' }), ev('REMOVE', 10), ev('RECROSS', 400), ev('PROCESS'), ev('REINSTATE', 1)]);
    expect(back.refused).toEqual([]);
    expect(back.steps.at(-1)!.context).toMatchObject({ encounters: 2, reencounteredWithin365d: false, previousEncounterDay: 0, caseStartDay: back.steps.at(-1)!.day - 1 });
  });
});
