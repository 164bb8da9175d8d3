import type { Provenance } from './provenance.js';
import { CITIZENSHIP_GROUPS, citizenshipGroup } from '../domain/citizenship.js';
import { ImmsimError } from '../domain/errors.js';
import { OUTCOME_IDS, TRACK_IDS, type OutcomeId } from '../domain/outcomes.js';
import { DEMOGRAPHICS } from '../domain/profile.js';
import type { PathContext } from '../law/context.js';
import { STATES, type StateInfo } from '../law/states.js';
import { MeanAccumulator } from '../stats/mean-accumulator.js';
import { QuantileSketch } from '../stats/quantile-sketch.js';
import { shareWithCi } from '../stats/share-with-ci.js';
import type { Group, Outcomes, SimulationResult } from './result.js';

const NO = OUTCOME_IDS.length;
const NT = TRACK_IDS.length;
const DEMO_INDEX: Record<string, number> = Object.fromEntries(DEMOGRAPHICS.map((d, i) => [d, i]));
const GROUP_INDEX: Record<string, number> = Object.fromEntries(CITIZENSHIP_GROUPS.map((g, i) => [g, i]));
const PENDING = OUTCOME_IDS.indexOf('pending');
// A quantile between two whole days is interpolated (q·(n − 1) is rarely exact in binary): 12 significant digits drop
// the float noise (787.1999999999998 → 787.2) and keep far more precision than days have.
const tidy = (x: number): number => Number(x.toPrecision(12));

// DEMO_INDEX[d] and GROUP_INDEX[citizenshipGroup(c)], mostly without a keyed load by string (megamorphic in V8).
const D0 = DEMOGRAPHICS[0]!;
const D1 = DEMOGRAPHICS[1]!;
const demoIndex = (d: string): number => (d === D0 ? 0 : d === D1 ? 1 : DEMO_INDEX[d]!);
const G0 = CITIZENSHIP_GROUPS[0]!;
const G1 = CITIZENSHIP_GROUPS[1]!;
const groupIndex = (citizenship: string): number => {
  const g = citizenshipGroup(citizenship);
  return g === G0 ? 0 : g === G1 ? 1 : GROUP_INDEX[g]!;
};

/**
 * Maps compiled state indices to outcome indices (-1 for states that are not outcomes).
 * @example
 * outcomeIndexByState(['encountered', 'expelled']) // Int8Array [-1, 0]
 */
export function outcomeIndexByState(stateIds: readonly string[]): Int8Array {
  return Int8Array.from(
    stateIds.map((id) => {
      const o = (STATES as Record<string, StateInfo>)[id]?.outcome;
      return o === undefined ? -1 : OUTCOME_IDS.indexOf(o);
    }),
  );
}

/** JSON form of a {@link RegimeSummary}, for shards and worker messages. */
export interface RegimeSummaryJSON {
  people: number[];
  peopleByDemographic: number[];
  peopleByGroup: number[];
  cases: number[];
  casesByDemographic: number[];
  casesByTrack: number[];
  daysToOutcome: unknown;
  daysDetained: unknown;
  daysInMexico: unknown;
  encounters: unknown;
  reencountered: number;
  hearingsMissed: unknown;
  flows: [string, number][] | null;
}

/**
 * Everything the engine keeps about one regime's people: counts and mergeable accumulators, never per-person
 * records, so memory stays flat in n. Merging summaries of disjoint index ranges equals one run over all of them.
 * @example
 * const s = runBlock(spec).summaries[0].merge(runBlock(spec2).summaries[0]);
 * s.toResult({ version, regime: 'mpp-2019', cohort: 'swb-fy2019', seed: 1, horizonDays: 1095 });
 */
export class RegimeSummary {
  people = new Float64Array(NO);
  peopleByDemographic = new Float64Array(3 * NO);
  peopleByGroup = new Float64Array(3 * NO);
  cases = new Float64Array(NO);
  casesByDemographic = new Float64Array(3 * NO);
  casesByTrack = new Float64Array(NT * NO);
  daysToOutcome = new QuantileSketch();
  daysDetained = new MeanAccumulator();
  daysInMexico = new MeanAccumulator();
  encounters = new MeanAccumulator();
  reencountered = 0;
  hearingsMissed = new MeanAccumulator();
  flows: Map<string, number> | null;

