import type { CitizenshipGroup } from '../domain/citizenship.js';
import { citizenshipGroup } from '../domain/citizenship.js';
import { pathwayMachine } from '../law/pathway-machine.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent, FactType, HearingDecision } from '../law/events.js';
import { minimumConsultationDays, requiredScreenStandard } from '../law/guards/fear.js';
import { STATES, type StateId, type StateInfo } from '../law/states.js';
import { ImmsimError } from '../domain/errors.js';
import type { Regime } from '../policy/types.js';
import { ADULT_DISPOSITIONS, chancesOf, type Chances, CUSTODY_DECISIONS, DECISIONS, UAC_DISPOSITIONS } from './chances.js';
import { compileMachine, type CompiledMachine } from './compile.js';
import { expDays, type Uniform } from './random.js';

type M = CompiledMachine<PathContext, FactEvent>;
let compiled: M | undefined;
/** The pathway machine, compiled once per process. */
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

const DECISION_OF: Record<(typeof DECISIONS)[number], HearingDecision> = {
  relief: 'relief',
  removalOrder: 'removal-order',
  voluntaryDeparture: 'voluntary-departure',
  terminated: 'terminated',
};
const DISPOSITION_EVENT: Record<(typeof ADULT_DISPOSITIONS)[number], FactType> = {
  title42: 'EXPEL',
  voluntaryReturn: 'VOLUNTARY_RETURN',
  expeditedRemoval: 'PLACE_IN_ER',
  reinstatement: 'REINSTATE',
  nta: 'ISSUE_NTA',
  prosecution: 'PROSECUTE',
};
const UAC_EVENT: Record<(typeof UAC_DISPOSITIONS)[number], FactType> = {
  title42: 'EXPEL',
  orr: 'TRANSFER_TO_ORR',
  repatriate: 'REPATRIATE',
};
const ADULT_EVENTS: readonly FactType[] = ADULT_DISPOSITIONS.map((k) => DISPOSITION_EVENT[k]);
const UAC_EVENTS: readonly FactType[] = UAC_DISPOSITIONS.map((k) => UAC_EVENT[k]);
const CUSTODY_EVENT: Record<(typeof CUSTODY_DECISIONS)[number], FactType> = {
  detain: 'DETAIN',
  familyDetain: 'FAMILY_DETAIN',
  parole: 'PAROLE',
  release: 'RELEASE',
  returnToMexico: 'RETURN_TO_MEXICO',
};
const CUSTODY_EVENTS: readonly FactType[] = CUSTODY_DECISIONS.map((k) => CUSTODY_EVENT[k]);

// Every proposed fact has the same hidden class (all payload fields present), so the guards and actions that read
// facts stay monomorphic in V8; the machine ignores fields a fact type does not use.
function fact(type: FactType, days: number): FactEvent {
  return { type, days, positive: false, standard: 'credible-fear', vacated: false, atd: false, decision: 'continued', relief: undefined } as unknown as FactEvent;
}
type Scratch = { type: FactType; days: number; positive: boolean; standard: string; vacated: boolean; atd: boolean; decision: string; relief: string | undefined };

// The cases of `propose`, by state.
const KIND: Partial<Record<StateId, number>> = {
  'encountered': 0,
  'metered': 1,
  'processing': 2,
  'prosecution': 3,
  'expedited-removal': 4,
  'reinstatement': 5,
  'credible-fear': 6,
  'reasonable-fear': 7,
  'negative-screen': 8,
  'ij-review': 9,
  'custody': 10,
  'detained': 11,
  'family-detention': 12,
  'orr': 13,
  'waiting-us': 14,
  'waiting-mexico': 15,
  'expelled': 16,
  'voluntary-return': 17,
  'removed-expedited': 18,
  'transferred-third-country': 19,
  'voluntary-departure': 20,
  'removal-order': 21,
  'in-absentia-order': 22,
};

/**
 * Drives one person at a time through the compiled machine under one regime: it proposes facts with the regime's
 * chances and durations, and only among the moves the law allows (the machine's guards); when the law allows
 * none of what the regime proposes the case waits until the horizon. Not thread-safe; one per worker.
 */
