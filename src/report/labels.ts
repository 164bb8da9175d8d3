import type { OutcomeId, TrackId } from '../domain/outcomes.js';
import type { FactType } from '../law/events.js';
import type { StateId } from '../law/states.js';

// The one table of words shown to people for the model's ids. Ids stay in data attributes, CSV and JSON; every chart,
// legend, tooltip and table a person reads uses these. Sentence case, no jargon ids.

/**
 * Plain-language labels of the outcome ids.
 * @example
 * OUTCOME_LABELS['in-absentia-order'] // 'Ordered removed in absentia'
 */
export const OUTCOME_LABELS: Readonly<Record<OutcomeId, string>> = {
  expelled: 'Expelled under Title 42',
  'voluntary-return': 'Returned voluntarily',
  'removed-expedited': 'Removed without a hearing',
  'removal-order': 'Ordered removed by a judge',
  'in-absentia-order': 'Ordered removed in absentia',
  'relief-granted': 'Granted asylum or protection',
  'voluntary-departure': 'Left under voluntary departure',
  terminated: 'Case terminated',
  'transferred-third-country': 'Sent to a third country',
  pending: 'Case still open',
};

/**
 * Plain-language labels of every state of the pathway machine (outcome states read as their outcome).
 * @example
 * STATE_LABELS['waiting-mexico'] // 'Waiting in Mexico (MPP)'
 */
export const STATE_LABELS: Readonly<Record<StateId, string>> = {
  encountered: 'Encountered at the border',
  metered: 'Waiting in Mexico for a port slot',
  processing: 'In Border Patrol processing',
  prosecution: 'Prosecuted for illegal entry',
  orr: 'Child in ORR shelter care',
  'expedited-removal': 'Expedited removal',
  reinstatement: 'Prior removal order reinstated',
  'credible-fear': 'Credible-fear interview',
  'reasonable-fear': 'Reasonable-fear interview',
  'negative-screen': 'Fear claim not found credible',
  'ij-review': 'Judge reviews the fear finding',
  custody: 'Sent to immigration court',
  detained: 'Detained by ICE',
  'family-detention': 'Family detention',
  'waiting-us': 'Released, waiting in the US',
  'waiting-mexico': 'Waiting in Mexico (MPP)',
  ...OUTCOME_LABELS,
};

/**
 * Plain-language labels of the track ids (the procedures a case went through).
 * @example
 * TRACK_LABELS['240-proceedings'] // 'Immigration court'
 */
export const TRACK_LABELS: Readonly<Record<TrackId, string>> = {
  'title-42': 'Title 42 expulsion',
  'voluntary-return': 'Voluntary return',
  'expedited-removal': 'Expedited removal',
  reinstatement: 'Reinstated removal order',
  prosecution: 'Criminal prosecution',
  orr: 'ORR shelter care',
  'credible-fear': 'Fear screening',
  'ij-review': 'Judge review of a fear finding',
  'third-country': 'Third-country transfer',
  '240-proceedings': 'Immigration court',
  detention: 'ICE detention',
  'family-detention': 'Family detention',
  parole: 'Paroled into the US',
  mpp: 'Remain in Mexico (MPP)',
  hearing: 'Court hearing',
  removal: 'Removed from the US',
  'asylum-application': 'Asylum application filed in court',
};

/**
 * Plain-language labels of the facts that move a case (the events of the pathway machine), as "after …" phrases.
 * @example
 * FACT_LABELS.PLACE_IN_ER // 'placed in expedited removal'
 */
export const FACT_LABELS: Readonly<Record<FactType, string>> = {
  METER: 'turned back to wait for a port slot',
  INSPECT: 'inspected at a port of entry',
  PROCESS: 'taken into Border Patrol processing',
  EXPEL: 'expelled under Title 42',
  VOLUNTARY_RETURN: 'accepted a voluntary return',
  REPATRIATE: 'repatriated',
  PLACE_IN_ER: 'placed in expedited removal',
  REINSTATE: 'prior removal order reinstated',
  ISSUE_NTA: 'given a notice to appear in court',
  TRANSFER_TO_ORR: 'transferred to ORR care',
  PROSECUTE: 'prosecuted for illegal entry',
  SENTENCE_SERVED: 'sentence served',
  CLAIM_FEAR: 'claimed fear of return',
  ACA_TRANSFER: 'sent to a third country under an asylum cooperative agreement',
  SCREEN: 'fear screening decided',
  REQUEST_REVIEW: 'asked a judge to review the screening',
  IJ_DECISION: 'judge decided the review',
  DETAIN: 'detained by ICE',
  FAMILY_DETAIN: 'held in family detention',
  PAROLE: 'paroled',
  RELEASE: 'released',
  RETURN_TO_MEXICO: 'returned to Mexico under MPP',
  RELEASE_TO_SPONSOR: 'released to a sponsor',
  HEARING: 'court hearing held',
  NO_SHOW: 'missed a court hearing',
  ADMIT_WIND_DOWN: 'admitted under the MPP wind-down',
  REMOVE: 'removed from the US',
  RECROSS: 'crossed again',
  HORIZON: 'end of the simulated period',
  APPLY_ASYLUM: 'filed an asylum application in court',
};

