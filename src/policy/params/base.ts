/**
 * Parameters shared by several eras, and builders for the ones that follow one rule across eras.
 * Every value cites its calibration record (calibration-inputs.json), the reference text, or states an assumption.
 */
import type { CustodyKey, DecisionKey, DispositionKey, Param, RegimeParams, UacDispositionKey, Weights } from '../types.js';
import { assume, perHearing, rec, ref, sameSource } from './source.js';

// ── Court ────────────────────────────────────────────────────────────────────────────────────────────────────────
/** Expected hearings per case: §1 describes master calendar hearing(s), then merits. */
export const EXPECTED_HEARINGS = 3;
export const decisionPerHearing: Param = assume(
  1 / EXPECTED_HEARINGS,
  '§1: master calendar hearing(s) then a merits hearing; 3 hearings per case expected (two master calendars, one merits), so 1 in 3 held hearings decides',
);
const H = decisionPerHearing.value;

/**
 * Non-detained hearing interval from a mean NTA→decision time: interval × expected hearings = mean.
 * @example
 * hearingInterval(460, 'FY2020').value // 153.3 (460 / 3 hearings)
 */
export function hearingInterval(meanDays: number, note: string): Param {
  // court_disposition_days_fy2020
  return rec(meanDays * H, 'court_disposition_days_fy2020', `derived: ${meanDays} d × decisionPerHearing (1/${EXPECTED_HEARINGS}); ${note}`);
}
export const hearingInterval2016to2019 = hearingInterval(
  460,
  'mean NTA→decision for cases disposed in FY2020 (the only such record) used for earlier eras too',
);
export const hearingInterval2020to2021 = hearingInterval(
  755,
  "the record's note gives 755 d for Oct–Nov 2020: COVID-era backlog, used for the 2020 and 2021 eras",
);

// mpp_hearing_wait_days: 60–120 days from return to first hearing; the midpoint is the mean.
export const mppHearingIntervalDays = rec(90, 'mpp_hearing_wait_days', 'midpoint of the 60–120 day range');

// nonmpp_representation_6m / mpp_representation_ever
export const representation = rec(0.354, 'nonmpp_representation_6m', 'share represented 6 months after the NTA (2019), used for all eras');
export const mppRepresentation = rec(0.075, 'mpp_representation_ever', 'ever represented, MPP through Dec 2020');

/**
 * The per-hearing appearance chance that makes `inAbsentia` of decided cases in absentia orders: at each hearing a
 * respondent misses it with 1 − p (an in absentia order) or attends, and an attended hearing decides the case with
 * `decisionPerHearing` d; so in absentia / decided = (1 − p) / ((1 − p) + p·d), solved for p. This is the definition
 * the model counts (in absentia orders among completed cases), unlike "attended all hearings among completed or
 * pending cases" (nondetained_appearance_all_hearings), which docs/calibration.md reports beside it.
 * @example
 * perHearingFromInAbsentia(0.38, 1 / 3) // ≈ 0.83
 */
export function perHearingFromInAbsentia(inAbsentia: number, d: number): number {
  return (1 - inAbsentia) / (1 - inAbsentia + inAbsentia * d);
}
const fromInAbsentia = (a: number, record: string, note: string): Param =>
  rec(perHearingFromInAbsentia(a, H), record, `derived: ${a} of decided cases in absentia → ${perHearingFromInAbsentia(a, H).toFixed(3)} per hearing (decisionPerHearing 1/${EXPECTED_HEARINGS}); ${note}`);

// Appearance by population and docket, each from a figure of in absentia orders among completed cases.
export const appearance = fromInAbsentia(
  0.38,
  'in_absentia_icc_fy2011_2020_crs',
  'unrepresented respondents without a fear screen (single adults, children); all initial case completions FY2011–FY2020 (24% FY2012 – 46% FY2019), detained cases included, so low for the non-detained',
);
export const familyAppearance = fromInAbsentia(
  0.7,
  'famu_in_absentia_orders_2019_2020_eoir',
  'unrepresented family-unit members; family dockets Sep 2019 – Jan 2020 (share of orders, an upper bound for completions), used for every era',
);
export const screenedAppearance = fromInAbsentia(
  27 / 83,
  'cf_referred_in_absentia_eoir_fy08_19',
  'unrepresented respondents referred after a positive fear screen; 27 of 83 referred cases with an outcome (FY2008–2019); representation inside the figure makes it slightly high for the unrepresented',
);
export const representedAppearance = rec(
  perHearing(0.96, H),
  'represented_appearance_all_hearings',
  `derived: 0.96 attended all hearings (completed or pending cases), so 0.96^(1/${EXPECTED_HEARINGS}) per hearing; no in absentia share among completions by representation was found`,
);
export const mppAppearance = fromInAbsentia(
  0.62,
  'mpp_in_absentia_jun2021_trac',
  'MPP docket: 27,842 in absentia of about 44,568 completed MPP cases (the record note); "about half missed a hearing" (mpp_missed_hearing_dec2019) counts pending cases too and is reported beside it',
);

