// Worker entry of history mode: runs one replication and posts back its figures.
import { parentPort } from 'node:worker_threads';
import type { ResolvedHistoryOptions } from './options.js';
import { runReplication } from './replication.js';

parentPort?.on('message', (msg: { id: number; options: ResolvedHistoryOptions; replication: number; firstCrossings?: number[] }) => {
  try {
    parentPort!.postMessage({ id: msg.id, values: runReplication(msg.options, msg.replication, msg.firstCrossings) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
