/**
 * A docket: a first-come-first-served queue served by a daily capacity (completions per day), kept as a booking
 * calendar. A case received on day r is given the first day on or after r + lead with a free slot, after every case
 * booked before it, so nobody who arrived later is heard first. Booking is O(1) amortised (the cursor only moves
 * forward); the wait emerges from receipts and capacity. Counts are kept per day in typed arrays over a window of
 * days so that the pending caseload and its mean age can be read at any month end.
 */

/** The day returned when no slot opens before the end of the window (the case stays pending). */
export const NEVER = 2 ** 31 - 1;

/**
 * Whole slots on a day for a fractional capacity: floor(capacity + phase(day)), where the phase is an equidistributed
 * (golden-ratio) sequence in [0, 1). Over many days the slots average the capacity, and a higher capacity on a day
 * never gives fewer slots that day, so more capacity can never delay anyone (a carried remainder would not have
 * this property: it moves slots between days).
 * @example
 * wholeSlots(2, 17) // 2
 */
export function wholeSlots(capacity: number, day: number): number {
  if (capacity === Infinity) return Infinity;
  if (!(capacity > 0)) return 0;
  const x = day * 0.6180339887498949;
  return Math.floor(capacity + (x - Math.floor(x)));
}

/** Capacity per day, in services (fractions are spread over days by `wholeSlots`). */
export type DailyCapacity = (day: number) => number;

/** Days covered by a docket's counters: [first, last]. */
export interface DayWindow {
  first: number;
  last: number;
}

/**
 * A booking calendar for one docket.
 * @example
 * const d = new Docket(() => 1, { first: 0, last: 100 });
 * d.book(0); d.book(0) // 1 (day 0 is taken by the first case)
 */
export class Docket {
  private cursor: number;
  private slotsOnCursor: number;
  private usedOnCursor = 0;
  /** Per day: cases received, and cases that left (served or cancelled), to rebuild the pending count. */
  private readonly received: Int32Array;
  private readonly left: Int32Array;
  /** Per day: Σ receipt day of cases received and of cases that left, for the mean age of pending cases. */
  private readonly receivedDaySum: Float64Array;
  private readonly leftDaySum: Float64Array;
  /** Per day: cases served and the sum of their waits. */
  readonly served: Int32Array;
  readonly waitSum: Float64Array;
  private booked = 0;

  constructor(
    private readonly capacity: DailyCapacity,
    readonly window: DayWindow,
  ) {
    const n = window.last - window.first + 1;
    this.received = new Int32Array(n);
    this.left = new Int32Array(n);
    this.receivedDaySum = new Float64Array(n);
    this.leftDaySum = new Float64Array(n);
    this.served = new Int32Array(n);
    this.waitSum = new Float64Array(n);
    this.cursor = window.first;
    this.slotsOnCursor = this.slotsOf(this.cursor);
  }

  /** Cases booked so far. */
  get bookings(): number {
    return this.booked;
  }

  /**
   * Books a case received on `receiptDay`, to be served no earlier than `receiptDay + lead`; returns the day it is
   * served (`NEVER` if no slot opens inside the window).
   */
  book(receiptDay: number, lead = 0): number {
    const target = Math.max(receiptDay + lead, this.cursor);
    if (target > this.window.last) {
      this.record(receiptDay, NEVER);
      return NEVER;
    }
    while (this.cursor < target) this.step();
    while (this.usedOnCursor >= this.slotsOnCursor) {
      if (this.cursor >= this.window.last) {
        this.record(receiptDay, NEVER);
        return NEVER;
      }
      this.step();
    }
    this.usedOnCursor++;
    this.record(receiptDay, this.cursor);
    return this.cursor;
  }

  /** Whether a case received on `day` would be served that same day (a free slot on it, nobody booked beyond it). */
  hasSlotOn(day: number): boolean {
    if (day < this.cursor || day > this.window.last) return false;
    return day === this.cursor ? this.usedOnCursor < this.slotsOnCursor : this.slotsOf(day) > 0;
  }

  /** A booked case leaves before its day (moved to another docket, case ended otherwise): its slot stays unused. */
  cancel(receiptDay: number, bookedDay: number, onDay: number): void {
    if (bookedDay !== NEVER && this.inWindow(bookedDay)) {
      const b = bookedDay - this.window.first;
      this.left[b]! -= 1;
      this.leftDaySum[b]! -= receiptDay;
      this.served[b]! -= 1;
      this.waitSum[b]! -= bookedDay - receiptDay;
    }
    const i = this.index(onDay);
    this.left[i]! += 1;
    this.leftDaySum[i]! += receiptDay;
  }

  /**
   * Pending cases at the end of each given day (received on or before it, served after it), and their mean age.
   */
  pendingAt(days: readonly number[]): { pending: number[]; meanAge: number[] } {
    const n = this.window.last - this.window.first + 1;
    const count = new Float64Array(n);
    const rsum = new Float64Array(n);
    let c = 0;
    let r = 0;
    for (let i = 0; i < n; i++) {
      c += this.received[i]! - this.left[i]!;
      r += this.receivedDaySum[i]! - this.leftDaySum[i]!;
      count[i] = c;
      rsum[i] = r;
    }
    const pending: number[] = [];
    const meanAge: number[] = [];
    for (const d of days) {
      const i = this.index(d);
      const cnt = count[i]!;
      pending.push(cnt);
      meanAge.push(cnt > 0 ? d - rsum[i]! / cnt : 0);
    }
    return { pending, meanAge };
  }

  private index(day: number): number {
    return Math.min(Math.max(day, this.window.first), this.window.last) - this.window.first;
  }

  private inWindow(day: number): boolean {
    return day >= this.window.first && day <= this.window.last;
  }

  private record(receiptDay: number, servedDay: number): void {
    this.booked++;
    const r = this.index(receiptDay);
    this.received[r]! += 1;
    this.receivedDaySum[r]! += receiptDay;
    if (servedDay === NEVER) return;
    const s = servedDay - this.window.first;
    this.left[s]! += 1;
    this.leftDaySum[s]! += receiptDay;
    this.served[s]! += 1;
    this.waitSum[s]! += servedDay - receiptDay;
  }

  private step(): void {
    this.cursor++;
    this.slotsOnCursor = this.slotsOf(this.cursor);
    this.usedOnCursor = 0;
  }

  private slotsOf(day: number): number {
    return wholeSlots(this.capacity(day), day);
  }
}
