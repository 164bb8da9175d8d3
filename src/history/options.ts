import { ImmsimError } from '../domain/errors.js';
import { measureIssues } from '../policy/schema.js';
import { MEASURE_IDS, type Measure, type MeasureId } from '../policy/types.js';
import { type ArrivalSeries, checkArrivalSeries, publishedArrivals } from './arrivals.js';
import type { CapacityOption } from '../capacity/history-capacity.js';
import type { ParameterDraw } from '../uncertainty/apply-draw.js';
import type { UncertaintyOptions } from '../uncertainty/options.js';

/** Options of {@link simulateHistory}. */
export interface HistoryOptions {
  /** First month 'YYYY-MM' (default '2015-10', the first month of the data). */
  from?: string;
  /** Last month 'YYYY-MM' (default '2021-09', the last month of the data). */
  to?: string;
  seed?: number;
  /** Replications (independent replays; default 1). */
  replications?: number;
  /** Share of arrivals simulated, in (0, 1] (default 1); counts are scaled back to the real-world scale. */
  scale?: number;
  /** Built-in measures switched on for every day of the run. */
  with?: readonly MeasureId[];
  /** Built-in measures switched off for every day of the run (e.g. ['mpp'] or ['title-42']). */
  without?: readonly MeasureId[];
  /** Custom dated measures (see `defineMeasure`), in force on their own dates. */
  measures?: readonly Measure[];
  /** Arrivals instead of the published monthly series (same shape; see docs/history.md). */
  arrivals?: ArrivalSeries;
  /** Worker threads for replications (default 1). Results do not depend on it. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Capacity (docs/capacity.md): on by default (the built-in resources); `false` switches it off; a `CapacityInput`
   * changes resources (`{ changes: [parseCapacityChange('judges=+100@2017-10')] }`); or a factory of hooks (one fresh
   * model per replication). With capacity, replications run in-process (workers ignored; results are identical).
   */
  capacity?: CapacityOption;
  /** Run only replications r with r % count === index (see `--shard`); merge the shards with `mergeHistory`. */
  shard?: { index: number; count: number };
  /** K parameter draws applied to every era's parameters, on the same arrivals and streams: adds `ci95Total` (docs/history.md). */
  uncertainty?: UncertaintyOptions;
}

/** Options with defaults filled in and checked. */
export interface ResolvedHistoryOptions {
  from: string;
  to: string;
  seed: number;
  replications: number;
  scale: number;
  with: MeasureId[];
  without: MeasureId[];
  measures: Measure[];
  arrivals: ArrivalSeries;
  workers: number;
  /** A parameter draw of an uncertainty run (src/uncertainty/history.ts); absent in a nominal run. */
  draw?: ParameterDraw;
}

const fail = (field: string, message: string): never => {
  throw new ImmsimError([{ path: [field], message }]);
};
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Checks history options and fills in defaults; throws an ImmsimError naming the field and the allowed values.
 * @example
 * resolveHistoryOptions({ from: '2019-01', to: '2019-12' }).scale // 1
 */
export function resolveHistoryOptions(o: HistoryOptions): ResolvedHistoryOptions {
  const arrivals = o.arrivals === undefined ? publishedArrivals() : checkArrivalSeries(o.arrivals);
  const months = Object.keys(arrivals.months).sort();
  const first = months[0] ?? fail('arrivals', 'the arrival series has no month');
  const last = months[months.length - 1]!;
  const from = o.from ?? first;
  const to = o.to ?? last;
  const range = `a month YYYY-MM from ${first} to ${last}`;
  if (typeof from !== 'string' || !MONTH.test(from) || from < first || from > last) fail('from', `expected ${range}, got '${String(from)}'`);
  if (typeof to !== 'string' || !MONTH.test(to) || to < first || to > last) fail('to', `expected ${range}, got '${String(to)}'`);
  if (from > to) fail('from', `must not be after to (${from} > ${to})`);
  const seed = o.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) fail('seed', 'expected an integer from 0 to 4294967295');
  const replications = o.replications ?? 1;
  if (!Number.isInteger(replications) || replications < 1 || replications > 1000) fail('replications', 'expected an integer from 1 to 1000');
  const scale = o.scale ?? 1;
  if (typeof scale !== 'number' || !(scale > 0 && scale <= 1)) fail('scale', `expected a number in (0, 1], got ${String(scale)}`);
  const workers = o.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) fail('workers', 'expected an integer from 1 to 256');
  const ids = (field: 'with' | 'without', list: readonly string[] | undefined): MeasureId[] => {
    for (const id of list ?? []) {
      if (!(MEASURE_IDS as readonly string[]).includes(id)) fail(field, `unknown measure '${id}'; allowed: ${MEASURE_IDS.join(', ')}`);
    }
    return [...(list ?? [])] as MeasureId[];
  };
  const measures = [...(o.measures ?? [])];
  const issues = measures.flatMap((m, i) => measureIssues(m, ['measures', i]));
  if (issues.length > 0) throw new ImmsimError(issues);
  if (o.shard) {
    const { index, count } = o.shard;
    if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 0 || index >= count) fail('shard', 'expected i/N with 0 ≤ i < N');
  }
  return { from, to, seed, replications, scale, with: ids('with', o.with), without: ids('without', o.without), measures, arrivals, workers };
}
