import type { PathContext } from '../law/context.js';
import type { FactEvent, FactType, HearingDecision, ReliefKind } from '../law/events.js';
import type { StateId } from '../law/states.js';
import { ImmsimError } from '../domain/errors.js';
import { ADULT_DISPOSITIONS, type Chances, CUSTODY_DECISIONS, DECISIONS, UAC_DISPOSITIONS } from './chances.js';
import type { CompiledMachine } from './compile.js';
import { ExpDays } from './random.js';

// What the sampler proposes, and where: one fact object and one compiled select per proposal site, so each call
// site stays monomorphic and V8 inlines the guards (DESIGN.md, Engine). The sampler's logic is in sampler.ts.

type M = CompiledMachine<PathContext, FactEvent>;

// The weight tables of chances.ts are in these orders; the sampler's fixed call sites follow them.
const sameOrder = (got: readonly string[], want: readonly string[]) => {
  if (got.join() !== want.join()) throw new ImmsimError(`sampler: chances order changed (${got.join()})`);
};
sameOrder(ADULT_DISPOSITIONS, ['title42', 'voluntaryReturn', 'expeditedRemoval', 'reinstatement', 'nta', 'prosecution']);
sameOrder(UAC_DISPOSITIONS, ['title42', 'orr', 'repatriate']);
sameOrder(CUSTODY_DECISIONS, ['detain', 'familyDetain', 'parole', 'release', 'returnToMexico']);
sameOrder(DECISIONS, ['relief', 'removalOrder', 'voluntaryDeparture', 'terminated']);

/** A proposed fact. Every one has the same hidden class (all payload fields present), so guards stay monomorphic. */
export type Fact = { type: FactType; days: number; positive: boolean; standard: string; vacated: boolean; atd: boolean; decision: HearingDecision; relief: ReliefKind | undefined };
/**
 * A fact with every payload field present (defaults for those its type does not use).
 * @example
 * fact('HEARING', 'relief', 'asylum').days // 0 until the sampler sets it
 */
export function fact(type: FactType, decision: HearingDecision = 'continued', relief: ReliefKind | undefined = undefined): Fact {
  return { type, days: 0, positive: false, standard: 'credible-fear', vacated: false, atd: false, decision, relief };
}
// The compiled selects and fires, typed for the sampler's facts (a Fact is a FactEvent with every payload field).
export type Sel = (ctx: PathContext, ev: Fact) => number;
export const asEvent = (f: Fact): FactEvent => f as unknown as FactEvent;
/** Sets a fact's days; returns the fact. */
export const put = (f: Fact, days: number): Fact => ((f.days = days), f);

// The cases of `propose`, by state.
export const KIND: Partial<Record<StateId, number>> = {
  'encountered': 0, 'metered': 1, 'processing': 2, 'prosecution': 3, 'expedited-removal': 4, 'reinstatement': 5,
  'credible-fear': 6, 'reasonable-fear': 7, 'negative-screen': 8, 'ij-review': 9, 'custody': 10, 'detained': 11,
  'family-detention': 12, 'orr': 13, 'waiting-us': 14, 'waiting-mexico': 15, 'expelled': 16, 'voluntary-return': 17,
  'removed-expedited': 18, 'transferred-third-country': 19, 'voluntary-departure': 20, 'removal-order': 21,
  'in-absentia-order': 22,
};

/** One fact object per proposal site: only the fields that vary are written. */
export const factsOf = () => ({
  meter: fact('METER'), process: fact('PROCESS'), inspect: fact('INSPECT'), expel: fact('EXPEL'),
  voluntary: fact('VOLUNTARY_RETURN'), er: fact('PLACE_IN_ER'), reinstate: fact('REINSTATE'), nta: fact('ISSUE_NTA'),
  prosecute: fact('PROSECUTE'), orr: fact('TRANSFER_TO_ORR'), repatriate: fact('REPATRIATE'),
  served: fact('SENTENCE_SERVED'), claim: fact('CLAIM_FEAR'), remove: fact('REMOVE'), aca: fact('ACA_TRANSFER'),
  screen: fact('SCREEN'), review: fact('REQUEST_REVIEW'), ij: fact('IJ_DECISION'), detain: fact('DETAIN'),
  family: fact('FAMILY_DETAIN'), parole: fact('PAROLE'), release: fact('RELEASE'), mexico: fact('RETURN_TO_MEXICO'),
  sponsor: fact('RELEASE_TO_SPONSOR'), noShow: fact('NO_SHOW'), continued: fact('HEARING'),
  asylum: fact('HEARING', 'relief', 'asylum'), withholding: fact('HEARING', 'relief', 'withholding'),
  order: fact('HEARING', 'removal-order'), departure: fact('HEARING', 'voluntary-departure'),
  terminated: fact('HEARING', 'terminated'), admit: fact('ADMIT_WIND_DOWN'), recross: fact('RECROSS'),
  horizon: fact('HORIZON'), apply: fact('APPLY_ASYLUM'),
});

