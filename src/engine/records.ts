import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { displayPath } from '../policy/read-json-file.js';
import { AtomicFile, writeFileAtomic } from './atomic-file.js';
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

/** What a records file's manifest holds: a reader checks `rows` and `sha256` before trusting the file. */
export interface RecordsManifest {
  kind: 'immsim-records-manifest';
  file: string;
  format: 'csv' | 'ndjson';
  /** People (data rows, not counting a CSV header). */
  rows: number;
  /** SHA-256 (hex) of the whole records file. */
  sha256: string;
  model: { version: string };
  regime: string;
  cohort: string;
  seed: number;
  horizonDays: number;
}

/**
 * The manifest written beside a records file: `<file>.manifest.json`.
 * @example
 * manifestPathFor('people.csv') // 'people.csv.manifest.json'
 */
export function manifestPathFor(file: string): string {
  return `${file}.manifest.json`;
}

function writeWhy(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = { ENOENT: 'the folder does not exist', EACCES: 'permission denied', EISDIR: 'is a directory', ENOSPC: 'the disk is full', EROFS: 'the file system is read-only' };
  return (code && words[code]) ?? 'the file cannot be written';
}

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
  // Written under a temporary name beside the file and renamed when complete, then the manifest (row count and
  // SHA-256): a file without a matching manifest is incomplete.
  let file: AtomicFile;
  try {
    file = new AtomicFile(o.file);
  } catch (e) {
    throw new ImmsimError([{ path: ['records'], message: `cannot write '${displayPath(o.file)}': ${writeWhy(e)}` }]);
  }
  const hash = createHash('sha256');
  const put = (text: string) => {
    file.write(text);
    hash.update(text);
  };
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
        put(buffer);
        buffer = '';
        o.onProgress?.(i + 1, n);
        // Let signals and other events through (Ctrl-C must be able to stop a long run and clean up).
        await new Promise<void>((r) => setImmediate(r));
      }
    }
    put(buffer);
    file.commit();
  } catch (e) {
    file.abort();
    if (e instanceof ImmsimError) throw e;
    if (typeof (e as NodeJS.ErrnoException)?.code === 'string') throw new ImmsimError([{ path: ['records'], message: `cannot write '${displayPath(o.file)}': ${writeWhy(e)}` }]);
    throw e;
  }
  const manifest: RecordsManifest = {
    kind: 'immsim-records-manifest',
    file: basename(o.file),
    format: csv ? 'csv' : 'ndjson',
    rows: n,
    sha256: hash.digest('hex'),
    model: { version: MODEL_VERSION },
    regime: regime!.id,
    cohort: cohort!.id,
    seed,
    horizonDays,
  };
  try {
    writeFileAtomic(manifestPathFor(o.file), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (e) {
    throw new ImmsimError([{ path: ['records'], message: `cannot write the manifest '${displayPath(manifestPathFor(o.file))}': ${writeWhy(e)}` }]);
  }
  o.onProgress?.(n, n);
  return summary.toResult({ version: MODEL_VERSION, regime: regime!.id, cohort: cohort!.id, seed, horizonDays, provenance: provenanceOf(regime!, cohort!) });
}
