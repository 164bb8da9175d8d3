import type { PathContext } from './context.js';
import type { FactEvent } from './events.js';

/**
 * A legal rule: a pure predicate of the person's context (profile, regime, case) and the fact proposed,
 * with the authority it comes from. Guards in `pathwayMachine` are rules.
 */
export interface Rule {
  /** The guard name used in the machine. */
  id: string;
  /** The rule in plain language. */
  statement: string;
  /** Statute, regulation, memo or court order. */
  authority: string;
  test: (ctx: PathContext, event: FactEvent) => boolean;
}

/**
 * Declares a rule (identity function that keeps the literal id type).
 * @example
 * const r = rule({ id: 'isAdult', statement: 'An adult.', authority: 'none', test: (c) => c.profile.demographic !== 'uac' });
 */
export function rule<const Id extends string>(r: Rule & { id: Id }): Rule & { id: Id } {
  return r;
}

/**
 * A rule that holds when all its parts hold; its authority lists theirs. Used where one transition is bound by
 * several rules (e.g. a release from family detention: parole rules and the Flores limit).
 * @example
 * const r = allOf('paroleFromFamilyDetention', canParole, withinFloresLimit);
 */
export function allOf(id: string, ...parts: Rule[]): Rule & { parts: Rule[] } {
  return {
    id,
    statement: parts.map((p) => p.statement).join(' '),
    authority: parts.map((p) => p.authority).join('; '),
    test: (c, e) => parts.every((p) => p.test(c, e)),
    parts,
  };
}
