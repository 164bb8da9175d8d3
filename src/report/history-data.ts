import { ImmsimError } from '../domain/errors.js';
import { MEASURES } from '../policy/measures.js';
import { majorMeasure } from './major-measures.js';

/**
 * The part of a history result (issue 11's `immsim history --format json` contract) that charts read.
 * @example
 * const h: HistoryChartInput = { model: { version: '0.1.0' }, from: '2015-10', to: '2015-11', seed: 1, replications: 2, scale: 1,
 *   measures: { with: [], without: [] }, months: ['2015-10', '2015-11'],
 *   series: { encounters: { mean: [1, 2], ci95: [[0, 2], [1, 3]] } } };
 */
export interface HistoryChartInput {
  model: { version: string };
  from: string;
  to: string;
  seed: number;
  replications?: number;
  scale?: number;
  measures?: { with: readonly string[]; without: readonly string[] };
  months: readonly string[];
  series: Readonly<Record<string, { mean: readonly number[]; ci95: readonly (readonly [number, number])[] }>>;
}

/**
 * A dated marker on the time axis: a measure coming into force (or any event).
 * @example
 * const m: TimeMarker = { date: '2020-03-21', label: 'Title 42 expulsions', id: 'title-42' };
 */
export interface TimeMarker {
  date: string;
  label: string;
  id?: string;
  /** Words written beside the marker's line on the chart; a marker without them is an unlabelled tick in the key. */
  chartLabel?: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Checks a history result against the contract for the requested series; throws an ImmsimError naming the field.
 * @example
 * checkHistoryInput(h, ['encounters']) // ok, or throws e.g. 'series: unknown series "x"; available: encounters'
 */
export function checkHistoryInput(h: HistoryChartInput, series: readonly string[]): void {
  const bad = (path: (string | number)[], message: string) => {
    throw new ImmsimError([{ path, message }]);
  };
  if (!Array.isArray(h.months) || h.months.length === 0) bad(['months'], 'must be a non-empty list of YYYY-MM months');
  h.months.forEach((m, i) => {
    if (!MONTH.test(m)) bad(['months', i], `must be a YYYY-MM month, got ${JSON.stringify(m)}`);
  });
  if (series.length === 0) bad(['series'], `name at least one series; available: ${Object.keys(h.series).join(', ')}`);
  for (const id of series) {
    const s = Object.hasOwn(h.series, id) ? h.series[id] : undefined;
    if (!s) bad(['series'], `unknown series ${JSON.stringify(id)}; available: ${Object.keys(h.series).join(', ')}`);
    if (s!.mean.length !== h.months.length || s!.ci95.length !== h.months.length) {
      bad(['series', id], `mean and ci95 must have one entry per month (${h.months.length})`);
    }
  }
}

/**
 * Position of a date on a monthly axis, in months from the start of `months[0]` (a date in the first month is in
 * [0, 1)); a `YYYY-MM` month stands for its first day.
 * @example
 * monthOffset('2015-10', '2015-11-16') // 1.5
 */
export function monthOffset(first: string, date: string): number {
  const [fy, fm] = first.split('-').map(Number) as [number, number];
  const d = DATE.exec(date) ?? (MONTH.exec(date) ? DATE.exec(`${date}-01`) : null);
  if (!d) throw new ImmsimError([{ path: ['date'], message: `must be YYYY-MM-DD, got ${JSON.stringify(date)}` }]);
  const y = Number(d[1]);
  const m = Number(d[2]);
  const day = Number(d[3]);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return (y - fy) * 12 + (m - fm) + (day - 1) / days;
}

/**
 * The built-in measures that come into force within the months of a history result, as markers (one per start; a
 * measure with several intervals gets one per interval), in date order. Measures switched off in the run
 * (`measures.without`) are left out, because they did not act. The major measures (MAJOR_MEASURES) carry their short
 * `chartLabel`.
 * @example
 * measureMarkers(h).map((m) => m.id) // ['eo-13767', 'kelly-memos', …, 'title-42', …]
 * measureMarkers(h).find((m) => m.id === 'title-42')?.chartLabel // 'Title 42'
 */
export function measureMarkers(h: Pick<HistoryChartInput, 'months' | 'measures'>): TimeMarker[] {
  const first = h.months[0];
  if (!first) return [];
  const end = h.months.length;
  const off = new Set(h.measures?.without ?? []);
  return MEASURES.filter((m) => !off.has(m.id))
    .map((m) => ({ date: m.from, label: m.name, id: m.id, at: monthOffset(first, m.from) }))
    .filter((m) => m.at > 0 && m.at < end)
    .sort((a, b) => a.at - b.at || a.label.localeCompare(b.label))
    .map(({ date, label, id }) => {
      const major = majorMeasure(id);
      return major ? { date, label, id, chartLabel: major.label } : { date, label, id };
    });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as `21 Mar 2020` (or `Mar 2020` for a month).
 * @example
 * shortDate('2020-03-21') // '21 Mar 2020'
 */
export function shortDate(date: string): string {
  const d = DATE.exec(date);
  if (d) return `${Number(d[3])} ${MONTHS[Number(d[2]) - 1]} ${d[1]}`;
  const m = MONTH.exec(date);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : date;
}
