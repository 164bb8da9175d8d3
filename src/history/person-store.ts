import type { MigrantProfile } from '../domain/profile.js';
import type { PathContext } from '../law/context.js';
import { jitless } from '../engine/jit.js';

/**
 * People between events, packed: one Float64Array record per live person (the law's context fields, the profile with
 * its strings interned, and the engine's own fields), slots reused once a person's story ends. Hundreds of
 * thousands of people wait on courts at once in a full replay; an object graph each would cost several times more.
 *
 * The field lists come from the context and profile objects themselves, so a field the law adds is packed too;
 * pack/unpack are generated once (one straight-line function each, as the compiled machine is); where `new Function` is
 * refused (a strict Content-Security-Policy, or `configure({ jitless: true })`) they loop over the same field lists,
 * with the same values.
 * @example
 * const store = new PersonStore(ctx); const slot = store.alloc();
 * store.pack(ctx, store.data, slot * store.stride); store.unpack(store.data, slot * store.stride, ctx);
 */
export class PersonStore {
  /** Engine fields, after the context and profile fields. */
  static readonly ENGINE_FIELDS = [
    'state', 'first', 'represented', 'flags', 's0', 's1', 's2', 's3', 'site', 'pdays', 'pstd', 'pt', 'pr', 'id',
    'lastEnc', 'lastFy', 'iceSince', 'pstart',
  ] as const;
  readonly stride: number;
  /** Offset of each engine field in a record. */
  readonly at: Record<(typeof PersonStore.ENGINE_FIELDS)[number], number>;
  data: Float64Array;
  private free: number[] = [];
  private used = 0;
  /** Live people (slots in use). */
  live = 0;
  peakLive = 0;
  readonly pack: (c: PathContext, a: Float64Array, o: number) => void;
  readonly unpack: (a: Float64Array, o: number, c: PathContext) => void;
  /** Interned strings of profile fields. */
  readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();

  constructor(sampleCtx: PathContext, capacity = 1024) {
    const ctxKeys = Object.keys(sampleCtx).filter((k) => k !== 'profile' && k !== 'regime');
    const profKeys = Object.keys(sampleCtx.profile);
    const kindOf = (v: unknown) => (typeof v === 'boolean' ? 'b' : typeof v === 'number' ? 'n' : typeof v === 'string' ? 's' : 'x');
    const ctxKinds = ctxKeys.map((k) => kindOf((sampleCtx as unknown as Record<string, unknown>)[k]));
    const profKinds = profKeys.map((k) => kindOf((sampleCtx.profile as unknown as Record<string, unknown>)[k]));
    const bad = [...ctxKeys.filter((_, i) => ctxKinds[i] !== 'n' && ctxKinds[i] !== 'b'), ...profKeys.filter((_, i) => profKinds[i] === 'x')];
    if (bad.length) throw new Error(`PersonStore: cannot pack fields ${bad.join(', ')}`);
    const packLines: string[] = [];
    const unpackLines: string[] = ['const p = c.profile;'];
    ctxKeys.forEach((k, i) => {
      const key = JSON.stringify(k);
      packLines.push(ctxKinds[i] === 'b' ? `a[o + ${i}] = c[${key}] ? 1 : 0;` : `a[o + ${i}] = c[${key}];`);
      unpackLines.push(ctxKinds[i] === 'b' ? `c[${key}] = a[o + ${i}] === 1;` : `c[${key}] = a[o + ${i}];`);
    });
    packLines.push('const p = c.profile;');
    profKeys.forEach((k, j) => {
      const i = ctxKeys.length + j;
      const key = JSON.stringify(k);
      const kind = profKinds[j];
      packLines.push(kind === 'b' ? `a[o + ${i}] = p[${key}] ? 1 : 0;` : kind === 'n' ? `a[o + ${i}] = p[${key}];` : `a[o + ${i}] = intern(p[${key}]);`);
      unpackLines.push(kind === 'b' ? `p[${key}] = a[o + ${i}] === 1;` : kind === 'n' ? `p[${key}] = a[o + ${i}];` : `p[${key}] = strings[a[o + ${i}]];`);
    });
    const base = ctxKeys.length + profKeys.length;
    this.at = Object.fromEntries(PersonStore.ENGINE_FIELDS.map((k, i) => [k, base + i])) as PersonStore['at'];
    this.stride = base + PersonStore.ENGINE_FIELDS.length;
    const intern = (s: string): number => {
      let i = this.stringIndex.get(s);
      if (i === undefined) {
        i = this.strings.length;
        this.strings.push(s);
        this.stringIndex.set(s, i);
      }
      return i;
    };
    if (jitless()) {
      const fields = { ctxKeys, ctxKinds, profKeys, profKinds, intern, strings: this.strings };
      this.pack = loopPack(fields);
      this.unpack = loopUnpack(fields);
    } else {
      // Generated straight-line code, like the compiled machine (no eval of user input: the keys are the library's own).
      this.pack = new Function('intern', `return (c, a, o) => { ${packLines.join(' ')} };`)(intern);
      this.unpack = new Function('strings', `return (a, o, c) => { ${unpackLines.join(' ')} };`)(this.strings);
    }
    this.data = new Float64Array(capacity * this.stride);
  }

