import type { CitizenshipGroup } from '../domain/citizenship.js';
import type { IsoDate } from '../domain/dates.js';

/**
 * Where a number comes from: a record id in `data/reference/calibration-inputs.json`, a section of the
 * reference text, or an explicit assumption with a one-line reason (no source exists).
 */
export type Source = { record: string; note?: string } | { reference: string; note?: string } | { assumption: string };

/** A regime parameter: a value and its source. Shares are in [0, 1]; days are > 0; weights are ≥ 0. */
export interface Param {
  value: number;
  source: Source;
}

/** Ids of the built-in dated measures the law (guards) reads. */
export const MEASURE_IDS = [
  'pep',
  'cuban-parole',
  'cuban-er-exception',
  'eo-13767',
  'kelly-memos',
  'mexico-refuses-section-7',
  'zero-tolerance',
  'family-separation',
  'metering',
  'family-docket',
  'mpp',
  'mpp-families',
  'mpp-site-by-site',
  'mpp-site-san-diego',
  'mpp-site-el-centro',
  'mpp-site-el-paso',
  'mpp-site-laredo',
  'mpp-site-rio-grande-valley',
  'mpp-site-del-rio',
  'mpp-site-tucson',
  'mpp-spanish-speakers-only',
  'mpp-brazilians',
  'mpp-expansion',
  'matter-of-m-s',
  'padilla-injunction',
  'cf-consultation-1-day',
  'transit-bar',
  'transit-bar-outside-ninth-circuit',
  'er-expansion',
  'pacr-harp',
  'aca-guatemala',
  'title-42',
  'asylum-offices-closed',
  'mpp-hearings-suspended',
  'pjes-injunction',
  'uac-title-42-exception',
  'removal-pause',
  'tamaulipas-family-refusal',
  'mpp-wind-down',
  'mpp-reimplementation',
  'nondetained-hearings-postponed',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** Which built-in measures are in force (the law's view of a regime). */
export type InForce = Readonly<Record<MeasureId, boolean>>;

/** A dated policy instrument. */
export interface Measure {
  id: string;
  name: string;
  /** First day in force. */
  from: IsoDate;
  /** Last day in force (inclusive); null if still in force at the end of 2021. */
  until: IsoDate | null;
  /** How exact the dates are; 'month' means the source gives only the month and the first of it is used. */
  datePrecision: 'day' | 'month';
  /** Statute, regulation, memo or court order. */
  authority: string;
  /** What it changes in the procedure, in one or two sentences. */
  changes: string;
  /** For custom measures: built-in measures it switches on (true) or off (false) while in force. */
  sets?: Partial<Record<MeasureId, boolean>>;
  /** For custom measures: parameter overrides while in force. */
  params?: ParamOverrides;
}

/** Officer dispositions for adults and families, as relative weights (the law removes what it forbids). */
export type DispositionKey = 'title42' | 'voluntaryReturn' | 'expeditedRemoval' | 'reinstatement' | 'nta' | 'prosecution';
/** Dispositions for unaccompanied children. */
export type UacDispositionKey = 'title42' | 'orr' | 'repatriate';
/** Custody decisions after an NTA, as relative weights. */
export type CustodyKey = 'detain' | 'familyDetain' | 'parole' | 'release' | 'returnToMexico';
/** Final decisions at a merits hearing, as relative weights. */
export type DecisionKey = 'relief' | 'removalOrder' | 'voluntaryDeparture' | 'terminated';

export type Weights<K extends string> = Record<K, Param>;

/** The chances and durations a regime gives the engine. Durations are means in days. */
export interface RegimeParams {
  /** Share of port-of-entry arrivals who first wait in a metering queue, when metering is in force. */
  meteredShare: Param;
  meteringWaitDays: Param;
  /** Days in CBP custody from encounter to a disposition. */
  processingDays: Param;
  disposition: {
    'single-adult': Record<CitizenshipGroup, Weights<DispositionKey>>;
    'family-unit': Record<CitizenshipGroup, Weights<DispositionKey>>;
    uac: Record<CitizenshipGroup, Weights<UacDispositionKey>>;
  };
  /** Days in criminal custody after a 1325 prosecution. */
  prosecutionDays: Param;
  /** Share of eligible fear claimants sent to Guatemala while the ACA is in force. */
  acaTransferShare: Param;
  /** Credible-fear screen positive rate (of all decisions). */
  cfPositive: Param;
  /** Positive rate of the higher-standard screen used under the transit bar. */
  cfPositiveBarred: Param;
  /** Reasonable-fear screen positive rate (reinstatement). */
  rfPositive: Param;
  /** Mean days from fear claim to screen decision in ordinary screening (the law sets only a minimum: the consultation period). */
  cfDays: Param;
  /** Share of fear screens run under PACR/HARP (in CBP custody) while that measure is in force, and their mean days. */
  pacrShare: Param;
  pacrDays: Param;
  /** Share of negative screens that go to IJ review. */
  ijReviewRequested: Param;
  /** Share of IJ reviews that vacate the negative finding. */
  ijReversal: Param;
  /** Days to an IJ review decision (statute: within 7). */
  ijReviewDays: Param;
  /**
   * Custody decision after an NTA: `returnToMexico` is a rate (share returned of those the law lets be returned,
   * drawn first); detain, familyDetain, parole and release are relative weights for everyone else.
   */
  custody: Record<'single-adult' | 'family-unit', Weights<CustodyKey>>;
  /** Mean days detained by ICE during proceedings (after a Notice to Appear) before release or a decision. */
  detentionDays: Param;
  /**
   * Mean days in ICE custody from placement in expedited removal or reinstatement (no fear claim), or from a negative
   * screen not taken to review, to removal by air: people who are not Mexican. Mexicans are returned over the land
   * border within CBP's processing time (`processingDays`).
   */
  airRemovalDays: Param;
  /** Share of detained cases decided while detained (the rest are released to wait). */
  detainedDecidedShare: Param;
  /** Days in family detention before release (capped by Flores at 20). */
  familyDetentionDays: Param;
  /** Days in ORR care before release to a sponsor. */
  orrDays: Param;
  /** Mean days between hearings on the non-detained docket. */
  hearingIntervalDays: Param;
  /** Mean days between hearings on the MPP docket. */
  mppHearingIntervalDays: Param;
  /** Chance that a held hearing decides the case (else it is continued). */
  decisionPerHearing: Param;
  /** Share represented (non-MPP), and in MPP. */
  representation: Param;
  mppRepresentation: Param;
  /**
   * Chance of appearing at one hearing, by population and docket: unrepresented respondents placed in 240 proceedings
   * without a fear screen (single adults, children), unrepresented family-unit members, unrepresented respondents
   * referred after a positive fear screen; represented respondents; the MPP docket.
   */
  appearance: Param;
  familyAppearance: Param;
  screenedAppearance: Param;
  representedAppearance: Param;
  mppAppearance: Param;
  /**
   * Chance that a respondent files an application for asylum, withholding or CAT (Form I-589) with the court: after a
   * positive fear screen; when placed straight into 240 proceedings (no fear claim is made there); on the MPP docket.
   */
  asylumApplication: { afterScreen: Param; direct: Param; mpp: Param };
  /**
   * Decisions at a hearing that decides the case: for asylum seekers and for the rest on the regular docket; for
   * people barred from asylum (withholding or CAT only: transit bar, withholding-only proceedings); and on the MPP
   * docket (tent courts, rarely represented), from published MPP outcomes.
   */
  decision: { fear: Weights<DecisionKey>; noFear: Weights<DecisionKey>; barred: Weights<DecisionKey>; mpp: Weights<DecisionKey> };
  // `fear` is the row of respondents with an application on file, `noFear` of those without one (the law then rules
  // relief out); the keys keep their names for saved overrides.
  /** Relief among represented respondents over relief among unrepresented ones (regular docket). */
  representedReliefRatio: Param;
  /** Share of final orders against people not detained that are executed (removal) within the horizon. */
  removalExecuted: Param;
  /** Days from a final order to removal. */
  removalDays: Param;
  /** Chance of crossing again after each kind of exit, and the mean days until. */
  recross: {
    afterExpulsion: Param;
    afterReturn: Param;
    afterRemoval: Param;
    expulsionGapDays: Param;
    removalGapDays: Param;
  };
  /** Mean days until an MPP case is admitted under the wind-down, while it is in force. */
  mppWindDownDays: Param;
}

/** Deep-partial parameter overrides, values only (sources become `assumption: 'user override'` unless given). */
export type ParamOverrides = DeepPartialParams<RegimeParams>;
type DeepPartialParams<T> = {
  [K in keyof T]?: T[K] extends Param ? number | Param : DeepPartialParams<T[K]>;
};

/** A regime: the measures in force on a date, and the chances and durations that go with them. */
export interface Regime {
  id: string;
  label: string;
  /** The date the rules are taken at; a person's whole path runs under them. */
  date: IsoDate;
  description: string;
  /** Ids of every measure (built-in or custom) in force. */
  measures: readonly string[];
  inForce: InForce;
  params: RegimeParams;
}
