/**
 * Seeded sample designs over parameters. Each parameter's column comes from its own stream, keyed by (seed, its id),
 * so adding, removing or fixing one parameter never moves another's values: a parameter with a zero range leaves
 * every other draw, and so every result, byte-identical.
 */
import { Stream } from '../engine/random.js';

/**
 * A 32-bit FNV-1a hash of a string (a parameter id), for keying its stream.
 * @example
 * hashId('cfPositive') === hashId('cfPositive') // true
 */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Lanes keep the designs apart: the same (seed, id) gives unrelated numbers in each.
const LANE = { lhs: 0x4c485321, a: 0x5341a001, b: 0x5341b002 } as const;

function stream(seed: number, lane: number, id: string): Stream {
  return new Stream().reset((seed ^ lane) >>> 0, hashId(id));
}

/**
 * A Latin hypercube design: for each id, `k` values in (0, 1), one in each of the k equal strata, in a random order.
 * @example
 * const u = latinHypercube(['cfPositive', 'orrDays'], 4, 1);
 * [...u.get('cfPositive')!].map((x) => Math.floor(x * 4)).sort() // [0, 1, 2, 3]
 */
export function latinHypercube(ids: readonly string[], k: number, seed: number): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const id of ids) {
    const s = stream(seed, LANE.lhs, id);
    const perm = Int32Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(s.next() * (i + 1));
      [perm[i], perm[j]] = [perm[j]!, perm[i]!];
    }
    out.set(id, Float64Array.from(perm, (p) => (p + s.next()) / k));
  }
  return out;
}

/**
 * The two independent base matrices of Saltelli's design, A and B (n rows), as one column per id each.
 * @example
 * const { a, b } = saltelliBase(['x1', 'x2'], 256, 7);
 * a.get('x1')!.length // 256
 */
export function saltelliBase(ids: readonly string[], n: number, seed: number): { a: Map<string, Float64Array>; b: Map<string, Float64Array> } {
  const col = (lane: number, id: string) => {
    const s = stream(seed, lane, id);
    return Float64Array.from({ length: n }, () => s.next());
  };
  return { a: new Map(ids.map((id) => [id, col(LANE.a, id)])), b: new Map(ids.map((id) => [id, col(LANE.b, id)])) };
}
