import { OUTCOME_IDS } from '../domain/outcomes.js';
import type { ComparisonResult, Group, Outcomes, SimulationResult } from '../engine/result.js';

/**
 * The CSV columns, in order.
 * @example
 * CSV_COLUMNS.join(',') // 'regime,cohort,n,seed,horizonDays,scope,group,key,value,ci_low,ci_high'
 */
export const CSV_COLUMNS = [
  'regime', 'cohort', 'n', 'seed', 'horizonDays', 'scope', 'group', 'key', 'value', 'ci_low', 'ci_high',
] as const;

/**
 * What a row describes:
 * - `outcomes`: people by outcome (group `all`);
 * - `demographic`, `citizenship`: people by outcome within a subgroup (group = the subgroup id);
 * - `cases`: cases by outcome (group `all`, or a demographic for `cases.byDemographic`);
 * - `byTrack`: cases by outcome within the cases that went through a track (group = track id);
 * - `metric`: a metric (group = metric name, key = statistic);
 * - `difference`: a paired difference against the baseline (group `outcomes` with key = outcome id, or group =
 *   metric name with key `mean`).
 *
 * For every group of outcome rows there is first a row with key `n` (the group size, no interval); each outcome row
 * has value = share and the 95% interval, so count = share × n.
 * @example
 * const s: CsvScope = 'byTrack';
 */
export type CsvScope = 'outcomes' | 'demographic' | 'citizenship' | 'cases' | 'byTrack' | 'metric' | 'difference';

type Cell = string | number | undefined;

/**
 * One field, quoted per RFC 4180 when it contains a comma, double quote, CR or LF (quotes are doubled). Numbers
 * are written in full precision with `String`; `undefined` is an empty field.
 * @example
 * csvField('a,b')     // '"a,b"'
 * csvField('say "x"') // '"say ""x"""'
 * csvField(0.25)      // '0.25'
 */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  // A text cell starting with = + - @ (or tab/CR) is a formula to a spreadsheet: prefix a quote (OWASP CSV injection).
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvText(rows: Cell[][]): string {
  return `${[CSV_COLUMNS as readonly Cell[], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function resultRows(r: SimulationResult): Cell[][] {
  const rows: Cell[][] = [];
  const prefix: Cell[] = [r.regime, r.cohort, r.n, r.seed, r.horizonDays];
  const row = (scope: CsvScope, group: string, key: string, value: number | null, ci?: readonly [number, number]) =>
    rows.push([...prefix, scope, group, key, value ?? undefined, ci?.[0], ci?.[1]]);
  const outcomes = (scope: CsvScope, group: string, n: number, o: Outcomes) => {
    row(scope, group, 'n', n);
    for (const id of OUTCOME_IDS) row(scope, group, id, o[id].share, o[id].ci95);
  };
  const groups = (scope: CsvScope, g: Record<string, Group>) => {
    for (const [id, group] of Object.entries(g)) outcomes(scope, id, group.n, group.outcomes);
  };

  outcomes('outcomes', 'all', r.n, r.outcomes);
  groups('demographic', r.groups.demographic);
  groups('citizenship', r.groups.citizenship);
  outcomes('cases', 'all', r.cases.n, r.cases.outcomes);
  groups('cases', r.cases.byDemographic);
  groups('byTrack', r.cases.byTrack);

  const m = r.metrics;
  row('metric', 'daysToOutcome', 'median', m.daysToOutcome.median);
  row('metric', 'daysToOutcome', 'p90', m.daysToOutcome.p90);
  row('metric', 'daysDetained', 'mean', m.daysDetained.mean, m.daysDetained.ci95);
  row('metric', 'daysInMexico', 'mean', m.daysInMexico.mean, m.daysInMexico.ci95);
  row('metric', 'encountersPerPerson', 'mean', m.encountersPerPerson.mean, m.encountersPerPerson.ci95);
  row('metric', 'reencounteredWithin365d', 'share', m.reencounteredWithin365d.share, m.reencounteredWithin365d.ci95);
  row('metric', 'hearingsMissed', 'mean', m.hearingsMissed.mean);
  return rows;
}

/**
 * One result as long-format CSV (RFC 4180: header row, CRLF line ends, quoted fields where needed). Columns are
 * {@link CSV_COLUMNS}; see {@link CsvScope} for what each row means.
 * @example
 * resultToCsv(result).split('\r\n')[1] // 'title-42,fy2020-swb,20000,42,730,outcomes,all,n,20000,,'
 */
export function resultToCsv(result: SimulationResult): string {
  return csvText(resultRows(result));
}

/**
 * A comparison as long-format CSV: every regime's rows (baseline first), then the paired differences against the
 * baseline (scope `difference`, on the rows of the non-baseline regime).
 * @example
 * comparisonToCsv(cmp).split('\r\n').filter((l) => l.includes(',difference,')).length > 0 // true
 */
export function comparisonToCsv(cmp: ComparisonResult): string {
  const results = [
    ...cmp.results.filter((r) => r.regime === cmp.baseline),
    ...cmp.results.filter((r) => r.regime !== cmp.baseline),
  ];
  const rows = results.flatMap(resultRows);
  for (const r of results) {
    const d = cmp.differences[r.regime];
    if (r.regime === cmp.baseline || !d) continue;
    const prefix: Cell[] = [r.regime, r.cohort, r.n, r.seed, r.horizonDays, 'difference'];
    for (const id of OUTCOME_IDS) {
      const o = d.outcomes[id];
      rows.push([...prefix, 'outcomes', id, o.estimate, o.ci95[0], o.ci95[1]]);
    }
    for (const key of ['daysDetained', 'daysInMexico', 'encountersPerPerson'] as const) {
      rows.push([...prefix, key, 'mean', d[key].estimate, d[key].ci95[0], d[key].ci95[1]]);
    }
  }
  return csvText(rows);
}
