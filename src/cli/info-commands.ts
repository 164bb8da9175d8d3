import { mergeHistory, type HistoryShard } from '../history/simulate-history.js';
import { emitHistory } from './history-command.js';
import { readFileSync } from 'node:fs';
import { ImmsimError } from '../domain/errors.js';
import { cohorts, COHORT_IDS } from '../cohorts/index.js';
import type { ProfileInput } from '../domain/profile.js';
import { explain } from '../engine/explain.js';
import { mergeShards } from '../engine/shard.js';
import { mergeSensitivityShards } from '../uncertainty/sensitivity-shard.js';
import { formatSensitivityTable } from './sensitivity-command.js';
import { tornadoSvg } from '../report/tornado.js';
import type { ComparisonResult, SimulationResult } from '../engine/result.js';
import { REGIME_IDS, regimes } from '../policy/snapshots.js';
import { stateDiagramMermaid } from '../report/state-diagram.js';
import { checkPaths } from './outputs.js';
import { emit, intArg, readJson, regimeArg } from './io.js';
import { formatComparison, formatResult } from './run-commands.js';
import { renderTextTable } from '../report/index.js';
import type { FactEvent } from '../law/events.js';
import { formatRegimeTable } from './regime-table.js';
import { terminalWidth } from './terminal.js';

export function explainCommand(o: {
  regime: string;
  profile?: string;
  citizenship: string;
  demographic: string;
  entry: string;
  fear?: boolean;
  seed: string;
  facts?: string;
  horizonDays: string;
  format: 'text' | 'json';
  out?: string;
}): void {
  checkPaths({ inputs: [['--regime', o.regime], ['--profile', o.profile], ['--facts', o.facts]], outputs: [['--out', o.out]] });
  let profile: ProfileInput;
  if (o.profile) {
    const raw = /\.json$/i.test(o.profile) || o.profile === '-' ? readJson(o.profile, '--profile') : parseInline(o.profile);
    profile = raw as ProfileInput;
  } else {
    profile = { citizenship: o.citizenship, demographic: o.demographic, entry: o.entry, fearOfReturn: o.fear === true } as ProfileInput;
  }
  const facts = o.facts ? (readJson(o.facts, '--facts') as FactEvent[]) : undefined;
  const e = explain({
    regime: regimeArg(o.regime),
    profile,
    ...(facts ? { facts } : { seed: intArg(o.seed, '--seed', 0, 2 ** 32 - 1)! }),
    horizonDays: intArg(o.horizonDays, '--horizon-days', 1, 36_500)!,
  });
  emit(o.format === 'json' ? JSON.stringify({ ...e, text: undefined }, null, 2) : e.text, o.out);
}

function parseInline(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch (e) {
    throw new ImmsimError([{ path: ['--profile'], message: `is neither a .json file nor valid JSON: ${(e as Error).message}` }]);
  }
}

export function regimesCommand(id: string | undefined, o: { format: 'table' | 'json' }): void {
  if (id !== undefined) {
    const r = regimeArg(id, 'id');
    return emit(o.format === 'json' ? JSON.stringify(r, null, 2) : formatRegimeTable(r, terminalWidth()), undefined);
  }
  const list = REGIME_IDS.map((k) => regimes[k]);
  if (o.format === 'json') return emit(JSON.stringify(list.map((r) => ({ id: r.id, label: r.label, date: r.date, measures: r.measures })), null, 2), undefined);
  emit(
    renderTextTable(
      [{ header: 'id' }, { header: 'date' }, { header: 'label' }, { header: 'measures in force' }],
      list.map((r) => [r.id, r.date, r.label, r.measures.join(', ')]),
      { width: terminalWidth() },
    ),
    undefined,
  );
}

export function cohortsCommand(o: { format: 'table' | 'json' }): void {
  const list = COHORT_IDS.map((k) => cohorts[k]);
  if (o.format === 'json') return emit(JSON.stringify(list, null, 2), undefined);
  emit(
    renderTextTable(
      [{ header: 'id' }, { header: 'FY' }, { header: 'label' }, { header: 'single adults' }, { header: 'families' }, { header: 'UACs' }],
      list.map((c) => [c.id, String(c.fiscalYear), c.label, pct(c.demographic['single-adult'].value), pct(c.demographic['family-unit'].value), pct(c.demographic.uac.value)]),
      { width: terminalWidth() },
    ),
    undefined,
  );
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function mergeCommand(files: string[], o: { format: string; out?: string; chart?: string }): Promise<void> {
  checkPaths({ inputs: files.map((f, i) => [`files[${i}]`, f]), outputs: [['--out', o.out], ['--chart', o.chart]] });
  const shards = files.map((f, i) => readJson(f, `files[${i}]`));
  if ((shards[0] as { kind?: unknown } | undefined)?.kind === 'immsim-sensitivity-shard') {
    if (o.format === 'csv') throw new ImmsimError([{ path: ['--format'], message: "a sensitivity analysis prints as 'table' or 'json'" }]);
    const s = await mergeSensitivityShards(shards);
    emit(o.format === 'json' ? JSON.stringify(s, null, 2) : formatSensitivityTable(s), o.out);
    if (o.chart) emit(tornadoSvg(s), o.chart);
    return;
  }
  if (o.chart) throw new ImmsimError([{ path: ['--chart'], message: 'only for sensitivity shards (immsim sensitivity --shard)' }]);
  if ((shards[0] as { kind?: unknown } | undefined)?.kind === 'immsim-history-shard') {
    emitHistory(mergeHistory(shards as HistoryShard[]), o.format as 'table' | 'json' | 'csv', o.out, undefined);
    return;
  }
  const merged = mergeShards(shards);
  emit('results' in merged ? formatComparison(merged as ComparisonResult, o.format) : formatResult(merged as SimulationResult, o.format), o.out);
}

export function diagramCommand(): void {
  emit(stateDiagramMermaid(), undefined);
}

void readFileSync;
