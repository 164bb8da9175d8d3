import { evaluatePlan, planSensitivity, type ParameterSensitivity, type SensitivityOptions, type SensitivityResult } from './sensitivity.js';

/** A one-at-a-time analysis: the tornado of `sensitivity` without the Sobol indices (`baseSamples` is 0). */
export type OneAtATimeResult = Omit<SensitivityResult, 'parameters'> & { parameters: Omit<ParameterSensitivity, 'firstOrder' | 'total'>[] };

/**
 * The one-at-a-time part of `sensitivity` alone — its first 1 + 2d runs (d moving parameters), no Saltelli design:
 * each parameter at the low and the high end of its range, every other at its value, the same people in every run;
 * sorted by swing |high − low|. The low and high values equal those of `sensitivity` for the same options. Cheap
 * enough for a browser page.
 * @example
 * const t = await oneAtATime({ regimes: ['pep-2016', 'mpp-2019'], metric: 'in-absentia-order', n: 2_000, seed: 1 });
 * t.parameters[0] // { id, low, high, range } with the largest swing
 */
export async function oneAtATime(o: Omit<SensitivityOptions, 'baseSamples' | 'resamples'>): Promise<OneAtATimeResult> {
  // The plan starts with the nominal run and the one-at-a-time runs, whatever the base samples: run only those.
  const p = await planSensitivity({ ...o, baseSamples: 2 });
  const nm = p.moving.filter(Boolean).length;
  const runs = 1 + 2 * nm;
  const values = await evaluatePlan(p, 0, runs, o.onProgress);
  const nominal = values[0]!;
  const before = (i: number) => p.moving.slice(0, i).filter(Boolean).length;
  const parameters = p.ids.map((id, i) => ({
    id,
    low: p.moving[i] ? values[1 + before(i)]! : nominal,
    high: p.moving[i] ? values[1 + nm + before(i)]! : nominal,
    range: Object.fromEntries(p.regimes.map((r, k) => {
      const x = p.ranges[k]!.find((q) => q.id === id)!;
      return [r.id, [x.low, x.high] as [number, number]];
    })),
  }));
  parameters.sort((x, y) => Math.abs(y.high - y.low) - Math.abs(x.high - x.low) || (x.id < y.id ? -1 : 1));
  return { metric: p.metric, regimes: p.regimes.map((r) => r.id), nominal, cohort: p.cohort.id, n: p.n, seed: p.seed, baseSamples: 0, runs, parameters };
}
