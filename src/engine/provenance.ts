import type { Cohort } from '../cohorts/types.js';
import { contentHash } from '../domain/content-hash.js';
import type { MigrantProfile } from '../domain/profile.js';
import type { Regime } from '../policy/types.js';

/** Where a result came from: content hashes of the regime and of the cohort (or the fixed profile). */
export interface Provenance {
  /** 'sha256:…' of the regime object (id, dates, measures, every parameter and its source). */
  regime: string;
  /** 'sha256:…' of the cohort object, or of `{ profile }` for a "people like this" run. */
  cohort: string;
}

/**
 * The provenance of a run: equal hashes mean the same regime and the same people mix, whatever the ids say.
 * @example
 * provenanceOf(regimes['mpp-2019'], cohorts['swb-fy2019']).regime // 'sha256:…'
 */
export function provenanceOf(regime: Regime, cohort: Cohort, profile?: MigrantProfile): Provenance {
  return { regime: contentHash(regime), cohort: contentHash(profile ? { profile } : cohort) };
}
