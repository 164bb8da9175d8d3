/**
 * A binary min-heap of (key, id) pairs in typed arrays; equal keys come out in insertion order (a sequence number
 * breaks ties), so a heap of release days releases people who entered first, first.
 * @example
 * const h = new BinaryHeap(); h.push(5, 1); h.push(3, 2); h.peekKey() // 3
 */
export class BinaryHeap {
  private keys: Float64Array;
  private seqs: Float64Array;
  private ids: Int32Array;
  private n = 0;
  private seq = 0;

  constructor(initialCapacity = 16) {
    const c = Math.max(2, initialCapacity);
    this.keys = new Float64Array(c);
    this.seqs = new Float64Array(c);
    this.ids = new Int32Array(c);
  }

  /** Number of entries. */
  get size(): number {
    return this.n;
  }

  /** Adds an entry. */
  push(key: number, id: number): void {
    if (this.n === this.keys.length) this.grow();
    let i = this.n++;
    const s = this.seq++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(key, s, this.keys[p]!, this.seqs[p]!)) break;
      this.set(i, this.keys[p]!, this.seqs[p]!, this.ids[p]!);
      i = p;
    }
    this.set(i, key, s, id);
  }

  /** The smallest key (throws when empty). */
  peekKey(): number {
    if (this.n === 0) throw new Error('BinaryHeap is empty');
    return this.keys[0]!;
  }

  /** Removes the entry with the smallest key and returns its id. */
  pop(): number {
    if (this.n === 0) throw new Error('BinaryHeap is empty');
    const top = this.ids[0]!;
    const last = --this.n;
    if (last > 0) this.siftDown(this.keys[last]!, this.seqs[last]!, this.ids[last]!);
    return top;
  }

  private siftDown(key: number, s: number, id: number): void {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.n) break;
      const r = l + 1;
      const c = r < this.n && this.less(this.keys[r]!, this.seqs[r]!, this.keys[l]!, this.seqs[l]!) ? r : l;
      if (!this.less(this.keys[c]!, this.seqs[c]!, key, s)) break;
      this.set(i, this.keys[c]!, this.seqs[c]!, this.ids[c]!);
      i = c;
    }
    this.set(i, key, s, id);
  }

  private less(k1: number, s1: number, k2: number, s2: number): boolean {
    return k1 < k2 || (k1 === k2 && s1 < s2);
  }

  private set(i: number, key: number, s: number, id: number): void {
    this.keys[i] = key;
    this.seqs[i] = s;
    this.ids[i] = id;
  }

  private grow(): void {
    const c = this.keys.length * 2;
    const keys = new Float64Array(c);
    const seqs = new Float64Array(c);
    const ids = new Int32Array(c);
    keys.set(this.keys);
    seqs.set(this.seqs);
    ids.set(this.ids);
    this.keys = keys;
    this.seqs = seqs;
    this.ids = ids;
  }
}
