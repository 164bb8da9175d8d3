import { dayNumber } from '../domain/dates.js';
import type { MigrantProfile } from '../domain/profile.js';
import { REFUSE, RESOURCE, RESOURCE_IDS as HOOK_IDS, type CapacityHooks, type ResourceIndex } from '../history/capacity-hooks.js';
import { CapacitySet, type CapacityInput } from './capacity-set.js';
import { Court, DOCKET_IDS, type DocketId } from './court.js';
import { PUBLISHED_RECEIPTS } from './court-inputs.js';
import { Docket, NEVER, type DayWindow } from './docket.js';
import { onFamilyDocket } from './family-docket.js';
import { interiorBookins, interiorOccupancy } from './ice-interior.js';
import { StockResource } from './stock.js';

/** Day 0 of the history calendar (the hook's days count from it). */
export const HISTORY_EPOCH = dayNumber('2015-10-01');

/** The capacity resource behind each hook resource (beds, interviews, hearings). */
export const HOOK_RESOURCE: Readonly<Record<(typeof HOOK_IDS)[number], string>> = {
  'cbp-holding': 'cbp-holding',
  'ice-bed': 'ice-beds',
  'family-bed': 'family-beds',
  'orr-bed': 'orr-beds',
  'cf-interview': 'cf-interviews',
  'court-hearing': 'judges',
  'mpp-hearing': 'mpp-hearings',
};

/** Options of a capacity model: what changes, the day window, and whether exogenous court receipts are added. */
export interface CapacityModelOptions extends CapacityInput {
  /** Last day followed (ISO); default three years after the data range, so late bookings are still counted. */
  lastDay?: string;
  /** Add the receipts from outside the southwest border up to the published totals (default: true unless unlimited). */
  exogenousReceipts?: boolean;
  /** Start the court with the published pending stock (default true). */
  initialStock?: boolean;
  /** Scale of the simulated arrivals (0 < scale ≤ 1): capacities and exogenous receipts are scaled with it. */
  scale?: number;
  /** ICE adult beds held by interior detainees first (src/capacity/ice-interior.ts; default: true unless unlimited). */
  interiorDetainees?: boolean;
}

const DETAINED_BITS = (1 << RESOURCE.iceBed) | (1 << RESOURCE.familyBed);
const HAS_BED = [RESOURCE.cbpHolding, RESOURCE.iceBed, RESOURCE.familyBed, RESOURCE.orrBed] as const;

/**
 * Capacity for history mode on the engine's hook: beds admit or refuse (ICE, family, CBP: the engine takes the
 * lawful alternative), ORR places children first come first served (the rest wait, re-asking each day), and
 * interviews and hearings are booked on first-come-first-served dockets (the answer is the day of the booked slot).
 * A court case joins its docket at its first hearing; later hearings of the same case are the engine's own.
 * @example
 * const cap = new CapacityModel({ unlimited: true });
 * cap.request(RESOURCE.iceBed, 100, 7) // 100
 */
export class CapacityModel implements CapacityHooks {
  readonly set: CapacitySet;
  readonly window: DayWindow;
  readonly court: Court;
  readonly cf: Docket;
  readonly mpp: Docket;
  readonly beds: StockResource[];
  private held = new Uint8Array(1024);
  private booked = new Int32Array(1024 * 3);
  private caseOpen = new Uint8Array(1024);
  private ticket = new Int32Array(1024);
  /** Per person: the day the court received the open case (0: none booked at receipt) and its docket. */
  private receivedOn = new Int32Array(1024);
  private docketOf = new Uint8Array(1024);
  private nextTicket = 1;
  private headTicket = 1;
  private orrDay = -1;
  private windowEnd = 1;
  private readonly orrAdmitted = new Set<number>();
  /** Per day: children waiting for an ORR bed (child-days in CBP beyond their turn). */
  readonly orrWaiting: Int32Array;
  /** Per day: ICE adult beds held by interior detainees (scaled with the sample; zeros when switched off). */
  readonly iceInterior: Float64Array;

  constructor(readonly options: CapacityModelOptions = {}) {
    const scale = options.scale ?? 1;
    this.set = scaledSet(options, scale);
    this.window = { first: HISTORY_EPOCH, last: dayNumber(options.lastDay ?? '2024-09-30') };
    const fill = Object.fromEntries(Object.entries(PUBLISHED_RECEIPTS).map(([fy, r]) => [fy, r.value * scale]));
    this.court = new Court(this.set, {
      window: this.window,
      exogenousByFy: {},
      ...((options.exogenousReceipts ?? !options.unlimited) ? { fillToPublished: fill } : {}),
      initialStock: options.initialStock ?? !options.unlimited,
      exogenousDetained: 'fill',
      // Detained receipts from outside the model: ICE's interior book-ins (every book-in counted as a detained court
      // case — an upper bound, an assumption: some are removed without a hearing), so the detained docket idles when
      // ICE books in fewer people than its judges can hear (2020–21).
      ...((options.exogenousReceipts ?? !options.unlimited) ? { exogenousDetainedPerDay: (d: number) => interiorBookins(d) * scale } : {}),
      stockScale: scale,
    });
    this.cf = new Docket((d) => this.set.on('cf-interviews', d), this.window);
    this.mpp = new Docket((d) => this.set.on('mpp-hearings', d), this.window);
    const interior = options.interiorDetainees ?? !options.unlimited;
    this.iceInterior = interior ? interiorOccupancy(this.window, scale) : new Float64Array(this.window.last - this.window.first + 1);
    // The model's own detainees get the ICE adult beds the interior detainees leave free (never below zero).
    const own = (r: ResourceIndex, d: number) => {
      const c = this.set.on(HOOK_RESOURCE[HOOK_IDS[r]], d);
      return r === RESOURCE.iceBed ? Math.max(0, c - Math.round(this.iceInterior[Math.min(Math.max(d, this.window.first), this.window.last) - this.window.first]!)) : c;
    };
    this.beds = HAS_BED.map((r) => new StockResource((d) => own(r, d), this.window));
    this.orrWaiting = new Int32Array(this.window.last - this.window.first + 1);
  }

