import { asylumOfficers, cbpHolding, familyCentres, iceBeds, metering, orrBeds } from './catalogue.js';
import { completionsPerJudgeDay, detainedShare, familyDocketIntake, familyDocketShare, judges, mppHearings, nondetainedOpen } from './court-catalogue.js';
import type { ResourceSpec } from './types.js';

/** Every built-in resource and court parameter, by id. */
export const RESOURCES: readonly ResourceSpec[] = [
  cbpHolding,
  iceBeds,
  familyCentres,
  orrBeds,
  asylumOfficers,
  metering,
  judges,
  completionsPerJudgeDay,
  mppHearings,
  detainedShare,
  familyDocketShare,
  familyDocketIntake,
  nondetainedOpen,
];

/** The resource ids, in catalogue order. */
export const RESOURCE_IDS: readonly string[] = RESOURCES.map((r) => r.id);

/** Ids whose values are shares (0–1). */
export const SHARE_IDS: ReadonlySet<string> = new Set(['detained-share', 'family-docket-share', 'family-docket-intake', 'nondetained-open']);

/** Ids whose values may be fractional (shares and productivities); every other value is a whole count. */
export const FRACTIONAL_IDS: ReadonlySet<string> = new Set([...SHARE_IDS, 'completions-per-judge-day']);

/**
 * The built-in spec of a resource id (undefined if unknown).
 * @example
 * resourceSpec('judges')?.unit // 'judges'
 */
export function resourceSpec(id: string): ResourceSpec | undefined {
  return RESOURCES.find((r) => r.id === id);
}
