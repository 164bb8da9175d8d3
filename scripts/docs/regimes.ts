// docs/regimes.md: the dated measures (a timeline), the named regimes, the parameter eras, and every parameter of
// every regime and cohort with its source — generated from the data in src/policy and src/cohorts.
import { readFileSync } from 'node:fs';
import { cohorts, COHORT_IDS } from '../../src/cohorts/index.js';
import { MEASURES, MODEL_END } from '../../src/policy/measures.js';
import { MPP_SITES } from '../../src/policy/mpp-sites.js';
import { EXPULSION_ACCEPTANCE } from '../../src/policy/title42-acceptance.js';
import { ERA_PERIODS } from '../../src/policy/params/eras.js';
import { regimes, REGIME_IDS } from '../../src/policy/snapshots.js';
import type { Param } from '../../src/policy/types.js';
import { DEFAULT_RANGES, PATH_RANGES, paramRanges, RECORD_RANGES, type RangeRule } from '../../src/policy/ranges.js';

/** A record of data/reference/calibration-inputs.json. */
export interface CalibrationRecord {
  id: string;
  topic: string;
  period: string;
  value: number | number[];
  unit: string;
  denominator_description: string;
  source: string;
  note: string;
}

/** The published figures (the same files tests/policy/params-sources.test.ts checks record ids against). */
export function calibrationRecords(): CalibrationRecord[] {
  return ['calibration-inputs.json', 'law-review-inputs.json'].flatMap((f) => {
    const url = new URL(`../../data/reference/${f}`, import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { records: CalibrationRecord[] }).records;
  });
}

/** Escapes text for a Markdown table cell. */
export const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Anchor of a record in docs/regimes.md. */
export const recordAnchor = (id: string) => `rec-${id.replace(/_/g, '-')}`;

/** Every `{ value, source }` inside an object, with its dotted path, in declaration order. */
export function paramsOf(value: unknown, path: string[] = []): { path: string; param: Param }[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('value' in value && 'source' in value) return [{ path: path.join('.'), param: value as Param }];
  return Object.entries(value).flatMap(([k, v]) => paramsOf(v, [...path, k]));
}

function formatValue(path: string, v: number): string {
  if (/days/i.test(path.split('.').pop() ?? '')) return `${+v.toFixed(1)} d`;
  return String(+v.toFixed(4));
}

/** A source as Markdown: a linked record id, a reference section, or the assumption in words. */
export function sourceText(p: Param, known: Set<string>): string {
  const s = p.source as { record?: string; reference?: string; assumption?: string; note?: string };
  const note = s.note ? `: ${s.note}` : '';
  if (s.record) return known.has(s.record) ? `[\`${s.record}\`](#${recordAnchor(s.record)})${note}` : `\`${s.record}\` (unknown record)${note}`;
  if (s.reference) return `${s.reference}${note}`;
  return `**assumption**: ${s.assumption ?? '—'}`;
}

/**
 * One table of parameters: a row per parameter and group of columns (regimes or cohorts) that share the same value
 * and source, so a parameter used unchanged everywhere takes one row.
 */
function paramTable(objects: [string, unknown][], known: Set<string>, used: Set<string>, rangeOf?: (id: string, path: string) => string): string[] {
  const lists = objects.map(([id, o]) => [id, paramsOf(o)] as const);
  const paths = lists[0]![1].map((x) => x.path);
  const out = rangeOf ? ['| parameter | in | value | range | source |', '|---|---|---|---|---|'] : ['| parameter | in | value | source |', '|---|---|---|---|'];
  for (const path of paths) {
    const groups = new Map<string, { ids: string[]; param: Param }>();
    for (const [id, list] of lists) {
      const param = list.find((x) => x.path === path)?.param;
      if (!param) continue;
      const key = JSON.stringify(param);
      const g = groups.get(key) ?? { ids: [], param };
      g.ids.push(id);
      groups.set(key, g);
      const rec = (param.source as { record?: string }).record;
      if (rec) used.add(rec);
    }
    const all = groups.size === 1 && [...groups.values()][0]!.ids.length === objects.length;
    for (const g of groups.values()) {
      const where = all ? 'all' : g.ids.join(', ');
      const range = rangeOf ? ` ${rangeOf(g.ids[0]!, path)} |` : '';
      out.push(`| \`${path}\` | ${where} | ${formatValue(path, g.param.value)} |${range} ${cell(sourceText(g.param, known))} |`);
    }
  }
  return out;
}

