/**
 * Legal time limits the law sets on facts, in days, each with its authority. The guards enforce them and the engine
 * reads them from here (the engine copies no legal constant).
 */
export interface LegalLimit {
  /** The limit in days. */
  days: number;
  statement: string;
  authority: string;
}

/** Accompanied children are not held in family detention beyond about 20 days (Flores). */
export const FLORES_FAMILY_DETENTION: LegalLimit = Object.freeze({
  days: 20,
  statement: 'Accompanied children are not held in family detention beyond about 20 days.',
  authority: 'Flores v. Lynch (C.D. Cal. 2015), as applied by ICE; CRS R45266 (record flores_family_detention_limit)',
});

/** An unaccompanied child is transferred to HHS/ORR within 72 hours (3 days). */
export const TVPRA_ORR_TRANSFER: LegalLimit = Object.freeze({
  days: 3,
  statement: 'An unaccompanied child is transferred to HHS/ORR within 72 hours (3 days) of being identified.',
  authority: '8 USC 1232(b)(3); 6 USC 279(g)(2)',
});

/** An immigration judge reviews a negative credible-fear finding within 7 days. */
export const IJ_REVIEW_CREDIBLE_FEAR: LegalLimit = Object.freeze({
  days: 7,
  statement: 'An immigration judge reviews a negative credible-fear finding within 7 days.',
  authority: 'INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42',
});

/** An immigration judge reviews a negative reasonable-fear finding within 10 days. */
export const IJ_REVIEW_REASONABLE_FEAR: LegalLimit = Object.freeze({
  days: 10,
  statement: 'An immigration judge reviews a negative reasonable-fear finding within 10 days.',
  authority: '8 CFR 208.31(g)',
});

/**
 * The IJ-review deadline for the screen a case is in (2 = reasonable fear, else credible fear).
 * @example
 * ijReviewDeadlineDays(2) // 10
 */
export function ijReviewDeadlineDays(screen: number): number {
  return screen === 2 ? IJ_REVIEW_REASONABLE_FEAR.days : IJ_REVIEW_CREDIBLE_FEAR.days;
}

/**
 * Rule 9: the law sets a floor on screening time, not its length. A credible-fear interview is held no sooner than
 * 48 hours (2 days) after arrival at the detention site, to recover and consult; the applicant may waive it.
 */
export const CF_CONSULTATION: LegalLimit = Object.freeze({
  days: 2,
  statement: 'A credible-fear interview is held no sooner than 48 hours after arrival, to consult (a minimum, waivable).',
  authority: 'INA 235(b)(1)(B)(iv); 8 CFR 208.30(d)(4); USCIS credible-fear procedures (record cfi_min_wait)',
});

/** The consultation period cut to one calendar day (8 Jul 2019, voided 1 Mar 2020), PACR/HARP included. */
export const CF_CONSULTATION_1_DAY: LegalLimit = Object.freeze({
  days: 1,
  statement: 'While the USCIS directive of 8 Jul 2019 stood, the consultation period was one calendar day (PACR/HARP included).',
  authority: 'USCIS directive of 8 Jul 2019; voided in L.M.-M. v. Cuccinelli, 442 F. Supp. 3d 1 (D.D.C. 1 Mar 2020)',
});

/** Every legal limit, by name (for docs and tests). */
export const LEGAL_LIMITS = Object.freeze({
  floresFamilyDetention: FLORES_FAMILY_DETENTION,
  tvpraOrrTransfer: TVPRA_ORR_TRANSFER,
  ijReviewCredibleFear: IJ_REVIEW_CREDIBLE_FEAR,
  ijReviewReasonableFear: IJ_REVIEW_REASONABLE_FEAR,
  cfConsultation: CF_CONSULTATION,
  cfConsultation1Day: CF_CONSULTATION_1_DAY,
});