  constructor(withFlows = false) {
    this.flows = withFlows ? new Map() : null;
  }

  /** Records a case that ended with outcome index `o`. */
  addCase(o: number, ctx: PathContext): void {
    this.cases[o]!++;
    this.casesByDemographic[demoIndex(ctx.profile.demographic) * NO + o]!++;
    // Visit only the set bits (a case has few tracks).
    for (let mask = ctx.caseTracks >>> 0; mask !== 0; ) {
      const low = (mask & -mask) >>> 0;
      this.casesByTrack[(31 - Math.clz32(low)) * NO + o]!++;
      mask = (mask ^ low) >>> 0;
    }
  }

  /** Records a person whose last case ended with outcome index `o` on day `outcomeDay` (ignored if pending). */
  addPerson(o: number, ctx: PathContext, outcomeDay: number): void {
    this.people[o]!++;
    this.peopleByDemographic[demoIndex(ctx.profile.demographic) * NO + o]!++;
    this.peopleByGroup[groupIndex(ctx.profile.citizenship) * NO + o]!++;
    if (o !== PENDING) this.daysToOutcome.add(outcomeDay);
    this.daysDetained.add(ctx.daysDetained);
    this.daysInMexico.add(ctx.daysInMexico);
    this.encounters.add(ctx.encounters);
    if (ctx.reencounteredWithin365d) this.reencountered++;
    this.hearingsMissed.add(ctx.hearingsMissed);
  }

  addFlow(from: string, to: string): void {
    const k = `${from}\u0000${to}`;
    this.flows!.set(k, (this.flows!.get(k) ?? 0) + 1);
  }

  get n(): number {
    let s = 0;
    for (const x of this.people) s += x;
    return s;
  }

  merge(other: RegimeSummary): this {
    const add = (a: Float64Array, b: Float64Array) => {
      for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
    };
    add(this.people, other.people);
    add(this.peopleByDemographic, other.peopleByDemographic);
    add(this.peopleByGroup, other.peopleByGroup);
    add(this.cases, other.cases);
    add(this.casesByDemographic, other.casesByDemographic);
    add(this.casesByTrack, other.casesByTrack);
    this.daysToOutcome.merge(other.daysToOutcome);
    this.daysDetained.merge(other.daysDetained);
    this.daysInMexico.merge(other.daysInMexico);
    this.encounters.merge(other.encounters);
    this.reencountered += other.reencountered;
    this.hearingsMissed.merge(other.hearingsMissed);
    if (this.flows && other.flows) for (const [k, v] of other.flows) this.flows.set(k, (this.flows.get(k) ?? 0) + v);
    return this;
  }

  toJSON(): RegimeSummaryJSON {
    return {
      people: [...this.people],
      peopleByDemographic: [...this.peopleByDemographic],
      peopleByGroup: [...this.peopleByGroup],
      cases: [...this.cases],
      casesByDemographic: [...this.casesByDemographic],
      casesByTrack: [...this.casesByTrack],
      daysToOutcome: this.daysToOutcome.toJSON(),
      daysDetained: this.daysDetained.toJSON(),
      daysInMexico: this.daysInMexico.toJSON(),
      encounters: this.encounters.toJSON(),
      reencountered: this.reencountered,
      hearingsMissed: this.hearingsMissed.toJSON(),
      flows: this.flows ? [...this.flows] : null,
    };
  }

