import type { FactEvent, HearingDecision } from '../events.js';
import { rule, type Rule } from '../rule.js';
import { inForce, transitBarApplies } from './helpers.js';

const isDecision = (e: FactEvent, d: HearingDecision): boolean => e.type === 'HEARING' && e.decision === d;

export const hearingContinued = rule({
  id: 'hearingContinued',
  statement: 'A master-calendar hearing may be continued to a later date.',
  authority: 'INA 240(b)(1); 8 CFR 1003.29',
  test: (_c, e) => isDecision(e, 'continued'),
});

/**
 * Rule 8: a fear claim exists only in expedited removal and reinstatement, where it leads to a screen. In 240 (or
 * withholding-only) proceedings protection is asked for with an application filed with the court — whether or not
 * the person ever claimed fear.
 */
export const canApplyForAsylum = rule({
  id: 'canApplyForAsylum',
  statement:
    'A respondent in 240 or withholding-only proceedings applies for asylum, withholding of removal or CAT protection ' +
    'by filing Form I-589 with the immigration court, whether or not a fear claim was made (fear claims belong to ' +
    'expedited removal and reinstatement); once per case.',
  authority: 'INA 208(a)(1), (d)(1); 8 CFR 1208.3(a), 1208.4(b)(3), 1240.11(c); 8 CFR 208.30(f), 208.31(e)',
  test: (c) => !c.asylumApplied,
});

export const reliefGranted = rule({
  id: 'reliefGranted',
  statement:
    'An immigration judge may grant asylum, withholding of removal or CAT protection only on an application filed ' +
    'with the court; asylum not when the person is barred (transit bar, or withholding-only proceedings after a ' +
    'reinstated order).',
  authority: 'INA 208, 241(b)(3); 8 CFR 1208.3(a), 1240.11(c); 8 CFR 1208.16–.18; 8 CFR 208.31(e); 84 FR 33829',
  test: (c, e) =>
    isDecision(e, 'relief') && e.type === 'HEARING' && e.relief !== undefined && c.asylumApplied &&
    !(e.relief === 'asylum' && (c.asylumBarred || transitBarApplies(c))),
});

export const removalOrdered = rule({
  id: 'removalOrdered',
  statement: 'An immigration judge may order removal after a hearing.',
  authority: 'INA 240(c)',
  test: (_c, e) => isDecision(e, 'removal-order'),
});

export const voluntaryDepartureGranted = rule({
  id: 'voluntaryDepartureGranted',
  statement: 'An immigration judge may grant voluntary departure, except in withholding-only proceedings.',
  authority: 'INA 240B; 8 CFR 1240.26; 8 CFR 1208.2(c)(3)',
  test: (c, e) => isDecision(e, 'voluntary-departure') && c.screen !== 2,
});

export const caseTerminated = rule({
  id: 'caseTerminated',
  statement: 'Proceedings may be terminated or dismissed.',
  authority: '8 CFR 1239.2; 8 CFR 1003.18(d)',
  test: (_c, e) => isDecision(e, 'terminated'),
});

export const missedHearing = rule({
  id: 'missedHearing',
  statement: 'A person who does not appear after written notice is ordered removed in absentia.',
  authority: 'INA 240(b)(5)',
  test: () => true,
});

/** The 2020 nationwide postponement of non-detained hearings (COVID-19). */
export const nonDetainedHearingsHeld = rule({
  id: 'nonDetainedHearingsHeld',
  statement: 'No hearing is held for a person in proceedings who is not detained while non-detained hearings are postponed nationwide (18 Mar – 26 Jun 2020).',
  authority: 'EOIR operational status notices (COVID-19), 18 Mar 2020 ("through June 26, 2020", update of 29 May 2020)',
  test: (c) => !inForce(c, 'nondetained-hearings-postponed'),
});

/** The hearing rules in the order the machine tries them. */
export const HEARING_RULES: readonly Rule[] = [hearingContinued, reliefGranted, removalOrdered, voluntaryDepartureGranted, caseTerminated];
