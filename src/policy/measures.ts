import type { IsoDate } from '../domain/dates.js';
import type { Measure, MeasureId } from './types.js';

/** First and last day a regime can be taken at (the model's range). */
export const MODEL_START: IsoDate = '2014-11-20';
export const MODEL_END: IsoDate = '2021-12-31';

/** A built-in measure: its id is one of `MEASURE_IDS`. */
export type BuiltInMeasure = Measure & { id: MeasureId };

/**
 * The dated policy measures 2014–2021, from data/reference/procedure-and-regimes.md §3 (and §1–§2 where the table is silent).
 *
 * Dates: `from` is the first day in force, `until` the last (inclusive), `null` if still in force at the end of 2021.
 * With `datePrecision: 'month'` the source gives only a month: `from` is the first of the month and `until` the last
 * day of the month, unless the entry says otherwise.
 *
 * One id may appear more than once: a measure that was enjoined and later reinstated (er-expansion) has one entry per
 * interval, and it is in force on a date if ANY of its entries is (see `measuresInForce`).
 */
export const MEASURES: readonly BuiltInMeasure[] = [
  {
    id: 'pep',
    name: 'Priority Enforcement Program',
    from: '2014-11-20',
    until: '2017-01-24',
    datePrecision: 'day',
    authority: 'DHS Secretary Johnson, "Policies for the Apprehension, Detention and Removal of Undocumented Immigrants" (20 Nov 2014)',
    changes: 'Recent border crossers are the top priority: single adults mostly expedited removal or reinstatement; families and UACs mostly released with NTAs.',
  },
  {
    id: 'cuban-parole',
    name: 'Cuban "wet-foot/dry-foot" parole',
    // In force long before the model's range; `from` is the model's first day. Ended 12 Jan 2017.
    from: MODEL_START,
    until: '2017-01-11',
    datePrecision: 'day',
    authority: 'Cuban Adjustment Act of 1966; wet-foot/dry-foot parole policy, ended 12 Jan 2017 (82 FR 4902)',
    changes: 'Cuban arrivals at ports of entry are paroled; after it ends they are treated like other inadmissible arrivals.',
  },
  {
    id: 'eo-13767',
    name: 'EO 13767 (border security)',
    from: '2017-01-25',
    until: null,
    datePrecision: 'day',
    authority: 'Executive Order 13767 (25 Jan 2017), §6 (detention) and §7 (return to contiguous territory, INA 235(b)(2)(C))',
    changes: 'Authorises returning arrivals to Mexico to await hearings (operational only with MPP, Jan 2019) and pushes custody toward detention.',
  },
  {
    id: 'kelly-memos',
    name: 'Kelly implementing memos',
    from: '2017-02-20',
    until: null,
    datePrecision: 'day',
    authority: 'DHS Secretary Kelly, "Implementing the President\'s Border Security and Immigration Enforcement Improvements Policies" (dated 17 Feb, issued 20 Feb 2017)',
    changes: 'Detention of INA 235(b) arrivals is the rule, parole only case by case; expedited removal expanded; earlier enforcement priorities rescinded.',
  },
  {
    id: 'mexico-refuses-section-7',
    name: 'Mexico refuses unilateral returns',
    from: '2017-02-22',
    // Ends the day before the 20 Dec 2018 US announcement of MPP with Mexico's acceptance.
    until: '2018-12-19',
    datePrecision: 'day',
    authority: "Statement of Mexico's foreign minister (22–23 Feb 2017)",
    changes: 'Returns of non-Mexicans to Mexico under INA 235(b)(2)(C) are blocked until the Dec 2018 arrangement.',
  },
  {
    id: 'zero-tolerance',
    name: 'Zero tolerance',
    from: '2018-04-06',
    // The memo stood until the Acting Attorney General rescinded it on 26 Jan 2021; only the referral of parents
    // stopped in June 2018 (family-separation).
    until: '2021-01-26',
    datePrecision: 'day',
    authority:
      'Attorney General memo "Zero-Tolerance for Offenses Under 8 U.S.C. § 1325(a)" (6 Apr 2018); rescinded by Acting Attorney General Wilkinson, memo of 26 Jan 2021',
    changes:
      'Prosecutors are told to take every 8 USC 1325 referral; the referral of parents stopped in June 2018 (family separation). Prosecution of single adults under 1325/1326 happens in every era (its share is a parameter).',
  },
  {
    id: 'family-separation',
    name: 'Family separation',
    from: '2018-05-05',
    until: '2018-06-20',
    datePrecision: 'day',
    authority: 'Zero-tolerance referrals of parents (full implementation 5–7 May 2018); ended by EO 13841 (20 Jun 2018)',
    changes: 'A child whose parent is prosecuted becomes a UAC and goes to ORR.',
  },
  {
    id: 'metering',
    name: 'Metering at ports of entry',
    from: '2018-04-01',
    // The source gives only "Mar 2020"; it ends the day before Title 42 replaced port processing.
    until: '2020-03-20',
    datePrecision: 'month',
    authority: 'CBP "queue management" (metering) at southwest ports of entry',
    changes: 'Daily caps on asylum requests at ports; arrivals wait in Mexican border cities first.',
  },
  {
    id: 'family-docket',
    name: 'Family docket restarted',
    from: '2018-09-01',
    until: null,
    datePrecision: 'month',
    authority: 'EOIR family-unit docket (restarted Sep 2018)',
    changes: 'Faster scheduling of family cases in immigration court.',
  },
  {
    id: 'mpp',
    name: 'Migrant Protection Protocols',
    from: '2019-01-28',
    // New enrolments suspended 21 Jan 2021.
    until: '2021-01-20',
    datePrecision: 'day',
    authority: 'INA 235(b)(2)(C); EO 13767 §7; MPP Guiding Principles (CBP, 28 Jan 2019)',
    changes: 'Non-Mexican, non-UAC land arrivals not in expedited removal may get an NTA and be returned to Mexico to await hearings (exclusions per the Guiding Principles).',
  },
  {
    id: 'mpp-expansion',
    name: 'MPP along the whole border',
    from: '2019-06-07',
    until: null,
    datePrecision: 'day',
    authority: 'US–Mexico Joint Declaration (7 Jun 2019)',
    changes: 'Mexico accepts MPP returns along the whole border, including families and all Spanish-speaking non-Mexicans (before: GT/SV/HN adults 18–60 at one crossing). Matters only while `mpp` is in force.',
  },
  {
    id: 'matter-of-m-s',
    name: 'Matter of M-S-',
    from: '2019-07-15',
    until: null,
    datePrecision: 'day',
    authority: 'Matter of M-S-, 27 I&N Dec. 509 (A.G. 2019) (decided 16 Apr 2019, effective ~15 Jul 2019)',
    changes: 'People transferred from expedited removal after a positive credible-fear screen are not bond-eligible; parole only.',
  },
  {
    id: 'padilla-injunction',
    name: 'Padilla v. ICE bond-hearing injunction',
    // Modified injunction of 2 Jul 2019, in effect from 16 Jul 2019; bond-hearing part not stayed (9th Cir. 22 Jul
    // 2019), affirmed 27 Mar 2020 (953 F.3d 1134); vacated by the Supreme Court on 11 Jan 2021 (No. 20-234).
    from: '2019-07-16',
    until: '2021-01-10',
    datePrecision: 'day',
    authority:
      'Padilla v. ICE, No. 2:18-cv-928 (W.D. Wash. 2 Jul 2019, effective 16 Jul 2019); stay denied in part (9th Cir. 22 Jul 2019); ' +
      'affirmed in part, 953 F.3d 1134 (9th Cir. 27 Mar 2020); vacated, ICE v. Padilla, No. 20-234 (U.S. 11 Jan 2021)',
    changes:
      'People who entered between ports, were placed in expedited removal and passed a credible-fear screen get bond hearings despite Matter of M-S-.',
  },
  {
    id: 'cf-consultation-1-day',
    name: 'Credible-fear consultation cut to 1 day',
    from: '2019-07-08',
    until: '2020-03-01',
    datePrecision: 'day',
    authority: 'USCIS directive (8 Jul 2019); set aside in L.M.-M. v. Cuccinelli (D.D.C. 1 Mar 2020)',
    changes: 'The consultation period before a credible-fear interview shrinks from 48 hours to one calendar day.',
  },
  {
    id: 'transit-bar',
    name: 'Third-country transit bar',
    from: '2019-09-11',
    until: '2020-06-29',
    datePrecision: 'day',
    authority: '84 FR 33829 (16 Jul 2019); in effect from 11 Sep 2019; vacated 30 Jun 2020',
    changes: 'Non-Mexicans who crossed a third country without applying there are barred from asylum: the fear screen becomes a higher-standard withholding/CAT screen and only withholding/CAT remain at the hearing.',
  },
  {
    id: 'er-expansion',
    name: 'Expedited removal expanded (first period)',
    from: '2019-07-23',
    until: '2019-09-26',
    datePrecision: 'day',
    authority: '84 FR 35409 (23 Jul 2019); enjoined 27 Sep 2019 (Make the Road New York v. McAleenan)',
    changes: 'Expedited removal anywhere in the US for people present under 2 years; mostly interior, little border effect. Reinstated 23 Jun 2020 (second entry).',
  },
  {
    id: 'er-expansion',
    name: 'Expedited removal expanded (reinstated)',
    from: '2020-06-23',
    until: null,
    datePrecision: 'day',
    authority: '84 FR 35409; injunction reversed 23 Jun 2020 (Make the Road New York v. Wolf, D.C. Cir.)',
    changes: 'As the first period: expedited removal anywhere in the US for people present under 2 years.',
  },
  {
    id: 'pacr-harp',
    name: 'PACR / HARP',
    from: '2019-10-01',
    until: '2020-03-31',
    datePrecision: 'month',
    authority: 'CBP/USCIS Prompt Asylum Claim Review (non-Mexicans) and Humanitarian Asylum Review Process (Mexicans); GAO-21-144',
    changes: 'Fear screening inside CBP custody, target 5–7 days from apprehension, little access to counsel.',
  },
  {
    id: 'aca-guatemala',
    name: 'Asylum Cooperative Agreement with Guatemala',
    from: '2019-11-21',
    until: '2020-03-16',
    datePrecision: 'day',
    authority: '84 FR 64095 (ACA Guatemala); INA 208(a)(2)(A); ACAs terminated 6 Feb 2021',
    changes: 'Honduran and Salvadoran asylum seekers may be sent to Guatemala instead of a credible-fear interview.',
  },
  {
    id: 'title-42',
    name: 'Title 42 expulsions',
    from: '2020-03-21',
    until: null,
    datePrecision: 'day',
    authority: '42 USC 265; CDC order 20 Mar 2020 (85 FR 17060)',
    changes: 'Nearly every southwest encounter may be expelled at once without a fear screen: Mexicans and healthy NT adults to Mexico; others by flight or, where no country accepts, Title 8 processing.',
  },
  {
    id: 'asylum-offices-closed',
    name: 'Asylum offices closed to the public',
    from: '2020-03-18',
    until: '2020-06-03',
    datePrecision: 'day',
    authority: 'USCIS suspension of in-person services (COVID-19), 18 Mar – 3 Jun 2020',
    changes: 'Asylum offices closed to the public.',
  },
  {
    id: 'nondetained-hearings-postponed',
    name: 'Non-detained hearings postponed nationwide (COVID-19)',
    // EOIR postponed non-detained master calendars from 16 Mar 2020 and all non-detained hearings nationwide from
    // 18 Mar 2020 (GovExec, "Immigration Courts Become the Latest in the Executive Branch to Postpone Cases", Mar
    // 2020); the last nationwide extension ran "through June 26, 2020", courts reopening in stages from 29 Jun 2020
    // (EOIR update of 29 May 2020, jkmlaw.cc; AILA "EOIR operational status" table). The staged reopening is a
    // share of judge time in src/capacity (nondetained-open), not a rule.
    from: '2020-03-18',
    until: '2020-06-26',
    datePrecision: 'day',
    authority: 'EOIR operational status notices (COVID-19): non-detained hearings postponed nationwide 18 Mar – 26 Jun 2020',
    changes: 'No hearing is held for people in proceedings who are not detained; their cases wait. Detained and MPP dockets are not covered.',
  },
  {
    id: 'mpp-hearings-suspended',
    name: 'MPP hearings suspended',
    // The reference gives only "March 2020 to April 2021" (no day), so month precision both ends.
    from: '2020-03-01',
    until: '2021-04-30',
    datePrecision: 'month',
    authority: 'DHS/EOIR suspension of MPP hearings (COVID-19)',
    changes: 'No MPP hearings are held; returned people keep waiting in Mexico.',
  },
  {
    id: 'pjes-injunction',
    name: 'P.J.E.S. injunction (UACs)',
    from: '2020-11-18',
    until: '2021-01-29',
    datePrecision: 'day',
    authority: 'P.J.E.S. v. Wolf, No. 20-2245 (D.D.C. 18 Nov 2020); stayed Jan 2021',
    changes: 'UACs may not be expelled under Title 42; they go to ORR and 240 proceedings.',
  },
  {
    id: 'uac-title-42-exception',
    name: 'CDC exception for UACs',
    from: '2021-01-30',
    until: null,
    datePrecision: 'day',
    authority: 'CDC notice excepting unaccompanied children from the Title 42 order (from 30 Jan 2021)',
    changes: 'UACs are not expelled; they go to ORR and 240 proceedings.',
  },
  {
    id: 'removal-pause',
    name: '100-day pause on removals',
    from: '2021-01-22',
    until: '2021-01-26',
    datePrecision: 'day',
    authority: 'DHS Acting Secretary memo (20 Jan 2021); blocked by Texas v. United States TRO 26 Jan 2021',
    changes: 'Removals paused; removals continue in law after the TRO.',
  },
  {
    id: 'tamaulipas-family-refusal',
    name: 'Tamaulipas refuses expelled families with young children',
    // The reference says only "late Jan 2021"; 21 Jan (first day of the month's last third) is a stated choice.
    from: '2021-01-21',
    until: null,
    datePrecision: 'month',
    authority: 'Mexico (Tamaulipas) refusal to accept expelled Central American families with children under 6 (Reuters, 3–4 Feb 2021)',
    changes: 'Central American families with a child under 6 encountered in the Rio Grande Valley and Laredo sectors cannot be expelled and are released with NTAs. Date chosen: 21 Jan 2021 ("late Jan").',
  },
  {
    id: 'mpp-wind-down',
    name: 'MPP wind-down',
    from: '2021-02-19',
    // Halted by the Texas v. Biden injunction (N.D. Tex. 13 Aug 2021; data/reference/procedure-and-regimes.md §3).
    until: '2021-08-12',
    datePrecision: 'day',
    authority: 'DHS phased processing of active MPP cases (from 19 Feb 2021); halted by Texas v. Biden (N.D. Tex. 13 Aug 2021)',
    changes: 'People with active MPP cases are admitted at ports and their cases moved to regular courts, until the Texas v. Biden injunction of 13 Aug 2021.',
  },
  {
    id: 'mpp-reimplementation',
    name: 'MPP restarted',
    from: '2021-12-08',
    until: null,
    datePrecision: 'day',
    authority: 'Texas v. Biden injunction (N.D. Tex. 13 Aug 2021); MPP restarted 8 Dec 2021 at small scale',
    changes: 'MPP returns resume at small scale.',
  },
];
