/**
 * Capacity: beds, officers and judges as dated series. The law allows, the regime weighs, capacity admits.
 * A resource never decides what is lawful; it only says whether there is room on a day.
 */
import type { IsoDate } from '../domain/dates.js';

/**
 * Where a capacity value comes from: a record of data/reference (history-inputs.json or calibration-inputs.json),
 * a public source found and cited (url, title, date), or an explicit assumption with its one-line reason.
 */
export type CapacitySource =
  | { record: string; note?: string }
  | { url: string; title: string; date: string; note?: string }
  | { assumption: string };

/** One step of a dated series: from this day on (until the next point) the capacity is `value`. */
export interface CapacityPoint {
  from: IsoDate;
  /** People at once (stock resources) or services per day (rate resources); `Infinity` = no limit. */
  value: number;
  source: CapacitySource;
}

/**
 * How a resource decides:
 * - `stock`: people held at once (beds); full → refuse (the engine takes a lawful alternative) or wait in line.
 * - `rate`: services per day (interviews, hearings, intakes); full → the service moves to a later day (a queue).
 */
export type ResourceKind = 'stock' | 'rate';

/** What happens to a person the resource cannot take. */
export type WhenFull = 'refuse' | 'queue';

/** A resource: a dated capacity series, how it decides and what happens when it is full. */
export interface ResourceSpec {
  id: string;
  label: string;
  kind: ResourceKind;
  unit: string;
  whenFull: WhenFull;
  /** One line: the lawful alternative the engine takes, or the queue the person joins. */
  fullMeans: string;
  points: CapacityPoint[];
}

/** The data range of the history mode: every dated capacity value must fall in it. */
export const DATA_RANGE = { from: '2015-10-01', to: '2021-09-30' } as const;
