import { citizenshipGroup } from '../domain/citizenship.js';
import { pathwayMachine } from '../law/pathway-machine.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent, FactType, HearingDecision, ReliefKind } from '../law/events.js';
import { minimumConsultationDays, requiredScreenStandard } from '../law/guards/fear.js';
import { STATES, type StateId, type StateInfo } from '../law/states.js';
import { ImmsimError } from '../domain/errors.js';
import type { Regime } from '../policy/types.js';
import { ADULT_DISPOSITIONS, chancesOf, type Chances, CUSTODY_DECISIONS, DECISIONS, UAC_DISPOSITIONS } from './chances.js';
import { compileMachine, type CompiledMachine } from './compile.js';
import { ExpDays, type Uniform } from './random.js';

type M = CompiledMachine<PathContext, FactEvent>;
let compiled: M | undefined;
/**
 * The pathway machine, compiled once per process.
 * @example
 * compiledPathway().stateIds[compiledPathway().initialState] // 'encountered'
 */
export function compiledPathway(): M {
  return (compiled ??= compileMachine<PathContext, FactEvent>(pathwayMachine));
}

/** Receives what happens to one person; the engine's summaries implement it. */
export interface PathSink {
  /** A case ended in an outcome state (or as pending at the horizon). */
  caseEnded(outcomeState: number, ctx: PathContext): void;
  /** Optional: every fired transition (explain, flows). */
  step?(from: number, to: number, transition: number, event: FactEvent, ctx: PathContext): void;
}

// Hard stop against a run-away path: far beyond any lawful path within a 20-year horizon.
const MAX_STEPS = 100_000;

// The weight tables of chances.ts are in these orders; the sampler's fixed call sites below follow them.
const sameOrder = (got: readonly string[], want: readonly string[]) => {
  if (got.join() !== want.join()) throw new ImmsimError(`sampler: chances order changed (${got.join()})`);
};
sameOrder(ADULT_DISPOSITIONS, ['title42', 'voluntaryReturn', 'expeditedRemoval', 'reinstatement', 'nta', 'prosecution']);
sameOrder(UAC_DISPOSITIONS, ['title42', 'orr', 'repatriate']);
sameOrder(CUSTODY_DECISIONS, ['detain', 'familyDetain', 'parole', 'release', 'returnToMexico']);
sameOrder(DECISIONS, ['relief', 'removalOrder', 'voluntaryDeparture', 'terminated']);

/** A proposed fact. Every one has the same hidden class (all payload fields present), so guards stay monomorphic. */
type Fact = { type: FactType; days: number; positive: boolean; standard: string; vacated: boolean; atd: boolean; decision: HearingDecision; relief: ReliefKind | undefined };
function fact(type: FactType, decision: HearingDecision = 'continued', relief: ReliefKind | undefined = undefined): Fact {
  return { type, days: 0, positive: false, standard: 'credible-fear', vacated: false, atd: false, decision, relief };
}
// The compiled selects and fires, typed for the sampler's facts (a Fact is a FactEvent with every payload field).
type Sel = (ctx: PathContext, ev: Fact) => number;
const asEvent = (f: Fact): FactEvent => f as unknown as FactEvent;
/** Sets a fact's days; returns the fact. */
const put = (f: Fact, days: number): Fact => ((f.days = days), f);

// The cases of `propose`, by state.
const KIND: Partial<Record<StateId, number>> = {
  'encountered': 0, 'metered': 1, 'processing': 2, 'prosecution': 3, 'expedited-removal': 4, 'reinstatement': 5,
  'credible-fear': 6, 'reasonable-fear': 7, 'negative-screen': 8, 'ij-review': 9, 'custody': 10, 'detained': 11,
  'family-detention': 12, 'orr': 13, 'waiting-us': 14, 'waiting-mexico': 15, 'expelled': 16, 'voluntary-return': 17,
  'removed-expedited': 18, 'transferred-third-country': 19, 'voluntary-departure': 20, 'removal-order': 21,
  'in-absentia-order': 22,
};

/** One fact object per proposal site: only the fields that vary are written. */
const factsOf = () => ({
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
  horizon: fact('HORIZON'),
});

/** The compiled select of each (state, event) proposed, one call site each; shared code paths index by state. */
function selectorsOf(m: M) {
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
    horizon: byState('HORIZON'),
  };
}

