import { compileCohort } from '../cohorts/draw-profile.js';
import type { Cohort } from '../cohorts/types.js';
import type { MigrantProfile } from '../domain/profile.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent } from '../law/events.js';
import type { Regime } from '../policy/types.js';
import { PairedSummary } from './paired-summary.js';
import { pathSeed, Stream } from './random.js';
import { compiledPathway, PathSampler, type PathSink } from './sampler.js';
import { outcomeIndexByState, RegimeSummary } from './summary.js';

/** A range of people [start, end) to run under one or more regimes. Plain data: it crosses worker boundaries. */
export interface BlockSpec {
  regimes: Regime[];
  cohort: Cohort;
  /** Everyone has this profile ("people like this"); the cohort then only names the run. */
  profile?: MigrantProfile;
  seed: number;
  horizonDays: number;
  start: number;
  end: number;
  flows?: boolean;
  /** Also accumulate paired differences of each regime against regimes[0]. */
  paired?: boolean;
}

export interface BlockResult {
  summaries: RegimeSummary[];
  /** paired[r - 1] compares regimes[r] with regimes[0]. */
  paired: PairedSummary[];
}

const PROFILE_STREAM = new Stream();
const PATH_STREAM = new Stream();
let running = false;

/** Records each ended case in the current person's regime summary, and the day of the last outcome. */
class CaseSink implements PathSink {
  summary: RegimeSummary | null = null;
  outcomeDay = 0;
  constructor(readonly outcomeOf: Int8Array) {}

  start(summary: RegimeSummary, _initial: number): void {
    this.summary = summary;
    this.outcomeDay = 0;
  }

  caseEnded(state: number, ctx: PathContext): void {
    this.summary!.addCase(this.outcomeOf[state]!, ctx);
    this.outcomeDay = ctx.day;
  }
}

/** Also records the flow of the first case through the states. */
class FlowSink extends CaseSink {
  private visited = 0;
  constructor(outcomeOf: Int8Array, readonly stateIds: readonly string[]) {
    super(outcomeOf);
  }

  override start(summary: RegimeSummary, initial: number): void {
    super.start(summary, initial);
    this.visited = 1 << initial;
  }

  step(from: number, to: number, _t: number, _e: FactEvent, ctx: PathContext): void {
    // The first case only, and each state once, so the flow is acyclic (a Sankey diagram).
    if (ctx.encounters !== 1 || from === to || this.visited & (1 << to)) return;
    this.visited |= 1 << to;
    this.summary!.addFlow(this.stateIds[from]!, this.stateIds[to]!);
  }
}

/**
 * Runs people `start`…`end - 1` under each regime (on the compiled pathway `m`) and returns mergeable summaries. Person i's profile and random
 * draws depend only on (seed, i), never on the block boundaries, worker count or order.
 * @example
 * const { summaries } = runBlock({ regimes: [regimes['mpp-2019']], cohort: cohorts['swb-fy2019'], seed: 1, horizonDays: 1095, start: 0, end: 1000 });
 */
export function runBlock(spec: BlockSpec, onProgress?: (done: number) => void, m = compiledPathway()): BlockResult {
  const outcomeOf = outcomeIndexByState(m.stateIds);
  const samplers = spec.regimes.map((r) => new PathSampler(r, spec.horizonDays, m));
  const summaries = spec.regimes.map(() => new RegimeSummary(spec.flows === true));
  const paired = spec.paired ? spec.regimes.slice(1).map(() => new PairedSummary()) : [];
  const draw = compileCohort(spec.cohort);
  const fixed = spec.profile;
  const R = spec.regimes.length;
  const outcome = new Int32Array(R);
  const detained = new Float64Array(R);
  const mexico = new Float64Array(R);
  const encounters = new Float64Array(R);

  const sink = spec.flows ? new FlowSink(outcomeOf, m.stateIds) : new CaseSink(outcomeOf);
  // Two reseedable streams: the same draws as personStream / pathStream, without allocation. Shared by all blocks
  // (one `u` function each, so call sites stay monomorphic), unless a block runs inside another's onProgress.
  const nested = running;
  running = true;
  const profileStream = nested ? new Stream() : PROFILE_STREAM;
  const pathStream = nested ? new Stream() : PATH_STREAM;
  const pathSeedValue = pathSeed(spec.seed);
  try {
    for (let i = spec.start; i < spec.end; i++) {
      const profile = fixed ?? draw(profileStream.reset(spec.seed, i).u);
      for (let r = 0; r < R; r++) {
        const summary = summaries[r]!;
        const ctx = m.createContext({ profile, regime: spec.regimes[r]! });
        sink.start(summary, m.initialState);
        const final = samplers[r]!.run(ctx, pathStream.reset(pathSeedValue, i).u, sink);
        const o = outcomeOf[final]!;
        summary.addPerson(o, ctx, sink.outcomeDay);
        outcome[r] = o;
        detained[r] = ctx.daysDetained;
        mexico[r] = ctx.daysInMexico;
        encounters[r] = ctx.encounters;
      }
      for (let r = 1; r <= paired.length; r++) {
        paired[r - 1]!.add(outcome[0]!, outcome[r]!, detained[0]!, detained[r]!, mexico[0]!, mexico[r]!, encounters[0]!, encounters[r]!);
      }
      if (onProgress && (i - spec.start) % 65536 === 65535) onProgress(i - spec.start + 1);
    }
  } finally {
    running = nested;
  }
  return { summaries, paired };
}
