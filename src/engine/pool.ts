import { ImmsimError } from '../domain/errors.js';
import { PairedSummary, type PairedSummaryJSON } from './paired-summary.js';
import { runBlock, type BlockResult, type BlockSpec } from './run-block.js';
import { RegimeSummary, type RegimeSummaryJSON } from './summary.js';

export type RangeSpec = Omit<BlockSpec, 'start' | 'end'>;

// The smallest block a worker is sent (a few milliseconds of work; messages cost far less).
const MIN_BLOCK = 10_000;

function mergeInto(acc: BlockResult | null, r: BlockResult): BlockResult {
  if (!acc) return r;
  acc.summaries.forEach((s, i) => s.merge(r.summaries[i]!));
  acc.paired.forEach((p, i) => p.merge(r.paired[i]!));
  return acc;
}

/**
 * Number of logical cores, or 1 where unknown (browsers, restricted runtimes).
 * @example
 * await coreCount() // e.g. 2
 */
export async function coreCount(): Promise<number> {
  try {
    const os = await import('node:os');
    return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  } catch {
    return 1;
  }
}

type WorkerCtor = typeof import('node:worker_threads').Worker;

/**
 * Starts one engine worker thread (built: dist/worker.js; from source: worker.ts through tsx).
 * @example
 * const w = await startWorker((await import('node:worker_threads')).Worker);
 */
export async function startWorker(Worker: WorkerCtor): Promise<InstanceType<WorkerCtor>> {
  // Built: dist/worker.js sits beside the chunk that holds this code. From source (tests, tsx), the worker registers
  // tsx first and then imports worker.ts (a .ts file cannot be a Worker entry on Node 20).
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  const entry = JSON.stringify(new URL('./worker.ts', here).href);
  // Resolve tsx's ESM API from here, not from the current directory, so running from another folder works
  // (import.meta.resolve would do, but it is a syntax error in the CJS build; this branch only runs from source).
  const { createRequire } = await import('node:module');
  const { pathToFileURL } = await import('node:url');
  const { dirname, join } = await import('node:path');
  const { existsSync } = await import('node:fs');
  let tsx = 'tsx/esm/api';
  try {
    const api = join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
    if (existsSync(api)) tsx = pathToFileURL(api).href;
  } catch {
    // keep the bare specifier
  }
  return new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${entry}); });`, { eval: true });
}

/**
 * Runs people [start, end) on `workers` threads in blocks and merges the summaries. Blocks are merged as they
 * come; merging is exact, so the result does not depend on the worker count or the order blocks finish.
 * @example
 * const { summaries } = await runRange({ regimes: [regimes['mpp-2019']], cohort: cohorts['swb-fy2019'], seed: 1, horizonDays: 1095 }, 0, 1e6, 2);
 */
export async function runRange(
  spec: RangeSpec,
  start: number,
  end: number,
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<BlockResult> {
  const total = end - start;
  if (workers <= 1 || total < 20_000) {
    let acc: BlockResult | null = null;
    // Inline, in chunks so progress can be reported.
    const chunk = 262_144;
    for (let s = start; s < end; s += chunk) {
      const e = Math.min(end, s + chunk);
      acc = mergeInto(acc, runBlock({ ...spec, start: s, end: e }));
      onProgress?.(e - start, total);
    }
    return acc ?? runBlock({ ...spec, start, end: start });
  }
  const { Worker } = await import('node:worker_threads');
  // Guided self-scheduling: each block is a share of what is left, so blocks shrink towards the end and no thread
  // waits long for the last one (the split never changes the results).
  const blocks: [number, number][] = [];
  let cursor = start;
  const take = (): number => {
    if (cursor >= end) return -1;
    const size = Math.max(MIN_BLOCK, Math.ceil((end - cursor) / (4 * workers)));
    blocks.push([cursor, Math.min(end, cursor + size)]);
    cursor = Math.min(end, cursor + size);
    return blocks.length - 1;
  };
  let done = 0;
  const progress = new Map<number, number>();
  let acc: BlockResult | null = null;
  const pool = await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(total / MIN_BLOCK)) }, () => startWorker(Worker)));
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const id = take();
              if (id < 0) return resolve();
              const [s, e] = blocks[id]!;
              w.postMessage({ id, spec: { ...spec, start: s, end: e } });
            };
            w.on('message', (msg: { id: number; progress?: number; error?: string; summaries?: RegimeSummaryJSON[]; paired?: PairedSummaryJSON[] }) => {
              if (msg.error) return reject(new ImmsimError(msg.error));
              if (msg.progress !== undefined) {
                progress.set(msg.id, msg.progress);
                onProgress?.(done + [...progress.values()].reduce((a, b) => a + b, 0), total);
                return;
              }
              progress.delete(msg.id);
              const [s, e] = blocks[msg.id]!;
              done += e - s;
              acc = mergeInto(acc, {
                summaries: msg.summaries!.map((j) => RegimeSummary.fromJSON(j)),
                paired: msg.paired!.map((j) => PairedSummary.fromJSON(j)),
              });
              onProgress?.(done, total);
              send();
            });
            w.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return acc!;
}