  /** A free slot's record offset (grows the store when full). */
  alloc(): number {
    this.live++;
    if (this.live > this.peakLive) this.peakLive = this.live;
    const slot = this.free.pop();
    if (slot !== undefined) return slot;
    const s = this.used++;
    if ((s + 1) * this.stride > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    return s;
  }

  /** Frees a slot (its person's story has ended). */
  release(slot: number): void {
    this.live--;
    this.free.push(slot);
  }

  /** A profile object to unpack into (every field present, so its shape never changes). */
  static blankProfile(sample: MigrantProfile): MigrantProfile {
    return { ...sample };
  }
}

type Fields = { ctxKeys: string[]; ctxKinds: string[]; profKeys: string[]; profKinds: string[]; intern(s: string): number; strings: string[] };
type Rec = Record<string, unknown>;

/** pack without generated code: the same assignments as the generated function, in a loop. */
function loopPack(f: Fields): (c: PathContext, a: Float64Array, o: number) => void {
  const n = f.ctxKeys.length;
  return (c, a, o) => {
    const cr = c as unknown as Rec;
    for (let i = 0; i < n; i++) a[o + i] = f.ctxKinds[i] === 'b' ? (cr[f.ctxKeys[i]!] ? 1 : 0) : (cr[f.ctxKeys[i]!] as number);
    const p = c.profile as unknown as Rec;
    for (let j = 0; j < f.profKeys.length; j++) {
      const v = p[f.profKeys[j]!];
      const kind = f.profKinds[j];
      a[o + n + j] = kind === 'b' ? (v ? 1 : 0) : kind === 'n' ? (v as number) : f.intern(v as string);
    }
  };
}

/** unpack without generated code. */
function loopUnpack(f: Fields): (a: Float64Array, o: number, c: PathContext) => void {
  const n = f.ctxKeys.length;
  return (a, o, c) => {
    const cr = c as unknown as Rec;
    for (let i = 0; i < n; i++) cr[f.ctxKeys[i]!] = f.ctxKinds[i] === 'b' ? a[o + i] === 1 : a[o + i];
    const p = c.profile as unknown as Rec;
    for (let j = 0; j < f.profKeys.length; j++) {
      const v = a[o + n + j]!;
      const kind = f.profKinds[j];
      p[f.profKeys[j]!] = kind === 'b' ? v === 1 : kind === 'n' ? v : f.strings[v];
    }
  };
}

/**
 * Packs a context into a fresh single-person store and back: a round trip the tests use.
 * @example
 * roundTrip(ctx).encounters === ctx.encounters // true
 */
export function roundTrip(ctx: PathContext): PathContext {
  const store = new PersonStore(ctx, 1);
  const slot = store.alloc();
  store.pack(ctx, store.data, slot * store.stride);
  const out = { ...ctx, profile: PersonStore.blankProfile(ctx.profile) };
  store.unpack(store.data, slot * store.stride, out);
  return out;
}