/**
 * The compiled select of each (state, event) proposed, one call site each; shared code paths index by state.
 * @example
 * selectorsOf(compiledPathway()).meter(ctx, fact('METER')) // the METER transition if the law allows it, else -1
 */
export function selectorsOf(m: M) {
  const e = (type: FactType) => m.eventIndex[type] ?? -1;
  const sel = (id: StateId, type: FactType) => m.selector(m.stateIndex[id] as number, e(type)) as unknown as Sel;
  const byState = (type: FactType) => m.stateIds.map((_, i) => m.selector(i, e(type)) as unknown as Sel);
  return {
    meter: sel('encountered', 'METER'), process: sel('encountered', 'PROCESS'), inspect: sel('metered', 'INSPECT'),
    expel: sel('processing', 'EXPEL'), voluntary: sel('processing', 'VOLUNTARY_RETURN'),
    er: sel('processing', 'PLACE_IN_ER'), reinstate: sel('processing', 'REINSTATE'),
    nta: sel('processing', 'ISSUE_NTA'), prosecute: sel('processing', 'PROSECUTE'),
    orr: sel('processing', 'TRANSFER_TO_ORR'), repatriate: sel('processing', 'REPATRIATE'),
    served: sel('prosecution', 'SENTENCE_SERVED'), review: sel('negative-screen', 'REQUEST_REVIEW'),
    ij: sel('ij-review', 'IJ_DECISION'), detain: sel('custody', 'DETAIN'), family: sel('custody', 'FAMILY_DETAIN'),
    custodyParole: sel('custody', 'PAROLE'), custodyRelease: sel('custody', 'RELEASE'),
    mexicoReturn: sel('custody', 'RETURN_TO_MEXICO'), sponsor: sel('orr', 'RELEASE_TO_SPONSOR'),
    admit: sel('waiting-mexico', 'ADMIT_WIND_DOWN'), claim: byState('CLAIM_FEAR'), remove: byState('REMOVE'),
    aca: byState('ACA_TRANSFER'), screen: byState('SCREEN'), parole: byState('PAROLE'), release: byState('RELEASE'),
    noShow: byState('NO_SHOW'), hearing: byState('HEARING'), recross: byState('RECROSS'),
    horizon: byState('HORIZON'), apply: byState('APPLY_ASYLUM'),
  };
}

/** Exponential day counts, one per mean of the regime. */
export const daysOf = (c: Chances) => ({
  metering: new ExpDays(c.meteringWaitDays), processing: new ExpDays(c.processingDays),
  prosecution: new ExpDays(c.prosecutionDays), cf: new ExpDays(c.cfDays), pacr: new ExpDays(c.pacrDays), ij: new ExpDays(c.ijReviewDays),
  detention: new ExpDays(c.detentionDays), family: new ExpDays(c.familyDetentionDays), orr: new ExpDays(c.orrDays),
  windDown: new ExpDays(c.mppWindDownDays), removal: new ExpDays(c.removalDays), airRemoval: new ExpDays(c.airRemovalDays),
  hearing: new ExpDays(c.hearingIntervalDays), mppHearing: new ExpDays(c.mppHearingIntervalDays),
  detainedHearing: new ExpDays(Math.max(1, c.detentionDays * c.decisionPerHearing)),
  expulsionGap: new ExpDays(c.expulsionGapDays), removalGap: new ExpDays(c.removalGapDays),
});
