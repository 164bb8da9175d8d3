import { configure } from './jit.js';
import type { PairedSummaryJSON } from './paired-summary.js';
import { runBlock, type BlockSpec } from './run-block.js';
import type { RegimeSummaryJSON } from './summary.js';

/** Pool → worker: run one block. `jitless` carries the caller's engine setting (undefined: detect). */
export interface BlockRequest {
  id: number;
  spec: BlockSpec;
  jitless?: boolean;
}

/** Worker → pool: progress within a block, its summaries, or an error. */
export interface BlockReply {
  id: number;
  progress?: number;
  error?: string;
  summaries?: RegimeSummaryJSON[];
  paired?: PairedSummaryJSON[];
}

/**
 * Runs one requested block and posts progress and the result (or the error) through `post`.
 * @example
 * handleBlock({ id: 0, spec }, (reply) => parentPort.postMessage(reply));
 */
export function handleBlock(msg: BlockRequest, post: (reply: BlockReply) => void): void {
  try {
    if (msg.jitless !== undefined) configure({ jitless: msg.jitless });
    const r = runBlock(msg.spec, (done) => post({ id: msg.id, progress: done }));
    post({ id: msg.id, summaries: r.summaries.map((s) => s.toJSON()), paired: r.paired.map((p) => p.toJSON()) });
  } catch (e) {
    post({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
}
