import { CF_CONSULTATION, CF_CONSULTATION_1_DAY, ijReviewDeadlineDays } from '../limits.js';
import { REASONABLE_FEAR_SCREEN } from '../context.js';
import type { PathContext } from '../context.js';
import type { FactEvent, ScreenStandard } from '../events.js';
import { rule } from '../rule.js';
import { inForce, transitBarApplies } from './helpers.js';

/**
 * The standard the screen must apply: reasonable fear after reinstatement; higher under the transit bar.
 * @example
 * requiredScreenStandard(ctx) // 'credible-fear' | 'transit-bar' | 'reasonable-fear'
 */
export function requiredScreenStandard(c: PathContext): ScreenStandard {
  if (c.screen === REASONABLE_FEAR_SCREEN) return 'reasonable-fear';
  return transitBarApplies(c) ? 'transit-bar' : 'credible-fear';
}

/**
 * Days a person has to consult before a credible-fear interview: 48 hours, cut to 1 day 8 Jul 2019 – 1 Mar 2020.
 * @example
 * minimumConsultationDays(ctx) // 2, or 1 while the 1-day directive was in force
 */
export function minimumConsultationDays(c: PathContext): number {
  if (c.screen === REASONABLE_FEAR_SCREEN) return 0;
  return inForce(c, 'cf-consultation-1-day') ? CF_CONSULTATION_1_DAY.days : CF_CONSULTATION.days;
}

/** A fear claim. */
export const canClaimFear = rule({
  id: 'canClaimFear',
  statement: 'A person who expresses a fear of return must be referred to a fear screen instead of being removed; once per case.',
  authority: 'INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4), 208.30, 208.31',
  test: (c) => c.profile.fearOfReturn && !c.fearClaimed,
});

const screenLawful = (c: PathContext, e: FactEvent): boolean =>
  e.type === 'SCREEN' && e.standard === requiredScreenStandard(c) && e.days >= minimumConsultationDays(c);

const SCREEN_STATEMENT =
  'A fear screen is decided under the standard the law requires — credible fear (significant possibility), the higher ' +
  'reasonable-fear standard for withholding/CAT under the transit bar (11 Sep 2019 – 29 Jun 2020, non-Mexicans who ' +
  'crossed a third country), or reasonable fear after reinstatement — and a credible-fear interview not before the ' +
  'consultation period (48 hours; 1 day from 8 Jul 2019 to 1 Mar 2020).';
const SCREEN_AUTHORITY =
  'INA 235(b)(1)(B)(v); 8 CFR 208.30(d)(4), (e)(5); 8 CFR 208.31; 84 FR 33829 (transit bar); USCIS consultation ' +
  'directive of 8 Jul 2019, voided in L.M.-M. v. Cuccinelli (D.D.C. 1 Mar 2020)';

export const screenPositive = rule({
  id: 'screenPositive',
  statement: `${SCREEN_STATEMENT} A positive screen leads to 240 proceedings (withholding-only after reinstatement).`,
  authority: SCREEN_AUTHORITY,
  test: (c, e) => screenLawful(c, e) && e.type === 'SCREEN' && e.positive,
});

export const screenNegative = rule({
  id: 'screenNegative',
  statement: `${SCREEN_STATEMENT} A negative screen may be reviewed by an immigration judge.`,
  authority: SCREEN_AUTHORITY,
  test: (c, e) => screenLawful(c, e) && e.type === 'SCREEN' && !e.positive,
});

/** Guatemala ACA transfers instead of a credible-fear interview. */
export const canTransferUnderAca = rule({
  id: 'canTransferUnderAca',
  statement:
    'While the Asylum Cooperative Agreement with Guatemala was applied (21 Nov 2019 – 16 Mar 2020), a Honduran or ' +
    'Salvadoran adult or family in expedited removal who claimed fear could be sent to Guatemala instead of a ' +
    'credible-fear interview.',
  authority: 'INA 208(a)(2)(A); 84 FR 64095 (19 Nov 2019); ACA terminated 6 Feb 2021',
  test: (c) =>
    inForce(c, 'aca-guatemala') &&
    (c.profile.citizenship === 'HN' || c.profile.citizenship === 'SV') &&
    c.profile.demographic !== 'uac' &&
    c.screen !== REASONABLE_FEAR_SCREEN,
});

const reviewDeadline = (c: PathContext): number => ijReviewDeadlineDays(c.screen);
const IJ_STATEMENT =
  'An immigration judge reviews a negative fear finding within 7 days (credible fear) or 10 days (reasonable fear).';
const IJ_AUTHORITY = 'INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42, 208.31(g)';

export const ijVacates = rule({
  id: 'ijVacates',
  statement: `${IJ_STATEMENT} If the judge vacates the finding, the case goes to 240 proceedings.`,
  authority: IJ_AUTHORITY,
  test: (c, e) => e.type === 'IJ_DECISION' && e.vacated && e.days <= reviewDeadline(c),
});

export const ijAffirms = rule({
  id: 'ijAffirms',
  statement: `${IJ_STATEMENT} If the judge affirms, the person is removed; there is no appeal.`,
  authority: IJ_AUTHORITY,
  test: (c, e) => e.type === 'IJ_DECISION' && !e.vacated && e.days <= reviewDeadline(c),
});
