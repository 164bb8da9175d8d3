import { compileCohort } from '../cohorts/draw-profile.js';
import type { Cohort } from '../cohorts/types.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent } from '../law/events.js';
import type { Regime } from '../policy/types.js';
import { PairedSummary } from './paired-summary.js';
import { pathStream, personStream } from './random.js';
import { compiledPathway, PathSampler, type PathSink } from './sampler.js';
import { outcomeIndexByState, RegimeSummary } from './summary.js';

/** A range of people [start, end) to run under one or more regimes. Plain data: it crosses worker boundaries. */
export interface BlockSpec {
  regimes: Regime[];
  cohort: Cohort;
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


/**
 * Runs people `start`…`end - 1` under each regime and returns mergeable summaries. Person i's profile and random
 * draws depend only on (seed, i), never on the block boundaries, worker count or order.
 * @example
 * const { summaries } = runBlock({ regimes: [regimes['mpp-2019']], cohort: cohorts['swb-fy2019'], seed: 1, horizonDays: 1095, start: 0, end: 1000 });
 */
export function runBlock(spec: BlockSpec, onProgress?: (done: number) => void): BlockResult {
  const m = compiledPathway();
  const outcomeOf = outcomeIndexByState(m.stateIds);
  const samplers = spec.regimes.map((r) => new PathSampler(r, spec.horizonDays, m));
  const summaries = spec.regimes.map(() => new RegimeSummary(spec.flows === true));
  const paired = spec.paired ? spec.regimes.slice(1).map(() => new PairedSummary()) : [];
  const draw = compileCohort(spec.cohort);
  const R = spec.regimes.length;
  const outcome = new Int32Array(R);
  const detained = new Float64Array(R);
  const mexico = new Float64Array(R);
  const encounters = new Float64Array(R);

  let summary = summaries[0]!;
  let outcomeDay = 0;
  let visited = 0;
  const sink: PathSink = {
    caseEnded(state, ctx) {
      summary.addCase(outcomeOf[state]!, ctx);
      outcomeDay = ctx.day;
    },
  };
  const flowSink: PathSink = {
    caseEnded: sink.caseEnded,
    step(from, to, _t, _e: FactEvent, ctx: PathContext) {
      // The first case only, and each state once, so the flow is acyclic (a Sankey diagram).
      if (ctx.encounters !== 1 || from === to || visited & (1 << to)) return;
      visited |= 1 << to;
      summary.addFlow(m.stateIds[from]!, m.stateIds[to]!);
    },
  };

  for (let i = spec.start; i < spec.end; i++) {
    const profile = draw(personStream(spec.seed, i));
    for (let r = 0; r < R; r++) {
      summary = summaries[r]!;
      const ctx = m.createContext({ profile, regime: spec.regimes[r]! });
      outcomeDay = 0;
      visited = 1 << m.initialState;
      const final = samplers[r]!.run(ctx, pathStream(spec.seed, i), spec.flows ? flowSink : sink);
      const o = outcomeOf[final]!;
      summary.addPerson(o, ctx, outcomeDay);
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
  return { summaries, paired };
}
