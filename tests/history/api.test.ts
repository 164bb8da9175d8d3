import { describe, expect, it } from 'vitest';
import { compareHistory, mergeHistory, simulateHistory, simulateHistoryShard } from '../../src/history/simulate-history.js';
import { HISTORY_SERIES_IDS, HISTORY_FY_FIGURES, ImmsimError, explainHistory } from '../../src/index.js';
import { main } from '../../src/cli/main.js';

const base = { from: '2019-01', to: '2019-06', scale: 0.002, seed: 5 } as const;

describe('simulateHistory: the JSON contract', () => {
  it('has every series and fiscal-year figure, one mean and interval per month, counts at real-world scale', async () => {
    const r = await simulateHistory({ ...base, replications: 3 });
    expect(r.months).toEqual(['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06']);
    expect(r).toMatchObject({ from: '2019-01', to: '2019-06', seed: 5, replications: 3, scale: 0.002, measures: { with: [], without: [] } });
    for (const id of HISTORY_SERIES_IDS) {
      expect(r.series[id].mean).toHaveLength(6);
      r.series[id].ci95.forEach(([lo, hi], i) => {
        expect(lo).toBeLessThanOrEqual(r.series[id].mean[i]! + 1e-9);
        expect(hi).toBeGreaterThanOrEqual(r.series[id].mean[i]! - 1e-9);
      });
    }
    for (const id of HISTORY_FY_FIGURES) expect(Number.isFinite(r.fiscalYears.FY2019![id].mean)).toBe(true);
    // Simulated encounters track the published ones they were solved against (scaled back).
    r.months.forEach((_, i) => expect(Math.abs(r.series.encounters.mean[i]! / r.series['published-encounters'].mean[i]! - 1)).toBeLessThan(0.1));
  });
});

describe('determinism', () => {
  it('gives identical results on 1 and 2 workers, and for shards merged', async () => {
    const one = await simulateHistory({ ...base, replications: 3, workers: 1 });
    const two = await simulateHistory({ ...base, replications: 3, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const shards = await Promise.all([0, 1].map((index) => simulateHistoryShard({ ...base, replications: 3, shard: { index, count: 2 } })));
    expect(JSON.stringify(mergeHistory(JSON.parse(JSON.stringify(shards))))).toBe(JSON.stringify(one));
  }, 120_000);
});

describe('counterfactuals (common random numbers)', () => {
  it('switching Title 42 off never raises expulsions', async () => {
    const c = await compareHistory({ from: '2020-01', to: '2020-09', scale: 0.002, seed: 2 }, { without: ['title-42'] });
    expect(c.baseline.series.expulsions.mean.some((v) => v > 0)).toBe(true);
    c.counterfactual.series.expulsions.mean.forEach((v, i) => expect(v).toBeLessThanOrEqual(c.baseline.series.expulsions.mean[i]!));
  });

  it('switching MPP off leaves no one waiting in Mexico under MPP', async () => {
    const c = await compareHistory({ from: '2019-01', to: '2019-12', scale: 0.002, seed: 2 }, { without: ['mpp'] });
    expect(c.baseline.series['waiting-in-mexico'].mean.some((v) => v > 0)).toBe(true);
    expect(c.counterfactual.series['waiting-in-mexico'].mean.every((v) => v === 0)).toBe(true);
    expect(c.counterfactual.series['mpp-returns'].mean.every((v) => v === 0)).toBe(true);
    // Same people: the counterfactual replays the baseline's first crossings.
    expect(c.counterfactual.series['first-crossings'].mean).toEqual(c.baseline.series['first-crossings'].mean);
  });
});

describe('bad input: one line naming the field and the allowed values', () => {
  const bad = async (o: object, field: string) => {
    const e = await simulateHistory(o as never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImmsimError);
    expect((e as ImmsimError).issues[0]!.path[0]).toBe(field);
    expect((e as ImmsimError).message.split('\n')).toHaveLength(1);
  };
  it('rejects dates outside the data, from after to, unknown measures, scale outside (0, 1], malformed arrivals', async () => {
    await bad({ from: '2014-01' }, 'from');
    await bad({ to: '2021-10' }, 'to');
    await bad({ from: '2020-01', to: '2019-01' }, 'from');
    await bad({ without: ['no-such-measure'] }, 'without');
    await bad({ scale: 0 }, 'scale');
    await bad({ scale: 1.5 }, 'scale');
    await bad({ arrivals: { months: { '2019-01': { total: -1 } } } }, 'arrivals');
  });

  it('exits 2 from the CLI with one line', async () => {
    const err: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (err.push(s), true)) as never;
    try {
      expect(await main(['node', 'immsim', 'history', '--scale', '2'])).toBe(2);
      expect(await main(['node', 'immsim', 'history', '--from', '2021-09', '--to', '2015-10'])).toBe(2);
      expect(await main(['node', 'immsim', 'history', '--without', 'nope'])).toBe(2);
      expect(await main(['node', 'immsim', 'history', '--measures', '/nonexistent.json'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(err.join('')).toMatch(/--scale.*\(0, 1\]/);
    expect(err.join('')).toMatch(/from/);
    expect(err.join('')).toMatch(/without.*allowed/);
    expect(err.join('')).toMatch(/--measures/);
  });
});

describe('explainHistory', () => {
  it('dates each fact and names the rules in force that day', () => {
    const e = explainHistory({ profile: { citizenship: 'MX', demographic: 'single-adult', entry: 'between-ports' }, date: '2020-05-04', seed: 1, to: '2020-12' });
    expect(e.steps.length).toBeGreaterThan(0);
    expect(e.steps[0]!.date >= '2020-05-04').toBe(true);
    expect(e.steps[0]!.measures.map((x) => x.id)).toContain('title-42');
    expect(e.text).toContain('title-42');
  });
});
