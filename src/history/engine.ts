import { compileCohort, type ProfileSampler } from '../cohorts/draw-profile.js';
import type { Cohort } from '../cohorts/types.js';
import type { MigrantProfile } from '../domain/profile.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent } from '../law/events.js';
import { STATES, type StateInfo } from '../law/states.js';
import { newPersonRecord } from '../engine/person-record.js';
import { TVPRA_ORR_TRANSFER } from '../law/limits.js';
import { type Fact } from '../engine/proposals.js';
import { pathSeed, Stream } from '../engine/random.js';
import { compiledPathway, type PathSink } from '../engine/sampler.js';
import type { ArrivalSeries } from './arrivals.js';
import { monthCohort, portCohort } from './arrivals.js';
import { monthDays, monthsBetween, isoOfDay } from './calendar.js';
import { type CapacityHooks, RESOURCE, RESOURCE_IDS, REFUSE, unlimited } from './capacity-hooks.js';
import { PersonStore } from './person-store.js';
import { regimeDays, type MeasureSwitches, type RegimeDays } from './regime-days.js';
import { courtReopening, NONDETAINED_REOPENING } from './court-reopening.js';
import { FLOW_SERIES, type FlowSeriesId } from './series-ids.js';
import { classifyStates, classifyTransition, T } from './transition-classes.js';
import { heldAfterOrder, iceStayIndex } from './ice-stay.js';

/** One replication of a history run: what to replay. */
export interface HistoryRunSpec {
  from: string;
  to: string;
  seed: number;
  /** Share of arrivals simulated, in (0, 1]; counts are scaled back. */
  scale: number;
  switches: MeasureSwitches;
  arrivals: ArrivalSeries;
  /**
   * First crossings per month (simulated people, not scaled back), e.g. from a baseline's solve; else solved. Between
   * ports for each month, then at ports of entry for each month (length 2 × months).
   */
  firstCrossings?: readonly number[];
  capacity?: CapacityHooks;
  /** Instead of the monthly series: `count` people (drawn from `cohort`, or all `profile`) arriving on one day. */
  fixed?: { day: number; count: number; cohort: Cohort; profile?: MigrantProfile };
  /** Every fired fact, in calendar order (explain). */
  trace?: (t: TraceStep) => void;
  /** Every day's end (tests: conservation). */
  onDayEnd?: (day: number, stateCount: Float64Array) => void;
}

/** A fired fact, for explain. */
export interface TraceStep {
  day: number;
  person: number;
  from: number;
  to: number;
  event: FactEvent;
  /** The transition fired (-1 for a capacity note). */
  transition: number;
  regime: number;
  /** A capacity decision taken before this fact (delay days or 'refused'), if any. */
  capacity?: string;
  /** The law of the day did not allow the pending fact (it did not happen; its days passed), or allowed no move. */
  law?: string;
  /** The person's context after the fact (live: copy it to keep it); absent on a capacity note. */
  context?: PathContext;
}

/** Raw output of one replication (counts of simulated people; the API scales and summarises). */
export interface HistoryRunResult {
  months: string[];
  flows: Record<FlowSeriesId, Float64Array>;
  /** Month-end people per state (state index order of the compiled machine). */
  stateCounts: Float64Array[];
  coutPending: Float64Array;
  /** Per month: the published encounters the run aimed at (scaled down), for the fit: all CBP. */
  target: Float64Array;
  /** The same, between ports (Border Patrol) and at ports of entry (OFO). */
  targetByEntry: [Float64Array, Float64Array];
  /** First crossings per month between ports, then per month at ports of entry (length 2 × months). */
  firstCrossings: number[];
  /** Per fiscal-year index (0 = the FY of `from`): unique people encountered, ICE person-days, days counted, ICE stays. */
  fy: { unique: Float64Array; iceDays: Float64Array; days: Float64Array; alosSum: Float64Array; alosN: Float64Array };
  /** Per month: people held by ICE after a removal order made in detention, at month end (not in a state's count). */
  iceHeld: Float64Array;
  peakLive: number;
  people: number;
  events: number;
  regimes: RegimeDays;
}