// ── Asylum applications in court (rule 8) ───────────────────────────────────────────────────────────────────────
/**
 * Chance that a respondent files an I-589 with the court. Fear claims exist only in expedited removal; people placed
 * straight into 240 proceedings (families released with an NTA, MPP returns) apply in court or not at all.
 */
export const asylumApplication: RegimeParams['asylumApplication'] = {
  afterScreen: rec(0.54, 'cf_pipeline_applied_given_referred', '45 of 83 referred after a positive screen filed an application (EOIR chart, FY2008–2019)'),
  direct: assume(
    0.54,
    'no published share of border NTA cases (no fear screen) that filed an I-589 was found; the referred share (cf_pipeline_applied_given_referred, 0.54) is used',
  ),
  mpp: assume(
    0.54,
    'no published share of MPP cases with an I-589 on file was found (TRAC counts grants, not filings); the referred share (cf_pipeline_applied_given_referred, 0.54) is used',
  ),
};

/**
 * Decision weights for fear claimants: relief = 1 − the era's IJ asylum denial rate; voluntary departure and
 * termination are assumptions; removal orders take the rest.
 * @example
 * fearDecision(rec(0.35, 'asylum_denial_rate_fy2018')).removalOrder.value // 0.55
 */
export function fearDecision(relief: Param): Weights<DecisionKey> {
  const vd = 0.05;
  const term = 0.05;
  const src = 'record' in relief.source ? relief.source.record : 'asylum_denial_rate_fy2018';
  return {
    relief,
    voluntaryDeparture: assume(vd, 'no share in the reference; voluntary departure assumed rare among asylum seekers'),
    terminated: assume(term, 'no share in the reference; termination assumed rare among asylum seekers'),
    removalOrder: rec(1 - relief.value - vd - term, src, 'derived: 1 − relief − voluntary departure − termination'),
  };
}

/** Decisions for respondents with no application (I-589) on file: no relief (rule 8). */
export const noFearDecision: Weights<DecisionKey> = {
  relief: assume(0, 'relief (asylum, withholding, CAT) needs an application on file (8 CFR 1208.3(a), 1240.11(c)); this row is for respondents without one, and the law rules it out anyway'),
  removalOrder: assume(0.7, 'no source; most people without a relief claim get a removal order'),
  voluntaryDeparture: assume(0.15, 'no source; voluntary departure is the usual alternative to an order (INA 240B)'),
  terminated: assume(0.1, 'no source; some cases are terminated or dismissed (8 CFR 1239.2)'),
};

/**
 * Decisions for people barred from asylum (transit bar; withholding-only proceedings after a reinstated order):
 * only withholding or CAT remain, and withholding needs a clear probability of persecution.
 * @example
 * barredDecision(fearDecision(rec(0.31, 'asylum_denial_rate_fy2018'))).relief.value // ≈ 0.103
 */
export function barredDecision(fear: Weights<DecisionKey>): Weights<DecisionKey> {
  const relief = assume(
    fear.relief.value / 3,
    "no published withholding-only grant rate found: withholding needs a clear probability of persecution (INA 241(b)(3); INS v. Stevic, 467 U.S. 407 (1984)), far above asylum's reasonable possibility (INS v. Cardoza-Fonseca, 480 U.S. 421 (1987)), so a third of the era's asylum relief weight",
  );
  const rest = 1 - relief.value - fear.voluntaryDeparture.value - fear.terminated.value;
  const src = 'record' in fear.removalOrder.source ? fear.removalOrder.source.record : 'asylum_denial_rate_fy2018';
  return {
    relief,
    voluntaryDeparture: fear.voluntaryDeparture,
    terminated: fear.terminated,
    removalOrder: rec(rest, src, 'derived: 1 − withholding relief − voluntary departure − termination'),
  };
}

