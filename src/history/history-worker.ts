// Worker entry of history mode, for Node worker threads and browser Web Workers alike: runs one replication and
// posts back its figures.
import { isNode, nodeBuiltin } from '../engine/platform.js';
import type { ResolvedHistoryOptions } from './options.js';
import { runReplication } from './replication.js';
import { capacityFactory, type CapacityOption } from '../capacity/history-capacity.js';

// `capacity` (data, not a hook factory): rebuild a fresh capacity model for this replication (uncertainty draws).
type Request = { id: number; options: ResolvedHistoryOptions; replication: number; firstCrossings?: number[]; capacity?: Exclude<CapacityOption, () => unknown> };

function handle(msg: Request, post: (m: unknown) => void): void {
  try {
    post({ id: msg.id, values: runReplication(msg.options, msg.replication, msg.firstCrossings, msg.capacity === undefined ? undefined : capacityFactory(msg.capacity, msg.options.scale)?.()) });
  } catch (e) {
    post({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
}

if (isNode) {
  // Node queues messages on parentPort until a listener is added.
  void nodeBuiltin<typeof import('node:worker_threads')>('worker_threads').then((wt) => {
    const port = wt?.parentPort;
    port?.on('message', (msg: Request) => handle(msg, (m) => port.postMessage(m)));
  });
} else {
  const scope = globalThis as unknown as { addEventListener(t: 'message', l: (e: { data: Request }) => void): void; postMessage(m: unknown): void };
  scope.addEventListener('message', (e) => handle(e.data, (m) => scope.postMessage(m)));
}