/** Exponential day counts, one per mean of the regime. */
const daysOf = (c: Chances) => ({
  metering: new ExpDays(c.meteringWaitDays), processing: new ExpDays(c.processingDays),
  prosecution: new ExpDays(c.prosecutionDays), cf: new ExpDays(c.cfDays), ij: new ExpDays(c.ijReviewDays),
  detention: new ExpDays(c.detentionDays), family: new ExpDays(c.familyDetentionDays), orr: new ExpDays(c.orrDays),
  windDown: new ExpDays(c.mppWindDownDays), removal: new ExpDays(c.removalDays),
  hearing: new ExpDays(c.hearingIntervalDays), mppHearing: new ExpDays(c.mppHearingIntervalDays),
  detainedHearing: new ExpDays(Math.max(1, c.detentionDays * c.decisionPerHearing)),
  expulsionGap: new ExpDays(c.expulsionGapDays), removalGap: new ExpDays(c.removalGapDays),
});

/**
 * Drives one person at a time through the compiled machine under one regime: it proposes facts with the regime's
 * chances and durations, and only among the moves the law allows (the machine's guards); when the law allows
 * none of what the regime proposes the case waits until the horizon. Not thread-safe; one per worker.
 *
 * Speed: each proposal has its own fact object (only the fields that vary are written) and its own call site of
 * the compiled `select` for that (state, event), so V8 inlines the guards; see DESIGN.md (Engine).
 * @example
 * const s = new PathSampler(regimes['mpp-2019'], 1095);
 * const ctx = compiledPathway().createContext({ profile, regime: regimes['mpp-2019'] });
 * s.run(ctx, pathStream(1, 0), { caseEnded() {} });
 */
export class PathSampler {
  readonly m: M;
  readonly chances: Chances;
  readonly horizonDays: number;
  private readonly isOutcome: Uint8Array;
  /** State index → kind (a dense small integer), so `propose` switches on constants. */
  private readonly kind: Int8Array;
  private readonly fires: readonly Sel[];
  private readonly mexicoState: number;
  // Candidates of the current proposal.
  private readonly candT = new Int32Array(8);
  private readonly candW = new Float64Array(8);
  private readonly candE: Fact[] = Array.from({ length: 8 }, () => fact('PROCESS'));
  private n = 0;
  /** The transition chosen by the last proposal. */
  private chosen = -1;
  // Per-case sampler state (not law): representation and whether a detained case is decided in detention.
  private represented = -1;
  private decidedInDetention = false;
  /** Exponential day counts, one per mean of the regime. */
  private readonly d: ReturnType<typeof daysOf>;
  // Per-person weights (profile-dependent only).
  private dispositionW: number[] = [];
  private custodyW: number[] = [];
  private decisionW: number[] = [];
  private readonly dispositionTable: number[][];

  private readonly f = factsOf();

  private readonly s: ReturnType<typeof selectorsOf>;

  constructor(readonly regime: Regime, horizonDays: number, m: M = compiledPathway()) {
    this.m = m;
    this.chances = chancesOf(regime);
    this.horizonDays = horizonDays;
    this.kind = Int8Array.from(m.stateIds.map((id) => KIND[id as StateId] ?? -1));
    this.isOutcome = Uint8Array.from(m.stateIds.map((id) => ((STATES as Record<string, StateInfo>)[id]?.outcome ? 1 : 0)));
    this.fires = m.fires as unknown as readonly Sel[];
    const c = this.chances;
    this.d = daysOf(c);
    const groups = ['mexico', 'northern-triangle', 'other'] as const;
    this.dispositionTable = (['single-adult', 'family-unit', 'uac'] as const).flatMap((d) => groups.map((g) => c.disposition[d][g]));
    this.s = selectorsOf(m);
    this.mexicoState = m.stateIndex['waiting-mexico'] as number;
  }

  /** Whether a state index is an outcome state. */
  outcomeState(state: number): boolean {
    return this.isOutcome[state] === 1;
  }

