// Turns the page state into library calls: the same calls a Node user would make, so the numbers are the same.
import {
  compare, compileCohort, defineRegime, explain, getCohort, MEASURE_IDS, personStream, regimeAt, REGIME_IDS, simulate,
  type ComparisonResult, type Explanation, type ProfileInput, type Regime, type SimulationResult,
} from 'immsim';
import type { PageState } from './state.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The regime a page state names: a snapshot or the rules of a date, with measures switched on or off. */
export function regimeOf(id: string, on: readonly string[] = [], off: readonly string[] = []): Regime | string {
  const known = (m: string) => (MEASURE_IDS as readonly string[]).includes(m);
  const inForce = Object.fromEntries([...on.filter(known).map((m) => [m, true]), ...off.filter(known).map((m) => [m, false])]);
  if (Object.keys(inForce).length === 0) return DATE.test(id) ? regimeAt(id) : id;
  const base = DATE.test(id) || (REGIME_IDS as readonly string[]).includes(id) ? id : 'mpp-2019';
  const tag = [...on.map((m) => `+${m}`), ...off.map((m) => `-${m}`)].join('');
  return defineRegime(base as Parameters<typeof defineRegime>[0], { id: `${base}${tag}`, inForce });
}

/** The options every run of a state shares (cohort or profile, n, seed, all cores, flows). */
function runOptions(s: PageState, onProgress: (done: number, total: number) => void) {
  const who = s.cohort === 'profile' ? { profile: s.profile as ProfileInput } : { cohort: s.cohort };
  const workers = Math.max(1, navigator.hardwareConcurrency || 1);
  return { ...who, n: s.n, seed: s.seed, workers, flows: true, onProgress };
}

export type RunResult = { kind: 'one'; result: SimulationResult } | { kind: 'two'; comparison: ComparisonResult };

/**
 * Runs the state's regime (and its second regime, paired) in Web Workers. With a second regime the second regime is
 * the baseline, so differences read "regime minus second regime".
 */
export async function runState(s: PageState, onProgress: (done: number, total: number) => void): Promise<RunResult> {
  const main = regimeOf(s.regime, s.on, s.off);
  const other = s.vs ? regimeOf(s.vs) : undefined;
  const idOf = (r: Regime | string) => (typeof r === 'string' ? r : r.id);
  if (!other || idOf(other) === idOf(main)) return { kind: 'one', result: await simulate({ regime: main, ...runOptions(s, onProgress) }) };
  const comparison = await compare({ regimes: [other, main], ...runOptions(s, onProgress) });
  return { kind: 'two', comparison };
}

/** Person `i` of the run: their profile as the run draws it (or the fixed profile), and their path drawn from seed + i. */
export function explainPerson(s: PageState): Explanation {
  const profile = s.cohort === 'profile' ? (s.profile as ProfileInput) : compileCohort(getCohort(s.cohort as never))(personStream(s.seed, s.person));
  return explain({ regime: regimeOf(s.regime, s.on, s.off), profile, seed: (s.seed + s.person) % 2 ** 32 });
}
