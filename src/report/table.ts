import { OUTCOME_IDS, type OutcomeId } from '../domain/outcomes.js';
import type { ComparisonResult, SimulationResult } from '../engine/result.js';
import {
  excludesZero,
  formatCount,
  formatDifference,
  formatFixed,
  formatMeanWithCi,
  formatPercent,
  formatShareWithCi,
} from './format.js';
import { outcomeLabel } from './labels.js';
import { totalDifferenceText, totalMeanText, totalNote, totalShareText } from './total-format.js';
import { outcomeColor } from './svg/palette.js';
import { displayWidth, renderTextTable, styleText, wrapText, type TextCell, type TextColumn } from './text-table.js';

/**
 * Options of the text tables.
 * @example
 * formatResultTable(result, { color: process.stdout.isTTY });
 */
export interface TableOptions {
  /** Use ANSI colour and bold (outcome names in their chart colour, differences whose interval excludes 0 in bold). Default false. */
  color?: boolean;
  /** Fit every line into this many terminal columns (tables wrap or split into blocks). Default: no limit. */
  width?: number;
}

const SEP = ' \u00b7 ';
const FOOTNOTE =
  'People are counted once, by the outcome of their last case within the horizon. [..] are 95% intervals (Wilson for shares).';

/** Days: whole numbers as integers, otherwise one decimal. */
function formatDays(x: number | null): string {
  if (x === null) return '—';
  return formatFixed(x, Number.isInteger(x) ? 0 : 1);
}

/** Outcome ids with a non-zero count in at least one result, in vocabulary order, and those without. */
function splitOutcomes(results: readonly SimulationResult[]): { shown: OutcomeId[]; hidden: OutcomeId[] } {
  const shown: OutcomeId[] = [];
  const hidden: OutcomeId[] = [];
  for (const id of OUTCOME_IDS) {
    (results.some((r) => r.outcomes[id].count > 0) ? shown : hidden).push(id);
  }
  return { shown, hidden };
}

function outcomeCell(id: OutcomeId): TextCell {
  return { text: outcomeLabel(id), style: { rgb: outcomeColor(id) } };
}

function note(text: string, color: boolean | undefined, width?: number): string {
  return (width ? wrapText(text, width) : [text]).map((l) => (color ? styleText(l, 'dim') : l)).join('\n');
}

function headerLine(parts: string[], color: boolean | undefined, width?: number): string {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length - 1;
    if (last >= 0 && (!width || displayWidth(lines[last]! + SEP + part) <= width)) lines[last] += SEP + part;
    else lines.push(part);
  }
  return lines
    .flatMap((l) => (width ? wrapText(l, width) : [l]))
    .map((l) => (color ? styleText(l, 'bold') : l))
    .join('\n');
}

/** The metric rows of a result, as label and formatted value. */
function metricRows(r: SimulationResult): [string, string][] {
  const m = r.metrics;
  return [
    ['Days to outcome, median', formatDays(m.daysToOutcome.median)],
    ['Days to outcome, p90', formatDays(m.daysToOutcome.p90)],
    ['Days detained, mean [95% CI]', formatMeanWithCi(m.daysDetained, 1) + totalMeanText(m.daysDetained, 1)],
    ['Days in Mexico, mean [95% CI]', formatMeanWithCi(m.daysInMexico, 1) + totalMeanText(m.daysInMexico, 1)],
    ['Encounters per person, mean [95% CI]', formatMeanWithCi(m.encountersPerPerson, 2) + totalMeanText(m.encountersPerPerson, 2)],
    ['Re-encountered within 365 d [95% CI]', formatShareWithCi(m.reencounteredWithin365d.share, m.reencounteredWithin365d.ci95) + totalShareText(m.reencounteredWithin365d)],
    ['Hearings missed, mean per person', formatFixed(m.hearingsMissed.mean, 2)],
  ];
}

/**
 * One regime's result as a terminal table: a header line (regime, cohort, n, seed, horizon, model version), the
 * outcome shares with counts and 95% intervals, and the metrics. Outcomes with no people are listed in a note
 * instead of as rows.
 * @example
 * console.log(formatResultTable(result));
 * // immsim model 0.1.0 · regime title-42 · cohort fy2020-swb · n = 20,000 · seed 42 · horizon 730 d
 * //
 * // Outcome               Count   Share [95% CI]
 * // ─────────────────────────────────────────────
 * // Expelled (Title 42)   8,240   41.2% [40.5–41.9]
 * // ...
 */
export function formatResultTable(result: SimulationResult, options: TableOptions = {}): string {
  const { color, width } = options;
  const { shown, hidden } = splitOutcomes([result]);
  const header = headerLine(
    [
      `immsim model ${result.model.version}`,
      `regime ${result.regime}`,
      `cohort ${result.cohort}`,
      `n = ${formatCount(result.n)}`,
      `seed ${result.seed}`,
      `horizon ${formatCount(result.horizonDays)} d`,
    ],
    color,
    width,
  );
  const outcomeRows: TextCell[][] = shown.map((id) => {
    const o = result.outcomes[id];
    return [outcomeCell(id), formatCount(o.count), formatShareWithCi(o.share, o.ci95) + totalShareText(o)];
  });
  const total = OUTCOME_IDS.reduce((a, id) => a + result.outcomes[id].count, 0);
  outcomeRows.push([{ text: 'Total', style: 'dim' }, formatCount(total), result.n > 0 ? formatPercent(total / result.n) : '']);
  const outcomes = renderTextTable(
    [{ header: 'Outcome' }, { header: 'Count', align: 'right' }, { header: 'Share [95% CI]', align: 'right' }],
    outcomeRows,
    { color, width },
  );
  const metrics = renderTextTable(
    [{ header: 'Metric' }, { header: 'Value', align: 'right' }],
    metricRows(result),
    { color, width },
  );
  const lines = [header, '', outcomes];
  if (hidden.length > 0) lines.push(note(`Not shown (0 people): ${hidden.map(outcomeLabel).join(', ')}.`, color, width));
  lines.push('', metrics, '', note(FOOTNOTE, color, width));
  if (result.uncertainty) lines.push(note(totalNote(result.uncertainty), color, width));
  return `${lines.join('\n')}\n`;
}