  /**
   * Runs one person from their first encounter to the horizon (or to an end with no further crossing).
   * Returns the final state index; `ctx` holds the counters.
   */
  run(ctx: PathContext, u: Uniform, sink: PathSink): number {
    const m = this.m;
    const c = this.chances;
    const p = ctx.profile;
    // Weights that depend on the profile only (read-only during a run), looked up once per person: the same
    // arrays as `c.disposition[demographic][group]`, by index rather than by string key (slow when megamorphic).
    const group = citizenshipGroup(p.citizenship);
    const d = p.demographic;
    const gi = group === 'mexico' ? 0 : group === 'northern-triangle' ? 1 : group === 'other' ? 2 : -1;
    const di = d === 'single-adult' ? 0 : d === 'family-unit' ? 1 : d === 'uac' ? 2 : -1;
    this.dispositionW = gi >= 0 && di >= 0 ? this.dispositionTable[di * 3 + gi]! : c.disposition[d][group];
    this.custodyW = d === 'family-unit' ? c.custody['family-unit'] : c.custody['single-adult'];
    this.decisionW = p.fearOfReturn ? c.decisionFear : c.decisionNoFear;
    let state = m.initialState;
    this.represented = -1;
    this.decidedInDetention = false;
    for (let steps = 0; ; steps++) {
      if (steps > MAX_STEPS) throw new ImmsimError(`a path exceeded ${MAX_STEPS} steps under regime '${this.regime.id}'`);
      const f = this.propose(state, ctx, u);
      // Nothing proposed: an outcome state's story ends; an open case waits (the law allows none of the regime's moves).
      if (f === null || ctx.day + f.days > this.horizonDays) {
        if (this.isOutcome[state]) return state;
        const h = this.f.horizon;
        h.days = this.horizonDays - ctx.day;
        const t = this.s.horizon[state]!(ctx, h);
        const to = this.fires[t]!(ctx, h);
        sink.step?.(state, to, t, asEvent(h), ctx);
        sink.caseEnded(to, ctx);
        return to;
      }
      const t = this.chosen;
      const to = this.fires[t]!(ctx, f);
      sink.step?.(state, to, t, asEvent(f), ctx);
      if (this.isOutcome[to] && !this.isOutcome[state]) sink.caseEnded(to, ctx);
      if (f === this.f.recross) {
        this.represented = -1;
        this.decidedInDetention = false;
      }
      state = to;
    }
  }

  /** Keeps `f` as a candidate with this weight if the law allows it (`t` is the transition its select chose). */
  private add(t: number, weight: number, f: Fact): void {
    if (t < 0) return;
    const n = this.n;
    this.candT[n] = t;
    this.candW[n] = weight;
    this.candE[n] = f;
    this.n = n + 1;
  }

  /** Weighted choice among the allowed candidates; uniform if the regime gives them no weight; null if none. */
  private pick(u: Uniform): Fact | null {
    const n = this.n;
    if (n === 0) return null;
    const w = this.candW;
    let total = 0;
    for (let i = 0; i < n; i++) total += w[i]!;
    const r = u();
    let k = n - 1;
    if (total > 0) {
      let acc = 0;
      const x = r * total;
      for (let i = 0; i < n; i++) {
        acc += w[i]!;
        if (x < acc && w[i]! > 0) {
          k = i;
          break;
        }
      }
    } else k = Math.min(n - 1, Math.floor(r * n));
    this.chosen = this.candT[k]!;
    return this.candE[k]!;
  }

  /** `add(t, 1, f)` then `pick(u)` when `f` is the only candidate: the choice is certain, but the draw is still made. */
  private one(t: number, f: Fact, u: Uniform): Fact | null {
    if (t < 0) return null;
    u();
    this.chosen = t;
    return f;
  }

