import type { UncertaintyInfo } from '../uncertainty/probabilistic.js';
import type { CitizenshipGroup } from '../domain/citizenship.js';
import type { OutcomeId, TrackId } from '../domain/outcomes.js';
import type { Demographic } from '../domain/profile.js';

/** A count with its share of the group and a Wilson 95% interval. */
export interface OutcomeShare {
  count: number;
  share: number;
  ci95: [number, number];
  /** With `uncertainty`: the 95% interval over parameters and Monte Carlo (docs/statistics.md). */
  ci95Total?: [number, number];
}
/** Every outcome id, each with count, share and interval. */
export type Outcomes = Record<OutcomeId, OutcomeShare>;
/** A subgroup: its size and its outcome shares. */
export interface Group {
  n: number;
  outcomes: Outcomes;
}
/** A mean with a 95% confidence interval. */
export interface MeanWithCi {
  mean: number;
  ci95: [number, number];
  ci95Total?: [number, number];
}

/** One edge of the flow of first cases through the machine's states (for Sankey diagrams). */
export interface FlowLink {
  from: string;
  to: string;
  count: number;
}

/**
 * The result of simulating one cohort under one regime. `immsim run --format json` prints exactly this object.
 * People are counted once, by the outcome of their last case within the horizon; every encounter opens a case.
 */
export interface SimulationResult {
  model: { version: string };
  regime: string;
  cohort: string;
  n: number;
  seed: number;
  horizonDays: number;
  /** Content hashes of the regime and the cohort (or profile) simulated: equal hashes, same inputs. */
  provenance: { regime: string; cohort: string };
  outcomes: Outcomes;
  groups: {
    demographic: Record<Demographic, Group>;
    citizenship: Record<CitizenshipGroup, Group>;
  };
  cases: {
    n: number;
    outcomes: Outcomes;
    byDemographic: Record<Demographic, Group>;
    byTrack: Record<TrackId, Group>;
  };
  metrics: {
    /** Days from the first encounter to the last outcome, among people who reached one; null when nobody did. */
    daysToOutcome: { median: number | null; p90: number | null };
    daysDetained: MeanWithCi;
    daysInMexico: MeanWithCi;
    encountersPerPerson: MeanWithCi;
    reencounteredWithin365d: { share: number; ci95: [number, number]; ci95Total?: [number, number] };
    hearingsMissed: { mean: number };
  };
  /** Only with `uncertainty`: the design of the parameter draws. */
  uncertainty?: UncertaintyInfo;
  /** Only when `simulate({ flows: true })`: transitions of each person's first case, state to state. */
  flows?: FlowLink[];
}

/** A paired difference between two regimes over the same simulated people (b minus a). */
export interface PairedDifference {
  estimate: number;
  ci95: [number, number];
  /** With `uncertainty`: the 95% interval over parameters and Monte Carlo. */
  ci95Total?: [number, number];
  /** With `uncertainty`: the share of parameter draws whose difference has the estimate's sign. */
  pSameSign?: number;
}

/** The result of `compare`: each regime's result and the paired differences against the first (baseline) regime. */
export interface ComparisonResult {
  model: { version: string };
  cohort: string;
  n: number;
  seed: number;
  horizonDays: number;
  baseline: string;
  results: SimulationResult[];
  /** Only with `uncertainty`: the design of the parameter draws. */
  uncertainty?: UncertaintyInfo;
  /** differences[regimeId].outcomes[outcome] = share under regimeId minus share under baseline, paired. */
  differences: Record<
    string,
    {
      outcomes: Record<OutcomeId, PairedDifference>;
      daysDetained: PairedDifference;
      daysInMexico: PairedDifference;
      encountersPerPerson: PairedDifference;
    }
  >;
}