// mpp_outcomes_nov2019_trac: 24,231 completed MPP cases by Nov 2019 — 117 relief, 15,441 removal orders, 8,099
// terminated, 574 other. Removal orders include in absentia orders (modelled apart, by mppAppearance), so the
// in-person removal weight is overstated and relief and termination slightly understated.
const MPP_DONE = 24_231;
const mppShare = (n: number, note: string) => rec(n / MPP_DONE, 'mpp_outcomes_nov2019_trac', `derived: ${n.toLocaleString('en-US')} / 24,231 completed MPP cases; ${note}`);
/**
 * Decisions on the MPP docket (tent courts, rarely represented): published MPP outcomes, not the regular docket's.
 * Relief is granted only to applicants (rule 8), so its weight is the completions' share over the application share.
 */
export const mppDecision: Weights<DecisionKey> = {
  relief: rec(
    117 / MPP_DONE / asylumApplication.mpp.value,
    'mpp_outcomes_nov2019_trac',
    `derived: 117 / 24,231 completed MPP cases granted relief, over the ${asylumApplication.mpp.value} application share (only applicants can be granted relief)`,
  ),
  removalOrder: mppShare(15_441, 'removal orders, in absentia included'),
  voluntaryDeparture: mppShare(574, 'other completions (voluntary departure among them)'),
  terminated: mppShare(8_099, 'proceedings terminated'),
};

// asylum_grant_by_representation_fy2019_trac: relief 0.33 represented vs 0.16 unrepresented (FY2019 asylum decisions).
export const representedReliefRatio = rec(0.33 / 0.16, 'asylum_grant_by_representation_fy2019_trac', 'derived: 0.33 represented / 0.16 unrepresented, FY2019 asylum decisions');

/**
 * The decision rows of an era from its fear-claimant relief: asylum seekers, others, people barred from asylum, MPP.
 * @example
 * decisions(rec(0.31, 'asylum_denial_rate_fy2018')).mpp.relief.value // ≈ 0.0048
 */
export function decisions(relief: Param): RegimeParams['decision'] {
  const fear = fearDecision(relief);
  return { fear, noFear: noFearDecision, barred: barredDecision(fear), mpp: mppDecision };
}

// ── Screening ────────────────────────────────────────────────────────────────────────────────────────────────────
// cf_positive_rate_fy2020: the transit bar's higher-standard screen applied to most non-Mexican screens in FY2020.
export const cfPositiveBarred = rec(
  0.382,
  'cf_positive_rate_fy2020',
  'FY2020 (Oct 2019–Sep 2020) overall rate, when most non-Mexican screens used the transit bar standard (11 Sep 2019 – 29 Jun 2020); Jul–Sep 2019 (cf_positive_rate_2019q4cal, 0.653) mostly predates the bar taking effect, so is not used; FY2020 also includes unbarred Mexicans, so slightly high',
);
// No reasonable-fear rate in the reference; the transit-bar screen used the same reasonable-possibility standard.
export const rfPositive = rec(
  0.382,
  'cf_positive_rate_fy2020',
  'proxy: no reasonable-fear record; transit-barred screens applied the same reasonable-possibility standard as reasonable-fear screens',
);
// Rule 9: the consultation period (cfi_min_wait; src/law/limits.ts) is a legal minimum, not a mean.
export const cfDays = assume(
  14,
  'no published mean from claim to decision in ordinary screening was found; PACR/HARP (pacr_target_days) aimed to cut it to 5–7 days from apprehension by screening in CBP custody instead of after transfer to ICE, so ordinary screening took longer: two weeks assumed (the law sets only the floor, 48 h or 1 day)',
);
// pacr_target_days / pacr_harp_gao_21_144: a target of 5–7 days from apprehension; the midpoint as the mean.
export const pacrDays = rec(6, 'pacr_target_days', 'midpoint of the 5–7 day target from apprehension (GAO-21-144); a target, not a measured mean');
export const pacrShare = rec(
  5290 / 26_976,
  'pacr_harp_gao_21_144',
  'derived: 5,290 people processed under PACR/HARP / 26,976 USCIS credible-fear receipts Oct 2019 – Mar 2020 (uscis_cf_receipts_oct2019_mar2020)',
);
/** Outside the PACR/HARP period the share is not used (the sampler reads it only while pacr-harp is in force). */
export const pacrShareCounterfactual = rec(pacrShare.value, 'pacr_harp_gao_21_144', 'as in the PACR/HARP period; used only if pacr-harp is switched on');
// cf_reviews_eoir_fy2014_trac: over 6,000 IJ reviews of 8,685 negative USCIS findings (FY2014).
export const ijReviewRequested = rec(
  6000 / 8685,
  'cf_reviews_eoir_fy2014_trac',
  'derived: over 6,000 IJ credible-fear reviews / 8,685 negative USCIS findings, FY2014 (a lower bound); no later year with both counts was found',
);
export const ijReviewDays = ref(7, '§1', 'statutory maximum (INA 235(b)(1)(B)(iii)(III)) used as the mean');
// cf_ij_review_reversal_jun2018: "about half the rate of the last 6 months of 2017" → late 2017 ≈ 2 × 0.147.
export const ijReversalLate2017 = rec(
  0.294,
  'cf_ij_review_reversal_jun2018',
  'derived: the note says June 2018 (0.147) was about half the rate of late 2017, so 2 × 0.147',
);
export const ijReversalJun2018 = rec(0.147, 'cf_ij_review_reversal_jun2018');