  private propose(state: number, ctx: PathContext, u: Uniform): Fact | null {
    const c = this.chances;
    this.n = 0;
    switch (this.kind[state]) {
      case 0: /* encountered */ {
        const e1 = this.f.meter;
        this.add(this.s.meter(ctx, e1), c.meteredShare, e1);
        const e2 = this.f.process;
        this.add(this.s.process(ctx, e2), 1 - c.meteredShare, e2);
        return this.pick(u);
      }
      case 1: /* metered */ {
        return this.one(this.s.inspect(ctx, put(this.f.inspect, this.d.metering.draw(u()))), this.f.inspect, u);
      }
      case 2: /* processing */
        return this.processing(ctx, u);
      case 3: /* prosecution */ {
        return this.one(this.s.served(ctx, put(this.f.served, this.d.prosecution.draw(u()))), this.f.served, u);
      }
      case 4: /* expedited-removal */
      case 5: /* reinstatement */ {
        // A person who fears return says so; otherwise removal follows.
        const f = this.f.claim;
        this.add(this.s.claim[state]!(ctx, f), 1, f);
        if (this.n === 0) {
          this.add(this.s.remove[state]!(ctx, put(this.f.remove, this.d.processing.draw(u()))), 1, this.f.remove);
        }
        return this.pick(u);
      }
      case 6: /* credible-fear */
      case 7: /* reasonable-fear */ {
        const standard = requiredScreenStandard(ctx);
        const rate = standard === 'credible-fear' ? c.cfPositive : standard === 'transit-bar' ? c.cfPositiveBarred : c.rfPositive;
        const days = Math.max(minimumConsultationDays(ctx), this.d.cf.draw(u()));
        const positive = u() < rate;
        this.add(this.s.aca[state]!(ctx, put(this.f.aca, days)), c.acaTransferShare, this.f.aca);
        const aca = this.n > 0;
        const f = this.f.screen;
        f.days = days;
        f.positive = positive;
        f.standard = standard;
        this.add(this.s.screen[state]!(ctx, f), aca ? 1 - c.acaTransferShare : 1, f);
        return this.pick(u);
      }
      case 8: /* negative-screen */ {
        const f = this.f.review;
        this.add(this.s.review(ctx, f), c.ijReviewRequested, f);
        const r = this.f.remove;
        r.days = this.d.processing.draw(u());
        this.add(this.s.remove[state]!(ctx, r), 1 - c.ijReviewRequested, r);
        return this.pick(u);
      }
      case 9: /* ij-review */ {
        const deadline = ctx.screen === 2 ? 10 : 7;
        const f = this.f.ij;
        f.days = Math.min(deadline, this.d.ij.draw(u()));
        f.vacated = u() < c.ijReversal;
        return this.one(this.s.ij(ctx, f), f, u);
      }
      case 10: /* custody */ {
        const ws = this.custodyW;
        this.add(this.s.detain(ctx, this.f.detain), ws[0]!, this.f.detain);
        this.add(this.s.family(ctx, this.f.family), ws[1]!, this.f.family);
        this.add(this.s.custodyParole(ctx, put(this.f.parole, 0)), ws[2]!, this.f.parole);
        this.add(this.s.custodyRelease(ctx, put(this.f.release, 0)), ws[3]!, this.f.release);
        this.add(this.s.mexicoReturn(ctx, this.f.mexico), ws[4]!, this.f.mexico);
        const r = this.pick(u);
        if (r === this.f.detain) this.decidedInDetention = u() < c.detainedDecidedShare;
        return r;
      }
      case 11: /* detained */
        if (this.decidedInDetention) return this.hearing(state, ctx, u, false, this.d.detainedHearing);
        return this.release(state, ctx, u, this.d.detention.draw(u()));
      case 12: /* family-detention */
        // Flores: released within 20 days.
        return this.release(state, ctx, u, Math.min(20, this.d.family.draw(u())));
      case 13: /* orr */ {
        return this.one(this.s.sponsor(ctx, put(this.f.sponsor, this.d.orr.draw(u()))), this.f.sponsor, u);
      }
      case 14: /* waiting-us */
        return this.hearing(state, ctx, u, true, this.d.hearing);
      case 15: /* waiting-mexico */ {
        // Two clocks compete: the next MPP hearing and admission under the wind-down; the earlier one happens.
        const admit = this.f.admit;
        admit.days = this.d.windDown.draw(u());
        const admitT = this.s.admit(ctx, admit);
        const hearing = this.hearing(state, ctx, u, true, this.d.mppHearing);
        if (hearing && (admitT < 0 || hearing.days <= admit.days)) return hearing;
        if (admitT >= 0) {
          this.chosen = admitT;
          return admit;
        }
        return hearing;
      }
      case 16: /* expelled */
        return this.recross(state, ctx, u, c.recrossAfterExpulsion, this.d.expulsionGap);
      case 17: /* voluntary-return */
        return this.recross(state, ctx, u, c.recrossAfterReturn, this.d.expulsionGap);
      case 18: /* removed-expedited */
      case 19: /* transferred-third-country */
      case 20: /* voluntary-departure */
        return this.recross(state, ctx, u, c.recrossAfterRemoval, this.d.removalGap);
      case 21: /* removal-order */
      case 22: /* in-absentia-order */
        if (ctx.inUS) {
          const executed = this.decidedInDetention ? 1 : c.removalExecuted;
          if (u() >= executed) return null;
          return this.one(this.s.remove[state]!(ctx, put(this.f.remove, this.d.removal.draw(u()))), this.f.remove, u);
        }
        return this.recross(state, ctx, u, c.recrossAfterRemoval, this.d.removalGap);
      default:
        return null; // relief-granted, terminated, pending
    }
  }

