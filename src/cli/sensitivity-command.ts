import { checkPaths } from './outputs.js';
import { ImmsimError } from '../domain/errors.js';
import { rangeOverrideIssues, type RangeOverrides } from '../policy/ranges.js';
import { tornadoSvg } from '../report/tornado.js';
import { sensitivity, type SensitivityOptions, type SensitivityResult } from '../uncertainty/sensitivity.js';
import { sensitivityShard } from '../uncertainty/sensitivity-shard.js';
import { parseShard } from '../engine/shard.js';
import { cohortArg, emit, intArg, regimeArg } from './io.js';
import { progressBar } from './progress.js';

/**
 * Parses `--range` values: `path=low:high` (absolute) or `path=*a:b` (factors on the value), e.g.
 * `cfPositive=0.6:0.8`, `disposition.*.mexico=*0.8:1.2`, `*=*1:1` (every range zero). Throws one line per problem.
 * @example
 * rangeArgs(['cfPositive=0.6:0.8', 'custody=*0.9:1.1']) // { cfPositive: [0.6, 0.8], custody: { relative: [0.9, 1.1] } }
 */
export function rangeArgs(values: readonly string[] | undefined): RangeOverrides | undefined {
  if (!values || values.length === 0) return undefined;
  const out: Record<string, RangeOverrides[string]> = {};
  for (const v of values) {
    const m = /^([^=]+)=(\*?)([^:]+):(.+)$/.exec(v.trim());
    const lo = m ? Number(m[3]) : NaN;
    const hi = m ? Number(m[4]) : NaN;
    if (!m || !Number.isFinite(lo) || !Number.isFinite(hi)) {
      throw new ImmsimError([{ path: ['--range'], message: `must be path=low:high or path=*a:b (factors), e.g. cfPositive=0.6:0.8; got '${v}'` }]);
    }
    out[m[1]!] = m[2] ? { relative: [lo, hi] } : [lo, hi];
  }
  const issues = rangeOverrideIssues(out, ['--range']);
  if (issues.length) throw new ImmsimError(issues);
  return out;
}

const pct = (x: number, paired: boolean) => `${paired && x > 0 ? '+' : ''}${(x * 100).toFixed(2)}${paired ? ' pp' : '%'}`;

/**
 * The sensitivity result as a plain-text table (largest total index first).
 * @example
 * console.log(formatSensitivityTable(await sensitivity({ regimes: ['pep-2016', 'mpp-2019'], metric: 'in-absentia-order', n: 10_000, seed: 1 })));
 */
export function formatSensitivityTable(s: SensitivityResult, top = 20): string {
  const paired = s.regimes.length === 2;
  const share = !['daysDetained', 'daysInMexico', 'encountersPerPerson'].includes(s.metric);
  const v = (x: number) => (share ? pct(x, paired) : x.toFixed(2));
  const idx = (e: { estimate: number; ci95: [number, number] }) => `${e.estimate.toFixed(3)} [${e.ci95[0].toFixed(3)}, ${e.ci95[1].toFixed(3)}]`;
  const rows = s.parameters.slice(0, top).map((p) => [p.id, v(p.low), v(p.high), idx(p.firstOrder), idx(p.total)]);
  const head = ['parameter', 'at low end', 'at high end', 'first order [95%]', 'total [95%]'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  const what = paired ? `${s.metric}, ${s.regimes[1]} minus ${s.regimes[0]} (paired)` : `${s.metric} under ${s.regimes[0]}`;
  return [
    `What decides ${what}: nominal ${v(s.nominal)}`,
    `cohort ${s.cohort}, n = ${s.n.toLocaleString('en-US')} people per run, seed ${s.seed}; Saltelli design N = ${s.baseSamples}, ${s.parameters.length} parameters, ${s.runs.toLocaleString('en-US')} runs`,
    '',
    line(head),
    line(w.map((x) => '-'.repeat(x))),
    ...rows.map(line),
    s.parameters.length > top ? `… ${s.parameters.length - top} more parameters (--format json lists all)` : '',
  ]
    .filter((x, i, a) => x !== '' || i < a.length - 1)
    .join('\n');
}

interface SensitivityOpts {
  regimes: string;
  metric: string;
  cohort?: string;
  n: string;
  seed: string;
  horizonDays: string;
  workers?: string;
  baseSamples: string;
  parameters?: string;
  range?: string[];
  format: 'table' | 'json';
  chart?: string;
  top: string;
  out?: string;
  shard?: string;
}

/** `immsim sensitivity`: which parameters decide a metric (tornado and Sobol indices). */
export async function sensitivityCommand(o: SensitivityOpts): Promise<void> {
  checkPaths({
    inputs: [...o.regimes.split(',').map((x, i) => [`--regimes[${i}]`, /\.json$/i.test(x.trim()) ? x.trim() : undefined] as [string, string | undefined]), ['--cohort', o.cohort]],
    outputs: [['--out', o.out], ['--chart', o.chart]],
  });
  const regimes = o.regimes.split(',').map((x) => x.trim()).filter(Boolean).map((x, i) => regimeArg(x, `--regimes[${i}]`));
  const top = intArg(o.top, '--top', 1, 10_000)!;
  const bar = progressBar(`sensitivity of ${o.metric}`);
  if (o.shard && o.chart) throw new ImmsimError([{ path: ['--chart'], message: 'cannot be combined with --shard (the chart needs every run: merge the shards first)' }]);
  const options: SensitivityOptions = {
    regimes,
    metric: o.metric,
    cohort: cohortArg(o.cohort),
    n: intArg(o.n, '--n', 1, 1e9)!,
    seed: intArg(o.seed, '--seed', 0, 2 ** 32 - 1)!,
    horizonDays: intArg(o.horizonDays, '--horizon-days', 1, 36_500)!,
    workers: intArg(o.workers, '--workers', 1, 1024),
    baseSamples: intArg(o.baseSamples, '--base-samples', 2, 1_000_000)!,
    ...(o.parameters ? { parameters: o.parameters.split(',').map((x) => x.trim()).filter(Boolean) } : {}),
    ...(o.range ? { ranges: rangeArgs(o.range) } : {}),
    onProgress: bar.update,
  };
  if (o.shard) {
    const part = await sensitivityShard({ ...options, ...parseShard(o.shard) });
    bar.done();
    return emit(JSON.stringify(part), o.out);
  }
  const s = await sensitivity(options);
  bar.done();
  emit(o.format === 'json' ? JSON.stringify(s, null, 2) : formatSensitivityTable(s, top), o.out);
  if (o.chart) {
    emit(tornadoSvg(s, { top }), o.chart);
    process.stderr.write(`tornado chart written to ${o.chart}\n`);
  }
}
