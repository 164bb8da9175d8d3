// Queue structures: the ring buffer is first-in-first-out, the heap pops smallest keys first and breaks ties by
// insertion order. Property tests compare them with plain-array models over random operation sequences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryHeap } from '../../src/capacity/binary-heap.js';
import { RingFifo } from '../../src/capacity/ring-fifo.js';
import { FC } from '../helpers/law.js';

describe('RingFifo', () => {
  it('behaves like an array queue over any sequence of pushes and shifts (FIFO, growth, wrap-around)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: undefined }), { maxLength: 300 }), fc.integer({ min: 1, max: 8 }), (ops, cap) => {
        const q = new RingFifo(cap);
        const model: [number, number][] = [];
        let day = 0;
        for (const op of ops) {
          if (op === undefined) {
            if (model.length === 0) {
              expect(() => q.shift()).toThrow(/empty/);
              continue;
            }
            const [id, d] = model.shift()!;
            expect(q.headDay()).toBe(d);
            expect(q.shift()).toBe(id);
          } else {
            q.push(op, day);
            model.push([op, day++]);
          }
          expect(q.length).toBe(model.length);
        }
      }),
      FC,
    );
  });
});

describe('BinaryHeap', () => {
  it('pops in key order, equal keys in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (keys) => {
        const h = new BinaryHeap(2);
        keys.forEach((k, i) => h.push(k, i));
        const expected = keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const got: number[] = [];
        while (h.size > 0) {
          const k = h.peekKey();
          const id = h.pop();
          expect(k).toBe(keys[id]);
          got.push(id);
        }
        expect(got).toEqual(expected.map((e) => e[1]));
      }),
      FC,
    );
  });

  it('interleaved pushes and pops always return the current minimum', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.float({ min: 0, max: 100, noNaN: true }), { nil: undefined }), { maxLength: 200 }), (ops) => {
        const h = new BinaryHeap();
        const model: number[] = [];
        for (const op of ops) {
          if (op === undefined) {
            if (!model.length) continue;
            const min = Math.min(...model);
            expect(h.peekKey()).toBe(min);
            h.pop();
            model.splice(model.indexOf(min), 1);
          } else {
            h.push(op, 0);
            model.push(op);
          }
          expect(h.size).toBe(model.length);
        }
      }),
      FC,
    );
  });
});
