import { applyChange, type CapacityChange } from './changes.js';
import { RESOURCES } from './registry.js';
import { compileSeries, valueOn, type CompiledSeries } from './series.js';
import type { CapacityPoint, ResourceSpec } from './types.js';

/** What a run changes in capacity: whole series replaced, dated changes, or every resource unlimited. */
export interface CapacityInput {
  series?: Record<string, CapacityPoint[]>;
  changes?: CapacityChange[];
  /** Every stock and rate resource unlimited (court productivity and shares are kept). */
  unlimited?: boolean;
}

const NOT_RESOURCES = new Set(['completions-per-judge-day', 'detained-share', 'family-docket-share', 'family-docket-intake', 'nondetained-open']);

/**
 * The resources of one run: the built-in series, with replaced series and changes applied, compiled for look-ups.
 * @example
 * const set = new CapacitySet({ changes: [{ resource: 'judges', op: 'add', value: 100, from: '2017-10-01' }] });
 * set.on('judges', dayNumber('2018-01-01')) // 426
 */
export class CapacitySet {
  readonly specs: Readonly<Record<string, ResourceSpec>>;
  private readonly compiled: Record<string, CompiledSeries> = {};

  constructor(input: CapacityInput = {}) {
    const specs: Record<string, ResourceSpec> = {};
    for (const r of RESOURCES) {
      let points = input.series?.[r.id] ?? r.points;
      if (input.unlimited && !NOT_RESOURCES.has(r.id)) points = [{ from: points[0]!.from, value: Infinity, source: { assumption: 'counterfactual: unlimited capacity' } }];
      for (const c of input.changes ?? []) if (c.resource === r.id) points = applyChange(points, c);
      specs[r.id] = { ...r, points };
      this.compiled[r.id] = compileSeries(points);
    }
    this.specs = specs;
  }

  /** The capacity of a resource on a day number. */
  on(id: string, day: number): number {
    const s = this.compiled[id];
    if (!s) throw new Error(`unknown resource '${id}'`);
    return valueOn(s, day);
  }
}