const FLAG_DECIDED = 1;
const FLAG_IN_COURT = 2;
const FLAG_POSITIVE = 4;
const FLAG_VACATED = 8;
const FLAG_ATD = 16;
const FLAG_HELD = 32; // held by ICE after a removal order made in detention (ice-stay.ts)
const SITE_NONE = -1;
const SITE_ARRIVE = -2;
const SITE_WAIT = -3; // waiting for the rules to change: pdays = the days waited

/**
 * Replays one replication in calendar time: a calendar queue of days (a bucket per day, FIFO within a day) holds
 * each live person's next event; people wait packed in a {@link PersonStore}. On each event the person's pending
 * fact is judged by the law of that day (the regime of the day, one compiled select), then the next fact is proposed
 * with the chances and durations of that day's era. A case the law holds still (e.g. MPP hearings suspended) is
 * looked at again on the next day the rules change. Arrivals per month are first crossings solved so simulated
 * encounters match the published ones (docs/history.md).
 * @example
 * const r = runHistory({ from: '2019-01', to: '2019-03', seed: 1, scale: 0.001, switches: {}, arrivals: publishedArrivals() });
 * r.flows.encounters[0] // ≈ 47,986 × 0.001
 */
export function runHistory(spec: HistoryRunSpec): HistoryRunResult {
  const m = compiledPathway();
  const months = monthsBetween(spec.from, spec.to);
  const [firstDay] = monthDays(months[0]!);
  const lastDay = monthDays(months[months.length - 1]!)[1] - 1;
  const rd = regimeDays(lastDay, spec.switches);
  const hooks = spec.capacity ?? unlimited;
  const useHooks = hooks !== unlimited;
  const nStates = m.stateIds.length;
  const isOutcome = Uint8Array.from(m.stateIds.map((id) => ((STATES as Record<string, StateInfo>)[id]?.outcome ? 1 : 0)));
  const timeOf = (id: string) => (STATES as Record<string, StateInfo>)[id]?.time;
  const timeKind = Int8Array.from(m.stateIds.map((id) => (timeOf(id) === 'detained' ? 1 : timeOf(id) === 'mexico' ? 2 : 0)));
  const groups = classifyStates(m.stateIds);
  // Without a capacity model, non-detained dockets reopen court by court after the 2020 postponement (the schedule
  // lives in court-reopening.ts; a capacity model has its own share of judge time instead).
  const reopening = courtReopening(NONDETAINED_REOPENING, spec.seed, spec.switches, useHooks);
  const waitingUs = m.stateIndex['waiting-us'] ?? -1;
  const iceIx = iceStayIndex(m.stateIds);
  const tClass = new Int32Array(m.transitionTarget.length).fill(-1);

  // Calendar queue: a FIFO list of slots per day.
  const head = new Int32Array(lastDay + 2).fill(-1);
  const tail = new Int32Array(lastDay + 2).fill(-1);
  let next = new Int32Array(1024);
  // Repeat crossings already on the calendar per day, between ports [0] and at ports of entry [1].
  const recrossAt = [new Float64Array(lastDay + 2), new Float64Array(lastDay + 2)] as const;

  // Reusable working objects: one context, one profile, one person record.
  const sampleCohort = spec.fixed?.cohort ?? monthCohort(months[0]!, spec.arrivals.months[months[0]!]!);
  const sampleProfile = spec.fixed?.profile ?? compileCohort(sampleCohort)(new Stream().reset(0, 0).u);
  const ctx: PathContext = m.createContext({ profile: PersonStore.blankProfile(sampleProfile), regime: rd.regimes[0]! });
  const store = new PersonStore(ctx, 4096);
  const A = store.at;
  const person = newPersonRecord();
  const stream = new Stream();
  const profileStream = new Stream();
  const pSeed = pathSeed(spec.seed);
  // Each sampler has its own fact objects (its call sites); a pending fact is stored as its site's index.
  const siteFactsOf: Fact[][] = rd.samplers.map((x) => Object.values(x.facts));
  const siteOfs = siteFactsOf.map((fs) => new Map(fs.map((f, i) => [f, i])));
  const STANDARDS = ['credible-fear', 'transit-bar', 'reasonable-fear'];

  const M = months.length;
  const flows = Object.fromEntries(FLOW_SERIES.map((id) => [id, new Float64Array(M)])) as Record<FlowSeriesId, Float64Array>;
  const stateCount = new Float64Array(nStates);
  const stateCounts: Float64Array[] = [];
  const coutPending = new Float64Array(M);
  const iceHeld = new Float64Array(M);
  let heldNow = 0;
  const target = new Float64Array(M);
  const targetByEntry: [Float64Array, Float64Array] = [new Float64Array(M), new Float64Array(M)];
  const firstByEntry: [number[], number[]] = [[], []];
  const ENCOUNTERS_BY_ENTRY = ['encounters-between-ports', 'encounters-at-ports'] as const;
  const entryOf = (c: PathContext): 0 | 1 => (c.profile.entry === 'port-of-entry' ? 1 : 0);
  const fyN = Math.ceil(M / 12) + 1;
  const fy = { unique: new Float64Array(fyN), iceDays: new Float64Array(fyN), days: new Float64Array(fyN), alosSum: new Float64Array(fyN), alosN: new Float64Array(fyN) };
  const fyOfMonth = months.map((mo) => {
    const [y, mm] = mo.split('-').map(Number) as [number, number];
    const [y0, m0] = months[0]!.split('-').map(Number) as [number, number];
    return (mm >= 10 ? y + 1 : y) - (m0 >= 10 ? y0 + 1 : y0);
  });
  let pending = 0;
  let people = 0;
  let events = 0;
  let month = 0;
  let day = firstDay;
  let slot = -1;
  let o = 0;
  let regime = 0;

  const schedule = (s: number, d: number): void => {
    if (d > lastDay) return; // beyond the run: the person stays where they are
    if (s >= next.length) {
      const g = new Int32Array(next.length * 2);
      g.set(next);
      next = g;
    }
    next[s] = -1;
    if (head[d] === -1) head[d] = s;
    else next[tail[d]!] = s;
    tail[d] = s;
  };

  const countEncounter = (repeat: boolean): void => {
    flows.encounters[month]!++;
    flows[ENCOUNTERS_BY_ENTRY[entryOf(ctx)]][month]!++;
    if (repeat) flows['encounters-repeat'][month]!++;
    const y = fyOfMonth[month]!;
    if (store.data[o + A.lastFy] !== y) {
      store.data[o + A.lastFy] = y;
      fy.unique[y]!++;
    }
    store.data[o + A.lastEnc] = day;
  };

  // Records each fired fact in the month's series; keeps the state counts, court and ICE stays.
  const sink: PathSink = {
    caseEnded() {},
    step(from: number, to: number, t: number, ev: FactEvent) {
      let c = tClass[t]!;
      if (c < 0) c = tClass[t] = classifyTransition(m.stateIds, from, to, ev.type);
      stateCount[from]!--;
      stateCount[to]!++;
      if (c & T.EXPEL) flows.expulsions[month]!++;
      if (c & T.VR) flows['voluntary-returns'][month]!++;
      if (c & T.ER) flows['expedited-removals'][month]!++;
      if (c & T.REINSTATE) flows.reinstatements[month]!++;
      if (c & T.NTA) flows.ntas[month]!++;
      if (c & T.CLAIM) flows['fear-claims'][month]!++;
      if (c & T.SCREEN) flows[(ev as { positive?: boolean }).positive ? 'fear-screens-positive' : 'fear-screens-negative'][month]!++;
      if (c & T.MPP) flows['mpp-returns'][month]!++;
      if (c & T.WIND_DOWN) flows['wind-down-admissions'][month]!++;
      if (c & T.REMOVAL) flows.removals[month]!++;
      const d = store.data;
      if (c & T.RECEIPT && !(d[o + A.flags]! & FLAG_IN_COURT)) {
        d[o + A.flags] = d[o + A.flags]! | FLAG_IN_COURT;
        flows['court-receipts'][month]!++;
        pending++;
        if (useHooks) hooks.courtReceipt?.(day, d[o + A.id]!, ctx.profile);
      }
      if (c & T.COMPLETION && d[o + A.flags]! & FLAG_IN_COURT) {
        d[o + A.flags] = d[o + A.flags]! & ~FLAG_IN_COURT;
        flows['court-completions'][month]!++;
        if (c & T.IN_ABSENTIA) flows['court-completions-in-absentia'][month]!++;
        if (c & T.RELIEF) flows['court-completions-relief'][month]!++;
        pending--;
      }
      const heldBefore = (d[o + A.flags]! & FLAG_HELD) !== 0;
      const heldAfter = heldAfterOrder(heldBefore, from, to, ev.type, iceIx);
      if (heldAfter !== heldBefore) {
        d[o + A.flags] = heldAfter ? d[o + A.flags]! | FLAG_HELD : d[o + A.flags]! & ~FLAG_HELD;
        heldNow += heldAfter ? 1 : -1;
      }
      const wasIce = iceIx.ice[from] === 1 || heldBefore;
      const isIce = iceIx.ice[to] === 1 || heldAfter;
      if (!wasIce && isIce) d[o + A.iceSince] = day;
      else if (wasIce && !isIce) {
        // ICE counts book-ins: a stay of no full day (processed through the same day) is not one.
        const stay = day - d[o + A.iceSince]!;
        if (stay > 0) {
          const y = fyOfMonth[month]!;
          fy.alosSum[y]! += stay;
          fy.alosN[y]!++;
        }
      }
      if (useHooks) {
        if (groups.cbp[from] && !groups.cbp[to]) hooks.release(RESOURCE.cbpHolding, day, d[o + A.id]!);
        // A person held after an order keeps the bed until removed.
        if ((groups.iceBed[from] || heldBefore) && !groups.iceBed[to] && !heldAfter) hooks.release(RESOURCE.iceBed, day, d[o + A.id]!);
        if (groups.family[from] && !groups.family[to]) hooks.release(RESOURCE.familyBed, day, d[o + A.id]!);
        if (groups.orr[from] && !groups.orr[to]) hooks.release(RESOURCE.orrBed, day, d[o + A.id]!);
      }
      if (c & T.RECROSS) countEncounter(day - d[o + A.lastEnc]! <= 365);
      if (spec.trace) spec.trace({ day, person: d[o + A.id]!, from, to, event: { ...ev } as FactEvent, transition: t, regime, context: ctx });
    },
  };

  const resourceOf = (state: number, type: string): number => {
    switch (type) {
      case 'PROCESS': return RESOURCE.cbpHolding;
      case 'DETAIN': return RESOURCE.iceBed;
      case 'FAMILY_DETAIN': return RESOURCE.familyBed;
      case 'TRANSFER_TO_ORR': return RESOURCE.orrBed;
      case 'SCREEN': return RESOURCE.cfInterview;
      case 'HEARING':
      case 'NO_SHOW': return groups.mexico[state] ? RESOURCE.mppHearing : RESOURCE.courtHearing;
      default: return -1;
    }
  };

  /** Loads person `s`, settles their pending fact under today's law, proposes the next one, stores them back. */
  const process = (s: number): void => {
    events++;
    slot = s;
    o = s * store.stride;
    const d = store.data;
    store.unpack(d, o, ctx);
    ctx.regime = rd.regimes[regime]!;
    person.represented = d[o + A.represented]!;
    person.decidedInDetention = (d[o + A.flags]! & FLAG_DECIDED) !== 0;
    stream.load(toInt32(d, o + A.s0), 0);
    let state = d[o + A.state]!;
    const site = d[o + A.site]!;
    const sampler = rd.samplers[regime]!;
    const facts = sampler.facts;
    sampler.begin(ctx, person);
    if (site === SITE_ARRIVE) {
      stateCount[state]!++;
      countEncounter(false);
    } else if (site === SITE_WAIT) {
      // The days waited for the rules to change passed in the state (the person's clock is the calendar).
      const w = d[o + A.pdays]!;
      ctx.day += w;
      if (timeKind[state] === 1) ctx.daysDetained += w;
      else if (timeKind[state] === 2) ctx.daysInMexico += w;
    } else if (site >= 0) {
      const f = siteFactsOf[regime]![site]!;
      f.days = d[o + A.pdays]!;
      const fl = d[o + A.flags]!;
      f.positive = (fl & FLAG_POSITIVE) !== 0;
      f.vacated = (fl & FLAG_VACATED) !== 0;
      f.atd = (fl & FLAG_ATD) !== 0;
      f.standard = STANDARDS[d[o + A.pstd]!]!;
      // The law of the fact's own day: the proposal's choice stands if the rules are the same, else re-judged.
      let t = d[o + A.pr] === regime ? d[o + A.pt]! : m.select(state, m.eventIndex[f.type]!, ctx, f as unknown as FactEvent);
      let capacityNote: string | undefined;
      if (t >= 0 && reopening && state === waitingUs && day >= reopening.start && (f.type === 'HEARING' || f.type === 'NO_SHOW')) {
        const opens = reopening.dayOf(d[o + A.id]!);
        if (day < opens) {
          // The court has not reopened its non-detained docket: the hearing is not held (its days pass) and the case
          // waits for the court; its next hearing is calendared from the reopening day with the era's interval.
          if (spec.trace) spec.trace({ day, person: d[o + A.id]!, from: state, to: state, event: { ...f } as unknown as FactEvent, transition: -1, regime, law: `${f.type} not held: the court's non-detained docket reopens on ${isoOfDay(opens)} (EOIR staged reopening)` });
          ctx.day += f.days;
          saveAll(d, o, state);
          d[o + A.site] = SITE_WAIT;
          d[o + A.pdays] = opens - day;
          schedule(s, opens);
          return;
        }
      }
      if (t >= 0 && useHooks) {
        const res = resourceOf(state, f.type);
        if (res >= 0) {
          let ok = hooks.request(res as never, day, d[o + A.id]!, ctx.profile, f.type === 'NO_SHOW' || f.decision !== 'continued');
          if (res === RESOURCE.orrBed && ok !== day) {
            // The TVPRA's 72 hours bind: a full ORR delays a transfer only up to the limit; at the limit the child is
            // transferred over capacity (an influx placement), noted as such.
            const slack = TVPRA_ORR_TRANSFER.days - f.days;
            if ((ok > day ? ok : day + 1) - day > slack) {
              ok = slack > 0 ? day + slack : day;
              if (ok === day && spec.trace) spec.trace({ day, person: d[o + A.id]!, from: state, to: state, event: { ...f } as unknown as FactEvent, transition: -1, regime, capacity: `${RESOURCE_IDS[res]} full on ${isoOfDay(day)}: transferred at the 72-hour limit, over capacity` });
            }
          }
          if (ok > day || (ok === REFUSE && res !== RESOURCE.iceBed && res !== RESOURCE.familyBed && res !== RESOURCE.cbpHolding)) {
            const until = ok > day ? ok : day + 1;
            d[o + A.pdays] = f.days + (until - day);
            d[o + A.pr] = -1; // re-judge on the day it happens
            if (spec.trace) spec.trace({ day, person: d[o + A.id]!, from: state, to: state, event: { ...f } as unknown as FactEvent, transition: -1, regime, capacity: `${RESOURCE_IDS[res]} full on ${isoOfDay(day)}: ${until > lastDay ? 'delayed beyond the end of the run' : `delayed ${until - day} d, to ${isoOfDay(until)}`}` });
            saveStream(d, o);
            schedule(s, until);
            return;
          }
          if (ok === REFUSE && res !== RESOURCE.cbpHolding) {
            // No bed: the lawful alternative is release from custody (on recognizance with an NTA, else parole).
            const rel = facts.release;
            rel.days = f.days;
            t = m.select(state, m.eventIndex.RELEASE!, ctx, rel as unknown as FactEvent);
            let alt: Fact = rel;
            if (t < 0) {
              alt = facts.parole;
              alt.days = f.days;
              t = m.select(state, m.eventIndex.PAROLE!, ctx, alt as unknown as FactEvent);
            }
            capacityNote = `${RESOURCE_IDS[res]} full on ${isoOfDay(day)}: refused, the lawful alternative taken`;
            if (t >= 0) {
              if (spec.trace) spec.trace({ day, person: d[o + A.id]!, from: state, to: state, event: { ...f } as unknown as FactEvent, transition: -1, regime, capacity: capacityNote });
              state = sampler.fire(state, t, alt, ctx, sink);
              d[o + A.site] = SITE_NONE;
              t = -2;
            }
          }
        }
      }
      if (t >= 0) state = sampler.fire(state, t, f, ctx, sink);
      else if (t === -1) {
        // The law of this day does not allow the fact: the days passed in the state all the same.
        if (spec.trace) spec.trace({ day, person: d[o + A.id]!, from: state, to: state, event: { ...f } as unknown as FactEvent, transition: -1, regime, law: `${f.type} not allowed by the rules of ${isoOfDay(day)}` });
        ctx.day += f.days;
        if (timeKind[state] === 1) ctx.daysDetained += f.days;
        else if (timeKind[state] === 2) ctx.daysInMexico += f.days;
      }
    }
    d[o + A.site] = SITE_NONE;
    const f = sampler.next(state, ctx, stream.u);
    if (f === null) {
      if (isOutcome[state]) {
        // The story ends here: the person stays counted in this state; the slot is free again.
        store.release(s);
        return;
      }
      // The law allows none of the regime's moves today: look again when the rules change.
      d[o + A.state] = state;
      saveAll(d, o, state);
      d[o + A.site] = SITE_WAIT;
      d[o + A.pdays] = rd.nextChange[day]! - day;
      if (spec.trace) spec.trace({ day, person: d[o + A.id]!, from: state, to: state, event: { type: 'WAIT', days: 0 } as unknown as FactEvent, transition: -1, regime, law: `no move allowed by the rules of ${isoOfDay(day)}: the case waits until the rules change${rd.nextChange[day]! > lastDay ? ' (after the run)' : ` (${isoOfDay(rd.nextChange[day]!)})`}` });
      schedule(s, rd.nextChange[day]!);
      return;
    }
    const site2 = siteOfs[regime]!.get(f)!;
    d[o + A.site] = site2;
    d[o + A.pdays] = f.days;
    d[o + A.pstd] = Math.max(0, STANDARDS.indexOf(f.standard));
    d[o + A.pt] = sampler.chosenTransition;
    d[o + A.pr] = regime;
    d[o + A.pstart] = day;
    saveAll(d, o, state);
    let fl = d[o + A.flags]! & ~(FLAG_POSITIVE | FLAG_VACATED | FLAG_ATD);
    if (f.positive) fl |= FLAG_POSITIVE;
    if (f.vacated) fl |= FLAG_VACATED;
    if (f.atd) fl |= FLAG_ATD;
    d[o + A.flags] = fl;
    if (f === facts.recross && day + f.days <= lastDay) recrossAt[entryOf(ctx)][day + f.days]!++;
    schedule(s, day + f.days);
  };

  const i32 = new Int32Array(4);
  function toInt32(d: Float64Array, at: number): Int32Array {
    i32[0] = d[at]!;
    i32[1] = d[at + 1]!;
    i32[2] = d[at + 2]!;
    i32[3] = d[at + 3]!;
    return i32;
  }
  function saveStream(d: Float64Array, at: number): void {
    stream.save(i32, 0);
    d[at + A.s0] = i32[0]!;
    d[at + A.s1] = i32[1]!;
    d[at + A.s2] = i32[2]!;
    d[at + A.s3] = i32[3]!;
  }
  function saveAll(d: Float64Array, at: number, state: number): void {
    store.pack(ctx, d, at);
    d[at + A.state] = state;
    d[at + A.represented] = person.represented;
    d[at + A.flags] = person.decidedInDetention ? d[at + A.flags]! | FLAG_DECIDED : d[at + A.flags]! & ~FLAG_DECIDED;
    saveStream(d, at);
  }

  /** A new person: drawn profile, arrival day within [start, end), packed and put on the calendar. */
  const arrive = (draw: ProfileSampler | null, start: number, end: number, fixedProfile?: MigrantProfile): void => {
    const id = people++;
    const ps = profileStream.reset(spec.seed, id);
    const profile = fixedProfile ?? draw!(ps.u);
    const when = start + Math.min(end - start - 1, Math.floor(ps.u() * (end - start)));
    const s = store.alloc();
    const at = s * store.stride;
    const d = store.data;
    const c = m.createContext({ profile, regime: rd.regimes[rd.byDay[when]!]! });
    store.pack(c, d, at);
    d[at + A.state] = m.initialState;
    d[at + A.first] = when;
    d[at + A.represented] = -1;
    d[at + A.flags] = 0;
    stream.reset(pSeed, id);
    stream.save(i32, 0);
    d[at + A.s0] = i32[0]!;
    d[at + A.s1] = i32[1]!;
    d[at + A.s2] = i32[2]!;
    d[at + A.s3] = i32[3]!;
    d[at + A.site] = SITE_ARRIVE;
    d[at + A.id] = id;
    d[at + A.lastEnc] = -1e9;
    d[at + A.lastFy] = -1;
    d[at + A.iceSince] = -1;
    schedule(s, when);
  };

  // Repeat encounters in a month not yet scheduled at its start, per first crossing (last month's), by entry.
  const rho = [0, 0];
  const known = [0, 0];
  for (month = 0; month < M; month++) {
    const [start, end] = monthDays(months[month]!);
    const a = spec.arrivals.months[months[month]!];
    for (const e of [0, 1] as const) {
      targetByEntry[e][month] = (e === 0 ? (a?.total ?? 0) : (a?.ports?.total ?? 0)) * spec.scale;
      known[e] = 0;
      for (let dd = start; dd < end; dd++) known[e]! += recrossAt[e][dd]!;
      let n: number;
      if (spec.fixed) n = month === 0 && e === 0 ? spec.fixed.count : 0;
      else if (spec.firstCrossings) n = spec.firstCrossings[e * M + month] ?? 0;
      else n = Math.max(0, Math.round((targetByEntry[e][month]! - known[e]!) / (1 + rho[e]!)));
      firstByEntry[e].push(n);
      if (spec.fixed) {
        const draw = spec.fixed.profile ? null : compileCohort(spec.fixed.cohort);
        for (let i = 0; i < n; i++) arrive(draw, spec.fixed.day, spec.fixed.day + 1, spec.fixed.profile);
      } else if (n > 0) {
        const draw = compileCohort(e === 0 ? monthCohort(months[month]!, a!) : portCohort(months[month]!, a!.ports!));
        for (let i = 0; i < n; i++) arrive(draw, start, end);
      }
    }
    target[month] = targetByEntry[0][month]! + targetByEntry[1][month]!;
    flows['first-crossings'][month] = firstByEntry[0][month]! + firstByEntry[1][month]!;
    flows['first-crossings-at-ports'][month] = firstByEntry[1][month]!;
    for (day = start; day < end; day++) {
      regime = rd.byDay[day]!;
      hooks.startDay?.(day);
      // Pop from the front: a fact of 0 days re-queues its person at the back of the same day.
      while (head[day] !== -1) {
        const s = head[day]!;
        head[day] = next[s]!;
        if (head[day] === -1) tail[day] = -1;
        process(s);
      }
      const y = fyOfMonth[month]!;
      let ice = heldNow;
      for (let st = 0; st < nStates; st++) if (groups.ice[st] || groups.family[st]) ice += stateCount[st]!;
      fy.iceDays[y]! += ice;
      fy.days[y]!++;
      spec.onDayEnd?.(day, stateCount);
    }
    stateCounts.push(Float64Array.from(stateCount));
    coutPending[month] = pending;
    iceHeld[month] = heldNow;
    for (const e of [0, 1] as const) {
      const n = firstByEntry[e][month]!;
      const repeats = flows[ENCOUNTERS_BY_ENTRY[e]][month]! - n;
      if (!spec.firstCrossings && !spec.fixed && n > 0) rho[e] = Math.max(0, (repeats - known[e]!) / n);
    }
  }
  void slot;
  return { months, flows, stateCounts, coutPending, target, targetByEntry, firstCrossings: [...firstByEntry[0], ...firstByEntry[1]], fy, iceHeld, peakLive: store.peakLive, people, events, regimes: rd };
}