// ── Custody ──────────────────────────────────────────────────────────────────────────────────────────────────────
export const processingDays = rec(
  3,
  'cbp_custody_standard',
  '72 h TEDS standard used as the mean; the limit was often exceeded (2019, 2021), so the mean is not clearly below it',
);
export const familyDetentionDays = rec(20, 'flores_family_detention_limit', 'Flores limit used as the mean (an upper bound)');
export const detainedDecidedShare = assume(0.5, 'no figure in the reference; even odds that a detained case is decided before release');

// MPP return rates: the share of the people the law lets be returned to Mexico at the custody decision (MPP in force,
// NTA, site open, not Mexican, Spanish speaker, accepted by Mexico…) who are returned. No published figure has this
// denominator, so the two rates are calibrated through the model by scripts/calibration/mpp-rate.ts (history replay
// Oct 2018 – Sep 2020, seed 2021, scale 0.25, 2 replications, iterated to a fixed point); the figures they are
// fitted to are then inputs, not checks (docs/calibration.md).
export const MPP_RATE_FIT = { mpp2019: 0.476, title42: 0.682 } as const;
export const mppReturnRate2019 = rec(
  MPP_RATE_FIT.mpp2019,
  'mpp_representation_ever',
  'calibrated by scripts/calibration/mpp-rate.ts so that the history replay returns TRAC\'s 67,790 MPP cases (in the note) Jan 2019 – Sep 2020; a share of the MPP-eligible at the custody decision; the figure is then an input, not a check',
);
export const mppReturnRateTitle42 = rec(
  MPP_RATE_FIT.title42,
  'mpp_enrolments_cbp_monthly',
  'calibrated by scripts/calibration/mpp-rate.ts so that the history replay returns CBP\'s 2,864 MPP enrolments Apr–Sep 2020 (few were processed under Title 8); a share of the MPP-eligible at the custody decision; the figure is then an input, not a check',
);
/** The same rate for eras where MPP is not yet (or no longer) in force but EO 13767 authorises it: used only if switched on. */
export const returnToMexicoCounterfactual = rec(
  mppReturnRate2019.value,
  'mpp_representation_ever',
  'as in the mpp-2019 era (calibrated rate); the law blocks the return until MPP is in force, so it matters only in counterfactuals',
);

/**
 * Custody weights for a row from plain numbers, one assumption reason for the row, and the return-to-Mexico rate
 * (a share of those the law lets be returned, drawn before the weights; see the sampler's custody decision).
 * @example
 * custody('reason', { detain: 0.8, familyDetain: 0, parole: 0.1, release: 0.1 }, null).returnToMexico.value // 0
 */
export function custody(reason: string, w: Omit<Record<CustodyKey, number>, 'returnToMexico'>, rtm: Param | null): Weights<CustodyKey> {
  const row = sameSource<Exclude<CustodyKey, 'returnToMexico'>>(w, { assumption: reason });
  return { ...row, returnToMexico: rtm ?? assume(0, 'MPP not authorised in this era (no EO 13767)') };
}

