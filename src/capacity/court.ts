import { dayNumber } from '../domain/dates.js';
import { CapacitySet } from './capacity-set.js';
import { HEARINGS_PER_CASE } from './court-catalogue.js';
import { initialStock } from './court-inputs.js';
import { Docket, wholeSlots, type DayWindow } from './docket.js';

/** The court's dockets: each its own first-come-first-served queue with its own share of the judges. */
export const DOCKET_IDS = ['detained', 'family', 'mpp', 'general'] as const;
export type DocketId = (typeof DOCKET_IDS)[number];

/** How the court starts and what comes in from outside the model. */
export interface CourtSetup {
  window: DayWindow;
  /** Receipts per fiscal year from outside the southwest border (spread evenly over the year's days). */
  exogenousByFy: Readonly<Record<number, number>>;
  /**
   * Instead of `exogenousByFy`: fill up to these published totals per fiscal year — each day, the exogenous receipts
   * bring the year's receipts so far (the model's own and the exogenous) up to the published total pro rata to the
   * day (never below zero: a day the model's own cases are ahead of the pro-rata total adds none).
   */
  fillToPublished?: Readonly<Record<number, number>>;
  /** Start with the published pending stock, aged (docs/capacity.md). Default true. */
  initialStock?: boolean;
  /**
   * Where exogenous receipts go: `share` (default: the court alone) — to the detained docket in the detained share;
   * `fill` (with the engine) — to the detained docket while it has a free slot that day, after the model's own
   * detained cases, else to the general docket. Interior arrests are mostly held by ICE, and a detained docket whose
   * judges sat idle while the general backlog grew would lose completions (docs/capacity.md).
   */
  exogenousDetained?: 'share' | 'fill';
  /** Scale of the initial stock (a sample run at scale 0.1 starts with a tenth of it). Default 1. */
  stockScale?: number;
  /**
   * With `exogenousDetained: 'fill'`: at most this many exogenous cases a day go to the detained docket (detained
   * receipts from outside the model: ICE's interior book-ins, src/capacity/ice-interior.ts). Without it the detained
   * docket's free slots are always filled, so its judges never idle even when ICE books in few people (spring 2020 –
   * 2021). Default: no bound.
   */
  exogenousDetainedPerDay?: (day: number) => number;
}

/**
 * The immigration court as queues. Judges × completions per judge-day is the day's capacity; the detained docket and
 * the 2018–19 family docket take their shares first, the general non-detained docket gets the rest (times the share
 * of non-detained hearings held during the COVID postponements); the MPP docket is bounded by the MPP hearing
 * locations (its judges sat by video and are counted in the general docket's time, an assumption). Each docket is first come, first served; a case's hearing day is
 * its turn on its docket, so waits and the pending caseload emerge from receipts and capacity.
 * @example
 * const court = new Court(new CapacitySet(), { window: { first: dayNumber('2015-10-01'), last: dayNumber('2021-09-30') }, exogenousByFy: {} });
 * court.receive('detained', dayNumber('2016-01-04')) >= dayNumber('2016-01-04') // true
 */
export class Court {
  readonly dockets: Record<DocketId, Docket>;
  private exoDay: number;
  private exoCredit = 0;
  /** Per fiscal year: the model's own cases received, and exogenous cases booked. */
  private readonly own = new Map<number, number>();
  private readonly exo = new Map<number, number>();
  /** Per day of the window: exogenous cases received, and exogenous cases heard (the court's completions of them). */
  readonly exoReceived: Int32Array;
  readonly exoServed: Int32Array;
  readonly stock: number;

  constructor(
    readonly set: CapacitySet,
    readonly setup: CourtSetup,
  ) {
    const w = setup.window;
    this.dockets = {
      detained: new Docket((d) => this.share('detained', d), w),
      family: new Docket((d) => this.share('family', d), w),
      mpp: new Docket((d) => this.share('mpp', d), w),
      general: new Docket((d) => this.share('general', d), w),
    };
    this.exoDay = w.first;
    this.exoReceived = new Int32Array(w.last - w.first + 1);
    this.exoServed = new Int32Array(w.last - w.first + 1);
    this.stock = setup.initialStock === false ? 0 : this.bookInitialStock();
  }

  /** Completions the judges can make on a day (all dockets). */
  judgeCapacity(day: number): number {
    return this.set.on('judges', day) * this.set.on('completions-per-judge-day', day);
  }