const RANGES = new Map(REGIME_IDS.map((id) => [id as string, new Map(paramRanges(regimes[id].params).map((r) => [r.id, r]))]));

/** A parameter's range in one regime, as a table cell: `0.65–0.8 (record)`, or `fixed` for a zero range. */
function rangeCell(regimeId: string, path: string): string {
  const r = RANGES.get(regimeId)?.get(path);
  if (!r) return '';
  if (r.low === r.high) return r.value === 0 ? '0 (fixed)' : 'fixed';
  return `${formatValue(path, r.low)}–${formatValue(path, r.high)} (${r.basis})`;
}

/** The range rules with their reasons (src/policy/ranges.ts). */
function rangeSection(): string[] {
  const rule = (r: RangeRule) => ('relative' in r ? `× ${r.relative[0]}–${r.relative[1]}` : `${r.absolute[0]}–${r.absolute[1]}`);
  return [
    '## Parameter ranges',
    '',
    'Every parameter has a range (src/policy/ranges.ts); `simulate`/`compare` with `uncertainty: { draws: K }` (CLI',
    '`--uncertainty K`) draw K parameter sets over them and report total intervals (docs/statistics.md). A range is',
    'the first that applies of: a user range (`uncertainty.ranges`, CLI `--range path=low:high`); an explicit range',
    "for the parameter's path; for a value from a record, the disagreement with other records of the same quantity;",
    'a default by the kind of source. "× a–b" are factors on the value (they follow the value when it changes);',
    'ranges are clipped to the domain (a share stays in [0, 1]); a zero value stays zero.',
    '',
    '| rule | range | reason |',
    '|---|---|---|',
    ...Object.entries(PATH_RANGES).map(([k, r]) => `| path \`${k}\` | ${rule(r)} | ${cell(r.reason)} |`),
    ...Object.entries(RECORD_RANGES).map(([k, r]) => `| record \`${k}\` | ${rule(r)} | ${cell(r.reason)} |`),
    ...Object.entries(DEFAULT_RANGES).map(([k, r]) => `| default: ${k} | ${rule(r)} | ${cell(r.reason)} |`),
  ];
}