  /** The processing disposition: the regime's weights for this person's demographic and citizenship group. */
  private processing(ctx: PathContext, u: Uniform): Fact | null {
    const days = this.d.processing.draw(u());
    const ws = this.dispositionW;
    if (ctx.profile.demographic === 'uac') {
      this.add(this.s.expel(ctx, put(this.f.expel, days)), ws[0]!, this.f.expel);
      // TVPRA: a child is transferred to ORR within 72 hours.
      this.add(this.s.orr(ctx, put(this.f.orr, Math.min(days, 3))), ws[1]!, this.f.orr);
      this.add(this.s.repatriate(ctx, put(this.f.repatriate, days)), ws[2]!, this.f.repatriate);
      return this.pick(u);
    }
    this.add(this.s.expel(ctx, put(this.f.expel, days)), ws[0]!, this.f.expel);
    this.add(this.s.voluntary(ctx, put(this.f.voluntary, days)), ws[1]!, this.f.voluntary);
    this.add(this.s.er(ctx, put(this.f.er, days)), ws[2]!, this.f.er);
    this.add(this.s.reinstate(ctx, put(this.f.reinstate, days)), ws[3]!, this.f.reinstate);
    this.add(this.s.nta(ctx, put(this.f.nta, days)), ws[4]!, this.f.nta);
    this.add(this.s.prosecute(ctx, put(this.f.prosecute, days)), ws[5]!, this.f.prosecute);
    return this.pick(u);
  }

  private release(state: number, ctx: PathContext, u: Uniform, days: number): Fact | null {
    const ws = this.custodyW;
    this.add(this.s.parole[state]!(ctx, put(this.f.parole, days)), ws[2]!, this.f.parole);
    this.add(this.s.release[state]!(ctx, put(this.f.release, days)), ws[3]!, this.f.release);
    return this.pick(u);
  }

  /** A hearing (or a no-show) after `gap` days on average; null when no hearing can be held. */
  private hearing(state: number, ctx: PathContext, u: Uniform, canMiss: boolean, gap: ExpDays): Fact | null {
    const c = this.chances;
    const mpp = state === this.mexicoState;
    const days = gap.draw(u());
    if (this.represented < 0) this.represented = u() < (mpp ? c.mppRepresentation : c.representation) ? 1 : 0;
    const appearP = mpp ? c.mppAppearance : this.represented ? c.representedAppearance : c.appearance;
    this.n = 0;
    if (canMiss && u() >= appearP) return this.one(this.s.noShow[state]!(ctx, put(this.f.noShow, days)), this.f.noShow, u);
    const sel = this.s.hearing[state]!;
    if (u() >= c.decisionPerHearing) return this.one(sel(ctx, put(this.f.continued, days)), this.f.continued, u);
    const ws = this.decisionW;
    const f = this.f;
    const before = this.n;
    this.add(sel(ctx, put(f.asylum, days)), ws[0]!, f.asylum);
    // Barred from asylum: withholding or CAT is still possible.
    if (this.n === before) this.add(sel(ctx, put(f.withholding, days)), ws[0]!, f.withholding);
    this.add(sel(ctx, put(f.order, days)), ws[1]!, f.order);
    this.add(sel(ctx, put(f.departure, days)), ws[2]!, f.departure);
    this.add(sel(ctx, put(f.terminated, days)), ws[3]!, f.terminated);
    return this.pick(u);
  }

  private recross(state: number, ctx: PathContext, u: Uniform, chance: number, gap: ExpDays): Fact | null {
    if (u() >= chance) return null;
    return this.one(this.s.recross[state]!(ctx, put(this.f.recross, Math.max(1, gap.draw(u())))), this.f.recross, u);
  }
}