/** The results in display order: the baseline first, then the others in their given order. */
function ordered(cmp: ComparisonResult): SimulationResult[] {
  const base = cmp.results.filter((r) => r.regime === cmp.baseline);
  return [...base, ...cmp.results.filter((r) => r.regime !== cmp.baseline)];
}

/**
 * A comparison of regimes as terminal tables: outcome shares [95% CI] by regime, paired differences against the
 * baseline in percentage points (and days / encounters for the metric differences), and the metrics by regime.
 * Outcomes that are zero under every regime are left out, with a note naming them.
 * @example
 * console.log(formatComparisonTable(cmp));
 * // immsim model 0.1.0 · cohort fy2020-swb · n = 20,000 per regime · seed 42 · horizon 730 d · regimes pre-2017 (baseline), title-42
 * //
 * // Outcome share [95% CI]   pre-2017 (baseline)   title-42
 * // ...
 * // Difference vs pre-2017 [95% CI]   title-42
 * // Expelled (Title 42)               +41.2 pp [+40.5, +41.9]
 */
export function formatComparisonTable(cmp: ComparisonResult, options: TableOptions = {}): string {
  const { color, width } = options;
  const results = ordered(cmp);
  const others = results.filter((r) => r.regime !== cmp.baseline);
  const { shown, hidden } = splitOutcomes(results);
  const regimeHeader = (r: SimulationResult) => (r.regime === cmp.baseline ? `${r.regime} (baseline)` : r.regime);
  const header = headerLine(
    [
      `immsim model ${cmp.model.version}`,
      `cohort ${cmp.cohort}`,
      `n = ${formatCount(cmp.n)} per regime`,
      `seed ${cmp.seed}`,
      `horizon ${formatCount(cmp.horizonDays)} d`,
      `regimes ${results.map(regimeHeader).join(', ')}`,
    ],
    color,
    width,
  );
  const regimeColumns: TextColumn[] = results.map((r) => ({ header: regimeHeader(r), align: 'right' }));

  const shares = renderTextTable(
    [{ header: 'Outcome share [95% CI]' }, ...regimeColumns],
    shown.map((id) => [
      outcomeCell(id),
      ...results.map((r) => formatShareWithCi(r.outcomes[id].share, r.outcomes[id].ci95) + totalShareText(r.outcomes[id])),
    ]),
    { color, width },
  );

  const lines = [header, '', shares];
  if (hidden.length > 0) {
    lines.push(note(`Not shown (0 people under every regime): ${hidden.map(outcomeLabel).join(', ')}.`, color, width));
  }

  if (others.length > 0) {
    const diffCell = (d: { estimate: number; ci95: [number, number] } | undefined, unit: string, digits?: number): TextCell => {
      if (!d) return 'n/a';
      const text = formatDifference(d, digits === undefined ? { unit } : { unit, digits }) + totalDifferenceText(d, unit, digits);
      return excludesZero(d.ci95) ? { text, style: 'bold' } : text;
    };
    const diffRows: TextCell[][] = shown.map((id) => [
      outcomeCell(id),
      ...others.map((r) => diffCell(cmp.differences[r.regime]?.outcomes[id], 'pp')),
    ]);
    const metricDiffs: [string, 'daysDetained' | 'daysInMexico' | 'encountersPerPerson', string, number][] = [
      ['Days detained, mean', 'daysDetained', 'd', 1],
      ['Days in Mexico, mean', 'daysInMexico', 'd', 1],
      ['Encounters per person, mean', 'encountersPerPerson', '', 2],
    ];
    for (const [label, key, unit, digits] of metricDiffs) {
      diffRows.push([label, ...others.map((r) => diffCell(cmp.differences[r.regime]?.[key], unit, digits))]);
    }
    lines.push(
      '',
      renderTextTable(
        [{ header: `Difference vs ${cmp.baseline} [95% CI]` }, ...others.map((r) => ({ header: r.regime, align: 'right' as const }))],
        diffRows,
        { color, width },
      ),
    );
  }

  const perRegime = results.map(metricRows);
  const metricTable = renderTextTable(
    [{ header: 'Metric' }, ...regimeColumns],
    (perRegime[0] ?? []).map(([label], i) => [label, ...perRegime.map((rows) => rows[i]?.[1] ?? '')]),
    { color, width },
  );
  lines.push('', metricTable, '', note(FOOTNOTE, color, width));
  if (others.length > 0) {
    lines.push(note('Differences are paired over the same simulated people: regime minus baseline; pp = percentage points.', color, width));
  }
  if (cmp.uncertainty) lines.push(note(totalNote(cmp.uncertainty), color, width));
  return `${lines.join('\n')}\n`;
}
