import fc from 'fast-check';

// The fuzz suite runs with a fixed seed; FC_SEED replays another. FUZZ_SCALE scales the number of cases.
export const FUZZ = { seed: Number(process.env.FC_SEED ?? 20_161_120), scale: Number(process.env.FUZZ_SCALE ?? 1) };
export const runs = (n: number) => Math.max(1, Math.round(n * FUZZ.scale));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON value (the root is []). */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** One edit of a JSON value: replace, delete, add an unknown key, push an extreme value, or wrap it. */
export interface Edit {
  at: number;
  op: 'replace' | 'delete' | 'add-key' | 'extreme' | 'wrap';
  value: Json;
  key: string;
  extreme: Json;
}

const EXTREMES: Json[] = [1e308, -1e308, -1, 0, 1.5, 5e-324, 2 ** 53 + 2, 1e100, '', ' ', '\u001b[31m', '=cmd()', '+1', '-1', '@x', 'mpp-2019', '2019-02-30', '9999-12-31', 'x'.repeat(300), [], {}, null, true];

export const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace' as const, 'delete' as const, 'add-key' as const, 'extreme' as const, 'wrap' as const),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  key: fc.oneof(fc.constantFrom('fearOfRetrun', '__proto__', 'constructor', 'extra', 'id', 'base', 'date'), fc.string({ maxLength: 8 })),
  extreme: fc.constantFrom(...EXTREMES),
});

/** Applies edits to a deep copy of `base`. */
export function mutate(base: unknown, edits: Edit[]): unknown {
  let v = JSON.parse(JSON.stringify(base)) as Json;
  for (const e of edits) {
    const all = paths(v);
    const path = all[e.at % all.length]!;
    if (path.length === 0) {
      v = e.op === 'wrap' ? [v] : e.op === 'replace' ? e.value : v;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((o, k) => (o as Record<string, Json>)[k as string]!, v) as Record<string, Json> | Json[];
    const k = path.at(-1)!;
    const target = parent as Record<string | number, Json>;
    if (e.op === 'replace') target[k] = e.value;
    else if (e.op === 'extreme') target[k] = e.extreme;
    else if (e.op === 'wrap') target[k] = { value: target[k]! };
    else if (e.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(k as number, 1);
      else delete target[k];
    } else if (!Array.isArray(parent)) Object.defineProperty(parent, e.key, { value: e.extreme, enumerable: true, writable: true, configurable: true });
  }
  return v;
}
