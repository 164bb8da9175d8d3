import { cohorts } from '../cohorts/index.js';
import type { Cohort } from '../cohorts/types.js';
import { ImmsimError } from '../domain/errors.js';
import { ARRIVAL_SOURCES as SOURCES } from './arrival-sources.js';
import { fiscalYearOf } from './calendar.js';
import { PORT_ARRIVAL_SOURCES, PUBLISHED_ARRIVAL_ROWS, PUBLISHED_ARRIVAL_SOURCES, PUBLISHED_PORT_ROWS } from './data/published-arrivals.js';

/**
 * Published southwest-border encounters of one month: the total, its demographic split and its citizenship split
 * (U.S. Border Patrol, between ports of entry). Encounters are events: a person caught twice counts twice.
 */
export interface MonthArrivals {
  total: number;
  demographic: { 'single-adult': number; 'family-unit': number; uac: number };
  citizenship: { MX: number; GT: number; HN: number; SV: number; other: number };
  /**
   * Encounters at ports of entry (CBP Office of Field Operations) in the same shape, replayed as arrivals with entry
   * 'port-of-entry'; absent: none. Citizenship all 0 means unknown (the cohort's mix).
   */
  ports?: Omit<MonthArrivals, 'ports'>;
}

/** Monthly published encounters by month 'YYYY-MM', with the record ids they come from. */
export interface ArrivalSeries {
  months: Record<string, MonthArrivals>;
  sources: string[];
}


let published: ArrivalSeries | undefined;
/**
 * The published monthly series (Oct 2015 – Sep 2021) from data/reference/history-inputs.json.
 * @example
 * publishedArrivals().months['2019-05'].total // 132856
 */
export function publishedArrivals(): ArrivalSeries {
  if (published) return published;
  const months: Record<string, MonthArrivals> = {};
  const row = ([total, sa, fmua, uac, mx, gt, hn, sv, other]: number[]): Omit<MonthArrivals, 'ports'> => ({
    total: total!,
    demographic: { 'single-adult': sa!, 'family-unit': fmua!, uac: uac! },
    citizenship: { MX: mx!, GT: gt!, HN: hn!, SV: sv!, other: other! },
  });
  for (const [month, ...values] of PUBLISHED_ARRIVAL_ROWS as unknown as [string, ...number[]][]) months[month] = row(values);
  for (const [month, ...values] of PUBLISHED_PORT_ROWS as unknown as [string, ...number[]][]) {
    if (months[month]) months[month]!.ports = row(values);
  }
  return (published = { months, sources: [...PUBLISHED_ARRIVAL_SOURCES, ...new Set(Object.values(PORT_ARRIVAL_SOURCES))] });
}

/**
 * Checks an arrival series (e.g. read from a user's file): every month 'YYYY-MM' with finite, non-negative counts.
 * Throws an ImmsimError naming the first bad field.
 * @example
 * checkArrivalSeries({ months: { '2019-05': { total: 1, demographic: {...}, citizenship: {...} } }, sources: [] })
 */
export function checkArrivalSeries(a: unknown): ArrivalSeries {
  const bad = (path: (string | number)[], message: string): never => {
    throw new ImmsimError([{ path, message }]);
  };
  if (typeof a !== 'object' || a === null || typeof (a as ArrivalSeries).months !== 'object' || (a as ArrivalSeries).months === null) {
    bad(['arrivals', 'months'], 'expected an object { months: { "YYYY-MM": { total, demographic, citizenship } } }');
  }
  const months = (a as ArrivalSeries).months;
  const count = (v: unknown, path: (string | number)[]) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad(path, 'expected a finite number ≥ 0');
  };
  for (const [month, m] of Object.entries(months)) {
    const p = ['arrivals', 'months', month];
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) bad(p, 'expected a month key YYYY-MM');
    if (typeof m !== 'object' || m === null) bad(p, 'expected { total, demographic, citizenship }');
    const one = (x: Omit<MonthArrivals, 'ports'>, at: (string | number)[]) => {
      count(x.total, [...at, 'total']);
      for (const k of ['single-adult', 'family-unit', 'uac'] as const) count(x.demographic?.[k], [...at, 'demographic', k]);
      for (const k of ['MX', 'GT', 'HN', 'SV', 'other'] as const) count(x.citizenship?.[k], [...at, 'citizenship', k]);
    };
    one(m, p);
    if (m.ports !== undefined) {
      if (typeof m.ports !== 'object' || m.ports === null) bad([...p, 'ports'], 'expected { total, demographic, citizenship } (port-of-entry encounters)');
      one(m.ports, [...p, 'ports']);
    }
  }
  return { months, sources: Array.isArray((a as ArrivalSeries).sources) ? (a as ArrivalSeries).sources : ['user file'] };
}