export class PathSampler {
  readonly m: M;
  readonly chances: Chances;
  readonly horizonDays: number;
  private readonly s: Record<StateId, number>;
  private readonly e: Record<FactType, number>;
  private readonly isOutcome: Uint8Array;
  // Scratch space for weighted choice among allowed moves.
  private readonly candT = new Int32Array(8);
  private readonly slotEvent = new Int32Array(8);
  /** State index → kind (a dense small integer), so `propose` switches on constants. */
  private readonly kind: Int8Array;
  private readonly candW = new Float64Array(8);
  // One reusable fact per slot (no allocation per step); a fact is fired before the next proposal reuses it.
  private readonly candE: FactEvent[] = Array.from({ length: 8 }, () => fact('PROCESS', 0));
  private readonly admitE = fact('ADMIT_WIND_DOWN', 0);
  private readonly horizonE = fact('HORIZON', 0);
  private n = 0;
  // Per-case sampler state (not law): representation and whether a detained case is decided in detention.
  private represented = -1;
  private decidedInDetention = false;
  /** The transition chosen by the last proposal. */
  private chosen = -1;

  constructor(readonly regime: Regime, horizonDays: number, m: M = compiledPathway()) {
    this.m = m;
    this.chances = chancesOf(regime);
    this.horizonDays = horizonDays;
    this.s = m.stateIndex as Record<StateId, number>;
    this.kind = Int8Array.from(m.stateIds.map((id) => KIND[id as StateId] ?? -1));
    // Plain object with fixed keys: named loads stay monomorphic.
    this.e = { ...(m.eventIndex as Record<FactType, number>) };
    this.isOutcome = Uint8Array.from(m.stateIds.map((id) => ((STATES as Record<string, StateInfo>)[id]?.outcome ? 1 : 0)));
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
    let state = m.initialState;
    this.represented = -1;
    this.decidedInDetention = false;
    for (let steps = 0; ; steps++) {
      if (steps > MAX_STEPS) throw new ImmsimError(`a path exceeded ${MAX_STEPS} steps under regime '${this.regime.id}'`);
      const ev = this.propose(state, ctx, u);
      // Nothing proposed: an outcome state's story ends; an open case waits (the law allows none of the regime's moves).
      if (ev === null && this.isOutcome[state]) return state;
      if (ev === null || ctx.day + ev.days > this.horizonDays) {
        if (this.isOutcome[state]) return state;
        const h = this.horizonE;
        (h as unknown as Scratch).days = this.horizonDays - ctx.day;
        const t = m.select(state, this.e.HORIZON, ctx, h);
        const to = m.fire(t, ctx, h);
        sink.step?.(state, to, t, h, ctx);
        sink.caseEnded(to, ctx);
        return to;
      }
      const t = this.chosen;
      const to = m.fire(t, ctx, ev);
      sink.step?.(state, to, t, ev, ctx);
      if (this.isOutcome[to] && !this.isOutcome[state]) sink.caseEnded(to, ctx);
      if (ev.type === 'RECROSS') {
        this.represented = -1;
        this.decidedInDetention = false;
      }
      state = to;
    }
  }

  /** Fills the next slot's fact (payload reset to defaults); the caller may set payload fields, then `add`. */
  private slot(type: FactType, days: number): Scratch {
    const e = this.candE[this.n] as unknown as Scratch;
    e.type = type;
    this.slotEvent[this.n] = this.e[type];
    e.days = days;
    e.positive = false;
    e.standard = 'credible-fear';
    e.vacated = false;
    e.atd = false;
    e.decision = 'continued';
    e.relief = undefined;
    return e;
  }

  /** Keeps the filled slot as a candidate if the law allows it. */
  private add(weight: number, state: number, ctx: PathContext): void {
    const ev = this.candE[this.n]!;
    const t = this.m.select(state, this.slotEvent[this.n]!, ctx, ev);
    if (t < 0) return;
    this.candT[this.n] = t;
    this.candW[this.n] = weight;
    this.n++;
  }

  private offer(type: FactType, days: number, weight: number, state: number, ctx: PathContext): void {
    this.slot(type, days);
    this.add(weight, state, ctx);
  }

