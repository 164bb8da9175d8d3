import { ImmsimError } from '../domain/errors.js';
import { jitlessSetting } from './jit.js';
import { PairedSummary } from './paired-summary.js';
import { runBlock, type BlockResult, type BlockSpec } from './run-block.js';
import { RegimeSummary } from './summary.js';
import type { BlockReply } from './worker-protocol.js';
import { canStartWorkers, startWorker, type WorkerPort } from './worker-port.js';

export { coreCount } from './platform.js';

export type RangeSpec = Omit<BlockSpec, 'start' | 'end'>;

// The smallest block a worker is sent (a few milliseconds of work; messages cost far less).
const MIN_BLOCK = 10_000;

function mergeInto(acc: BlockResult | null, r: BlockResult): BlockResult {
  if (!acc) return r;
  acc.summaries.forEach((s, i) => s.merge(r.summaries[i]!));
  acc.paired.forEach((p, i) => p.merge(r.paired[i]!));
  return acc;
}

/** Runs people [start, end) in the calling thread, in chunks so progress can be reported and the run stopped. */
async function runInline(spec: RangeSpec, start: number, end: number, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<BlockResult> {
  let acc: BlockResult | null = null;
  const chunk = 262_144;
  for (let s = start; s < end; s += chunk) {
    throwIfAborted(signal);
    const e = Math.min(end, s + chunk);
    acc = mergeInto(acc, runBlock({ ...spec, start: s, end: e }));
    callProgress(onProgress, e - start, total(start, end));
    // Let signals and other events through between chunks (a long inline run stays interruptible).
    if (e < end) await new Promise<void>((r) => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));
  }
  return acc ?? runBlock({ ...spec, start, end: start });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImmsimError([{ path: ['signal'], message: 'the run was aborted' }]);
}

/** Calls the caller's progress callback; if it throws, the run fails with an ImmsimError (the host process lives on). */
function callProgress(onProgress: ((done: number, total: number) => void) | undefined, done: number, all: number): void {
  if (!onProgress) return;
  try {
    onProgress(done, all);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ImmsimError([{ path: ['onProgress'], message: `the progress callback threw: ${why.slice(0, 200)}` }]);
  }
}

const total = (start: number, end: number): number => end - start;

/**
 * Runs people [start, end) on `workers` threads (Node worker threads or browser Web Workers) in blocks and merges the
 * summaries. Blocks are merged as they come; merging is exact, so the result does not depend on the worker count,
 * the runtime or the order blocks finish.
 * @example
 * const { summaries } = await runRange({ regimes: [regimes['mpp-2019']], cohort: cohorts['swb-fy2019'], seed: 1, horizonDays: 1095 }, 0, 1e6, 2);
 */
export async function runRange(
  spec: RangeSpec,
  start: number,
  end: number,
  workers: number,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<BlockResult> {
  const all = end - start;
  throwIfAborted(signal);
  if (workers <= 1 || all < 20_000 || !canStartWorkers()) return runInline(spec, start, end, onProgress, signal);
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
  const jitless = jitlessSetting();
  const pool: WorkerPort[] = await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(all / MIN_BLOCK)) }, () => startWorker()));
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const id = take();
              if (id < 0) return resolve();
              const [s, e] = blocks[id]!;
              w.post({ id, spec: { ...spec, start: s, end: e }, ...(jitless === undefined ? {} : { jitless }) });
            };
            // An exception in a listener would be uncaught and kill the host process: every failure rejects instead.
            w.onMessage((m) => {
              try {
                onReply(m as BlockReply);
              } catch (e) {
                reject(e);
              }
            });
            const onReply = (msg: BlockReply) => {
              if (signal?.aborted) return reject(new ImmsimError([{ path: ['signal'], message: 'the run was aborted' }]));
              if (msg.error) return reject(new ImmsimError(msg.error));
              if (msg.progress !== undefined) {
                progress.set(msg.id, msg.progress);
                callProgress(onProgress, done + [...progress.values()].reduce((a, b) => a + b, 0), all);
                return;
              }
              progress.delete(msg.id);
              const [s, e] = blocks[msg.id]!;
              done += e - s;
              acc = mergeInto(acc, {
                summaries: msg.summaries!.map((j) => RegimeSummary.fromJSON(j)),
                paired: msg.paired!.map((j) => PairedSummary.fromJSON(j)),
              });
              callProgress(onProgress, done, all);
              send();
            };
            w.onError((e) => reject(new ImmsimError([{ path: ['workers'], message: `a worker thread failed: ${(e instanceof Error ? e.message : String(e)).slice(0, 200)}` }])));
            // A worker that dies without an error event (killed, out of memory) would leave its block unfinished
            // and the run waiting forever: report it.
            w.onExit?.((code) => reject(new ImmsimError([{ path: ['workers'], message: `a worker thread stopped (exit code ${code}) before finishing its work; try again, or with fewer workers` }])));
            signal?.addEventListener('abort', () => reject(new ImmsimError([{ path: ['signal'], message: 'the run was aborted' }])), { once: true });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return acc!;
}
