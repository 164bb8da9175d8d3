import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { compare, simulate } from '../../src/engine/simulate.js';
import type { ComparisonResult } from '../../src/engine/result.js';
import { regimes } from '../../src/policy/snapshots.js';
import { drawRegimeSets } from '../../src/uncertainty/probabilistic.js';

const base = { regimes: ['pep-2016', 'mpp-2019'], n: 3000, seed: 5 };

/** Every `{ share|estimate|mean, ci95, ci95Total }` in a result, with its path. */
function intervals(x: unknown, path = ''): { path: string; ci95: [number, number]; total?: [number, number]; p?: number }[] {
  if (typeof x !== 'object' || x === null) return [];
  const o = x as Record<string, unknown>;
  if (Array.isArray(o.ci95) && ['share', 'estimate', 'mean'].some((k) => typeof o[k] === 'number')) {
    return [{ path, ci95: o.ci95 as [number, number], total: o.ci95Total as [number, number] | undefined, p: o.pSameSign as number | undefined }];
  }
  return Object.entries(o).flatMap(([k, v]) => intervals(v, `${path}.${k}`));
}

const strip = (c: ComparisonResult) => JSON.parse(JSON.stringify(c, (k, v) => (k === 'ci95Total' || k === 'pSameSign' || k === 'uncertainty' ? undefined : v)));

describe('compare with uncertainty', () => {
  it('keeps the nominal figures and adds a total interval that contains the Monte Carlo interval', async () => {
    const plain = await compare(base);
    const c = await compare({ ...base, uncertainty: { draws: 12 } });
    expect(strip(c)).toEqual(JSON.parse(JSON.stringify(plain)));
    const all = intervals(c);
    expect(all.length).toBeGreaterThan(100);
    let wider = 0;
    for (const i of all) {
      expect(i.total, i.path).toBeDefined();
      expect(i.total![0], i.path).toBeLessThanOrEqual(i.ci95[0]);
      expect(i.total![1], i.path).toBeGreaterThanOrEqual(i.ci95[1]);
      if (i.total![1] - i.total![0] > i.ci95[1] - i.ci95[0] + 1e-9) wider++;
    }
    expect(wider).toBeGreaterThan(all.length / 4);
    const diffs = intervals(c.differences);
    for (const d of diffs) expect(d.p, d.path).toBeGreaterThanOrEqual(0);
    expect(c.uncertainty).toMatchObject({ draws: 12, seed: 5, design: 'latin-hypercube' });
  });

  it('with every range zero, the total interval equals the Monte Carlo interval exactly', async () => {
    const c = await compare({ ...base, uncertainty: { draws: 4, ranges: { '*': { relative: [1, 1] } } } });
    for (const i of intervals(c)) expect(i.total, i.path).toEqual(i.ci95);
    for (const d of intervals(c.differences)) expect(d.p, d.path).toBe(1);
    expect(c.uncertainty!.varied).toEqual([]);
  });

  it('a parameter with zero range moves no other parameter, and one without effect leaves results byte-identical', async () => {
    const rs = [regimes['pep-2016'], regimes['mpp-2019']];
    const free = drawRegimeSets(rs, { draws: 8, seed: 3, ranges: {} }).regimeSets;
    const fixed = drawRegimeSets(rs, { draws: 8, seed: 3, ranges: { orrDays: { relative: [1, 1] } } }).regimeSets;
    for (let k = 0; k < 8; k++) {
      for (let i = 0; i < 2; i++) {
        expect(fixed[k]![i]!.params.orrDays.value).toBe(rs[i]!.params.orrDays.value);
        expect({ ...fixed[k]![i]!.params, orrDays: null }).toEqual({ ...free[k]![i]!.params, orrDays: null });
      }
    }
    // mppWindDownDays is not in force in either regime: with a zero range, every figure is byte-identical.
    const a = await compare({ ...base, uncertainty: { draws: 6 } });
    const b = await compare({ ...base, uncertainty: { draws: 6, ranges: { mppWindDownDays: { relative: [1, 1] } } } });
    expect(a.uncertainty!.varied).toContain('mppWindDownDays');
    expect(b.uncertainty!.varied).not.toContain('mppWindDownDays');
    expect(JSON.stringify({ ...b, uncertainty: null })).toBe(JSON.stringify({ ...a, uncertainty: null }));
  });

  it('gives identical results with 1 and 2 workers', async () => {
    const one = await compare({ ...base, n: 12_000, uncertainty: { draws: 3 }, workers: 1 });
    const two = await compare({ ...base, n: 12_000, uncertainty: { draws: 3 }, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 60_000);

  it('simulate adds total intervals too', async () => {
    const r = await simulate({ regime: 'mpp-2019', n: 2000, seed: 1, uncertainty: { draws: 5, seed: 9 } });
    expect(r.outcomes['in-absentia-order'].ci95Total).toBeDefined();
    expect(r.metrics.daysInMexico.ci95Total).toBeDefined();
    expect(r.uncertainty!.seed).toBe(9);
  });

  it('refuses bad uncertainty options with one line naming the field', async () => {
    await expect(compare({ ...base, uncertainty: { draws: 0 } })).rejects.toThrow(/uncertainty\.draws: must be an integer from 1/);
    await expect(compare({ ...base, uncertainty: { draws: 5, ranges: { cfPositive: [0.2, 1.5] } } })).rejects.toThrow(
      'uncertainty.ranges.cfPositive: range high end must be a share between 0 and 1; got 1.5',
    );
    await expect(compare({ ...base, uncertainty: { draws: 5, ranges: { cfDays: [-1, 2] } } })).rejects.toBeInstanceOf(ImmsimError);
    await expect(compare({ ...base, uncertainty: { draws: 5, extra: 1 } as never })).rejects.toThrow(/unknown field/);
  });
});