// Family detention from capacity: 3,655 beds (frc_capacity_2019) × 365 / 20-day Flores stays = 66,704 stays a year.
const FRC_STAYS_PER_YEAR = (3655 * 365) / 20;
// frc_book_ins_fy2019_ice: ICE's own count of family-centre book-ins replaces the capacity bound (66,704 stays).
export const familyDetainFy2019 = rec(
  37_906 / 473_682,
  'frc_book_ins_fy2019_ice',
  'derived: 37,906 initial book-ins to family residential centres (ICE FY2019 ERO report) / 473,682 FY2019 family-unit apprehensions (swb_usbp_fmua_fy2019)',
);
export const familyDetainFy2021 = rec(
  (FRC_STAYS_PER_YEAR / 451_087) * 0.75,
  'frc_capacity_2019',
  'derived: capacity stays per year (3,655 × 365 / 20) / 451,087 FY2021 family units (swb_usbp_total_fy2021 note) × 0.75 (detention held ≤ 75% of capacity on CDC guidance, §3, not independently confirmed)',
);
/**
 * Single-adult detention weight under COVID: the 2017–2019 weight scaled by early-2021 ICE population / FY2019 ADP.
 * @example
 * covidDetain(0.8).value // ≈ 0.239
 */
export function covidDetain(preCovid: number): Param {
  return rec(
    preCovid * (15_000 / 50_165),
    'ice_adp_fy2019',
    `derived: pre-COVID weight ${preCovid} × 15,000 (midpoint of the 14,000–16,000 early-2021 population, §3) / 50,165 FY2019 ADP`,
  );
}

// ── UACs ─────────────────────────────────────────────────────────────────────────────────────────────────────────
// mexican_uac_repatriation_share: the note's ~85% (all Mexican UACs, 2015–2018) is era-matched; 93% is under-14s FY2009–14.
export const mexicanUacRepatriate = rec(
  0.85,
  'mexican_uac_repatriation_share',
  "uses the note's ~85% of Mexican UACs repatriated (Young Center, 2015–2018, all ages): era-matched, unlike 0.93 (under-14s, FY2009–14)",
);
/**
 * UAC dispositions under Title 8: Mexican UACs mostly repatriated, others to ORR.
 * @example
 * uacTitle8().mexico.repatriate.value // 0.85
 */
export const uacTitle8 = (): Record<'mexico' | 'northern-triangle' | 'other', Weights<UacDispositionKey>> => ({
  mexico: {
    title42: assume(0, 'Title 42 not in force in this era'),
    repatriate: mexicanUacRepatriate,
    orr: rec(1 - mexicanUacRepatriate.value, 'mexican_uac_repatriation_share', 'derived: 1 − 0.85 repatriated'),
  },
  'northern-triangle': sameSource({ title42: 0, repatriate: 0, orr: 1 }, { reference: `data/reference/procedure-and-regimes.md §2`, note: 'non-contiguous UACs go to ORR within 72 h (TVPRA)' }),
  other: sameSource({ title42: 0, repatriate: 0, orr: 1 }, { reference: `data/reference/procedure-and-regimes.md §2`, note: 'non-contiguous UACs go to ORR within 72 h (TVPRA); Canadian UACs at the southwest border ignored' }),
});

// ── Prosecution of single adults (8 USC 1325/1326), every era ───────────────────────────────────────────────────
/** Share of single adults prosecuted, by era, from DOJ counts over USBP single-adult apprehensions. */
export const PROSECUTED_SHARE = {
  // usbp_accepted_prosecutions_fy2016 … fy2019: one series for FY2016–2019 (all charges accepted by DOJ, 1325 and 1326 alike).
  fy2016: rec(74_255 / 271_504, 'usbp_accepted_prosecutions_fy2016', 'derived: 74,255 accepted prosecutions (USBP SW sectors, FY2016) / 271,504 single adults; DOJ 1325 alone: 38,520 (prosecutions_1325_fy2016_trac)'),
  fy2017: rec(59_805 / 186_859, 'usbp_accepted_prosecutions_fy2017', 'derived: 59,805 accepted prosecutions (FY2017) / 186,859 single adults'),
  fy2018: rec(109_317 / 239_331, 'usbp_accepted_prosecutions_fy2018', 'derived: 109,317 accepted prosecutions (FY2018, parents included) / 239,331 single adults; DOJ 1325 alone about 62,000 (prosecutions_1325_fy2018_gao)'),
  fy2019: rec(121_006 / 301_806, 'usbp_accepted_prosecutions_fy2019', 'derived: 121,006 accepted prosecutions (FY2019) / 301,806 single adults; TRAC estimated 0.38 for Feb 2019 (prosecution_share_single_adults_feb2019_trac)'),
  fy2021: rec(267 / 1_063_285, 'prosecutions_1325_fy2021_trac', 'derived: 267 unlawful-entry prosecutions (FY2021, Title 42) / 1,063,285 single adults'),
} as const;