  /** Weighted choice among the allowed candidates; uniform if the regime gives them no weight; null if none. */
  private pick(u: Uniform): FactEvent | null {
    const n = this.n;
    if (n === 0) return null;
    let total = 0;
    for (let i = 0; i < n; i++) total += this.candW[i]!;
    const r = u();
    let k = n - 1;
    if (total > 0) {
      let acc = 0;
      const x = r * total;
      for (let i = 0; i < n; i++) {
        acc += this.candW[i]!;
        if (x < acc && this.candW[i]! > 0) {
          k = i;
          break;
        }
      }
    } else k = Math.min(n - 1, Math.floor(r * n));
    this.chosen = this.candT[k]!;
    return this.candE[k]!;
  }

  private propose(state: number, ctx: PathContext, u: Uniform): FactEvent | null {
    const c = this.chances;
    const p = ctx.profile;
    this.n = 0;
    switch (this.kind[state]) {
      case 0: /* encountered */
        this.offer('METER', 0, c.meteredShare, state, ctx);
        this.offer('PROCESS', 0, 1 - c.meteredShare, state, ctx);
        break;
      case 1: /* metered */
        this.offer('INSPECT', expDays(c.meteringWaitDays, u()), 1, state, ctx);
        break;
      case 2: /* processing */ {
        const days = expDays(c.processingDays, u());
        const group: CitizenshipGroup = citizenshipGroup(p.citizenship);
        if (p.demographic === 'uac') {
          const ws = c.disposition.uac[group];
          for (let i = 0; i < UAC_EVENTS.length; i++) {
            const type = UAC_EVENTS[i]!;
            // TVPRA: a child is transferred to ORR within 72 hours.
            this.offer(type, type === 'TRANSFER_TO_ORR' ? Math.min(days, 3) : days, ws[i]!, state, ctx);
          }
        } else {
          const ws = c.disposition[p.demographic][group];
          for (let i = 0; i < ADULT_EVENTS.length; i++) this.offer(ADULT_EVENTS[i]!, days, ws[i]!, state, ctx);
        }
        break;
      }
      case 3: /* prosecution */
        this.offer('SENTENCE_SERVED', expDays(c.prosecutionDays, u()), 1, state, ctx);
        break;
      case 4: /* expedited-removal */
      case 5: /* reinstatement */
        // A person who fears return says so; otherwise removal follows.
        this.offer('CLAIM_FEAR', 0, 1, state, ctx);
        if (this.n === 0) this.offer('REMOVE', expDays(c.processingDays, u()), 1, state, ctx);
        break;
      case 6: /* credible-fear */
      case 7: /* reasonable-fear */ {
        const standard = requiredScreenStandard(ctx);
        const rate = standard === 'credible-fear' ? c.cfPositive : standard === 'transit-bar' ? c.cfPositiveBarred : c.rfPositive;
        const days = Math.max(minimumConsultationDays(ctx), expDays(c.cfDays, u()));
        const positive = u() < rate;
        this.offer('ACA_TRANSFER', days, c.acaTransferShare, state, ctx);
        const aca = this.n > 0;
        const e = this.slot('SCREEN', days);
        e.positive = positive;
        e.standard = standard;
        this.add(aca ? 1 - c.acaTransferShare : 1, state, ctx);
        break;
      }
      case 8: /* negative-screen */
        this.offer('REQUEST_REVIEW', 0, c.ijReviewRequested, state, ctx);
        this.offer('REMOVE', expDays(c.processingDays, u()), 1 - c.ijReviewRequested, state, ctx);
        break;
      case 9: /* ij-review */ {
        const deadline = ctx.screen === 2 ? 10 : 7;
        this.slot('IJ_DECISION', Math.min(deadline, expDays(c.ijReviewDays, u()))).vacated = u() < c.ijReversal;
        this.add(1, state, ctx);
        break;
      }
      case 10: /* custody */ {
        const ws = c.custody[p.demographic === 'family-unit' ? 'family-unit' : 'single-adult'];
        for (let i = 0; i < CUSTODY_EVENTS.length; i++) this.offer(CUSTODY_EVENTS[i]!, 0, ws[i]!, state, ctx);
        const r = this.pick(u);
        if (r?.type === 'DETAIN') this.decidedInDetention = u() < c.detainedDecidedShare;
        return r;
      }
      case 11: /* detained */
        if (this.decidedInDetention) return this.hearing(state, ctx, u, false, Math.max(1, c.detentionDays * c.decisionPerHearing));
        this.release(state, ctx, expDays(c.detentionDays, u()));
        break;
      case 12: /* family-detention */
        // Flores: released within 20 days.
        this.release(state, ctx, Math.min(20, expDays(c.familyDetentionDays, u())));
        break;
      case 13: /* orr */
        this.offer('RELEASE_TO_SPONSOR', expDays(c.orrDays, u()), 1, state, ctx);
        break;
      case 14: /* waiting-us */
        return this.hearing(state, ctx, u, true, c.hearingIntervalDays);
      case 15: /* waiting-mexico */ {
        // Two clocks compete: the next MPP hearing and admission under the wind-down; the earlier one happens.
        const admit = this.admitE as unknown as Scratch;
        admit.days = expDays(c.mppWindDownDays, u());
        const admitT = this.m.select(state, this.e.ADMIT_WIND_DOWN, ctx, this.admitE);
        const hearing = this.hearing(state, ctx, u, true, c.mppHearingIntervalDays);
        if (hearing && (admitT < 0 || hearing.days <= admit.days)) return hearing;
        if (admitT >= 0) {
          this.chosen = admitT;
          return this.admitE;
        }
        return hearing;
      }
      case 16: /* expelled */
        return this.recross(state, ctx, u, c.recrossAfterExpulsion, c.expulsionGapDays);
      case 17: /* voluntary-return */
        return this.recross(state, ctx, u, c.recrossAfterReturn, c.expulsionGapDays);
      case 18: /* removed-expedited */
      case 19: /* transferred-third-country */
      case 20: /* voluntary-departure */
        return this.recross(state, ctx, u, c.recrossAfterRemoval, c.removalGapDays);
      case 21: /* removal-order */
      case 22: /* in-absentia-order */
        if (ctx.inUS) {
          const executed = this.decidedInDetention ? 1 : c.removalExecuted;
          if (u() >= executed) return null;
          this.offer('REMOVE', expDays(c.removalDays, u()), 1, state, ctx);
          break;
        }
        return this.recross(state, ctx, u, c.recrossAfterRemoval, c.removalGapDays);
      default:
        return null; // relief-granted, terminated, pending
    }
    return this.pick(u);
  }

