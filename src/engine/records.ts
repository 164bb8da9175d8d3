import { closeSync, openSync, writeSync } from 'node:fs';
import { compileCohort } from '../cohorts/draw-profile.js';
import type { Cohort } from '../cohorts/types.js';
import { ImmsimError, type Issue } from '../domain/errors.js';
import { OUTCOME_IDS, tracksOf } from '../domain/outcomes.js';
import type { Regime } from '../policy/types.js';
import { MODEL_VERSION } from '../version.js';
import { resolveCohort, resolveRegime, runNumbers, throwIfIssues } from './options.js';
import { provenanceOf } from './provenance.js';
import { pathStream, personStream } from './random.js';
import type { SimulationResult } from './result.js';
import { compiledPathway, PathSampler } from './sampler.js';
import { outcomeIndexByState, RegimeSummary } from './summary.js';

/**
 * The columns of a per-person record.
 * @example
 * RECORD_FIELDS.join(',') // the CSV header
 */
export const RECORD_FIELDS = [
  'index', 'citizenship', 'demographic', 'entry', 'fearOfReturn', 'outcome', 'outcomeDay', 'encounters', 'daysDetained',
  'daysInMexico', 'hearingsMissed', 'tracks',
] as const;

/**
 * Options of {@link streamRecords}: those of `simulate` plus the file to stream per-person records to.
 * @example
 * streamRecords({ regime: 'mpp-2019', n: 1000, seed: 1, file: 'people.ndjson' });
 */
export interface RecordsOptions {
  regime: string | Regime;
  cohort?: string | Cohort;
  n: number;
  seed: number;
  horizonDays?: number;
  /** A .csv or .ndjson file: one line per person, written as the run goes (memory stays flat). */
  file: string;
  onProgress?: (done: number, total: number) => void;
}


/**
 * Simulates like `simulate` (in this thread) and also streams one record per person to a CSV or NDJSON file.
 * @example
 * await streamRecords({ regime: 'mpp-2019', n: 10_000, seed: 1, file: 'people.csv' });
 */
export async function streamRecords(o: RecordsOptions): Promise<SimulationResult> {
  const issues: Issue[] = [];
  const regime = resolveRegime(o.regime, ['regime'], issues);
  const cohort = resolveCohort(o.cohort, ['cohort'], issues);
  const { n, seed, horizonDays } = runNumbers(o, issues);
  const csv = /\.csv$/i.test(o.file);
  if (!csv && !/\.ndjson$/i.test(o.file)) issues.push({ path: ['records'], message: `must end in .csv or .ndjson; got '${o.file}'` });
  throwIfIssues(issues);
  let fd: number;
  try {
    fd = openSync(o.file, 'w');
  } catch (e) {
    throw new ImmsimError([{ path: ['records'], message: `cannot write '${o.file}': ${(e as NodeJS.ErrnoException).code}` }]);
  }
  const m = compiledPathway();
  const outcomeOf = outcomeIndexByState(m.stateIds);
  const sampler = new PathSampler(regime!, horizonDays, m);
  const summary = new RegimeSummary();
  const draw = compileCohort(cohort!);
  let buffer = csv ? `${RECORD_FIELDS.join(',')}\n` : '';
  let outcomeDay = 0;
  const sink = {
    caseEnded(state: number, ctx: Parameters<RegimeSummary['addCase']>[1]) {
      summary.addCase(outcomeOf[state]!, ctx);
      outcomeDay = ctx.day;
    },
  };
  try {
    for (let i = 0; i < n; i++) {
      const profile = draw(personStream(seed, i));
      const ctx = m.createContext({ profile, regime: regime! });
      outcomeDay = 0;
      const o2 = outcomeOf[sampler.run(ctx, pathStream(seed, i), sink)]!;
      summary.addPerson(o2, ctx, outcomeDay);
      const rec = [i, profile.citizenship, profile.demographic, profile.entry, profile.fearOfReturn, OUTCOME_IDS[o2], outcomeDay, ctx.encounters, ctx.daysDetained, ctx.daysInMexico, ctx.hearingsMissed, tracksOf(ctx.tracks).join('|')];
      buffer += csv ? `${rec.join(',')}\n` : `${JSON.stringify(Object.fromEntries(RECORD_FIELDS.map((f, k) => [f, rec[k]])))}\n`;
      if (buffer.length > 1 << 16) {
        writeSync(fd, buffer);
        buffer = '';
        o.onProgress?.(i + 1, n);
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  o.onProgress?.(n, n);
  return summary.toResult({ version: MODEL_VERSION, regime: regime!.id, cohort: cohort!.id, seed, horizonDays, provenance: provenanceOf(regime!, cohort!) });
}
