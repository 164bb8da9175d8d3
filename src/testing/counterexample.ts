import fc from 'fast-check';
import { makeProfile, type MigrantProfile, type ProfileInput } from '../domain/profile.js';
import { replay } from '../engine/explain.js';
import type { FactEvent } from '../law/events.js';
import type { Regime } from '../policy/types.js';
import { fact, profile as anyProfile, walkChoices, type WalkChoice } from './arbitraries.js';
import { describeProfile, describeRegime } from './describe.js';
import { pathOf, type Path } from './path.js';
import { regime as anyRegime } from './regimes.js';
import { walk } from './walk.js';

/**
 * What `findCounterexample` and `assertPath` search over, and the property to check.
 * @example
 * findCounterexample({ regime: myRegime, profile: profile({ citizenship: 'HN' }), predicate: (p) => !p.tracks.includes('mpp'), numRuns: 500 })
 */
export interface FindOptions {
  /**
   * The property of one path: return false (or throw, e.g. a failed `expect`) when it does not hold. Returning
   * nothing (undefined) counts as holding.
   */
  predicate: (path: Path) => boolean | void;
  /** A fixed regime (e.g. yours, from `defineRegime`), or an arbitrary of regimes; default `regime()`. */
  regime?: Regime | fc.Arbitrary<Regime>;
  /** A fixed person (complete or a `ProfileInput`), or an arbitrary of people; default `profile()`. */
  profile?: MigrantProfile | ProfileInput | fc.Arbitrary<MigrantProfile>;
  /**
   * Which facts to tell the machine: 'lawful' walks (default: at each step one of the facts the law allows, so paths
   * go deep), 'arbitrary' fact sequences (most refused), or your own arbitrary of fact sequences.
   */
  facts?: 'lawful' | 'arbitrary' | fc.Arbitrary<FactEvent[]>;
  /** Longest walk in steps (default 60). */
  maxSteps?: number;
  /** Paths to try (default: fast-check's global `numRuns`, 100 unless configured). */
  numRuns?: number;
  /** Seed (default: the FC_SEED environment variable, else fast-check's global seed, else random). */
  seed?: number;
  /** fast-check's replay path of a counterexample (printed with it): replays exactly that case. */
  replayPath?: string;
  /** A name for the property, for messages (e.g. an invariant id). */
  name?: string;
}

/**
 * A shrunk counterexample: the person, regime and facts whose path breaks the property, and how to replay it.
 * @example
 * const c = findCounterexample({ predicate }); if (c) console.log(c.seed, c.facts, c.text);
 */
export interface Counterexample {
  profile: MigrantProfile;
  regime: Regime;
  /** The facts of the path (the lawful ones, in order); `explain({ regime, profile, facts })` replays them. */
  facts: FactEvent[];
  path: Path;
  /** The seed of the run that found it. */
  seed: number;
  /** fast-check's path of the shrunk case: pass it as `replayPath` with `seed` to replay exactly this case. */
  replayPath: string;
  numRuns: number;
  numShrinks: number;
  /** The predicate's error, when it threw rather than returned false. */
  error?: string;
  /** Everything above as readable text, with the law behind each step. */
  text: string;
}

const isArbitrary = <T>(x: unknown): x is fc.Arbitrary<T> => x instanceof fc.Arbitrary;

function profileArb(p: FindOptions['profile']): fc.Arbitrary<MigrantProfile> {
  if (p === undefined) return anyProfile();
  if (isArbitrary<MigrantProfile>(p)) return p;
  return fc.constant(makeProfile(p));
}

function regimeArb(r: FindOptions['regime']): fc.Arbitrary<Regime> {
  if (r === undefined) return anyRegime();
  if (isArbitrary<Regime>(r)) return r;
  return fc.constant(r);
}

function envNumber(name: string): number | undefined {
  const v = typeof process !== 'undefined' ? process.env?.[name] : undefined;
  return v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
}

type Case = [MigrantProfile, Regime, unknown];

/** Builds the path of a generated case. */
function pathOfCase(o: FindOptions, [p, r, x]: Case): Path {
  if (o.facts === undefined || o.facts === 'lawful') return pathOf(p, r, walk(p, r, x as WalkChoice[]).facts);
  return pathOf(p, r, x as FactEvent[]);
}

/**
 * Searches person × regime × facts for a path on which `predicate` is false, and shrinks what it finds to a small
 * case. Returns null when the property held on every path tried. Paths are lawful walks of the machine by default.
 * @example
 * const mine = defineRegime('kelly-2017', { measures: [section7] });
 * const c = findCounterexample({
 *   regime: mine,
 *   predicate: (path) => !(path.profile.citizenship === 'HN' && path.tracks.includes('mpp')),
 * });
 * if (c) console.log(c.text); // the person, the regime, each step with its law, and the seed to replay it
 */