  /** Admit (the day), delay (a later day) or refuse (REFUSE). The profile is not needed here: dockets are chosen at receipt. */
  request(resource: ResourceIndex, day: number, person: number, _who?: Readonly<MigrantProfile>, decides = true): number {
    const d = day + HISTORY_EPOCH;
    this.ensure(person);
    switch (resource) {
      case RESOURCE.cbpHolding:
        this.caseOpen[person] = 0; // a new encounter: a later hearing opens a new case
        return this.bed(resource, d, person) ? day : REFUSE;
      case RESOURCE.iceBed:
      case RESOURCE.familyBed:
        return this.bed(resource, d, person) ? day : REFUSE;
      case RESOURCE.orrBed:
        return this.orr(d, person) - HISTORY_EPOCH;
      case RESOURCE.cfInterview:
        return this.book(0, this.cf, d, person) - HISTORY_EPOCH;
      case RESOURCE.mppHearing:
        this.leaveCourtDocket(person, d);
        return this.book(2, this.mpp, d, person) - HISTORY_EPOCH;
      case RESOURCE.courtHearing:
        return this.hearing(d, person, decides) - HISTORY_EPOCH;
      default:
        return day;
    }
  }

  /** A person left a bed (or holding) on `day`. */
  release(resource: ResourceIndex, day: number, person: number): void {
    if (resource > RESOURCE.orrBed) return;
    this.ensure(person);
    const bit = 1 << resource;
    if (!(this.held[person]! & bit)) return; // refused earlier: never held
    this.held[person]! &= ~bit;
    this.beds[resource]!.leave(day + HISTORY_EPOCH);
  }

  /**
   * The court received a case (the NTA filed): it joins its docket now — the detained docket if the person is in an
   * ICE or family bed, the family-unit docket if eligible that day, else the general docket — and its first hearing
   * waits for the day the docket reaches it. A new receipt is a new case.
   */
  courtReceipt(day: number, person: number, who: Readonly<MigrantProfile>): void {
    const d = day + HISTORY_EPOCH;
    this.ensure(person);
    const docket: DocketId = this.held[person]! & DETAINED_BITS ? 'detained' : onFamilyDocket(this.set, d, who, person) ? 'family' : 'general';
    const slot = this.court.receive(docket, d);
    this.caseOpen[person] = 0;
    this.receivedOn[person] = d;
    this.docketOf[person] = DOCKET_IDS.indexOf(docket);
    this.booked[person * 3 + 1] = slot === NEVER ? NEVER - 1 : slot;
  }

  /** Moves every resource to the start of `day`: exogenous court receipts of the day are booked first. */
  startDay(day: number): void {
    this.court.advanceTo(day + HISTORY_EPOCH);
  }

  private bed(resource: ResourceIndex, d: number, person: number): boolean {
    if (!this.beds[resource]!.admit(d)) return false;
    this.held[person]! |= 1 << resource;
    return true;
  }

  /** ORR: first come first served. Each day, the first `free` children in line are admitted when they ask. */
  private orr(d: number, person: number): number {
    const beds = this.beds[RESOURCE.orrBed]!;
    if (d !== this.orrDay) {
      // Everyone in yesterday's window either was placed or did not ask (their path moved on): they leave the line.
      // Children still waiting re-ask every day, so a turn not taken is a child who no longer needs the bed.
      if (this.orrDay >= 0) for (; this.headTicket < this.windowEnd; this.headTicket++) this.orrAdmitted.delete(this.headTicket);
      while (this.headTicket < this.nextTicket && this.orrAdmitted.has(this.headTicket)) this.orrAdmitted.delete(this.headTicket++);
      this.orrDay = d;
      const waiting = this.nextTicket - this.headTicket;
      this.windowEnd = this.headTicket + Math.min(waiting, beds.free(d));
      const i = d - this.window.first;
      if (i >= 0 && i < this.orrWaiting.length) this.orrWaiting[i] = waiting;
    }
    let t = this.ticket[person]!;
    if (t !== 0 && t < this.headTicket) t = this.ticket[person] = 0; // an old turn that lapsed: a new request
    if (t === 0) {
      if (this.nextTicket === this.headTicket && beds.free(d) > 0 && beds.admit(d)) {
        this.held[person]! |= 1 << RESOURCE.orrBed;
        return d;
      }
      this.ticket[person] = this.nextTicket++;
      return d + 1;
    }
    if (t < this.windowEnd && beds.admit(d)) {
      this.ticket[person] = 0;
      this.orrAdmitted.add(t);
      this.held[person]! |= 1 << RESOURCE.orrBed;
      return d;
    }
    return d + 1;
  }

