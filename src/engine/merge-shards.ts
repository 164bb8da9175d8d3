import { parseCohort } from '../cohorts/validate.js';
import type { Cohort } from '../cohorts/types.js';
import { contentHash } from '../domain/content-hash.js';
import { ImmsimError, type Issue } from '../domain/errors.js';
import { parseRegime } from '../policy/validate.js';
import type { Regime } from '../policy/types.js';
import { MODEL_VERSION } from '../version.js';
import { PairedSummary } from './paired-summary.js';
import { provenanceOf } from './provenance.js';
import type { ComparisonResult, SimulationResult } from './result.js';
import type { ShardFile } from './shard.js';
import { comparisonFrom } from './simulate.js';
import { RegimeSummary } from './summary.js';
import { annotateTotals } from '../uncertainty/annotate.js';
import { uncertaintyOption, type UncertaintyOptions } from '../uncertainty/options.js';
import { uncertaintyInfo } from '../uncertainty/probabilistic.js';

/** The most shards one run may be split into (also bounds what merge allocates). */
export const MAX_SHARDS = 1_000_000;

const refuse = (path: (string | number)[], message: string): never => {
  throw new ImmsimError([{ path: ['shards', ...path], message }]);
};
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The shard's content hash: of everything in it but the hash itself.
 * @example
 * shardHash(part) === part.hash // true for a shard as runShard wrote it
 */
export function shardHash(shard: Omit<ShardFile, 'hash'> & { hash?: unknown }): string {
  const { hash: _h, ...rest } = shard;
  return contentHash(rest);
}

/** Cheap checks of one shard's envelope: nothing here allocates in proportion to what the shard claims. */
function checkEnvelope(s: unknown, i: number): ShardFile {
  const o = s as Partial<ShardFile> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o) || o.kind !== 'immsim-shard') {
    return refuse([i], "is not an immsim shard file (expected kind 'immsim-shard')");
  }
  if (typeof o.model !== 'object' || o.model === null || o.model.version !== MODEL_VERSION) {
    const v = typeof o.model === 'object' && o.model !== null && typeof o.model.version === 'string' ? o.model.version.slice(0, 20) : 'unknown';
    refuse([i], `was made by model version ${JSON.stringify(v)}; this is ${MODEL_VERSION}`);
  }
  if (typeof o.hash !== 'string') refuse([i, 'hash'], 'missing: every shard carries a content hash (written by runShard); re-run this shard');
  const sh = o.shard as ShardFile['shard'] | undefined;
  if (typeof sh !== 'object' || sh === null) return refuse([i, 'shard'], 'missing: expected { index, count, start, end }');
  if (!isInt(sh.count) || sh.count < 1 || sh.count > MAX_SHARDS) refuse([i, 'shard', 'count'], `must be an integer from 1 to ${MAX_SHARDS}`);
  if (!isInt(sh.index) || sh.index < 0 || sh.index >= sh.count) refuse([i, 'shard', 'index'], `must be an integer from 0 to count − 1 (${sh.count - 1})`);
  if (!isInt(o.n) || o.n < 1) refuse([i, 'n'], 'must be a positive integer');
  if (!isInt(sh.start) || !isInt(sh.end) || sh.start < 0 || sh.end < sh.start || sh.end > o.n!) {
    refuse([i, 'shard'], `start and end must be integers with 0 ≤ start ≤ end ≤ n (${o.n})`);
  }
  if (o.mode !== 'run' && o.mode !== 'compare') refuse([i, 'mode'], "must be 'run' or 'compare'");
  if (!Array.isArray(o.regimes) || !Array.isArray(o.summaries) || !Array.isArray(o.paired)) {
    refuse([i], 'must hold regimes, summaries and paired lists');
  }
  return o as ShardFile;
}

/**
 * Summaries of one shard (or of one parameter draw in it: `part` and its path `at`), each checked to count exactly
 * end − start people.
 */
