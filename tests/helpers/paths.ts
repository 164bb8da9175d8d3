import { makeProfile, type ProfileInput } from '../../src/domain/profile.js';
import { compiledPathway, PathSampler } from '../../src/engine/sampler.js';
import { pathStream } from '../../src/engine/random.js';
import type { FactEvent } from '../../src/law/events.js';
import type { Regime } from '../../src/policy/types.js';

/** One sampled path: its facts (with the state each left) and where it ended. */
export interface SampledPath {
  steps: { from: string; to: string; event: FactEvent }[];
  final: string;
}

/** `n` sampled paths of one person under one regime (seed fixed; path i uses stream i). */
export function samplePaths(input: ProfileInput, regime: Regime, n: number, horizon = 1095, seed = 1): SampledPath[] {
  const m = compiledPathway();
  const p = makeProfile(input);
  const s = new PathSampler(regime, horizon, m);
  const out: SampledPath[] = [];
  for (let i = 0; i < n; i++) {
    const ctx = m.createContext({ profile: p, regime });
    const steps: SampledPath['steps'] = [];
    const final = s.run(ctx, pathStream(seed, i), {
      caseEnded() {},
      step: (a, b, _t, e) => void steps.push({ from: m.stateIds[a]!, to: m.stateIds[b]!, event: { ...e } }),
    });
    out.push({ steps, final: m.stateIds[final]! });
  }
  return out;
}

/** Of the hearings that decided a case, the share that granted relief. */
export function reliefAmongDecided(paths: SampledPath[]): { relief: number; decided: number } {
  let relief = 0;
  let decided = 0;
  for (const p of paths) {
    for (const s of p.steps) {
      if (s.event.type !== 'HEARING' || s.event.decision === 'continued') continue;
      decided++;
      if (s.event.decision === 'relief') relief++;
    }
  }
  return { relief, decided };
}
