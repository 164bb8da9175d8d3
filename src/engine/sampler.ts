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
const CUSTODY_EVENT: Record<(typeof CUSTODY_DECISIONS)[number], FactType> = {
  detain: 'DETAIN',
  familyDetain: 'FAMILY_DETAIN',
  parole: 'PAROLE',
  release: 'RELEASE',
  returnToMexico: 'RETURN_TO_MEXICO',
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
  private readonly candW = new Float64Array(8);
  private readonly candE: FactEvent[] = new Array(8);
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
    this.e = m.eventIndex as Record<FactType, number>;
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
        const h = { type: 'HORIZON', days: this.horizonDays - ctx.day } as FactEvent;
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

  private add(type: FactType, ev: FactEvent, weight: number, state: number, ctx: PathContext): void {
    const t = this.m.select(state, this.e[type], ctx, ev);
    if (t < 0) return;
    this.candT[this.n] = t;
    this.candW[this.n] = weight;
    this.candE[this.n] = ev;
    this.n++;
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
    const S = this.s;
    const p = ctx.profile;
    this.n = 0;
    switch (state) {
      case S.encountered:
        this.add('METER', { type: 'METER', days: 0 }, c.meteredShare, state, ctx);
        this.add('PROCESS', { type: 'PROCESS', days: 0 }, 1 - c.meteredShare, state, ctx);
        break;
      case S.metered:
        this.add('INSPECT', { type: 'INSPECT', days: expDays(c.meteringWaitDays, u()) }, 1, state, ctx);
        break;
      case S.processing: {
        const days = expDays(c.processingDays, u());
        const group: CitizenshipGroup = citizenshipGroup(p.citizenship);
        if (p.demographic === 'uac') {
          const ws = c.disposition.uac[group];
          UAC_DISPOSITIONS.forEach((k, i) => {
            const type = UAC_EVENT[k];
            // TVPRA: a child is transferred to ORR within 72 hours.
            const d = type === 'TRANSFER_TO_ORR' ? Math.min(days, 3) : days;
            this.add(type, { type, days: d } as FactEvent, ws[i]!, state, ctx);
          });
        } else {
          const ws = c.disposition[p.demographic][group];
          ADULT_DISPOSITIONS.forEach((k, i) => {
            const type = DISPOSITION_EVENT[k];
            this.add(type, { type, days } as FactEvent, ws[i]!, state, ctx);
          });
        }
        break;
      }
      case S.prosecution:
        this.add('SENTENCE_SERVED', { type: 'SENTENCE_SERVED', days: expDays(c.prosecutionDays, u()) }, 1, state, ctx);
        break;
      case S['expedited-removal']:
      case S.reinstatement:
        // A person who fears return says so; otherwise removal follows.
        this.add('CLAIM_FEAR', { type: 'CLAIM_FEAR', days: 0 }, 1, state, ctx);
        if (this.n === 0) this.add('REMOVE', { type: 'REMOVE', days: expDays(c.processingDays, u()) }, 1, state, ctx);
        break;
      case S['credible-fear']:
      case S['reasonable-fear']: {
        const standard = requiredScreenStandard(ctx);
        const rate = standard === 'credible-fear' ? c.cfPositive : standard === 'transit-bar' ? c.cfPositiveBarred : c.rfPositive;
        const days = Math.max(minimumConsultationDays(ctx), expDays(c.cfDays, u()));
        const positive = u() < rate;
        this.add('ACA_TRANSFER', { type: 'ACA_TRANSFER', days }, c.acaTransferShare, state, ctx);
        const aca = this.n > 0;
        this.add('SCREEN', { type: 'SCREEN', days, positive, standard }, aca ? 1 - c.acaTransferShare : 1, state, ctx);
        break;
      }
      case S['negative-screen']:
        this.add('REQUEST_REVIEW', { type: 'REQUEST_REVIEW', days: 0 }, c.ijReviewRequested, state, ctx);
        this.add('REMOVE', { type: 'REMOVE', days: expDays(c.processingDays, u()) }, 1 - c.ijReviewRequested, state, ctx);
        break;
      case S['ij-review']: {
        const deadline = ctx.screen === 2 ? 10 : 7;
        const days = Math.min(deadline, expDays(c.ijReviewDays, u()));
        this.add('IJ_DECISION', { type: 'IJ_DECISION', days, vacated: u() < c.ijReversal }, 1, state, ctx);
        break;
      }
      case S.custody: {
        const ws = c.custody[p.demographic === 'family-unit' ? 'family-unit' : 'single-adult'];
        CUSTODY_DECISIONS.forEach((k, i) => {
          const type = CUSTODY_EVENT[k];
          this.add(type, (type === 'RELEASE' ? { type, days: 0, atd: false } : { type, days: 0 }) as FactEvent, ws[i]!, state, ctx);
        });
        const r = this.pick(u);
        if (r?.type === 'DETAIN') this.decidedInDetention = u() < c.detainedDecidedShare;
        return r;
      }
      case S.detained:
        if (this.decidedInDetention) return this.hearing(state, ctx, u, false, Math.max(1, c.detentionDays * c.decisionPerHearing));
        this.release(state, ctx, u, expDays(c.detentionDays, u()));
        break;
      case S['family-detention']:
        // Flores: released within 20 days.
        this.release(state, ctx, u, Math.min(20, expDays(c.familyDetentionDays, u())));
        break;
      case S.orr:
        this.add('RELEASE_TO_SPONSOR', { type: 'RELEASE_TO_SPONSOR', days: expDays(c.orrDays, u()) }, 1, state, ctx);
        break;
      case S['waiting-us']:
        return this.hearing(state, ctx, u, true, c.hearingIntervalDays);
      case S['waiting-mexico']: {
        const windDown = expDays(c.mppWindDownDays, u());
        this.add('ADMIT_WIND_DOWN', { type: 'ADMIT_WIND_DOWN', days: windDown }, 1, state, ctx);
        const admit = this.n > 0 ? this.pick(u) : null;
        const admitT = this.chosen;
        const hearing = this.hearing(state, ctx, u, true, c.mppHearingIntervalDays);
        if (hearing && (admit === null || hearing.days <= admit.days)) return hearing;
        if (admit) {
          this.chosen = admitT;
          return admit;
        }
        return hearing;
      }
      case S.expelled:
        return this.recross(state, ctx, u, c.recrossAfterExpulsion, c.expulsionGapDays);
      case S['voluntary-return']:
        return this.recross(state, ctx, u, c.recrossAfterReturn, c.expulsionGapDays);
      case S['removed-expedited']:
      case S['transferred-third-country']:
      case S['voluntary-departure']:
        return this.recross(state, ctx, u, c.recrossAfterRemoval, c.removalGapDays);
      case S['removal-order']:
      case S['in-absentia-order']:
        if (ctx.inUS) {
          const executed = this.decidedInDetention ? 1 : c.removalExecuted;
          if (u() >= executed) return null;
          this.add('REMOVE', { type: 'REMOVE', days: expDays(c.removalDays, u()) }, 1, state, ctx);
          break;
        }
        return this.recross(state, ctx, u, c.recrossAfterRemoval, c.removalGapDays);
      default:
        return null; // relief-granted, terminated, pending
    }
    return this.pick(u);
  }

  private release(state: number, ctx: PathContext, u: Uniform, days: number): void {
    const ws = this.chances.custody[ctx.profile.demographic === 'family-unit' ? 'family-unit' : 'single-adult'];
    this.add('PAROLE', { type: 'PAROLE', days }, ws[2]!, state, ctx);
    this.add('RELEASE', { type: 'RELEASE', days, atd: false }, ws[3]!, state, ctx);
    void u;
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
      this.add('NO_SHOW', { type: 'NO_SHOW', days }, 1, state, ctx);
      return this.pick(u);
    }
    if (u() >= c.decisionPerHearing) {
      this.add('HEARING', { type: 'HEARING', days, decision: 'continued' }, 1, state, ctx);
      return this.pick(u);
    }
    const ws = ctx.profile.fearOfReturn ? c.decisionFear : c.decisionNoFear;
    DECISIONS.forEach((k, i) => {
      if (k === 'relief') {
        const before = this.n;
        this.add('HEARING', { type: 'HEARING', days, decision: 'relief', relief: 'asylum' }, ws[i]!, state, ctx);
        // Barred from asylum: withholding or CAT is still possible.
        if (this.n === before) this.add('HEARING', { type: 'HEARING', days, decision: 'relief', relief: 'withholding' }, ws[i]!, state, ctx);
      } else this.add('HEARING', { type: 'HEARING', days, decision: DECISION_OF[k] }, ws[i]!, state, ctx);
    });
    return this.pick(u);
  }

  private recross(state: number, ctx: PathContext, u: Uniform, chance: number, gap: number): FactEvent | null {
    if (u() >= chance) return null;
    this.add('RECROSS', { type: 'RECROSS', days: Math.max(1, expDays(gap, u())) }, 1, state, ctx);
    return this.pick(u);
  }
}
