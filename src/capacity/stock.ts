import { BinaryHeap } from './binary-heap.js';
import type { DailyCapacity, DayWindow } from './docket.js';
import { RingFifo } from './ring-fifo.js';

/**
 * A stock resource: people held at once (beds, holding rooms). A person is admitted only while occupancy is below
 * the capacity of the day; otherwise the resource refuses (the engine takes a lawful alternative) or the person
 * waits in a first-come-first-served line (`join`). Stays with a known end are released by a heap of leave days.
 * When capacity falls below the occupancy (a dated cut), nobody is evicted: no one is admitted until it is below.
 * Occupancy at the end of each day, refusals and admissions are counted per day over a window.
 * @example
 * const beds = new StockResource(() => 1, { first: 0, last: 9 });
 * beds.admit(0, 3); beds.admit(1) // false: the one bed is taken until day 3
 */
export class StockResource {
  private occupied = 0;
  private day: number;
  private readonly leaves = new BinaryHeap();
  private readonly line = new RingFifo();
  /** Occupancy at the end of each day of the window. */
  readonly occupancy: Int32Array;
  /** Capacity of each day of the window (Infinity when unlimited). */
  readonly capacityByDay: Float64Array;
  readonly admissions: Int32Array;
  readonly refusals: Int32Array;
  readonly exits: Int32Array;

  constructor(
    private readonly capacity: DailyCapacity,
    readonly window: DayWindow,
  ) {
    const n = window.last - window.first + 1;
    this.occupancy = new Int32Array(n);
    this.capacityByDay = new Float64Array(n);
    this.admissions = new Int32Array(n);
    this.refusals = new Int32Array(n);
    this.exits = new Int32Array(n);
    this.day = window.first;
    this.capacityByDay[0] = capacity(window.first);
  }

  /** People held now. */
  get held(): number {
    return this.occupied;
  }

  /** People waiting in line for a place. */
  get waiting(): number {
    return this.line.length;
  }

  /** Free places on `day` (0 when full or over a cut). */
  free(day: number): number {
    this.advance(day);
    return Math.max(0, this.capacity(day) - this.occupied);
  }

  /** Admits one person on `day` if there is room (leaving on `leaveDay` if known); counts a refusal otherwise. */
  admit(day: number, leaveDay?: number): boolean {
    this.advance(day);
    if (this.occupied >= this.capacity(day)) {
      this.count(this.refusals, day, 1);
      return false;
    }
    this.take(day, leaveDay);
    return true;
  }

  /** A person admitted without a known leave day leaves on `day`. */
  leave(day: number): void {
    this.advance(day);
    if (this.occupied <= 0) throw new Error('StockResource: leave() without a matching admit()');
    this.occupied--;
    this.count(this.exits, day, 1);
    this.close(day);
  }

  /** A person joins the line on `day` (refused now, served first-come-first-served as places free). */
  join(day: number, id: number): void {
    this.advance(day);
    this.count(this.refusals, day, 1);
    this.line.push(id, day);
  }

  /**
   * Admits people from the front of the line while there is room on `day`; returns their ids in line order, each
   * with the day they joined.
   */
  admitFromLine(day: number, leaveDayOf?: (id: number, joined: number) => number | undefined): { id: number; joined: number }[] {
    this.advance(day);
    const out: { id: number; joined: number }[] = [];
    while (this.line.length > 0 && this.occupied < this.capacity(day)) {
      const joined = this.line.headDay();
      const id = this.line.shift();
      this.take(day, leaveDayOf?.(id, joined));
      out.push({ id, joined });
    }
    return out;
  }

  private take(day: number, leaveDay?: number): void {
    this.occupied++;
    this.count(this.admissions, day, 1);
    if (leaveDay !== undefined) this.leaves.push(Math.max(leaveDay, day), 0);
    this.close(day);
  }

  /** Moves the clock to `day`: releases stays that ended and records each passed day's closing occupancy. */
  private advance(day: number): void {
    if (day < this.day) throw new Error(`StockResource: day ${day} is before ${this.day} (calls must come in calendar order)`);
    while (this.day < day) {
      this.release(this.day);
      this.close(this.day);
      this.day++;
      if (this.day <= this.window.last) this.capacityByDay[this.day - this.window.first] = this.capacity(this.day);
    }
    this.release(day);
    this.close(day);
  }

  private release(day: number): void {
    while (this.leaves.size > 0 && this.leaves.peekKey() <= day) {
      this.leaves.pop();
      this.occupied--;
      this.count(this.exits, day, 1);
    }
  }

  private close(day: number): void {
    if (day >= this.window.first && day <= this.window.last) this.occupancy[day - this.window.first] = this.occupied;
  }

  private count(arr: Int32Array, day: number, n: number): void {
    if (day >= this.window.first && day <= this.window.last) arr[day - this.window.first]! += n;
  }
}
