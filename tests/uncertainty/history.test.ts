import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FC } from '../helpers/law.js';
import { ImmsimError } from '../../src/domain/errors.js';
import { compareHistory, simulateHistory, simulateHistoryShard } from '../../src/history/simulate-history.js';
import { regimeDays } from '../../src/history/regime-days.js';
import { paramRanges } from '../../src/policy/ranges.js';
import { annotateHistoryTotals } from '../../src/uncertainty/history-totals.js';
import { captureCli } from '../helpers/cli-capture.js';

const cli = captureCli();
const base = { from: '2019-01', to: '2019-04', scale: 0.002, seed: 3, replications: 2, capacity: false } as const;

type Fig = { mean: number | number[]; ci95: unknown; ci95Total?: unknown; pSameSign?: unknown };

/** Every figure of a history summary as (path, mean, ci95, ci95Total, pSameSign), one per month for series. */
function figures(x: unknown, path = ''): { path: string; mean: number; ci95: [number, number]; total?: [number, number]; p?: number }[] {
  if (typeof x !== 'object' || x === null) return [];
  const o = x as Fig;
  if ('mean' in o && Array.isArray(o.ci95)) {
    if (Array.isArray(o.mean)) {
      return o.mean.map((m, i) => ({ path: `${path}[${i}]`, mean: m, ci95: (o.ci95 as [number, number][])[i]!, total: (o.ci95Total as [number, number][] | undefined)?.[i], p: (o.pSameSign as number[] | undefined)?.[i] }));
    }
    return [{ path, mean: o.mean, ci95: o.ci95 as [number, number], total: o.ci95Total as [number, number] | undefined, p: o.pSameSign as number | undefined }];
  }
  return Object.entries(x).flatMap(([k, v]) => (['series', 'fiscalYears', 'capacity'].includes(k) || path !== '' ? figures(v, `${path}.${k}`) : []));
}

const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'ci95Total' || k === 'pSameSign' || k === 'uncertainty' ? undefined : v)));

