// Model-based test of the programmatic API (fc.commands): sequences of run / compare / shard+merge / explain calls,
// checked against a simple model of what their results must be — the same inputs give the same output whatever
// came before; counts sum to n; a comparison holds each regime's own run; merged shards equal the run; bad input
// is refused with the field named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../src/domain/errors.js';
import { OUTCOME_IDS } from '../src/domain/outcomes.js';
import { explain } from '../src/engine/explain.js';
import type { SimulationResult } from '../src/engine/result.js';
import { mergeShards, runShard, type ShardFile } from '../src/engine/shard.js';
import { compare, simulate } from '../src/engine/simulate.js';
import { REGIME_IDS } from '../src/policy/snapshots.js';
import { FC } from './helpers/law.js';

/** What the model remembers: the result each (regime, n, seed) gave the first time. */
interface Model {
  runs: Map<string, string>;
  calls: number;
}
type Real = Record<string, never>;

const key = (regime: string, n: number, seed: number) => `${regime}|${n}|${seed}`;

/** The model's expectation for a run: the same JSON as before if this run was seen, else record it. */
function expectRun(m: Model, regime: string, n: number, seed: number, r: SimulationResult): void {
  expect(r.n).toBe(n);
  expect(r.regime).toBe(regime);
  expect(r.seed).toBe(seed);
  expect(OUTCOME_IDS.reduce((a, o) => a + r.outcomes[o].count, 0)).toBe(n);
  const json = JSON.stringify(r);
  const k = key(regime, n, seed);
  const before = m.runs.get(k);
  if (before !== undefined) expect(json).toBe(before);
  else m.runs.set(k, json);
}

class Run implements fc.AsyncCommand<Model, Real> {
  constructor(readonly regime: string, readonly n: number, readonly seed: number) {}
  check = () => true;
  async run(m: Model) {
    m.calls++;
    expectRun(m, this.regime, this.n, this.seed, await simulate({ regime: this.regime, n: this.n, seed: this.seed, workers: 1 }));
  }
  toString = () => `run(${this.regime}, n=${this.n}, seed=${this.seed})`;
}

class Compare implements fc.AsyncCommand<Model, Real> {
  constructor(readonly regimes: string[], readonly n: number, readonly seed: number) {}
  check = () => new Set(this.regimes).size === this.regimes.length;
  async run(m: Model) {
    m.calls++;
    const c = await compare({ regimes: this.regimes, n: this.n, seed: this.seed, workers: 1 });
    expect(c.baseline).toBe(this.regimes[0]);
    expect(c.results.map((r) => r.regime)).toEqual(this.regimes);
    expect(Object.keys(c.differences)).toEqual(this.regimes.slice(1));
    // Each regime's result in a comparison is that regime's own run (the same people, CRN).
    c.results.forEach((r, i) => expectRun(m, this.regimes[i]!, this.n, this.seed, r));
  }
  toString = () => `compare([${this.regimes.join(', ')}], n=${this.n}, seed=${this.seed})`;
}

class ShardAndMerge implements fc.AsyncCommand<Model, Real> {
  constructor(readonly regime: string, readonly n: number, readonly seed: number, readonly count: number) {}
  check = () => true;
  async run(m: Model) {
    m.calls++;
    const parts: ShardFile[] = [];
    for (let index = 0; index < this.count; index++) {
      parts.push(await runShard({ mode: 'run', regimes: [this.regime], n: this.n, seed: this.seed, index, count: this.count, workers: 1 }));
    }
    expect(parts.reduce((a, p) => a + p.shard.end - p.shard.start, 0)).toBe(this.n);
    expectRun(m, this.regime, this.n, this.seed, mergeShards(parts) as SimulationResult);
    // An incomplete set is refused, naming what is missing.
    if (this.count > 1) expect(() => mergeShards(parts.slice(1))).toThrow(/missing shard\(s\) 0\//);
  }
  toString = () => `shard+merge(${this.regime}, n=${this.n}, seed=${this.seed}, ${this.count} shards)`;
}

class Explain implements fc.AsyncCommand<Model, Real> {
  constructor(readonly regime: string, readonly seed: number) {}
  check = () => true;
  async run(m: Model) {
    m.calls++;
    const profile = { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports', fearOfReturn: true } as const;
    const a = explain({ regime: this.regime, profile, seed: this.seed });
    const b = explain({ regime: this.regime, profile, seed: this.seed });
    expect(b.text).toBe(a.text);
    // Replaying the drawn facts gives the same path.
    const facts = a.steps.slice(1).map((s) => s.event!);
    expect(explain({ regime: this.regime, profile, facts }).steps).toEqual(a.steps);
  }
  toString = () => `explain(${this.regime}, seed=${this.seed})`;
}

class BadRun implements fc.AsyncCommand<Model, Real> {
  constructor(readonly n: number) {}
  check = () => true;
  async run(m: Model) {
    m.calls++;
    const e = await simulate({ regime: 'mpp-2019', n: this.n, seed: 1, workers: 1 }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ImmsimError);
    expect((e as ImmsimError).issues[0]!.path).toEqual(['n']);
  }
  toString = () => `run(n=${this.n}) is refused`;
}

// Few distinct inputs, so sequences revisit them and the model's memory is exercised.
const regimeId = fc.constantFrom(...REGIME_IDS);
const n = fc.constantFrom(1, 7, 120, 301);
const seed = fc.constantFrom(0, 1, 4_294_967_295);
const commands = [
  fc.tuple(regimeId, n, seed).map(([r, k, s]) => new Run(r, k, s)),
  fc.tuple(fc.uniqueArray(regimeId, { minLength: 2, maxLength: 3 }), n, seed).map(([rs, k, s]) => new Compare(rs, k, s)),
  fc.tuple(regimeId, n, seed, fc.integer({ min: 1, max: 4 })).map(([r, k, s, c]) => new ShardAndMerge(r, k, s, c)),
  fc.tuple(regimeId, fc.nat({ max: 1000 })).map(([r, s]) => new Explain(r, s)),
  fc.constantFrom(0, -1, 1.5, Number.NaN).map((k) => new BadRun(k)),
];

describe('the programmatic API against a model', () => {
  it('any sequence of run / compare / shard+merge / explain calls agrees with the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        const model: Model = { runs: new Map(), calls: 0 };
        await fc.asyncModelRun(() => ({ model, real: {} }), cmds);
      }),
      { numRuns: Math.min(FC.numRuns, 25), seed: FC.seed },
    );
  });
});
