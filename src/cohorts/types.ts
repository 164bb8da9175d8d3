import type { CitizenshipGroup } from '../domain/citizenship.js';
import type { Demographic, Sector } from '../domain/profile.js';
import type { Param } from '../policy/types.js';

/**
 * Who arrives: the mix a cohort's simulated people are drawn from. Every share cites its source or is marked an
 * assumption (see `Param`). Shares within one `Record` sum to 1.
 */
export interface Cohort {
  id: string;
  label: string;
  fiscalYear: number;
  description: string;
  /** Demographic mix of encounters. */
  demographic: Record<Demographic, Param>;
  /** Citizenship-group mix within each demographic. */
  citizenship: Record<Demographic, Record<CitizenshipGroup, Param>>;
  /** Countries within each group, as weights (e.g. GT/HN/SV for the Northern Triangle). */
  countries: Record<CitizenshipGroup, Record<string, Param>>;
  /** Share encountered at a port of entry (the rest between ports). */
  portOfEntryShare: Param;
  /** Share who would claim fear, by demographic and group. */
  fearOfReturn: Record<Demographic, Record<CitizenshipGroup, Param>>;
  /** Other profile traits, as shares of adults/families (UACs take none of these but age). */
  priorRemovalOrder: Param;
  healthVulnerable: Param;
  criminalHistory: Param;
  fearOfMexico: Param;
  /** Share of family-unit members who are children (the rest are parents). Optional in user cohorts: default 0.5. */
  familyChildShare?: Param;
  /** Share of family units whose youngest child is under 6. */
  familyYoungChild: Param;
  /** Share of encounters in the Rio Grande Valley and Laredo sectors (Tamaulipas); used when `sectors` is not given. */
  tamaulipasSectors: Param;
  /** Mix of encounters by Border Patrol sector (shares summing to 1). Optional: without it, `tamaulipasSectors` splits RGV/Laredo from 'other'. */
  sectors?: Record<Sector, Param>;
  /** Share of UACs under 14. */
  uacUnder14: Param;
}
