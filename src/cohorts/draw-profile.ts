import { CITIZENSHIP_GROUPS, isContiguous, presumedSpanishSpeaker } from '../domain/citizenship.js';
import { DEMOGRAPHICS, SECTORS, type MigrantProfile, type Sector } from '../domain/profile.js';
import type { Param } from '../policy/types.js';
import { TRAITS } from './data/build.js';
import type { Cohort } from './types.js';

/**
 * Uniform draws consumed per profile, always, whatever branch is taken, so person i's later draws (the path) stay
 * aligned across cohorts and regimes. Order: demographic, group, country, entry, fear, prior order, health,
 * criminal history, fear of Mexico, youngest child / UAC age, sector, family role (parent or child).
 */
export const DRAWS_PER_PROFILE = 12;

/** A compiled sampler: draws one complete profile from a uniform(0,1) source. */
export type ProfileSampler = (next: () => number) => MigrantProfile;

// Ages are not in the reference: only the band matters to the law (child under 6; UAC under 14), so ages are spread
// evenly within each band (assumption). Adults keep the profile default age 30. A child member of a family unit is
// its youngest child (the age the Tamaulipas rule reads).
const ADULT_AGE = 30;
const CHILD_MAX = 17;

function cumulative(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length);
  const total = values.reduce((s, v) => s + v, 0);
  let acc = 0;
  values.forEach((v, i) => {
    acc += v / total;
    out[i] = acc;
  });
  out[values.length - 1] = 1; // guard against rounding: the last bucket always catches u < 1
  return out;
}

function pick(cum: Float64Array, u: number): number {
  const n = cum.length - 1;
  for (let i = 0; i < n; i++) if (u < cum[i]!) return i;
  return n;
}

/** A uniform draw scaled into a band of whole numbers [lo, hi]. */
function inBand(u: number, lo: number, hi: number): number {
  return Math.min(hi, lo + Math.floor(u * (hi - lo + 1)));
}

/**
 * Compiles a cohort into a fast sampler (cumulative tables built once). Each call consumes exactly
 * `DRAWS_PER_PROFILE` draws from `next` and returns a complete, valid profile.
 * @example
 * const sample = compileCohort(cohorts['swb-fy2019']);
 * const profile = sample(personStream(42, 0));
 * profile.demographic // 'family-unit' (for example)
 */
export function compileCohort(cohort: Cohort): ProfileSampler {
  const demCum = cumulative(DEMOGRAPHICS.map((d) => cohort.demographic[d].value));
  const groupCum = DEMOGRAPHICS.map((d) => cumulative(CITIZENSHIP_GROUPS.map((g) => cohort.citizenship[d][g].value)));
  const countryCodes = CITIZENSHIP_GROUPS.map((g) => Object.keys(cohort.countries[g]));
  const countryCum = CITIZENSHIP_GROUPS.map((g, i) => cumulative(countryCodes[i]!.map((c) => (cohort.countries[g][c] as Param).value)));
  const spanish = countryCodes.map((codes) => codes.map(presumedSpanishSpeaker));
  const transited = countryCodes.map((codes) => codes.map((c) => !isContiguous(c)));
  const fear = DEMOGRAPHICS.map((d) => CITIZENSHIP_GROUPS.map((g) => cohort.fearOfReturn[d][g].value));
  const poe = cohort.portOfEntryShare.value;
  const prior = cohort.priorRemovalOrder.value;
  const health = cohort.healthVulnerable.value;
  const criminal = cohort.criminalHistory.value;
  const fearMexico = cohort.fearOfMexico.value;
  const young = cohort.familyYoungChild.value;
  const tamaulipas = cohort.tamaulipasSectors.value;
  const sectorCum = cohort.sectors ? cumulative(SECTORS.map((k) => cohort.sectors![k].value)) : undefined;
  const under14 = cohort.uacUnder14.value;
  const childShare = (cohort.familyChildShare ?? TRAITS.familyChildShare).value;

  return (next) => {
    const u0 = next(), u1 = next(), u2 = next(), u3 = next(), u4 = next(), u5 = next();
    const u6 = next(), u7 = next(), u8 = next(), u9 = next(), u10 = next();
    const u11 = next();
    const d = pick(demCum, u0);
    const g = pick(groupCum[d]!, u1);
    const c = pick(countryCum[g]!, u2);
    const demographic = DEMOGRAPHICS[d]!;
    const uac = demographic === 'uac';
    const family = demographic === 'family-unit';
    // UACs take none of the adult traits (types.ts); their age band comes from uacUnder14.
    let age = ADULT_AGE;
    let youngestChildAge = 8; // profile default, ignored unless a family unit
    if (uac) age = u9 < under14 ? inBand(u9 / under14, 0, 13) : inBand((u9 - under14) / (1 - under14), 14, CHILD_MAX);
    else if (family) youngestChildAge = u9 < young ? inBand(u9 / young, 0, 5) : inBand((u9 - young) / (1 - young), 6, CHILD_MAX);
    const familyRole = family && u11 < childShare ? 'child' : 'parent';
    if (familyRole === 'child') age = youngestChildAge;
    // With a sector mix, the sector is drawn from it; without one (older user cohorts), only Tamaulipas is told apart
    // and the split between RGV and Laredo is even (no source).
    const sector: Sector = sectorCum
      ? SECTORS[pick(sectorCum, u10)]!
      : u10 < tamaulipas ? (u10 < tamaulipas / 2 ? 'rio-grande-valley' : 'laredo') : 'other';
    return {
      citizenship: countryCodes[g]![c]!,
      demographic,
      entry: u3 < poe ? 'port-of-entry' : 'between-ports',
      border: 'southwest',
      sector,
      age,
      youngestChildAge,
      familyRole,
      spanishSpeaker: spanish[g]![c]!,
      healthVulnerable: !uac && u6 < health,
      criminalHistory: !uac && u7 < criminal,
      priorRemovalOrder: !uac && u5 < prior,
      fearOfReturn: u4 < fear[d]![g]!,
      fearOfMexico: !uac && u8 < fearMexico,
      traffickingVictim: false, // no source for a share; the profile default
      transitedThirdCountry: transited[g]![c]!,
    };
  };
}

const compiled = new WeakMap<Cohort, ProfileSampler>();

/**
 * Draws one profile from a cohort (compiles the cohort once per cohort object and caches it).
 * @example
 * let s = 1; const next = () => ((s = (s * 16807) % 2147483647) / 2147483647);
 * drawProfile(cohorts['swb-fy2016'], next).border // 'southwest'
 */
export function drawProfile(cohort: Cohort, next: () => number): MigrantProfile {
  let sampler = compiled.get(cohort);
  if (!sampler) {
    sampler = compileCohort(cohort);
    compiled.set(cohort, sampler);
  }
  return sampler(next);
}
