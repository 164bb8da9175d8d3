import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates.js';
import { nonDetainedHearingsHeld } from '../../../src/law/guards/hearing.js';
import { compiledPathway } from '../../../src/engine/sampler.js';
import { MEASURES } from '../../../src/policy/measures.js';
import { ctxAt, ev, FC } from '../../helpers/law.js';

// The 2020 nationwide postponement of non-detained hearings (EOIR, 18 Mar – 26 Jun 2020), through the compiled machine.
const m = compiledPathway();
const measure = MEASURES.find((x) => x.id === 'nondetained-hearings-postponed')!;
const DECISIONS = ['continued', 'relief', 'removal-order', 'voluntary-departure', 'terminated'] as const;
const fact = (type: 'HEARING' | 'NO_SHOW', decision: string) =>
  type === 'NO_SHOW' ? ev('NO_SHOW', 30) : ev('HEARING', 30, decision === 'relief' ? { decision, relief: 'withholding' } : { decision });
// An application is on file, so relief is a lawful decision when hearings are held (rule 8: relief needs one).
const allowed = (state: string, date: string, e: ReturnType<typeof fact>) =>
  m.select(m.stateIndex[state]!, m.eventIndex[e.type]!, ctxAt({}, date, { asylumApplied: true }), e) >= 0;
const isoArb = fc.integer({ min: 0, max: 6 * 365 }).map((d) => addDays('2015-10-01', d));

describe('non-detained hearings postponed nationwide (18 Mar – 26 Jun 2020)', () => {
  it('is dated by the measure table, to the day', () => {
    expect([measure.from, measure.until, measure.datePrecision]).toEqual(['2020-03-18', '2020-06-26', 'day']);
    expect(nonDetainedHearingsHeld.test(ctxAt({}, '2020-03-17'), ev('HEARING', 30, { decision: 'continued' }))).toBe(true);
    expect(nonDetainedHearingsHeld.test(ctxAt({}, '2020-03-18'), ev('HEARING', 30, { decision: 'continued' }))).toBe(false);
    expect(nonDetainedHearingsHeld.test(ctxAt({}, '2020-06-26'), ev('HEARING', 30, { decision: 'continued' }))).toBe(false);
    expect(nonDetainedHearingsHeld.test(ctxAt({}, '2020-06-27'), ev('HEARING', 30, { decision: 'continued' }))).toBe(true);
  });

  it('property: a person waiting in the US has no hearing and no in-absentia order exactly while it is in force; detained hearings go on', () => {
    fc.assert(
      fc.property(isoArb, fc.constantFrom(...DECISIONS), fc.constantFrom('HEARING' as const, 'NO_SHOW' as const), (date, decision, type) => {
        const postponed = date >= measure.from && date <= measure.until!;
        expect(allowed('waiting-us', date, fact(type, decision))).toBe(!postponed);
        if (type === 'HEARING') expect(allowed('detained', date, fact(type, decision))).toBe(true);
      }),
      { seed: FC.seed, numRuns: FC.numRuns },
    );
  });
});