/**
 * The label of a fact type; an unknown type is turned into words.
 * @example
 * factLabel('NO_SHOW') // 'missed a court hearing'
 */
export function factLabel(type: string): string {
  return Object.hasOwn(FACT_LABELS, type) ? FACT_LABELS[type as FactType] : fallback(type).toLowerCase();
}

/**
 * Labels of the named regimes (the same words as `regimes[id].label`; a test keeps them equal).
 * @example
 * REGIME_LABELS['mpp-2019'] // 'Remain in Mexico (MPP), Dec 2019'
 */
export const REGIME_LABELS: Readonly<Record<string, string>> = {
  'pep-2016': 'Late Obama (PEP), Jun 2016',
  'kelly-2017': 'Early Trump (Kelly memos), Jun 2017',
  'zero-tolerance-2018': 'Zero tolerance, Jun 2018',
  'mpp-2019': 'Remain in Mexico (MPP), Dec 2019',
  'title42-2020': 'Title 42 (COVID), Jul 2020',
  'biden-2021': 'Early Biden, Mar 2021',
};

/**
 * Labels of the series of the history mode (issue 11's JSON contract).
 * @example
 * HISTORY_SERIES_LABELS['waiting-in-mexico'] // 'People waiting in Mexico (MPP), month end'
 */
export const HISTORY_SERIES_LABELS: Readonly<Record<string, string>> = {
  encounters: 'Encounters at the southwest border',
  'published-encounters': 'Published encounters (the input)',
  'first-crossings': 'First crossings (solved for)',
  'encounters-repeat': 'Repeat encounters (within 12 months)',
  expulsions: 'Title 42 expulsions',
  'voluntary-returns': 'Voluntary returns',
  'expedited-removals': 'Expedited removals',
  reinstatements: 'Reinstated removal orders',
  ntas: 'Notices to appear in court',
  'fear-claims': 'Fear claims',
  'fear-screens-positive': 'Fear screens passed',
  'fear-screens-negative': 'Fear screens failed',
  'mpp-returns': 'Returned to Mexico under MPP',
  'waiting-in-mexico': 'People waiting in Mexico (MPP), month end',
  'in-cbp-custody': 'In Border Patrol custody, month end',
  'in-ice-detention': 'In ICE detention, month end',
  'in-family-detention': 'In family detention, month end',
  'in-orr': 'Children in ORR care, month end',
  'court-receipts': 'New immigration court cases',
  'court-completions': 'Court cases completed',
  'court-completions-in-absentia': 'Completed in absentia',
  'court-completions-relief': 'Completed with relief granted',
  'court-pending': 'Court cases pending, month end',
  removals: 'Removals',
  'wind-down-admissions': 'Admitted under the MPP wind-down',
};

/**
 * The label of an outcome id.
 * @example
 * outcomeLabel('in-absentia-order') // 'Ordered removed in absentia'
 */
export function outcomeLabel(id: OutcomeId): string {
  return OUTCOME_LABELS[id];
}

/** Turns an unknown id into words: `some-new-state` → 'Some new state'. */
function fallback(id: string): string {
  const s = id.replace(/[-_.]+/g, ' ').trim();
  return s === '' ? id : s[0]!.toUpperCase() + s.slice(1);
}

/**
 * The label of a state id (the last segment of a dotted id is tried too); an unknown id is turned into words.
 * @example
 * stateLabel('ij-review')      // 'Judge reviews the fear finding'
 * stateLabel('custom-state')   // 'Custom state'
 */
export function stateLabel(id: string): string {
  const table = STATE_LABELS as Readonly<Record<string, string>>;
  if (Object.hasOwn(table, id)) return table[id]!;
  const last = id.split(/[./#]/).pop() ?? '';
  return Object.hasOwn(table, last) ? table[last]! : fallback(id);
}

/**
 * The label of a track id.
 * @example
 * trackLabel('mpp') // 'Remain in Mexico (MPP)'
 */
export function trackLabel(id: TrackId): string {
  return TRACK_LABELS[id];
}

/**
 * The label of a regime id; a regime from a file keeps its id.
 * @example
 * regimeLabel('title42-2020') // 'Title 42 (COVID), Jul 2020'
 * regimeLabel('my-regime')    // 'my-regime'
 */
export function regimeLabel(id: string): string {
  return Object.hasOwn(REGIME_LABELS, id) ? REGIME_LABELS[id]! : id;
}

/**
 * The label of a cohort id: `swb-fy2019` → 'Southwest border arrivals, FY2019'; other ids are kept.
 * @example
 * cohortLabel('swb-fy2019') // 'Southwest border arrivals, FY2019'
 */
export function cohortLabel(id: string): string {
  const m = /^swb-fy(\d{4})$/.exec(id);
  return m ? `Southwest border arrivals, FY${m[1]}` : id;
}

/**
 * The label of a history series id; an unknown id is turned into words.
 * @example
 * historySeriesLabel('court-pending') // 'Court cases pending, month end'
 */
export function historySeriesLabel(id: string): string {
  return Object.hasOwn(HISTORY_SERIES_LABELS, id) ? HISTORY_SERIES_LABELS[id]! : fallback(id);
}