/** What each top-level regime parameter means (the JSDoc of `RegimeParams`, in short). */
const PARAM_MEANING: Record<string, string> = {
  meteredShare: 'Share of port-of-entry arrivals who first wait in a metering queue, while metering is in force.',
  meteringWaitDays: 'Mean days in the metering queue (counted as days in Mexico).',
  processingDays: 'Mean days in CBP custody from encounter to a disposition.',
  disposition: "The officer's disposition as relative weights by demographic and citizenship group; the law removes the moves it forbids for a person and the rest are renormalised.",
  prosecutionDays: 'Mean days in criminal custody after an 8 USC 1325 prosecution.',
  acaTransferShare: 'Share of eligible fear claimants sent to Guatemala while the ACA is in force.',
  cfPositive: 'Credible-fear screen positive rate (of all decisions).',
  cfPositiveBarred: 'Positive rate of the higher-standard screen used under the transit bar.',
  rfPositive: 'Reasonable-fear screen positive rate (reinstated orders).',
  cfDays: 'Mean days from fear claim to screen decision, ordinary screening (the law sets the minimum: the consultation period).',
  pacrShare: 'Share of fear screens run under PACR/HARP in CBP custody, while that measure is in force.',
  pacrDays: 'Mean days from fear claim to screen decision under PACR/HARP.',
  ijReviewRequested: 'Share of negative screens taken to immigration-judge review.',
  ijReversal: 'Share of IJ reviews that vacate the negative finding.',
  ijReviewDays: 'Mean days to an IJ review decision (statute: within 7).',
  custody: 'Custody decision after a Notice to Appear: `returnToMexico` is a rate, the share returned of those the law lets be returned to Mexico (MPP-eligible); everyone else is split by relative weights (detain, family detention, parole, release).',
  detentionDays: 'Mean days detained by ICE during proceedings (after a Notice to Appear) before release or a decision.',
  airRemovalDays: 'Mean days in ICE custody from expedited removal or reinstatement (no fear claim), or an unreviewed negative screen, to removal by air (non-Mexicans; Mexicans are returned within processingDays).',
  detainedDecidedShare: 'Share of detained cases decided while detained (the rest are released to wait).',
  familyDetentionDays: 'Mean days in family detention before release (Flores).',
  orrDays: 'Mean days in ORR care before release to a sponsor.',
  hearingIntervalDays: 'Mean days between hearings on the non-detained docket.',
  mppHearingIntervalDays: 'Mean days between hearings on the MPP docket.',
  decisionPerHearing: 'Chance that a held hearing decides the case (else it is continued).',
  representation: 'Share represented (outside MPP).',
  mppRepresentation: 'Share represented in MPP.',
  appearance: 'Chance of appearing at one hearing, unrepresented, placed in 240 proceedings without a fear screen (single adults, children).',
  familyAppearance: 'Chance of appearing at one hearing, unrepresented family-unit members (no fear screen).',
  screenedAppearance: 'Chance of appearing at one hearing, unrepresented, referred to court after a positive fear screen.',
  representedAppearance: 'Chance of appearing at one hearing, represented.',
  mppAppearance: 'Chance of appearing at one hearing, in MPP.',
  asylumApplication: 'Chance of filing an asylum/withholding/CAT application (I-589) in court: after a fear screen, placed straight into 240 proceedings, in MPP.',
  decision: 'Decisions at a merits hearing, as relative weights: for respondents with an application on file (fear), without one (noFear: the law rules relief out), barred from asylum, and on the MPP docket.',
  removalExecuted: 'Share of final orders against people not detained that are carried out within the horizon.',
  removalDays: 'Mean days from a final order to removal.',
  recross: 'Chance of crossing again after each kind of exit, and the mean days until the next crossing.',
  mppWindDownDays: 'Mean days until an MPP case is admitted under the 2021 wind-down, while it is in force.',
};

