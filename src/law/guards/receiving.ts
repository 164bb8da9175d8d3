import { EXPULSION_ACCEPTANCE, type ExpulsionAcceptance } from '../../policy/title42-acceptance.js';
import type { PathContext } from '../context.js';
import { inForce } from './helpers.js';

function covers(a: ExpulsionAcceptance, c: PathContext): boolean {
  const p = c.profile;
  if (!inForce(c, a.measure)) return false;
  if (a.nationalities === 'all' ? a.except?.includes(p.citizenship) : !a.nationalities.includes(p.citizenship)) return false;
  if (!a.demographics.includes(p.demographic)) return false;
  if (a.healthyOnly && p.healthVulnerable) return false;
  return !a.refusals.some(
    (r) => inForce(c, r.measure) && r.demographics.includes(p.demographic) && r.sectors.includes(p.sector) && p.youngestChildAge < r.youngestChildUnder,
  );
}

/**
 * The Title 42 arrangement under which a country takes this person (Mexico by land, or the person's own country by
 * flight), or undefined when no country takes them — then they are processed under Title 8.
 * @example
 * expulsionReceiver(ctx)?.id // 'mexico-central-americans' for a Honduran adult in 2020; undefined for a Cuban
 */
export function expulsionReceiver(c: PathContext): ExpulsionAcceptance | undefined {
  return EXPULSION_ACCEPTANCE.find((a) => covers(a, c));
}
