import { citizenshipGroup } from '../domain/citizenship.js';
import type { MigrantProfile } from '../domain/profile.js';
import { regimeAt } from '../policy/regime-at.js';
import { MEASURE_IDS, type Regime } from '../policy/types.js';
import { PARAM_LEAVES } from './regimes.js';

/**
 * A person in one line, with every fact the law reads.
 * @example
 * describeProfile(makeProfile({ citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports' }))
 * // 'family-unit from HN (northern-triangle), between-ports, southwest border, sector other; age 30, youngest child 8; ...'
 */
export function describeProfile(p: MigrantProfile): string {
  const flags = [
    p.spanishSpeaker ? 'Spanish speaker' : 'not a Spanish speaker',
    p.fearOfReturn ? 'fears return' : 'no fear of return',
    ...(p.fearOfMexico ? ['fears Mexico'] : []),
    ...(p.healthVulnerable ? ['health issues'] : []),
    ...(p.criminalHistory ? ['criminal history'] : []),
    ...(p.priorRemovalOrder ? ['prior removal order'] : []),
    ...(p.traffickingVictim ? ['trafficking victim'] : []),
    p.transitedThirdCountry ? 'crossed a third country' : 'no third country',
  ];
  const ages = p.demographic === 'family-unit' ? `age ${p.age}, youngest child ${p.youngestChildAge}` : `age ${p.age}`;
  return `${p.demographic} from ${p.citizenship} (${citizenshipGroup(p.citizenship)}), ${p.entry}, ${p.border} border, sector ${p.sector}; ${ages}; ${flags.join(', ')}`;
}

const at = (o: unknown, path: readonly string[]): number | undefined => {
  let x = o as Record<string, unknown> | undefined;
  for (const k of path) x = x?.[k] as Record<string, unknown> | undefined;
  return (x as { value?: number } | undefined)?.value;
};

/**
 * What a regime changes relative to the published rules of its date: measures switched on or off, and parameters
 * with other values (shown `path: value (published: value)`). Empty when it is exactly the rules of its date.
 * @example
 * regimeDifferences(defineRegime('mpp-2019', { params: { cfPositive: 0.3 } })) // ['params.cfPositive: 0.3 (published: 0.…)']
 */
export function regimeDifferences(r: Regime): string[] {
  let published: Regime;
  try {
    published = regimeAt(r.date);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const id of MEASURE_IDS) {
    if (r.inForce[id] !== published.inForce[id]) out.push(`${id} ${r.inForce[id] ? 'on' : 'off'} (published: ${published.inForce[id] ? 'on' : 'off'})`);
  }
  const custom = r.measures.filter((m) => !(MEASURE_IDS as readonly string[]).includes(m));
  if (custom.length) out.push(`custom measures: ${custom.join(', ')}`);
  for (const leaf of PARAM_LEAVES) {
    const a = at(r.params, leaf.path);
    const b = at(published.params, leaf.path);
    if (a !== b) out.push(`params.${leaf.path.join('.')}: ${round(a)} (published: ${round(b)})`);
  }
  return out;
}

const round = (x: number | undefined) => (x === undefined ? 'none' : String(Math.round(x * 10_000) / 10_000));

/**
 * A regime in a few lines: id, label, date, measures in force and what differs from the published rules.
 * @example
 * describeRegime(regimes['mpp-2019']) // 'mpp-2019 — Remain in Mexico (MPP), Dec 2019 (rules of 2019-12-01)\n  in force: ...'
 */
export function describeRegime(r: Regime): string {
  const lines = [`${r.id} — ${r.label} (rules of ${r.date})`, `  in force: ${MEASURE_IDS.filter((id) => r.inForce[id]).join(', ') || 'no built-in measure'}`];
  const diff = regimeDifferences(r);
  if (diff.length) lines.push(`  differs from the published rules of ${r.date}: ${diff.join('; ')}`);
  return lines.join('\n');
}
