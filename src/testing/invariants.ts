import { BORDER_INVARIANTS } from './catalogue-border.js';
import { CASE_INVARIANTS } from './catalogue-case.js';
import { defineInvariant, type Invariant } from './invariant-kit.js';

export { defineInvariant, type Invariant, type InvariantSpec } from './invariant-kit.js';

/**
 * The catalogue of legal invariants the model must satisfy on every lawful path, as data: id, plain-language
 * statement, authority, topic and predicate (docs/invariants.md is generated from it).
 * @example
 * for (const inv of invariants) console.log(inv.id, inv.authority, inv.predicate(path));
 */
export const invariants: readonly Invariant[] = Object.freeze([...BORDER_INVARIANTS, ...CASE_INVARIANTS].map(defineInvariant));

/**
 * An invariant of the catalogue by id; throws naming the ids when there is none.
 * @example
 * invariant('uac-never-mpp').statement // 'An unaccompanied child is never returned to Mexico under MPP.'
 */
export function invariant(id: string): Invariant {
  const found = invariants.find((i) => i.id === id);
  if (!found) throw new Error(`no invariant '${id}'; the catalogue has: ${invariants.map((i) => i.id).join(', ')}`);
  return found;
}