export function findCounterexample(options: FindOptions): Counterexample | null {
  const factsArb =
    options.facts === undefined || options.facts === 'lawful'
      ? walkChoices(options.maxSteps ?? 60)
      : options.facts === 'arbitrary'
        ? fc.array(fact(), { maxLength: options.maxSteps ?? 60 })
        : options.facts;
  const prop = fc.property(profileArb(options.profile), regimeArb(options.regime), factsArb as fc.Arbitrary<unknown>, (p, r, x) => {
    return options.predicate(pathOfCase(options, [p, r, x])) !== false;
  });
  const seed = options.seed ?? envNumber('FC_SEED');
  const details = fc.check(prop, {
    ...(seed !== undefined ? { seed } : {}),
    ...(options.numRuns !== undefined ? { numRuns: options.numRuns } : {}),
    ...(options.replayPath !== undefined ? { path: options.replayPath } : {}),
  });
  if (!details.failed) return null;
  if (details.counterexample === null) throw new Error(`fast-check stopped without a counterexample: ${String(details.errorInstance ?? 'interrupted')}`);
  const c = details.counterexample as Case;
  const path = pathOfCase(options, c);
  const e = details.errorInstance;
  const base = {
    profile: c[0],
    regime: c[1],
    facts: path.steps.map((s) => s.event),
    path,
    seed: details.seed,
    replayPath: details.counterexamplePath ?? '',
    numRuns: details.numRuns,
    numShrinks: details.numShrinks,
    ...(e instanceof Error && !/Property failed by returning false/.test(e.message) ? { error: e.message } : {}),
  };
  return { ...base, text: formatCounterexample(base, options.name) };
}

/**
 * A counterexample as readable text: what failed, how to replay it, the person, the regime, and the path step by
 * step with the legal authority of each move (rendered by `explain`'s replay on a real XState actor).
 * @example
 * console.log(formatCounterexample(c, 'no-hondurans-in-mpp'));
 */
export function formatCounterexample(c: Omit<Counterexample, 'text'>, name = 'the property'): string {
  const text = replay(c.regime, c.profile, c.facts).text.split('\n');
  const refused = c.path.refused.length ? [`(${c.path.refused.length} fact(s) the law refused were skipped)`] : [];
  const replayCall = `findCounterexample({ ...sameOptions, seed: ${c.seed}, replayPath: ${JSON.stringify(c.replayPath)} })`;
  return [
    `${name} is false for this path (found after ${c.numRuns} run(s), shrunk ${c.numShrinks} time(s)).`,
    ...(c.error ? [`The predicate threw: ${c.error}`] : []),
    `Seed ${c.seed}. Replay: ${replayCall} (or assertPath), or run the tests with FC_SEED=${c.seed}.`,
    `Person: ${describeProfile(c.profile)}`,
    `Regime: ${describeRegime(c.regime)}`,
    `Path (${c.path.steps.length} step(s); outcome ${c.path.outcome}; tracks ${c.path.tracks.join(', ') || 'none'}), with the law of each step:`,
    ...text.slice(1).map((l) => `  ${l}`),
    ...refused,
    `Facts: ${JSON.stringify(c.facts)}`,
  ].join('\n');
}

/**
 * The error `assertPath` throws: its message is the readable counterexample; the data is on `counterexample`.
 * @example
 * try { assertPath({ regime, predicate }); } catch (e) { if (e instanceof CounterexampleError) e.counterexample.facts; }
 */
export class CounterexampleError extends Error {
  readonly counterexample: Counterexample;
  constructor(c: Counterexample) {
    super(c.text);
    this.name = 'CounterexampleError';
    this.counterexample = c;
  }
}

/**
 * Like `findCounterexample`, but throws a `CounterexampleError` with a readable shrunk counterexample (the seed and
 * how to replay it, the person, the regime, each step with its law) when the property is false: for vitest or jest.
 * @example
 * it('no Honduran family waits in Mexico under my regime', () => {
 *   assertPath({ regime: mine, profile: profile({ citizenship: 'HN', demographic: 'family-unit' }),
 *     predicate: (p) => !p.tracks.includes('mpp') });
 * });
 */
export function assertPath(options: FindOptions): void {
  const c = findCounterexample(options);
  if (c) throw new CounterexampleError(c);
}