function shardSummaries(
  s: ShardFile,
  i: number,
  regimeCount: number,
  part: Pick<ShardFile, 'summaries' | 'paired'> = s,
  at: (string | number)[] = [],
): { summaries: RegimeSummary[]; paired: PairedSummary[] } {
  const size = s.shard.end - s.shard.start;
  const pairedCount = s.mode === 'compare' ? regimeCount - 1 : 0;
  if (!Array.isArray(part.summaries) || !Array.isArray(part.paired)) refuse([i, ...at], 'must hold summaries and paired lists');
  if (part.summaries.length !== regimeCount) refuse([i, ...at, 'summaries'], `must hold one summary per regime (${regimeCount}); got ${part.summaries.length}`);
  if (part.paired.length !== pairedCount) refuse([i, ...at, 'paired'], `must hold ${pairedCount} paired summaries; got ${part.paired.length}`);
  const read = <T>(path: (string | number)[], f: () => T): T => {
    try {
      return f();
    } catch (e) {
      const why = e instanceof ImmsimError ? e.message : 'not a serialised summary';
      return refuse([i, ...at, ...path], why.length > 200 ? `${why.slice(0, 200)}…` : why);
    }
  };
  const summaries = part.summaries.map((j, r) => {
    const x = read(['summaries', r], () => RegimeSummary.fromJSON(j));
    const counts: [string, number][] = [
      ['people', x.n],
      ['peopleByDemographic', x.peopleByDemographic.reduce((a, b) => a + b, 0)],
      ['peopleByGroup', x.peopleByGroup.reduce((a, b) => a + b, 0)],
      ['daysDetained.count', x.daysDetained.count],
      ['daysInMexico.count', x.daysInMexico.count],
      ['encounters.count', x.encounters.count],
      ['hearingsMissed.count', x.hearingsMissed.count],
    ];
    for (const [name, c] of counts) if (c !== size) refuse([i, ...at, 'summaries', r, name], `counts ${c} people; the shard's range [${s.shard.start}, ${s.shard.end}) holds ${size}`);
    if (x.daysToOutcome.count > size) refuse([i, ...at, 'summaries', r, 'daysToOutcome'], `counts more outcomes (${x.daysToOutcome.count}) than people (${size})`);
    if (!isInt(x.reencountered) || x.reencountered < 0 || x.reencountered > size) refuse([i, ...at, 'summaries', r, 'reencountered'], `must be an integer from 0 to ${size}`);
    return x;
  });
  const paired = part.paired.map((j, r) => {
    const p = read(['paired', r], () => PairedSummary.fromJSON(j));
    for (const [name, c] of [['n', p.n], ['daysDetained.count', p.daysDetained.count], ['daysInMexico.count', p.daysInMexico.count], ['encounters.count', p.encounters.count]] as const) {
      if (c !== size) refuse([i, ...at, 'paired', r, name], `counts ${c} pairs; the shard's range holds ${size}`);
    }
    return p;
  });
  return { summaries, paired };
}

/** The draw design of shards with `uncertainty` (checked), each shard holding one set of summaries per draw. */
function drawDesign(x: NonNullable<ShardFile['uncertainty']>): Required<UncertaintyOptions> {
  const issues: Issue[] = [];
  const u = typeof x === 'object' && x !== null ? uncertaintyOption(x.options, 0, issues) : undefined;
  if (!u || issues.length) return refuse([0, 'uncertainty', 'options'], issues[0] ? `${issues[0].path.slice(1).join('.')}: ${issues[0].message}` : 'must be { draws, seed, ranges }');
  return u;
}

/**
 * Merges shard files into the result one run would have given. Refuses, with one line naming what is wrong: a shard
 * whose content hash does not match (edited or truncated), shards of a different model version, mode, regime, cohort,
 * seed, n or horizon, duplicates, missing shards, ranges that do not tile [0, n) exactly, and summaries whose counts
 * differ from their range. Nothing is allocated in proportion to a claimed size before it is checked.
 * @example
 * const result = mergeShards([part0, part1, part2, part3]);
 */
