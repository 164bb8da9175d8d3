import { initialContext, type PathContext } from '../law/context.js';
import type { InForce } from '../policy/types.js';
import type { Path, Step } from './path.js';

/**
 * A legal invariant: something that must hold on every lawful path, with the authority it comes from.
 * `predicate` and `holds` are the same function (`holds` is the older name).
 * @example
 * const ok = invariants.every((inv) => inv.predicate(path));
 */
export interface Invariant {
  id: string;
  /** The rule in plain language. */
  statement: string;
  /** Statute, regulation, memo or court order (or 'model accounting'). */
  authority: string;
  /** A heading the docs group invariants under (e.g. 'Children', 'MPP'). */
  topic?: string;
  /** True when the path respects the invariant. */
  predicate: (path: Path) => boolean;
  holds: (path: Path) => boolean;
}

/**
 * What a catalogue entry is written as: `holds` only; `predicate` is added.
 * @example
 * defineInvariant({ id: 'no-expulsions', statement: 'No one is expelled.', authority: 'my policy', holds: (p) => p.outcome !== 'expelled' })
 */
export type InvariantSpec = Omit<Invariant, 'predicate' | 'holds'> & { holds: (path: Path) => boolean };

/**
 * An invariant from a spec: adds `predicate` (the same function as `holds`), and freezes it. Use it for your own
 * invariants too, and pass them to `checkInvariants(regime, { invariants: [...] })`.
 * @example
 * const noOneExpelled = defineInvariant({
 *   id: 'no-expulsions', statement: 'No one is expelled.', authority: 'my policy',
 *   holds: (p) => p.outcome !== 'expelled',
 * });
 */
export function defineInvariant(spec: InvariantSpec): Invariant {
  return Object.freeze({ ...spec, predicate: spec.holds });
}

/**
 * The context a path starts from.
 * @example
 * startOf(path).inUS // true
 */
export const startOf = (p: Path): PathContext => initialContext({ profile: p.profile, regime: p.regime });

/**
 * The context just before step `i`.
 * @example
 * before(path, 0) // the initial context
 */
export const before = (p: Path, i: number): PathContext => (i === 0 ? startOf(p) : p.steps[i - 1]!.context);

/**
 * Whether every step satisfies `f`.
 * @example
 * every(path, (s) => s.day >= 0)
 */
export const every = (p: Path, f: (s: Step, i: number) => boolean): boolean => p.steps.every(f);

/**
 * Whether no step satisfies `f`.
 * @example
 * never(path, (s) => s.state === 'expelled')
 */
export const never = (p: Path, f: (s: Step) => boolean): boolean => !p.steps.some(f);

/**
 * The measures in force for a step: the rules of the day it happened (`step.inForce`, history mode), else the path's
 * regime; without a step, the path's regime.
 * @example
 * inForce(path)['title-42']; inForce(path, path.steps[3]!)['mpp-hearings-suspended']
 */
export const inForce = (p: Path, s?: Step): InForce => s?.inForce ?? p.regime.inForce;

/**
 * The steps of a path split into cases: a new case starts with each new crossing (RECROSS).
 * @example
 * casesOf(path).length // 1 + number of crossings
 */
export function casesOf(p: Path): Step[][] {
  const out: Step[][] = [[]];
  for (const s of p.steps) {
    if (s.event.type === 'RECROSS') out.push([]);
    out[out.length - 1]!.push(s);
  }
  return out;
}
