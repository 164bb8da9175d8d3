// Worker entry: runs blocks of people and posts back mergeable summaries as JSON.
import { parentPort } from 'node:worker_threads';
import { runBlock, type BlockSpec } from './run-block.js';

parentPort?.on('message', (msg: { id: number; spec: BlockSpec }) => {
  try {
    const r = runBlock(msg.spec, (done) => parentPort!.postMessage({ id: msg.id, progress: done }));
    parentPort!.postMessage({
      id: msg.id,
      summaries: r.summaries.map((s) => s.toJSON()),
      paired: r.paired.map((p) => p.toJSON()),
    });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