export function mergeShards(shards: unknown[]): SimulationResult | ComparisonResult {
  if (!Array.isArray(shards) || shards.length === 0) throw new ImmsimError([{ path: ['shards'], message: 'give at least one shard file' }]);
  if (shards.length > MAX_SHARDS) throw new ImmsimError([{ path: ['shards'], message: `at most ${MAX_SHARDS} shard files` }]);
  const list = shards.map(checkEnvelope);
  list.forEach((s, i) => {
    if (shardHash(s) !== s.hash) refuse([i, 'hash'], 'does not match the content: the shard file was edited or damaged; re-run this shard');
  });
  const first = list[0]!;
  const checks: [string, (s: ShardFile) => unknown][] = [
    ['mode', (s) => s.mode],
    ['regimes', (s) => s.regimes],
    ['cohort', (s) => s.cohort],
    ['seed', (s) => s.seed],
    ['n', (s) => s.n],
    ['horizonDays', (s) => s.horizonDays],
    ['shard count', (s) => s.shard.count],
    ['uncertainty design (draws, seed, ranges)', (s) => s.uncertainty?.options ?? null],
  ];
  list.forEach((s, i) => {
    for (const [name, get] of checks) {
      if (!same(get(s), get(first))) refuse([i], `has a different ${name} from shard file 0; shards must come from the same run`);
    }
  });
  const { count } = first.shard;
  const byIndex = [...list].sort((a, b) => a.shard.index - b.shard.index);
  for (let k = 1; k < byIndex.length; k++) {
    if (byIndex[k]!.shard.index === byIndex[k - 1]!.shard.index) refuse([], `shard ${byIndex[k]!.shard.index}/${count} given twice`);
  }
  if (list.length < count) {
    // At most list.length indices are present, so the first few missing ones are found within list.length + 5 steps.
    const have = new Set(list.map((s) => s.shard.index));
    const missing: number[] = [];
    for (let k = 0; k < count && missing.length < 5; k++) if (!have.has(k)) missing.push(k);
    refuse([], `missing shard(s) ${missing.map((k) => `${k}/${count}`).join(', ')}${count - list.length > missing.length ? ` and ${count - list.length - missing.length} more` : ''} (${list.length} of ${count} given)`);
  }
  // count === list.length and indices distinct in [0, count): every shard is there once. Its range must be its share.
  let cursor = 0;
  for (const s of byIndex) {
    const want0 = Math.floor((first.n * s.shard.index) / count);
    const want1 = Math.floor((first.n * (s.shard.index + 1)) / count);
    if (s.shard.start !== cursor || s.shard.start !== want0 || s.shard.end !== want1) {
      refuse([list.indexOf(s), 'shard'], `range [${s.shard.start}, ${s.shard.end}) is not shard ${s.shard.index}/${count} of n = ${first.n} ([${want0}, ${want1}))`);
    }
    cursor = s.shard.end;
  }
  if (cursor !== first.n) refuse([], `the shards cover [0, ${cursor}), not [0, ${first.n})`);
  if (first.regimes.length < 1 || (first.mode === 'compare' && first.regimes.length < 2)) refuse([0, 'regimes'], first.mode === 'compare' ? 'compare needs at least two regimes' : 'needs one regime');
  const regimes = first.regimes.map((r, k) => {
    try {
      return parseRegime(r);
    } catch (e) {
      return refuse([0, 'regimes', k], e instanceof ImmsimError ? (e.issues[0] ? `${e.issues[0].path.join('.')}: ${e.issues[0].message}`.slice(0, 200) : 'invalid') : 'invalid');
    }
  }) as Regime[];
  let cohort: Cohort;
  try {
    cohort = parseCohort(first.cohort);
  } catch {
    return refuse([0, 'cohort'], 'is not a valid cohort');
  }
  if (!isInt(first.seed) || first.seed < 0 || first.seed > 2 ** 32 - 1) refuse([0, 'seed'], 'must be an integer from 0 to 4294967295');
  if (!isInt(first.horizonDays) || first.horizonDays < 1 || first.horizonDays > 36_500) refuse([0, 'horizonDays'], 'must be an integer from 1 to 36500');

  const u = first.uncertainty ? drawDesign(first.uncertainty) : undefined;
  list.forEach((s, i) => {
    const d = s.uncertainty?.draws;
    if (u && (!Array.isArray(d) || d.length !== u.draws)) refuse([i, 'uncertainty', 'draws'], `must hold one set of summaries per parameter draw (${u.draws}); got ${Array.isArray(d) ? d.length : 'none'}`);
  });
  const merged = (parts: { summaries: RegimeSummary[]; paired: PairedSummary[] }[]) => {
    const summaries = regimes.map((_, r) => parts.reduce((acc, p) => acc.merge(p.summaries[r]!), new RegimeSummary()));
    const paired = regimes.slice(1).map((_, r) => (first.mode === 'compare' ? parts.reduce((acc, p) => acc.merge(p.paired[r]!), new PairedSummary()) : null)).filter((p): p is PairedSummary => p !== null);
    if (summaries[0]!.n !== first.n) refuse([], `the merged shards count ${summaries[0]!.n} people; the run declared n = ${first.n}`);
    return { summaries, paired };
  };
  const nominal = merged(list.map((s, i) => shardSummaries(s, i, regimes.length)));
  // Each draw merged over the shards as the nominal run is (draws are checked like it: counts equal the range).
  const draws = u ? Array.from({ length: u.draws }, (_, k) => merged(list.map((s, i) => shardSummaries(s, i, regimes.length, s.uncertainty!.draws[k]!, ['uncertainty', 'draws', k])))) : [];
  const meta = { version: MODEL_VERSION, cohort: cohort.id, seed: first.seed, horizonDays: first.horizonDays };
  const resultOf = (b: { summaries: RegimeSummary[]; paired: PairedSummary[] }) =>
    first.mode === 'run'
      ? b.summaries[0]!.toResult({ ...meta, regime: regimes[0]!.id, provenance: provenanceOf(regimes[0]!, cohort) })
      : comparisonFrom(b, { regimes, cohort, seed: first.seed, horizonDays: first.horizonDays });
  try {
    if (!u) return resultOf(nominal);
    // As simulate/compare with `uncertainty`: the nominal result, totals from the draws, and the design.
    return { ...annotateTotals(resultOf(nominal), draws.map(resultOf), first.mode === 'compare'), uncertainty: uncertaintyInfo(regimes, u) };
  } catch (e) {
    // Counts that pass every check above but contradict each other (only an edited shard can hold them).
    if (e instanceof ImmsimError) throw e;
    return refuse([], 'the shards hold summaries that contradict each other; re-run them');
  }
}