  static fromJSON(json: RegimeSummaryJSON): RegimeSummary {
    const s = new RegimeSummary(json.flows !== null);
    const arr = (name: string, v: unknown, len: number) => {
      if (!Array.isArray(v) || v.length !== len || !v.every((x) => Number.isSafeInteger(x) && x >= 0)) {
        throw new ImmsimError([{ path: ['summary', name], message: `must be ${len} non-negative integer counts` }]);
      }
      return Float64Array.from(v as number[]);
    };
    s.people = arr('people', json.people, NO);
    s.peopleByDemographic = arr('peopleByDemographic', json.peopleByDemographic, 3 * NO);
    s.peopleByGroup = arr('peopleByGroup', json.peopleByGroup, 3 * NO);
    s.cases = arr('cases', json.cases, NO);
    s.casesByDemographic = arr('casesByDemographic', json.casesByDemographic, 3 * NO);
    s.casesByTrack = arr('casesByTrack', json.casesByTrack, NT * NO);
    s.daysToOutcome = QuantileSketch.fromJSON(json.daysToOutcome);
    s.daysDetained = MeanAccumulator.fromJSON(json.daysDetained);
    s.daysInMexico = MeanAccumulator.fromJSON(json.daysInMexico);
    s.encounters = MeanAccumulator.fromJSON(json.encounters);
    s.reencountered = json.reencountered;
    s.hearingsMissed = MeanAccumulator.fromJSON(json.hearingsMissed);
    if (json.flows) s.flows = new Map(json.flows);
    return s;
  }

  /** The public result object. */
  toResult(meta: { version: string; regime: string; cohort: string; seed: number; horizonDays: number; provenance: Provenance }): SimulationResult {
    const n = this.n;
    const outcomes = (counts: Float64Array, offset: number, total: number): Outcomes =>
      Object.fromEntries(OUTCOME_IDS.map((o, i) => [o, shareWithCi(counts[offset + i]!, total)])) as Outcomes;
    const group = (counts: Float64Array, g: number): Group => {
      let total = 0;
      for (let i = 0; i < NO; i++) total += counts[g * NO + i]!;
      return { n: total, outcomes: outcomes(counts, g * NO, total) };
    };
    let casesN = 0;
    for (const x of this.cases) casesN += x;
    const reShare = shareWithCi(this.reencountered, n);
    const result: SimulationResult = {
      model: { version: meta.version },
      regime: meta.regime,
      cohort: meta.cohort,
      n,
      seed: meta.seed,
      horizonDays: meta.horizonDays,
      provenance: { regime: meta.provenance.regime, cohort: meta.provenance.cohort },
      outcomes: outcomes(this.people, 0, n),
      groups: {
        demographic: Object.fromEntries(DEMOGRAPHICS.map((d, i) => [d, group(this.peopleByDemographic, i)])) as SimulationResult['groups']['demographic'],
        citizenship: Object.fromEntries(CITIZENSHIP_GROUPS.map((g, i) => [g, group(this.peopleByGroup, i)])) as SimulationResult['groups']['citizenship'],
      },
      cases: {
        n: casesN,
        outcomes: outcomes(this.cases, 0, casesN),
        byDemographic: Object.fromEntries(DEMOGRAPHICS.map((d, i) => [d, group(this.casesByDemographic, i)])) as SimulationResult['cases']['byDemographic'],
        byTrack: Object.fromEntries(TRACK_IDS.map((t, i) => [t, group(this.casesByTrack, i)])) as SimulationResult['cases']['byTrack'],
      },
      metrics: {
        daysToOutcome: {
          // null, not 0, when nobody reached an outcome within the horizon (0 days would be a wrong answer).
          median: this.daysToOutcome.count ? tidy(this.daysToOutcome.quantile(0.5)) : null,
          p90: this.daysToOutcome.count ? tidy(this.daysToOutcome.quantile(0.9)) : null,
        },
        daysDetained: this.daysDetained.toMeanWithCi(),
        daysInMexico: this.daysInMexico.toMeanWithCi(),
        encountersPerPerson: this.encounters.toMeanWithCi(),
        reencounteredWithin365d: { share: reShare.share, ci95: reShare.ci95 },
        hearingsMissed: { mean: this.hearingsMissed.count ? this.hearingsMissed.mean : 0 },
      },
    };
    if (this.flows) {
      // Sorted, so the flows (and the Sankey diagrams drawn from them) do not depend on the order blocks merged.
      result.flows = [...this.flows]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, count]) => {
          const [from, to] = k.split('\u0000') as [string, string];
          return { from, to, count };
        });
    }
    return result;
  }
}

export type { OutcomeId };
