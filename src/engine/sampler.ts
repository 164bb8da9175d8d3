import { citizenshipGroup } from '../domain/citizenship.js';
import { pathwayMachine } from '../law/pathway-machine.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent } from '../law/events.js';
import { minimumConsultationDays, requiredScreenStandard } from '../law/guards/fear.js';
import { inForce } from '../law/guards/helpers.js';
import { CREDIBLE_FEAR_SCREEN, NO_SCREEN } from '../law/context.js';
import { STATES, type StateId, type StateInfo } from '../law/states.js';
import { ImmsimError } from '../domain/errors.js';
import { FLORES_FAMILY_DETENTION, ijReviewDeadlineDays, TVPRA_ORR_TRANSFER } from '../law/limits.js';
import type { Regime } from '../policy/types.js';
import { chancesOf, type Chances } from './chances.js';
import { compileMachine, type CompiledMachine } from './compile.js';
import { newPersonRecord, type PersonRecord, resetCaseRecord } from './person-record.js';
import { asEvent, daysOf, fact, type Fact, factsOf, KIND, put, type Sel, selectorsOf } from './proposals.js';
import type { ExpDays, Uniform } from './random.js';

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
  /** The person being stepped: per-case sampler state (not law), see {@link PersonRecord}. */
  private person: PersonRecord = newPersonRecord();
  private readonly own: PersonRecord = this.person;
  /** Exponential day counts, one per mean of the regime. */
  private readonly d: ReturnType<typeof daysOf>;
  // Per-person weights (profile-dependent only).
  private dispositionW: number[] = [];
  /** Days to a summary removal (ER, reinstatement, unreviewed negative screen): by land for Mexicans, else by air. */
  private summaryRemoval!: ExpDays;
  private custodyW: number[] = [];
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
    this.begin(ctx, this.own);
    resetCaseRecord(this.own);
    let state = this.m.initialState;
    for (let steps = 0; ; steps++) {
      if (steps > MAX_STEPS) throw new ImmsimError(`a path exceeded ${MAX_STEPS} steps under regime '${this.regime.id}'`);
      const f = this.next(state, ctx, u);
      // Nothing proposed: an outcome state's story ends; an open case waits (the law allows none of the regime's moves).
      if (f === null || ctx.day + f.days > this.horizonDays) {
        if (this.isOutcome[state]) return state;
        const h = this.f.horizon;
        h.days = this.horizonDays - ctx.day;
        return this.fire(state, this.s.horizon[state]!(ctx, h), h, ctx, sink);
      }
      state = this.fire(state, this.chosen, f, ctx, sink);
    }
  }

  /**
   * Makes `person` the one stepped next: looks up the weights that depend on their profile (read-only while stepping)
   * under this sampler's chances. Call before `next` whenever the person or the sampler changes.
   */
  begin(ctx: PathContext, person: PersonRecord): void {
    const c = this.chances;
    const p = ctx.profile;
    // The same arrays as `c.disposition[demographic][group]`, by index rather than by string key (slow when megamorphic).
    const group = citizenshipGroup(p.citizenship);
    const d = p.demographic;
    const gi = group === 'mexico' ? 0 : group === 'northern-triangle' ? 1 : group === 'other' ? 2 : -1;
    const di = d === 'single-adult' ? 0 : d === 'family-unit' ? 1 : d === 'uac' ? 2 : -1;
    this.dispositionW = gi >= 0 && di >= 0 ? this.dispositionTable[di * 3 + gi]! : c.disposition[d][group];
    this.custodyW = d === 'family-unit' ? c.custody['family-unit'] : c.custody['single-adult'];
    this.summaryRemoval = group === 'mexico' ? this.d.processing : this.d.airRemoval;
    this.person = person;
  }

  /**
   * Proposes the next fact for the current person (see `begin`) in `state`, with this sampler's chances and only
   * among the moves the law allows; null when there is none. The transition it chose is `chosenTransition`.
   */
  next(state: number, ctx: PathContext, u: Uniform): Fact | null {
    return this.propose(state, ctx, u);
  }

  /** The transition the last `next` chose for its fact. */
  get chosenTransition(): number {
    return this.chosen;
  }

  /** Fires transition `t` with fact `f` on `ctx`, tells the sink, and returns the new state. */
  fire(state: number, t: number, f: Fact, ctx: PathContext, sink: PathSink): number {
    const to = this.fires[t]!(ctx, f);
    sink.step?.(state, to, t, asEvent(f), ctx);
    if (f === this.f.horizon) sink.caseEnded(to, ctx);
    else if (this.isOutcome[to] && !this.isOutcome[state]) sink.caseEnded(to, ctx);
    if (f === this.f.recross) resetCaseRecord(this.person);
    return to;
  }

  /** The fact objects this sampler proposes (one per proposal site). */
  get facts(): ReturnType<typeof factsOf> {
    return this.f;
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

  // Each state's proposal is its own small method, so V8 inlines the compiled selects (and their guards) into it.
  // Where the regime weighs candidates, a candidate of weight 0 is looked at only if no weighted one is lawful: it
  // can be chosen only then (pick's uniform fallback), so skipping its guard otherwise changes nothing.
  private propose(state: number, ctx: PathContext, u: Uniform): Fact | null {
    this.n = 0;
    switch (this.kind[state]) {
      case 0: /* encountered */
        return this.encountered(ctx, u);
      case 1: /* metered */
        return this.one(this.s.inspect(ctx, put(this.f.inspect, this.d.metering.draw(u()))), this.f.inspect, u);
      case 2: /* processing */
        return ctx.profile.demographic === 'uac' ? this.processingUac(ctx, u) : this.processing(ctx, u);
      case 3: /* prosecution */
        return this.one(this.s.served(ctx, put(this.f.served, this.d.prosecution.draw(u()))), this.f.served, u);
      case 4: /* expedited-removal */
      case 5: /* reinstatement */
        return this.claimOrRemove(state, ctx, u);
      case 6: /* credible-fear */
      case 7: /* reasonable-fear */
        return this.screen(state, ctx, u);
      case 8: /* negative-screen */
        return this.negativeScreen(state, ctx, u);
      case 9: /* ij-review */
        return this.ijReview(ctx, u);
      case 10: /* custody */
        return this.custody(ctx, u);
      case 11: /* detained */
        if (this.person.decidedInDetention) return this.hearing(state, ctx, u, false, this.d.detainedHearing);
        return this.release(state, ctx, u, this.d.detention.draw(u()));
      case 12: /* family-detention */
        return this.release(state, ctx, u, Math.min(FLORES_FAMILY_DETENTION.days, this.d.family.draw(u())));
      case 13: /* orr */
        return this.one(this.s.sponsor(ctx, put(this.f.sponsor, this.d.orr.draw(u()))), this.f.sponsor, u);
      case 14: /* waiting-us */
        return this.hearing(state, ctx, u, true, this.d.hearing);
      case 15: /* waiting-mexico */
        return this.waitingInMexico(state, ctx, u);
      case 16: /* expelled */
        return this.recross(state, ctx, u, this.chances.recrossAfterExpulsion, this.d.expulsionGap);
      case 17: /* voluntary-return */
        return this.recross(state, ctx, u, this.chances.recrossAfterReturn, this.d.expulsionGap);
      case 18: /* removed-expedited */
      case 19: /* transferred-third-country */
      case 20: /* voluntary-departure */
        return this.recross(state, ctx, u, this.chances.recrossAfterRemoval, this.d.removalGap);
      case 21: /* removal-order */
      case 22: /* in-absentia-order */
        return this.afterOrder(state, ctx, u);
      default:
        return null; // relief-granted, terminated, pending
    }
  }

  private encountered(ctx: PathContext, u: Uniform): Fact | null {
    const w = this.chances.meteredShare;
    const f = this.f;
    for (let pass = 0; pass < 2 && this.n === 0; pass++) {
      if (w > 0 === (pass === 0)) this.add(this.s.meter(ctx, f.meter), w, f.meter);
      if (1 - w > 0 === (pass === 0)) this.add(this.s.process(ctx, f.process), 1 - w, f.process);
    }
    return this.pick(u);
  }

  /** A person who fears return says so; otherwise removal follows. */
  private claimOrRemove(state: number, ctx: PathContext, u: Uniform): Fact | null {
    const f = this.f.claim;
    this.add(this.s.claim[state]!(ctx, f), 1, f);
    if (this.n === 0) this.add(this.s.remove[state]!(ctx, put(this.f.remove, this.summaryRemoval.draw(u()))), 1, this.f.remove);
    return this.pick(u);
  }

  private screen(state: number, ctx: PathContext, u: Uniform): Fact | null {
    const c = this.chances;
    const standard = requiredScreenStandard(ctx);
    const rate = standard === 'credible-fear' ? c.cfPositive : standard === 'transit-bar' ? c.cfPositiveBarred : c.rfPositive;
    // Rule 9: the law sets the minimum (the consultation period); the regime the mean, and PACR/HARP's share and mean.
    const pacr = ctx.screen === CREDIBLE_FEAR_SCREEN && inForce(ctx, 'pacr-harp') && u() < c.pacrShare;
    const days = Math.max(minimumConsultationDays(ctx), (pacr ? this.d.pacr : this.d.cf).draw(u()));
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

  private negativeScreen(state: number, ctx: PathContext, u: Uniform): Fact | null {
    const w = this.chances.ijReviewRequested;
    const f = this.f;
    f.remove.days = this.summaryRemoval.draw(u());
    for (let pass = 0; pass < 2 && this.n === 0; pass++) {
      if (w > 0 === (pass === 0)) this.add(this.s.review(ctx, f.review), w, f.review);
      if (1 - w > 0 === (pass === 0)) this.add(this.s.remove[state]!(ctx, f.remove), 1 - w, f.remove);
    }
    return this.pick(u);
  }

  private ijReview(ctx: PathContext, u: Uniform): Fact | null {
    const deadline = ijReviewDeadlineDays(ctx.screen);
    const f = this.f.ij;
    f.days = Math.min(deadline, this.d.ij.draw(u()));
    f.vacated = u() < this.chances.ijReversal;
    return this.one(this.s.ij(ctx, f), f, u);
  }

  /**
   * The custody decision, in two stages. Return to Mexico is a rate among those the law lets be returned (`ws[4]`,
   * the share of the MPP-eligible at this decision who are returned): one extra draw, made only when the law allows
   * the return and the rate is above 0 (eras without MPP draw exactly as before). Everyone else is detained,
   * family-detained, paroled or released by the other weights (renormalised among the lawful ones); if none of those
   * is lawful, the return is (the law first).
   */
  private custody(ctx: PathContext, u: Uniform): Fact | null {
    const ws = this.custodyW;
    const f = this.f;
    const s = this.s;
    f.parole.days = 0;
    f.release.days = 0;
    const rate = ws[4]!;
    // The guard is asked only where a rate is set (eras without MPP skip it unless nothing else is lawful).
    const mexicoT = rate > 0 ? s.mexicoReturn(ctx, f.mexico) : -1;
    if (mexicoT >= 0 && u() < rate) {
      this.chosen = mexicoT;
      return f.mexico;
    }
    for (let pass = 0; pass < 2 && this.n === 0; pass++) {
      const weighted = pass === 0;
      if (ws[0]! > 0 === weighted) this.add(s.detain(ctx, f.detain), ws[0]!, f.detain);
      if (ws[1]! > 0 === weighted) this.add(s.family(ctx, f.family), ws[1]!, f.family);
      if (ws[2]! > 0 === weighted) this.add(s.custodyParole(ctx, f.parole), ws[2]!, f.parole);
      if (ws[3]! > 0 === weighted) this.add(s.custodyRelease(ctx, f.release), ws[3]!, f.release);
    }
    if (this.n === 0) this.add(rate > 0 ? mexicoT : s.mexicoReturn(ctx, f.mexico), 1, f.mexico);
    const r = this.pick(u);
    if (r === f.detain) this.person.decidedInDetention = u() < this.chances.detainedDecidedShare;
    return r;
  }

  /** Two clocks compete: the next MPP hearing and admission under the wind-down; the earlier one happens. */
  private waitingInMexico(state: number, ctx: PathContext, u: Uniform): Fact | null {
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

  private afterOrder(state: number, ctx: PathContext, u: Uniform): Fact | null {
    const c = this.chances;
    if (ctx.inUS) {
      const executed = this.person.decidedInDetention ? 1 : c.removalExecuted;
      if (u() >= executed) return null;
      return this.one(this.s.remove[state]!(ctx, put(this.f.remove, this.d.removal.draw(u()))), this.f.remove, u);
    }
    return this.recross(state, ctx, u, c.recrossAfterRemoval, this.d.removalGap);
  }

  /** The processing disposition of an adult or family: the regime's weights for their demographic and group. */
  private processing(ctx: PathContext, u: Uniform): Fact | null {
    const days = this.d.processing.draw(u());
    const ws = this.dispositionW;
    const f = this.f;
    const s = this.s;
    f.expel.days = days;
    f.voluntary.days = days;
    f.er.days = days;
    f.reinstate.days = days;
    f.nta.days = days;
    f.prosecute.days = days;
    const child = ctx.profile.familyRole === 'child' && ctx.profile.demographic === 'family-unit';
    for (let pass = 0; pass < 2 && this.n === 0; pass++) {
      const weighted = pass === 0;
      if (ws[0]! > 0 === weighted) this.add(s.expel(ctx, f.expel), ws[0]!, f.expel);
      if (ws[1]! > 0 === weighted) this.add(s.voluntary(ctx, f.voluntary), ws[1]!, f.voluntary);
      if (ws[2]! > 0 === weighted) this.add(s.er(ctx, f.er), ws[2]!, f.er);
      if (ws[3]! > 0 === weighted) this.add(s.reinstate(ctx, f.reinstate), ws[3]!, f.reinstate);
      if (ws[4]! > 0 === weighted) this.add(s.nta(ctx, f.nta), ws[4]!, f.nta);
      // A child travelling with a parent is never prosecuted; the parent's prosecution separates them (ORR).
      if (ws[5]! > 0 === weighted) {
        if (child) this.add(s.orr(ctx, put(f.orr, Math.min(days, TVPRA_ORR_TRANSFER.days))), ws[5]!, f.orr);
        else this.add(s.prosecute(ctx, f.prosecute), ws[5]!, f.prosecute);
      }
    }
    return this.pick(u);
  }

  /** The processing disposition of an unaccompanied child; TVPRA limits the transfer to ORR. */
  private processingUac(ctx: PathContext, u: Uniform): Fact | null {
    const days = this.d.processing.draw(u());
    const ws = this.dispositionW;
    const f = this.f;
    const s = this.s;
    f.expel.days = days;
    f.orr.days = Math.min(days, TVPRA_ORR_TRANSFER.days);
    f.repatriate.days = days;
    for (let pass = 0; pass < 2 && this.n === 0; pass++) {
      const weighted = pass === 0;
      if (ws[0]! > 0 === weighted) this.add(s.expel(ctx, f.expel), ws[0]!, f.expel);
      if (ws[1]! > 0 === weighted) this.add(s.orr(ctx, f.orr), ws[1]!, f.orr);
      if (ws[2]! > 0 === weighted) this.add(s.repatriate(ctx, f.repatriate), ws[2]!, f.repatriate);
    }
    return this.pick(u);
  }

  private release(state: number, ctx: PathContext, u: Uniform, days: number): Fact | null {
    const ws = this.custodyW;
    const f = this.f;
    f.parole.days = days;
    f.release.days = days;
    for (let pass = 0; pass < 2 && this.n === 0; pass++) {
      const weighted = pass === 0;
      if (ws[2]! > 0 === weighted) this.add(this.s.parole[state]!(ctx, f.parole), ws[2]!, f.parole);
      if (ws[3]! > 0 === weighted) this.add(this.s.release[state]!(ctx, f.release), ws[3]!, f.release);
    }
    return this.pick(u);
  }

  /** A hearing (or a no-show) after `gap` days on average; null when no hearing can be held. */
  private hearing(state: number, ctx: PathContext, u: Uniform, canMiss: boolean, gap: ExpDays): Fact | null {
    const c = this.chances;
    const mpp = state === this.mexicoState;
    // Rule 8: before the first hearing of a case, the respondent files an application (I-589) or not; the chance
    // depends on the docket and on whether a fear screen sent them to court, not on a fear claim.
    if (ctx.hearings === 0 && !ctx.asylumApplied) {
      const apply = mpp ? c.applyMpp : ctx.screen !== NO_SCREEN ? c.applyAfterScreen : c.applyDirect;
      if (u() < apply) {
        const t = this.s.apply[state]!(ctx, put(this.f.apply, 0));
        if (t >= 0) {
          this.chosen = t;
          return this.f.apply;
        }
      }
    }
    const days = gap.draw(u());
    const person = this.person;
    if (person.represented < 0) person.represented = u() < (mpp ? c.mppRepresentation : c.representation) ? 1 : 0;
    const appearP = mpp
      ? c.mppAppearance
      : person.represented
        ? c.representedAppearance
        : ctx.screen !== NO_SCREEN
          ? c.screenedAppearance
          : ctx.profile.demographic === 'family-unit'
            ? c.familyAppearance
            : c.appearance;
    this.n = 0;
    if (canMiss && u() >= appearP) return this.one(this.s.noShow[state]!(ctx, put(this.f.noShow, days)), this.f.noShow, u);
    const sel = this.s.hearing[state]!;
    if (u() >= c.decisionPerHearing) return this.one(sel(ctx, put(this.f.continued, days)), this.f.continued, u);
    return this.decision(sel, ctx, u, days, mpp);
  }

  /**
   * A decision at a hearing, weighted by what decides it: the MPP docket's own outcomes; when asylum is barred,
   * withholding's higher standard; else the person's row, with relief scaled by representation.
   */
  private decision(sel: Sel, ctx: PathContext, u: Uniform, days: number, mpp: boolean): Fact | null {
    const c = this.chances;
    const f = this.f;
    f.asylum.days = days;
    f.withholding.days = days;
    f.order.days = days;
    f.departure.days = days;
    f.terminated.days = days;
    const asylumT = sel(ctx, f.asylum);
    // Relief needs an application on file (the law refuses it otherwise): the row is the applicant's or not.
    const ws = mpp ? c.decisionMpp : !ctx.asylumApplied ? c.decisionNoFear : asylumT < 0 ? c.decisionBarred : c.decisionFear;
    const relief = mpp ? ws[0]! : ws[0]! * (this.person.represented === 1 ? c.reliefRepresented : c.reliefUnrepresented);
    for (let pass = 0; pass < 2 && this.n === 0; pass++) {
      const weighted = pass === 0;
      if (relief > 0 === weighted) {
        // Barred from asylum: withholding or CAT is still possible.
        if (asylumT >= 0) this.add(asylumT, relief, f.asylum);
        else this.add(sel(ctx, f.withholding), relief, f.withholding);
      }
      if (ws[1]! > 0 === weighted) this.add(sel(ctx, f.order), ws[1]!, f.order);
      if (ws[2]! > 0 === weighted) this.add(sel(ctx, f.departure), ws[2]!, f.departure);
      if (ws[3]! > 0 === weighted) this.add(sel(ctx, f.terminated), ws[3]!, f.terminated);
    }
    return this.pick(u);
  }

  private recross(state: number, ctx: PathContext, u: Uniform, chance: number, gap: ExpDays): Fact | null {
    if (u() >= chance) return null;
    return this.one(this.s.recross[state]!(ctx, put(this.f.recross, Math.max(1, gap.draw(u())))), this.f.recross, u);
  }
}