  /** A docket's capacity on a day (completions). */
  share(docket: DocketId, day: number): number {
    const total = this.judgeCapacity(day);
    const det = this.set.on('detained-share', day);
    const fam = this.set.on('family-docket-share', day);
    const mppCases = this.set.on('mpp-hearings', day) / HEARINGS_PER_CASE.value;
    if (docket === 'mpp') return mppCases;
    if (total === Infinity) return Infinity;
    if (docket === 'detained') return total * det;
    // The family-unit docket is non-detained (families were released): its hearings were postponed and reopened with
    // the other non-detained dockets; its judges do not move to the detained docket.
    if (docket === 'family') return total * fam * this.set.on('nondetained-open', day);
    return total * Math.max(0, 1 - det - fam) * this.set.on('nondetained-open', day);
  }

  /** A case received on `day` on a docket: returns the day it is heard and completed (NEVER if not in the window). */
  receive(docket: DocketId, day: number, lead = 0): number {
    this.advanceTo(day);
    const fy = fyOfDay(day);
    this.own.set(fy, (this.own.get(fy) ?? 0) + 1);
    return this.dockets[docket].book(day, lead);
  }

  /** Books the exogenous receipts of every day up to and including `day` (they come before the model's own). */
  advanceTo(day: number): void {
    const last = Math.min(day, this.setup.window.last);
    for (; this.exoDay <= last; this.exoDay++) {
      const fy = fyOfDay(this.exoDay);
      const perDay = this.exogenousPerDay(fy, this.exoDay);
      const before = Math.floor(this.exoCredit);
      this.exoCredit += perDay;
      const n = Math.floor(this.exoCredit) - before;
      const fill = this.setup.exogenousDetained === 'fill';
      const bound = this.setup.exogenousDetainedPerDay;
      let detainedLeft = fill && bound ? wholeSlots(bound(this.exoDay), this.exoDay) : Infinity;
      const det = fill ? 0 : this.set.on('detained-share', this.exoDay);
      const fam = fill ? 0 : this.set.on('family-docket-share', this.exoDay);
      for (let i = 0; i < n; i++) {
        // Court alone: exogenous cases go to the detained and family dockets in the same proportions as the judges'
        // time (an assumption: no docket's judges sit idle); with the engine: they take the detained docket's free
        // slots of the day, and the family docket hears the model's own family cases (docs/capacity.md).
        const k = before + i;
        const detained = fill ? detainedLeft > 0 && this.dockets.detained.hasSlotOn(this.exoDay) : Math.floor((k + 1) * det) > Math.floor(k * det);
        if (fill && detained) detainedLeft--;
        const family = !fill && !detained && Math.floor((k + 1) * fam) > Math.floor(k * fam);
        const served = this.dockets[detained ? 'detained' : family ? 'family' : 'general'].book(this.exoDay);
        this.exoReceived[this.exoDay - this.setup.window.first]!++;
        if (served <= this.setup.window.last) this.exoServed[served - this.setup.window.first]!++;
      }
      this.exo.set(fy, (this.exo.get(fy) ?? 0) + n);
    }
  }

  private exogenousPerDay(fy: number, day: number): number {
    const fill = this.setup.fillToPublished;
    if (!fill) return (this.setup.exogenousByFy[fy] ?? 0) / daysInFy(fy);
    // Pro rata to the day, not "what is left over the days left": the model's own receipts are not known ahead, and
    // spreading the remainder front-loads exogenous cases before a surge of own cases (counting receipts twice).
    const elapsed = day - dayNumber(`${fy - 1}-10-01`) + 1;
    const due = ((fill[fy] ?? 0) * elapsed) / daysInFy(fy);
    return Math.max(0, due - (this.own.get(fy) ?? 0) - (this.exo.get(fy) ?? 0) - (this.exoCredit - Math.floor(this.exoCredit)));
  }

  /**
   * Books the initial stock on the general docket, oldest first; returns its size. The stock is history: it is
   * derived from the built-in judges, whatever a counterfactual changes.
   */
  private bookInitialStock(): number {
    const fy16 = { first: dayNumber('2015-10-01'), last: dayNumber('2016-09-30') };
    const history = new Court(new CapacitySet(), { ...this.setup, initialStock: false });
    let capacity = 0;
    for (let d = fy16.first; d <= fy16.last; d++) capacity += history.judgeCapacity(d);
    const stock = initialStock(capacity);
    const count = Math.round(stock.count * (this.setup.stockScale ?? 1));
    const spanDays = stock.spanDays;
    const start = this.setup.window.first;
    for (let i = 0; i < count; i++) {
      const served = this.dockets.general.book(start - spanDays + Math.floor((i * spanDays) / count), 0);
      if (served <= this.setup.window.last) this.exoServed[served - start]!++;
    }
    return count;
  }
}

function fyOfDay(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCMonth() >= 9 ? d.getUTCFullYear() + 1 : d.getUTCFullYear();
}

function daysInFy(fy: number): number {
  return dayNumber(`${fy}-10-01`) - dayNumber(`${fy - 1}-10-01`);
}
