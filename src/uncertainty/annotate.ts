import { pSameSign, totalInterval } from './total-interval.js';

const POINT_KEYS = ['share', 'estimate', 'mean'] as const;

/**
 * Adds `ci95Total` to every `{ share | estimate | mean, ci95 }` object in a nominal result, from the same object in
 * each draw's result (same shape), and `pSameSign` to every `{ estimate, ci95 }` when `differences` is set. Shares
 * stay in [0, 1], share differences in [−1, 1]. Mutates and returns `nominal`.
 * @example
 * annotateTotals({ a: { share: 0.5, ci95: [0.4, 0.6] } }, [{ a: { share: 0.7, ci95: [0.6, 0.8] } }], false).a.ci95Total
 */
export function annotateTotals<T>(nominal: T, draws: readonly unknown[], differences: boolean): T {
  walk(nominal, draws, differences, false);
  return nominal;
}

function walk(node: unknown, draws: readonly unknown[], differences: boolean, inOutcomes: boolean): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    node.forEach((v, i) => walk(v, draws.map((d) => (d as unknown[])[i]), differences, inOutcomes));
    return;
  }
  const o = node as Record<string, unknown>;
  if (Array.isArray(o.ci95) && o.ci95.length === 2) {
    const key = POINT_KEYS.find((k) => typeof o[k] === 'number');
    if (key) {
      const values = draws.map((d) => (d as Record<string, number>)[key]!);
      const bounds: [number, number] = key === 'share' ? [0, 1] : key === 'estimate' && inOutcomes ? [-1, 1] : [-Infinity, Infinity];
      o.ci95Total = totalInterval(o[key] as number, o.ci95 as [number, number], values, bounds);
      if (differences && key === 'estimate') o.pSameSign = pSameSign(o[key] as number, values);
      return;
    }
  }
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'object' || v === null) continue;
    walk(v, draws.map((d) => (d as Record<string, unknown>)[k]), differences, inOutcomes || k === 'outcomes');
  }
}