  private release(state: number, ctx: PathContext, days: number): void {
    const ws = this.chances.custody[ctx.profile.demographic === 'family-unit' ? 'family-unit' : 'single-adult'];
    this.offer('PAROLE', days, ws[2]!, state, ctx);
    this.offer('RELEASE', days, ws[3]!, state, ctx);
  }

  /** A hearing (or a no-show) after `meanGap` days on average; null when no hearing can be held. */
  private hearing(state: number, ctx: PathContext, u: Uniform, canMiss: boolean, meanGap: number): FactEvent | null {
    const c = this.chances;
    const mpp = state === this.s['waiting-mexico'];
    const days = expDays(meanGap, u());
    if (this.represented < 0) this.represented = u() < (mpp ? c.mppRepresentation : c.representation) ? 1 : 0;
    const appearP = mpp ? c.mppAppearance : this.represented ? c.representedAppearance : c.appearance;
    this.n = 0;
    if (canMiss && u() >= appearP) {
      this.offer('NO_SHOW', days, 1, state, ctx);
      return this.pick(u);
    }
    if (u() >= c.decisionPerHearing) {
      this.offer('HEARING', days, 1, state, ctx);
      return this.pick(u);
    }
    const ws = ctx.profile.fearOfReturn ? c.decisionFear : c.decisionNoFear;
    for (let i = 0; i < DECISIONS.length; i++) {
      const decision = DECISION_OF[DECISIONS[i]!];
      const e = this.slot('HEARING', days);
      e.decision = decision;
      if (decision === 'relief') {
        e.relief = 'asylum';
        const before = this.n;
        this.add(ws[i]!, state, ctx);
        // Barred from asylum: withholding or CAT is still possible.
        if (this.n === before) {
          const w = this.slot('HEARING', days);
          w.decision = 'relief';
          w.relief = 'withholding';
          this.add(ws[i]!, state, ctx);
        }
      } else this.add(ws[i]!, state, ctx);
    }
    return this.pick(u);
  }

  private recross(state: number, ctx: PathContext, u: Uniform, chance: number, gap: number): FactEvent | null {
    if (u() >= chance) return null;
    this.offer('RECROSS', Math.max(1, expDays(gap, u())), 1, state, ctx);
    return this.pick(u);
  }
}