  /** A booked service: the first ask books a slot; asking on (or after) the slot's day admits. */
  private book(k: number, docket: Docket, d: number, person: number): number {
    const slot = person * 3 + k;
    const b = this.booked[slot]!;
    if (b !== 0) {
      if (d >= b) {
        this.booked[slot] = 0;
        return d;
      }
      return b;
    }
    const day = docket.book(d);
    return this.answer(slot, d, day);
  }

  /**
   * A court hearing. A case booked at the court's receipt: its decision (or in absentia order) waits for its turn on
   * its docket — the turn is a completion of the judges' capacity — while hearings that only continue it are held
   * when the engine schedules them. A caller that never reports receipts books the case at its first hearing, on the
   * detained or general docket, and that hearing waits for the turn.
   */
  private hearing(d: number, person: number, decides: boolean): number {
    const slot = person * 3 + 1;
    let b = this.booked[slot]!;
    if (b !== 0 && this.receivedOn[person]! !== 0 && this.held[person]! & DETAINED_BITS && DOCKET_IDS[this.docketOf[person]!] !== 'detained') b = this.toDetained(person, d);
    if (b !== 0 && !decides && this.receivedOn[person]! !== 0) return d;
    if (b !== 0) {
      if (d < b) return b;
      this.booked[slot] = 0;
      this.receivedOn[person] = 0;
      this.caseOpen[person] = 1;
      return d;
    }
    if (this.caseOpen[person]) return d;
    const docket: DocketId = this.held[person]! & DETAINED_BITS ? 'detained' : 'general';
    const day = this.court.receive(docket, d);
    if (day === d) this.caseOpen[person] = 1;
    return this.answer(slot, d, day);
  }

  /**
   * A case booked at receipt whose person is detained by the first hearing moves to the detained docket (kept in
   * order of receipt there): its slot on the other docket is given back. Returns the new booked day.
   */
  private toDetained(person: number, d: number): number {
    const received = this.receivedOn[person]!;
    const b = this.booked[person * 3 + 1]!;
    this.court.dockets[DOCKET_IDS[this.docketOf[person]!]!].cancel(received, b === NEVER - 1 ? NEVER : b, d);
    this.court.advanceTo(d);
    const day = this.court.dockets.detained.book(Math.max(received, d));
    this.docketOf[person] = DOCKET_IDS.indexOf('detained');
    this.receivedOn[person] = Math.max(received, d);
    return (this.booked[person * 3 + 1] = day === NEVER ? NEVER - 1 : day);
  }

  /** A case booked at receipt whose hearings are held on the MPP docket instead: its court slot is given back. */
  private leaveCourtDocket(person: number, d: number): void {
    const received = this.receivedOn[person]!;
    if (received === 0) return;
    const b = this.booked[person * 3 + 1]!;
    this.court.dockets[DOCKET_IDS[this.docketOf[person]!]!].cancel(received, b === NEVER - 1 ? NEVER : b, d);
    this.booked[person * 3 + 1] = 0;
    this.receivedOn[person] = 0;
    this.caseOpen[person] = 1;
  }

  private answer(slot: number, d: number, day: number): number {
    if (day === d) return d;
    const b = day === NEVER ? NEVER - 1 : day;
    this.booked[slot] = b;
    return b;
  }

  private ensure(person: number): void {
    if (person < this.held.length) return;
    let n = this.held.length;
    while (n <= person) n *= 2;
    const grow = <T extends Uint8Array | Int32Array>(a: T, k = 1): T => {
      const b = new (a.constructor as new (n: number) => T)(n * k);
      b.set(a);
      return b;
    };
    this.held = grow(this.held);
    this.caseOpen = grow(this.caseOpen);
    this.ticket = grow(this.ticket);
    this.receivedOn = grow(this.receivedOn);
    this.docketOf = grow(this.docketOf);
    this.booked = grow(this.booked, 3);
  }
}

/** The capacity set of a run, with stock and rate resources scaled with the sample (people are scaled, so are beds). */
function scaledSet(options: CapacityInput, scale: number): CapacitySet {
  if (scale === 1) return new CapacitySet(options);
  const base = new CapacitySet(options);
  const series = Object.fromEntries(
    ['cbp-holding', 'ice-beds', 'family-beds', 'orr-beds', 'cf-interviews', 'judges', 'mpp-hearings'].map((id) => [
      id,
      base.specs[id]!.points.map((p) => ({ ...p, value: Number.isFinite(p.value) ? p.value * scale : p.value })),
    ]),
  );
  return new CapacitySet({ series });
}

