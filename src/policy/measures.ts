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
    authority: 'Cuban Adjustment Act of 1966; wet-foot/dry-foot parole policy, ended 12 Jan 2017 (DHS statement of 12 Jan 2017; 82 FR 4902)',
    changes: 'Cuban arrivals at land ports of entry are paroled; after it ends they are treated like other inadmissible arrivals.',
  },
  {
    id: 'cuban-er-exception',
    name: 'Cuban nationals excepted from expedited removal',
    // The exceptions date from the ER designations of 2002 (by sea) and 2004 (between ports) and the 1997 rule (air
    // arrivals at ports); `from` is the model's first day. Both were eliminated on 12 Jan 2017 (published 13 Jan 2017).
    from: MODEL_START,
    until: '2017-01-11',
    datePrecision: 'day',
    authority:
      '82 FR 4902 (13 Jan 2017), "Eliminating Exception to Expedited Removal Authority for Cuban Nationals Encountered in ' +
      'the United States or Arriving by Sea" (between ports and by sea); 82 FR 4769 (13 Jan 2017), "Eliminating Exception ' +
      'to Expedited Removal Authority for Cuban Nationals Arriving by Air" (8 CFR 235.3(b)(1)(iii), air arrivals at ports)',
    changes:
      'A Cuban national encountered between ports (within the designation, or arriving by sea) may not be placed in expedited removal; nor one arriving by air at a port (the model has only land ports, where wet-foot/dry-foot parole applied instead).',
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
    authority:
      'DHS Secretary Kelly, "Implementing the President\'s Border Security and Immigration Enforcement Improvements Policies" and "Enforcement of the Immigration Laws to Serve the National Interest" (both dated 20 Feb 2017)',
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
    id: 'mpp-families',
    name: 'MPP returns families',
    // The first families were returned from San Ysidro to Tijuana on Wed 13 Feb 2019; until then only single adults.
    from: '2019-02-13',
    until: '2021-01-20',
    datePrecision: 'day',
    authority:
      'First families returned under MPP at San Ysidro, 13 Feb 2019 (Arizona Republic, "U.S. begins sending back asylum-seeking families to Mexico", 14 Feb 2019; BuzzFeed News, 13 Feb 2019)',
    changes: 'Guatemalan, Honduran and Salvadoran families may be returned to Mexico under MPP, not only single adults (before the 7 Jun 2019 declaration).',
  },
  {
    id: 'mpp-site-by-site',
    name: 'MPP at designated sites only',
    // Rollout from San Diego (28 Jan 2019); the first month CBP publishes enrolments by sector (Jan 2020) shows returns
    // from all nine southwest sectors (Yuma 25, Big Bend 20), so the restriction ends with Dec 2019 (month precision).
    // Restarted 8 Dec 2021 at El Paso only (second entry).
    from: '2019-01-28',
    until: '2019-12-31',
    datePrecision: 'month',
    authority:
      'MPP opened port by port (data/reference/history-inputs.json mpp_start_* records); CBP, "Migrant Protection Protocols FY2020" (USBP enrolments in MPP by sector: all nine southwest sectors from Jan 2020, the first month published)',
    changes: 'People are returned under MPP only from sectors where MPP operates (the mpp-site-* measures).',
  },
  {
    id: 'mpp-site-by-site',
    name: 'MPP restarted at designated sites only',
    from: '2021-12-08',
    until: null,
    datePrecision: 'day',
    authority: 'MPP restarted first in El Paso (8 Dec 2021), San Diego from Jan 2022 (San Diego Union-Tribune, 5 Jan 2022)',
    changes: 'The restarted MPP returns people only from sectors where it operates (El Paso in Dec 2021).',
  },
  {
    id: 'mpp-site-san-diego',
    name: 'MPP at San Diego (San Ysidro → Tijuana)',
    from: '2019-01-28',
    until: '2021-01-20',
    datePrecision: 'day',
    authority: 'CBP MPP Guiding Principles (28 Jan 2019); record mpp_start_san_diego',
    changes: 'MPP returns from the San Diego sector.',
  },
  {
    id: 'mpp-site-el-centro',
    name: 'MPP at Calexico (→ Mexicali)',
    from: '2019-03-12',
    until: '2021-01-20',
    datePrecision: 'day',
    authority: 'El Paso Times (16 Mar 2019); record mpp_start_calexico (~12 Mar 2019)',
    changes: 'MPP returns from the El Centro sector.',
  },
  {
    id: 'mpp-site-el-paso',
    name: 'MPP at El Paso (→ Ciudad Juárez)',
    // The record says "~mid-Mar 2019": 15 Mar is a stated choice.
    from: '2019-03-15',
    until: '2021-01-20',
    datePrecision: 'month',
    authority: 'El Paso Times (16 Mar 2019); record mpp_start_el_paso ("~mid-Mar 2019"; 15 Mar chosen)',
    changes: 'MPP returns from the El Paso sector.',
  },
  {
    id: 'mpp-site-el-paso',
    name: 'MPP restarted at El Paso',
    from: '2021-12-08',
    until: null,
    datePrecision: 'day',
    authority: 'MPP restarted first in El Paso (8 Dec 2021) (San Diego Union-Tribune, 5 Jan 2022)',
    changes: 'Restarted MPP returns from the El Paso sector.',
  },
  {
    id: 'mpp-site-laredo',
    name: 'MPP at Laredo (→ Nuevo Laredo)',
    from: '2019-07-09',
    until: '2021-01-20',
    datePrecision: 'day',
    authority: 'Reuters/INM; record mpp_start_laredo (~9–10 Jul 2019)',
    changes: 'MPP returns from the Laredo sector.',
  },
  {
    id: 'mpp-site-rio-grande-valley',
    name: 'MPP at Brownsville (→ Matamoros)',
    from: '2019-07-19',
    until: '2021-01-20',
    datePrecision: 'day',
    authority: 'AP (21 Jul 2019); record mpp_start_brownsville (~19 Jul 2019)',
    changes: 'MPP returns from the Rio Grande Valley sector.',
  },
  {
    id: 'mpp-site-del-rio',
    name: 'MPP at Eagle Pass (→ Piedras Negras)',
    from: '2019-10-01',
    until: '2021-01-20',
    datePrecision: 'month',
    authority: 'Homeland Preparedness News (Oct 2019); record mpp_start_eagle_pass (Oct 2019)',
    changes: 'MPP returns from the Del Rio sector.',
  },
  {
    id: 'mpp-site-tucson',
    name: 'MPP for the Tucson sector (bused to Ciudad Juárez)',
    from: '2019-11-01',
    until: '2021-01-20',
    datePrecision: 'month',
    authority: 'Univision (Nov 2019); record mpp_tucson_busing (Nov 2019); Nogales port from Jan 2020',
    changes: 'MPP returns from the Tucson sector.',
  },
  {
    id: 'mpp-spanish-speakers-only',
    name: 'MPP limited to Spanish speakers',
    from: '2019-01-28',
    until: '2020-01-28',
    datePrecision: 'day',
    authority:
      'MPP practice: "The program was previously limited to Spanish speakers" (Reuters, 30 Jan 2020); the statute does not limit it by language (DHS press release, 29 Jan 2020)',
    changes: 'Only Spanish speakers are returned under MPP.',
  },
  {
    id: 'mpp-brazilians',
    name: 'MPP extended to Brazilians',
    from: '2020-01-29',
    until: '2021-01-20',
    datePrecision: 'day',
    authority: 'DHS press release "DHS begins processing Brazilian migrants for return to Mexico under MPP" (29 Jan 2020); first returns to Ciudad Juárez that day (Reuters, 30 Jan 2020)',
    changes: 'Brazilians (Portuguese speakers) may be returned under MPP besides Spanish speakers; other non-Spanish speakers still are not.',
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
    name: 'Third-country transit bar (first week)',
    // Effective on publication (16 Jul 2019); enjoined nationwide on 24 Jul 2019.
    from: '2019-07-16',
    until: '2019-07-23',
    datePrecision: 'day',
    authority: '84 FR 33829 (interim final rule, effective 16 Jul 2019); enjoined nationwide, East Bay Sanctuary Covenant v. Barr, 385 F. Supp. 3d 922 (N.D. Cal. 24 Jul 2019)',
    changes: 'Non-Mexicans who crossed a third country without applying there are barred from asylum: the fear screen becomes a higher-standard withholding/CAT screen and only withholding/CAT remain at the hearing. Nationwide, until the injunction.',
  },
  {
    id: 'transit-bar-outside-ninth-circuit',
    name: 'Third-country transit bar outside the 9th Circuit',
    // The 9th Circuit's partial stay (16 Aug 2019) narrowed the injunction to the circuit; the district court
    // restored it nationwide on 9 Sep 2019, and the Supreme Court stayed it on 11 Sep 2019 (the next entry).
    from: '2019-08-16',
    until: '2019-09-08',
    datePrecision: 'day',
    authority:
      'East Bay Sanctuary Covenant v. Barr, 934 F.3d 1026 (9th Cir. 16 Aug 2019) (injunction stayed outside the 9th Circuit); ' +
      'nationwide scope restored by the district court on 9 Sep 2019',
    changes:
      'The transit bar applies to people encountered outside the 9th Circuit (Texas and New Mexico sectors), not in California or Arizona (San Diego, El Centro, Yuma, Tucson).',
  },
  {
    id: 'transit-bar',
    name: 'Third-country transit bar',
    from: '2019-09-11',
    until: '2020-06-29',
    datePrecision: 'day',
    authority: '84 FR 33829; injunction stayed nationwide, Barr v. East Bay Sanctuary Covenant, 140 S. Ct. 3 (11 Sep 2019); vacated, CAIR v. Trump (D.D.C. 30 Jun 2020)',
    changes: 'As the first week, nationwide, from the Supreme Court\'s stay (11 Sep 2019) until the rule was vacated.',
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
    // DHS/EOIR postponed all MPP hearings from 23 Mar 2020 (mpp_hearings_suspended_2020_03_23, history-inputs.json;
    // extended monthly: mpp_hearings_postponed_2020_04_01 … _06_16); they never resumed before the wind-down of
    // 19 Feb 2021, the MPP courts staying closed until April 2021 (mpp_hearings_criteria_2020_07_17; reference §1:
    // "March 2020 to April 2021", so the last day is April's).
    from: '2020-03-23',
    until: '2021-04-30',
    datePrecision: 'day',
    authority: 'DHS/EOIR joint statements postponing MPP hearings (COVID-19), from 23 Mar 2020',
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
    // Border Patrol began releasing families to the Catholic Charities shelter in the Rio Grande Valley on 27 Jan 2021.
    from: '2021-01-27',
    until: null,
    datePrecision: 'day',
    authority:
      'Mexico (Tamaulipas) refusal to accept expelled Central American families with children under 6, citing the child-protection law of Nov 2020; ' +
      'families released in the Rio Grande Valley "since Jan. 27" (Reuters, "U.S. releases some Central American families after Mexican state limits returns", 3–4 Feb 2021)',
    changes: 'Guatemalan, Honduran and Salvadoran families with a child under 6 encountered in the Rio Grande Valley and Laredo sectors are not accepted back by Mexico (src/policy/title42-acceptance.ts), so they cannot be expelled there and are released with NTAs.',
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