/**
 * Disposition rows with a prosecution weight that makes `share` of all dispositions a prosecution (the others keep
 * their proportions): weight = share / (1 − share) × the sum of the others.
 * @example
 * withProsecution(era.disposition['single-adult'], PROSECUTED_SHARE.fy2018).mexico.prosecution.value
 */
export function withProsecution(
  rows: Record<'mexico' | 'northern-triangle' | 'other', Weights<DispositionKey>>,
  share: Param,
): Record<'mexico' | 'northern-triangle' | 'other', Weights<DispositionKey>> {
  const one = (w: Weights<DispositionKey>): Weights<DispositionKey> => {
    const others = (Object.keys(w) as DispositionKey[]).filter((k) => k !== 'prosecution').reduce((t, k) => t + w[k].value, 0);
    const src = 'record' in share.source ? share.source.record : 'prosecutions_1325_fy2018_gao';
    return { ...w, prosecution: rec((share.value / (1 - share.value)) * others, src, `derived: ${share.value.toFixed(4)} of single-adult dispositions prosecuted (the law allows it only between ports)`) };
  };
  return { mexico: one(rows.mexico), 'northern-triangle': one(rows['northern-triangle']), other: one(rows.other) };
}

// ── Other shared values ──────────────────────────────────────────────────────────────────────────────────────────
export const meteredShare = assume(1, 'no share in the reference; metering (§2) capped asylum requests at SW ports, so every undocumented port arrival is assumed to queue while it is in force');
export const meteringWaitDays = ref(60, '§2', 'waits ran from two weeks to several months; about two months (60 d) taken as a central value (assumption within the range)');
export const prosecutionDays = assume(5, 'no figure in the reference; 8 USC 1325 first-offence cases under zero tolerance assumed resolved within days');
export const acaTransferShare = assume(0.1, 'no figure in the reference; the ACA was applied at a few places to limited numbers, so a small share assumed');
// Not replaced: the DHS OIS Enforcement Lifecycle report (FY2020 edition, 31 Dec 2020) links each border encounter to
// its outcome, but the share of final orders carried out among non-detained border arrivals was not found in the
// sources reachable in this review (its headline figures mix repatriation, relief and unresolved cases).
export const removalExecuted = assume(
  0.2,
  'no published share of final orders carried out among non-detained border arrivals was found (the DHS OIS Enforcement Lifecycle report links outcomes, but the figure was not reachable in this review); most such people are not located, so a low share assumed',
);
// ice_detention_stats_fy2019: ICE's ALOS of people it booked in after a CBP arrest (26.6 d) — no published time from
// ER placement to removal by air was found, so the non-Mexican summary-removal mean is the value that gives this ALOS.
export const airRemovalDays = rec(
  35.9,
  'ice_detention_stats_fy2019',
  'derived: the mean for which the ICE stays of the model’s own border detainees (mpp-2019 × swb-fy2019, static) average 26.6 days, the FY2019 ALOS of ICE book-ins arrested by CBP (scripts/calibration/air-removal.ts); Mexicans are returned by land within processingDays. DHS OIG-19-28 (11 Mar 2019): removals by air wait on travel documents and flight schedules',
);
export const removalDays = assume(30, 'no figure in the reference; about a month from a final order to removal for those located');
/** Structural zeros (§2: families are held only in family residential centres, single adults never there). */
export const familiesOnlyInFrc = ref(0, '§2', 'families are detained only in family residential centres');
export const noFrcForAdults = ref(0, '§2', 'family residential centres hold families only');
export const mppWindDownDays = assume(90, 'no figure in the reference; active MPP cases were admitted in phases, assumed over about three months');

// ── Re-crossing ──────────────────────────────────────────────────────────────────────────────────────────────────
export const recidBaseline = rec(0.14, 'recid_baseline_fy2014_2019', 'one-year re-encounter rate, FY2014–2019 average');
export const afterExpulsion = assume(
  0.28,
  'twice the Title 8 one-year baseline (recid_baseline_fy2014_2019, 0.14): §3 says many expelled people tried again within days or weeks; no published rate in the reference',
);
export const expulsionGapDays = ref(14, '§3', '"tried again within days or weeks": two weeks taken as the mean');
export const removalGapDays = rec(
  365 / 2,
  'recid_baseline_fy2014_2019',
  'derived: the rate counts re-encounters within one year; spread evenly over it, the mean gap is half a year',
);