describe('history mode with uncertainty', () => {
  it('applies a draw to the parameters of every era of the run (each at the same quantile of its own range)', () => {
    const plain = regimeDays(1400, {});
    const high = regimeDays(1400, { draw: { u: { removalExecuted: 1, 'recross.afterRemoval': 0 } } });
    expect(high.regimes.length).toBe(plain.regimes.length);
    expect(new Set(plain.regimes.map((r) => r.params.removalExecuted.value)).size).toBeGreaterThan(0);
    high.regimes.forEach((r, i) => {
      const ranges = paramRanges(plain.regimes[i]!.params);
      expect(r.params.removalExecuted.value).toBe(ranges.find((x) => x.id === 'removalExecuted')!.high);
      expect(r.params.recross.afterRemoval.value).toBe(ranges.find((x) => x.id === 'recross.afterRemoval')!.low);
      expect(r.params.cfPositive).toEqual(plain.regimes[i]!.params.cfPositive);
    });
  });

  it('keeps every nominal figure and adds a total interval containing the Monte Carlo interval to each', async () => {
    const plain = await simulateHistory(base);
    const r = await simulateHistory({ ...base, uncertainty: { draws: 6 } });
    expect(strip(r)).toEqual(JSON.parse(JSON.stringify(plain)));
    const all = figures(r);
    expect(all.length).toBeGreaterThan(100);
    let wider = 0;
    for (const f of all) {
      expect(f.total, f.path).toBeDefined();
      expect(f.total![0], f.path).toBeLessThanOrEqual(f.ci95[0]);
      expect(f.total![1], f.path).toBeGreaterThanOrEqual(f.ci95[1]);
      expect(f.total![0], f.path).toBeGreaterThanOrEqual(Math.min(0, f.ci95[0]));
      if (f.total![1] - f.total![0] > f.ci95[1] - f.ci95[0] + 1e-9) wider++;
    }
    expect(wider).toBeGreaterThan(all.length / 4);
    expect(r.fiscalYears.FY2019!['expulsion-share'].ci95Total![1]).toBeLessThanOrEqual(1);
    expect(r.uncertainty).toMatchObject({ draws: 6, seed: 3, design: 'latin-hypercube' });
    expect(r.uncertainty!.varied).toContain('removalExecuted');
  }, 60_000);

  it('with every range zero, the total interval equals the Monte Carlo interval, and every difference keeps its sign', async () => {
    const zero = { draws: 3, ranges: { '*': { relative: [1, 1] as [number, number] } } };
    const r = await simulateHistory({ ...base, uncertainty: zero });
    for (const f of figures(r)) expect(f.total, f.path).toEqual(f.ci95);
    expect(r.uncertainty!.varied).toEqual([]);
    const c = await compareHistory({ ...base, uncertainty: zero }, { without: ['mpp'] });
    for (const f of figures(c.difference)) {
      expect(f.total, f.path).toEqual(f.ci95);
      expect(f.p, f.path).toBe(1);
    }
  }, 60_000);

  it('compareHistory moves both sides with the same draw and gives every difference pSameSign', async () => {
    const o = { ...base, from: '2019-05', to: '2019-08' };
    const plain = await compareHistory(o, { without: ['mpp'] });
    const c = await compareHistory({ ...o, uncertainty: { draws: 5 } }, { without: ['mpp'] });
    expect(strip(c)).toEqual(JSON.parse(JSON.stringify(plain)));
    const diffs = figures(c.difference);
    for (const d of diffs) {
      expect(d.p, d.path).toBeGreaterThanOrEqual(0);
      expect(d.p, d.path).toBeLessThanOrEqual(1);
      expect(d.total![0], d.path).toBeLessThanOrEqual(d.ci95[0]);
      expect(d.total![1], d.path).toBeGreaterThanOrEqual(d.ci95[1]);
    }
    // Without MPP nobody waits in Mexico in any draw: the difference is negative in every draw once MPP has started.
    const w = c.difference.series['waiting-in-mexico'];
    const last = w.mean.length - 1;
    expect(w.mean[last]).toBeLessThan(0);
    expect(w.pSameSign![last]).toBe(1);
    expect(figures(c.baseline).every((f) => f.total !== undefined && f.p === undefined)).toBe(true);
  }, 60_000);

  it('gives identical results on 1 and 2 workers, with and without capacity', async () => {
    for (const capacity of [false, undefined]) {
      const o = { ...base, to: '2019-02', replications: 1, ...(capacity === false ? { capacity } : { capacity: undefined }), uncertainty: { draws: 3 } };
      const one = await simulateHistory({ ...o, workers: 1 });
      const two = await simulateHistory({ ...o, workers: 2 });
      expect(JSON.stringify(two)).toBe(JSON.stringify(one));
      expect(one.capacity !== undefined).toBe(capacity === undefined);
      if (one.capacity) expect(figures(one.capacity).every((f) => f.total !== undefined)).toBe(true);
    }
  }, 120_000);

  it('reports progress once over the nominal replays and every draw', async () => {
    const seen: [number, number][] = [];
    await simulateHistory({ ...base, to: '2019-01', uncertainty: { draws: 3 }, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((d) => [d, 8]));
  });

  it('refuses bad uncertainty options with one line naming the field', async () => {
    await expect(simulateHistory({ ...base, uncertainty: { draws: 0 } })).rejects.toThrow(/uncertainty\.draws/);
    await expect(simulateHistory({ ...base, uncertainty: { draws: 2, ranges: { cfPositive: [0.5, 1.5] } } })).rejects.toThrow(/cfPositive/);
    await expect(compareHistory({ ...base, uncertainty: { draws: 2, bogus: 1 } as never }, { without: ['mpp'] })).rejects.toThrow(ImmsimError);
    await expect(simulateHistoryShard({ ...base, uncertainty: { draws: 0 }, shard: { index: 0, count: 2 } })).rejects.toThrow(/uncertainty\.draws/);
  });

  it('immsim history --uncertainty K adds ci95Total to the JSON and refuses --range without it', async () => {
    expect(await cli.run('history', '--from', '2019-01', '--to', '2019-02', '--scale', '0.002', '--no-capacity', '--uncertainty', '3', '--format', 'json')).toBe(0);
    const r = JSON.parse(cli.out);
    expect(r.series.encounters.ci95Total).toHaveLength(2);
    expect(r.fiscalYears.FY2019.encounters.ci95Total).toHaveLength(2);
    expect(r.uncertainty.draws).toBe(3);
    expect(await cli.run('history', '--range', 'cfPositive=0.6:0.8')).toBe(2);
    expect(cli.err).toMatch(/--range: needs --uncertainty/);
    expect(await cli.run('history', '--uncertainty', '0', '--shard', '0/2')).toBe(2);
    expect(cli.err.trim().split('\n')).toHaveLength(2);
    expect(cli.err).toMatch(/--uncertainty/);
  }, 60_000);
});

describe('annotateHistoryTotals (property)', () => {
  it('the total interval contains the Monte Carlo interval, and equals it when every draw gives the nominal figure', () => {
    const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(num, fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.array(num, { minLength: 1, maxLength: 30 }), fc.boolean(), (m0, a, b, draws, difference) => {
        // As history mode gives them: means and intervals to 12 significant digits.
        const round = (x: number) => Number(x.toPrecision(12));
        const m = round(m0);
        const ci: [number, number] = [round(m - a), round(m + b)];
        const one = (mean: number) => ({ series: { x: { mean: [mean], ci95: [ci] } }, fiscalYears: { FY2019: { x: { mean, ci95: ci } } } });
        const r = annotateHistoryTotals(one(m), draws.map(one), difference) as unknown as { series: { x: { ci95Total: [number, number][] } }; fiscalYears: { FY2019: { x: { ci95Total: [number, number]; pSameSign?: number } } } };
        const t = r.fiscalYears.FY2019.x.ci95Total;
        expect(r.series.x.ci95Total[0]).toEqual(t);
        expect(t[0]).toBeLessThanOrEqual(ci[0]);
        expect(t[1]).toBeGreaterThanOrEqual(ci[1]);
        expect(r.fiscalYears.FY2019.x.pSameSign === undefined).toBe(!difference);
        const same = annotateHistoryTotals(one(m), draws.map(() => one(m)), difference) as unknown as typeof r;
        expect(same.fiscalYears.FY2019.x.ci95Total).toEqual(ci);
      }),
      { seed: FC.seed, numRuns: Math.min(FC.numRuns, 200) },
    );
  });
});