const GROUP_OF = { MX: 'mexico', GT: 'northern-triangle', HN: 'northern-triangle', SV: 'northern-triangle', other: 'other' } as const;
const DEMS = ['single-adult', 'family-unit', 'uac'] as const;
const GROUPS = ['mexico', 'northern-triangle', 'other'] as const;

/**
 * Who arrives in one month: the fiscal year's cohort (`swb-fyYYYY`: traits, fear shares, sectors, countries outside
 * the published split) with the month's published demographic mix, citizenship-group mix and Northern Triangle
 * country weights, all between ports (the series are Border Patrol's). The group mix within each demographic is the
 * cohort's, raked (iterative proportional fitting, 50 rounds) so the month's overall group mix is the published one.
 * @example
 * monthCohort('2019-05', publishedArrivals().months['2019-05']).demographic['family-unit'].value // ≈ 0.65
 */
export function monthCohort(month: string, a: MonthArrivals): Cohort {
  const fy = fiscalYearOf(month).slice(2);
  const base = cohorts[`swb-fy${fy}` as keyof typeof cohorts] ?? cohorts['swb-fy2021'];
  const c = structuredClone(base) as Cohort;
  const src = (id: string) => ({ record: id, note: `history mode, month ${month}` });
  const demTotal = DEMS.reduce((s, d) => s + a.demographic[d], 0);
  const dem = DEMS.map((d) => (demTotal > 0 ? a.demographic[d] / demTotal : base.demographic[d].value));
  DEMS.forEach((d, i) => (c.demographic[d] = { value: dem[i]!, source: src(SOURCES[d]) }));
  const citTotal = a.citizenship.MX + a.citizenship.GT + a.citizenship.HN + a.citizenship.SV + a.citizenship.other;
  if (citTotal > 0) {
    const target = GROUPS.map((g) => (Object.keys(GROUP_OF) as (keyof typeof GROUP_OF)[]).filter((k) => GROUP_OF[k] === g).reduce((s, k) => s + a.citizenship[k], 0) / citTotal);
    const mix = DEMS.map((d) => GROUPS.map((g) => Math.max(1e-9, base.citizenship[d][g].value)));
    for (let round = 0; round < 50; round++) {
      GROUPS.forEach((_, g) => {
        const have = DEMS.reduce((s, _d, i) => s + dem[i]! * mix[i]![g]!, 0);
        const k = have > 0 ? target[g]! / have : 1;
        DEMS.forEach((_d, i) => (mix[i]![g]! *= k));
      });
      DEMS.forEach((_d, i) => {
        const s = mix[i]!.reduce((x, y) => x + y, 0);
        mix[i] = mix[i]!.map((v) => v / s);
      });
    }
    DEMS.forEach((d, i) => GROUPS.forEach((g, j) => (c.citizenship[d][g] = { value: mix[i]![j]!, source: src(SOURCES.MX) })));
    const nt = a.citizenship.GT + a.citizenship.HN + a.citizenship.SV;
    if (nt > 0) {
      c.countries['northern-triangle'] = {
        GT: { value: a.citizenship.GT / nt, source: src(SOURCES.GT) },
        HN: { value: a.citizenship.HN / nt, source: src(SOURCES.HN) },
        SV: { value: a.citizenship.SV / nt, source: src(SOURCES.SV) },
      };
    }
  }
  c.portOfEntryShare = { value: 0, source: { assumption: 'history mode replays Border Patrol (between ports) encounters only' } };
  c.id = `swb-${month}`;
  c.label = `Southwest border, ${month} (Border Patrol)`;
  return c;
}

/**
 * Who arrives at a port of entry in one month: as {@link monthCohort} with the month's port-of-entry (OFO) mix, all at
 * ports of entry.
 * @example
 * portCohort('2019-05', publishedArrivals().months['2019-05']!.ports!).portOfEntryShare.value // 1
 */
export function portCohort(month: string, a: Omit<MonthArrivals, 'ports'>): Cohort {
  const c = monthCohort(month, a);
  c.portOfEntryShare = { value: 1, source: { record: PORT_ARRIVAL_SOURCES.total, note: `history mode, month ${month}: port-of-entry arrivals` } };
  c.id = `swb-ports-${month}`;
  c.label = `Southwest border ports of entry, ${month} (Office of Field Operations)`;
  return c;
}
