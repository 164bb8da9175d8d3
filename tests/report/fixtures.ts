import type { CitizenshipGroup } from '../../src/domain/citizenship.js';
import { OUTCOME_IDS, TRACK_IDS, type OutcomeId, type TrackId } from '../../src/domain/outcomes.js';
import type { Demographic } from '../../src/domain/profile.js';
import type {
  ComparisonResult,
  FlowLink,
  Group,
  Outcomes,
  PairedDifference,
  SimulationResult,
} from '../../src/engine/result.js';

/** Wilson 95% interval of a proportion. */
export function wilson(count: number, n: number): [number, number] {
  if (n === 0) return [0, 0];
  const z = 1.959963984540054;
  const p = count / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/** Outcomes from counts: share = count / n with a Wilson interval; missing ids count 0. */
export function outcomesFrom(counts: Partial<Record<OutcomeId, number>>, n: number): Outcomes {
  const o = {} as Outcomes;
  for (const id of OUTCOME_IDS) {
    const count = counts[id] ?? 0;
    o[id] = { count, share: n > 0 ? count / n : 0, ci95: wilson(count, n) };
  }
  return o;
}

function groupFrom(counts: Partial<Record<OutcomeId, number>>): Group {
  const n = Object.values(counts).reduce((a: number, c) => a + (c ?? 0), 0);
  return { n, outcomes: outcomesFrom(counts, n) };
}

/** Splits counts into parts by fractions (the last part takes the remainder), keeping totals exact. */
function split<K extends string>(counts: Partial<Record<OutcomeId, number>>, keys: readonly K[], fractions: readonly number[]) {
  const parts = {} as Record<K, Partial<Record<OutcomeId, number>>>;
  keys.forEach((k) => (parts[k] = {}));
  for (const id of OUTCOME_IDS) {
    const c = counts[id] ?? 0;
    let rest = c;
    keys.forEach((k, i) => {
      const share = i === keys.length - 1 ? rest : Math.floor(c * (fractions[i] ?? 0));
      parts[k][id] = share;
      rest -= share;
    });
  }
  return parts;
}

export interface ResultSpec {
  regime: string;
  counts: Partial<Record<OutcomeId, number>>;
  cohort?: string;
  seed?: number;
  horizonDays?: number;
  flows?: FlowLink[];
}

/** A synthetic, internally consistent result: n = sum of counts, shares = count / n, groups add up to the totals. */
export function makeResult(spec: ResultSpec): SimulationResult {
  const n = OUTCOME_IDS.reduce((a, id) => a + (spec.counts[id] ?? 0), 0);
  const demo = split<Demographic>(spec.counts, ['single-adult', 'family-unit', 'uac'], [0.6, 0.3]);
  const cit = split<CitizenshipGroup>(spec.counts, ['mexico', 'northern-triangle', 'other'], [0.4, 0.45]);
  const tracked: TrackId[] = ['title-42', 'credible-fear', 'hearing'];
  const byTrack = {} as Record<TrackId, Group>;
  for (const t of TRACK_IDS) byTrack[t] = tracked.includes(t) ? groupFrom(split(spec.counts, ['a', 'b'], [0.5]).a) : groupFrom({});
  const result: SimulationResult = {
    model: { version: '0.1.0' },
    regime: spec.regime,
    cohort: spec.cohort ?? 'fy2020-swb',
    n,
    seed: spec.seed ?? 42,
    horizonDays: spec.horizonDays ?? 730,
    provenance: { regime: `sha256:${'0'.repeat(64)}`, cohort: `sha256:${'1'.repeat(64)}` },
    outcomes: outcomesFrom(spec.counts, n),
    groups: {
      demographic: { 'single-adult': groupFrom(demo['single-adult']), 'family-unit': groupFrom(demo['family-unit']), uac: groupFrom(demo.uac) },
      citizenship: { mexico: groupFrom(cit.mexico), 'northern-triangle': groupFrom(cit['northern-triangle']), other: groupFrom(cit.other) },
    },
    cases: {
      n,
      outcomes: outcomesFrom(spec.counts, n),
      byDemographic: { 'single-adult': groupFrom(demo['single-adult']), 'family-unit': groupFrom(demo['family-unit']), uac: groupFrom(demo.uac) },
      byTrack,
    },
    metrics: {
      daysToOutcome: { median: 12, p90: 340 },
      daysDetained: { mean: 4.23, ci95: [4.01, 4.44] },
      daysInMexico: { mean: 31.5, ci95: [30.2, 32.9] },
      encountersPerPerson: { mean: 1.342, ci95: [1.321, 1.364] },
      reencounteredWithin365d: { share: 0.22, ci95: [0.214, 0.226] },
      hearingsMissed: { mean: 0.125 },
    },
  };
  if (spec.flows) result.flows = spec.flows;
  return result;
}

const diff = (estimate: number, half = 0.006): PairedDifference => ({ estimate, ci95: [estimate - half, estimate + half] });

/** A comparison of results against the first one; differences are the share differences ± a fixed half-width. */
export function makeComparison(results: SimulationResult[]): ComparisonResult {
  const [base] = results;
  if (!base) throw new Error('need at least one result');
  const differences: ComparisonResult['differences'] = {};
  for (const r of results.slice(1)) {
    const outcomes = {} as Record<OutcomeId, PairedDifference>;
    for (const id of OUTCOME_IDS) outcomes[id] = diff(r.outcomes[id].share - base.outcomes[id].share);
    differences[r.regime] = {
      outcomes,
      daysDetained: diff(r.metrics.daysDetained.mean - base.metrics.daysDetained.mean, 0.3),
      daysInMexico: diff(-2, 0.4),
      encountersPerPerson: diff(0.05, 0.01),
    };
  }
  return { model: base.model, cohort: base.cohort, n: base.n, seed: base.seed, horizonDays: base.horizonDays, baseline: base.regime, results, differences };
}

/** Three regimes over 20,000 people with different outcome mixes; 'terminated' is zero everywhere. */
export function threeRegimes(): SimulationResult[] {
  return [
    makeResult({
      regime: 'pre-2017',
      counts: { 'voluntary-return': 5200, 'removed-expedited': 6100, 'removal-order': 2300, 'in-absentia-order': 1900, 'relief-granted': 1200, 'voluntary-departure': 300, pending: 3000 },
    }),
    makeResult({
      regime: 'mpp-2019',
      counts: { 'voluntary-return': 4000, 'removed-expedited': 5000, 'removal-order': 1800, 'in-absentia-order': 5200, 'relief-granted': 200, 'transferred-third-country': 800, pending: 3000 },
    }),
    makeResult({
      regime: 'title-42',
      counts: { expelled: 16240, 'voluntary-return': 600, 'removed-expedited': 1200, 'removal-order': 300, 'relief-granted': 60, pending: 1600 },
    }),
  ];
}
