/**
 * A first-in-first-out queue of integer pairs (an id and a day) in a growable ring buffer: O(1) push and shift,
 * no `Array.shift`, two 4-byte ints per waiting person.
 * @example
 * const q = new RingFifo(); q.push(7, 100); q.push(8, 101); q.shift(); q.headId() // 8
 */
export class RingFifo {
  private ids: Int32Array;
  private days: Int32Array;
  private head = 0;
  private count = 0;

  constructor(initialCapacity = 16) {
    const n = Math.max(2, initialCapacity);
    this.ids = new Int32Array(n);
    this.days = new Int32Array(n);
  }

  /** Number of waiting entries. */
  get length(): number {
    return this.count;
  }

  /** Adds an entry at the back. */
  push(id: number, day: number): void {
    if (this.count === this.ids.length) this.grow();
    const i = (this.head + this.count) % this.ids.length;
    this.ids[i] = id;
    this.days[i] = day;
    this.count++;
  }

  /** The id at the front (throws when empty). */
  headId(): number {
    this.nonEmpty();
    return this.ids[this.head]!;
  }

  /** The day the front entry joined (throws when empty). */
  headDay(): number {
    this.nonEmpty();
    return this.days[this.head]!;
  }

  /** Removes the front entry and returns its id. */
  shift(): number {
    this.nonEmpty();
    const id = this.ids[this.head]!;
    this.head = (this.head + 1) % this.ids.length;
    this.count--;
    return id;
  }

  private nonEmpty(): void {
    if (this.count === 0) throw new Error('RingFifo is empty');
  }

  private grow(): void {
    const n = this.ids.length * 2;
    const ids = new Int32Array(n);
    const days = new Int32Array(n);
    for (let k = 0; k < this.count; k++) {
      const i = (this.head + k) % this.ids.length;
      ids[k] = this.ids[i]!;
      days[k] = this.days[i]!;
    }
    this.ids = ids;
    this.days = days;
    this.head = 0;
  }
}