function gantt(): string[] {
  const out = ['```mermaid', 'gantt', '  title Dated measures in the model (open-ended ones drawn to the end of 2021)', '  dateFormat YYYY-MM-DD', '  axisFormat %Y', '  tickInterval 1year'];
  const sections = new Map<string, string[]>();
  const seen = new Map<string, number>();
  for (const m of [...MEASURES].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    const year = m.from.slice(0, 4);
    const section = year < '2017' ? 'Before 2017' : year;
    const k = (seen.get(m.id) ?? 0) + 1;
    seen.set(m.id, k);
    // Mermaid gantt task names cannot hold ':', '#', ';' or quotes; ids must be unique (er-expansion has two entries).
    const name = m.name.replace(/[:#;"]/g, '').replace(/\s+/g, ' ');
    const task = `    ${name} :${m.id.replace(/[^a-z0-9]/g, '')}${k}, ${m.from}, ${nextDay(m.until ?? MODEL_END)}`;
    sections.set(section, [...(sections.get(section) ?? []), task]);
  }
  for (const [section, tasks] of sections) out.push(`  section ${section}`, ...tasks);
  out.push('```');
  return out;
}

/** The day after an ISO date (gantt end dates are exclusive). */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The full docs/regimes.md. */
/** Who takes a person expelled under Title 42, and where MPP operated: regime data the guards read (src/policy). */
function acceptanceSection(): string[] {
  const out = [
    '',
    '## Title 42: who takes the person',
    '',
    'An expulsion needs a country that takes the person (`src/policy/title42-acceptance.ts`, read by `canExpelTitle42`);',
    'whom no arrangement covers is processed under Title 8. Each arrangement holds while its measure is in force.',
    '',
    '| arrangement | receiver | route | while | nationalities | demographics | conditions | authority |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const a of EXPULSION_ACCEPTANCE) {
    const nat = a.nationalities === 'all' ? `all but ${(a.except ?? []).join(', ')}` : a.nationalities.join(', ');
    const cond = [
      a.healthyOnly ? 'in good health' : '',
      ...a.refusals.map((r) => `not families with a child under ${r.youngestChildUnder} in ${r.sectors.join(', ')} while \`${r.measure}\``),
    ].filter(Boolean).join('; ') || '—';
    const receiver = a.receiver === 'nationality' ? 'country of nationality' : a.receiver;
    out.push(`| \`${a.id}\` | ${receiver} | ${a.route} | \`${a.measure}\` | ${nat} | ${a.demographics.join(', ')} | ${cell(cond)} | ${cell(a.authority)} |`);
  }
  out.push(
    '',
    '## MPP sites',
    '',
    'While `mpp-site-by-site` is in force, MPP returns people only from sectors whose site measure is in force',
    '(`src/policy/mpp-sites.ts`, read by `canReturnToMexico`); a profile with sector `other` is not narrowed.',
    '',
    '| sector | site measure | returned to |',
    '|---|---|---|',
    ...MPP_SITES.map((m) => `| ${m.sector} | \`${m.measure}\` | ${m.returnedTo} |`),
  );
  return out;
}

export function regimesDoc(): string {
  const records = calibrationRecords();
  const known = new Set(records.map((r) => r.id));
  const used = new Set<string>();
  const out: string[] = [
    '# Regimes: the dated measures and every parameter with its source',
    '',
    '<!-- Generated by `npm run docs` (scripts/docs/regimes.ts) from src/policy and src/cohorts. Do not edit by hand; tests/docs.test.ts checks it is current. -->',
    '',
    'A **regime** is what the model runs a person under: the **measures** in force on a date (what the law allows, read by',
    "the machine's guards) and the **parameters** of the era containing that date (how likely each allowed move is and how",
    'long it takes). The six named regimes are snapshots on one date inside each era; `regimeAt(date)` gives the regime',
    'for any day from 2014-11-20 to 2021-12-31, and `defineRegime` / `defineMeasure` build your own (see',
    '[getting-started.md](getting-started.md)).',
    '',
    'Every parameter below cites a record of `calibration-inputs.json` or `law-review-inputs.json` (linked to the [records table](#records-cited)),',
    'a section of the reference text `data/reference/procedure-and-regimes.md`, or is marked **assumption** with the reason. Most',
    'behavioural splits (who gets which disposition, custody decision, decision at a hearing) are assumptions: the',
    'reference gives their direction, not their size. Read results with that in mind.',
    '',
    '## Timeline',
    '',
    ...gantt(),
    '',
    '## Measures',
    '',
    'Dates are the first and last day in force (inclusive). *month*: the source gives only the month.',
    '',
    '| id | measure | in force | authority | what it changes |',
    '|---|---|---|---|---|',
  ];
  for (const m of MEASURES) {
    const when = `${m.from} – ${m.until ?? 'end of 2021'}${m.datePrecision === 'month' ? ' *(month)*' : ''}`;
    out.push(`| \`${m.id}\` | ${cell(m.name)} | ${when} | ${cell(m.authority)} | ${cell(m.changes)} |`);
  }

  out.push(...acceptanceSection());

  out.push('', '## Named regimes', '', '| id | rules of | label | measures in force | description |', '|---|---|---|---|---|');
  for (const id of REGIME_IDS) {
    const r = regimes[id];
    out.push(`| \`${r.id}\` | ${r.date} | ${cell(r.label)} | ${r.measures.map((m) => `\`${m}\``).join(', ')} | ${cell(r.description)} |`);
  }

  out.push(
    '',
    '## Parameter eras',
    '',
    'Parameters change at these dates (the measures change at their own dates, above). A named regime uses the',
    'parameters of the period containing its date.',
    '',
    '| from | until | era | why it starts here |',
    '|---|---|---|---|',
  );
  for (const p of ERA_PERIODS) out.push(`| ${p.from} | ${p.until} | \`${p.era}\` | ${cell(p.why)} |`);

  out.push(
    '',
    '## Regime parameters',
    '',
    'One row per parameter and group of regimes that share its value and source ("all": the same in all six).',
    'Weights are relative: within one row group (e.g. `disposition.single-adult.mexico.*`) they are renormalised after',
    'the law removes the moves it forbids for the person. Durations are the means, in days, of exponential draws',
    '(cut where the law sets a limit: 20 days of family detention under Flores, 7 days for IJ review).',
    'The range is where `uncertainty` draws the parameter (uniformly; [rules and reasons](#parameter-ranges)); its rule',
    'is in brackets: path (an explicit range), record (disagreement between records), default (by kind of source).',
  );
  const regimeObjects = REGIME_IDS.map((id) => [id, regimes[id].params] as [string, unknown]);
  for (const key of Object.keys(regimes[REGIME_IDS[0]].params)) {
    out.push('', `### \`${key}\``, '');
    if (PARAM_MEANING[key]) out.push(PARAM_MEANING[key]!, '');
    const rows = paramTable(
      regimeObjects.map(([id, p]) => [id, { [key]: (p as Record<string, unknown>)[key] }]),
      known,
      used,
      rangeCell,
    );
    out.push(...rows);
  }

  out.push('', ...rangeSection());

  out.push(
    '',
    '## Cohort parameters',
    '',
    'Who arrives: the demographic, citizenship and country mixes and the traits the law reads, per fiscal-year cohort',
    '(USBP southwest border apprehensions). Columns are cohorts.',
  );
  const cohortObjects = COHORT_IDS.map((id) => {
    const { id: _id, label: _l, fiscalYear: _f, description: _d, ...rest } = cohorts[id];
    return [id, rest] as [string, unknown];
  });
  out.push('', '| cohort | label | description |', '|---|---|---|');
  for (const id of COHORT_IDS) out.push(`| \`${id}\` | ${cell(cohorts[id].label)} | ${cell(cohorts[id].description)} |`);
  for (const key of Object.keys(cohortObjects[0]![1] as object)) {
    out.push('', `### \`${key}\``, '');
    out.push(...paramTable(cohortObjects.map(([id, c]) => [id, { [key]: (c as Record<string, unknown>)[key] }]), known, used));
  }

  out.push(
    '',
    '## Records cited',
    '',
    'The published figures from `calibration-inputs.json` that parameters cite as their source (others appear only in',
    'derivation notes). Figures the model does **not** use as parameters are compared with its outputs in',
    '[calibration.md](calibration.md).',
    '',
    '| record | topic | period | value | unit | source | note |',
    '|---|---|---|---|---|---|---|',
  );
  for (const r of records.filter((x) => used.has(x.id))) {
    const value = Array.isArray(r.value) ? r.value.join('–') : r.value.toLocaleString('en-US');
    out.push(`| <a id="${recordAnchor(r.id)}"></a>\`${r.id}\` | ${cell(r.topic)} | ${cell(r.period)} | ${value} | ${cell(r.unit)} | ${cell(r.source)} | ${cell(r.note || '—')} |`);
  }
  out.push('');
  return out.join('\n');
}
