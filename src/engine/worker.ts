// Worker entry, for Node worker threads and browser Web Workers alike: runs blocks of people and posts back
// mergeable summaries as JSON. The message protocol is in worker-protocol.ts.
import { isNode, nodeBuiltin } from './platform.js';
import { handleBlock, type BlockRequest } from './worker-protocol.js';

if (isNode) {
  // Node queues messages on parentPort until a listener is added.
  void nodeBuiltin<typeof import('node:worker_threads')>('worker_threads').then((wt) => {
    const port = wt?.parentPort;
    port?.on('message', (msg: BlockRequest) => handleBlock(msg, (m) => port.postMessage(m)));
  });
} else {
  const scope = globalThis as unknown as { addEventListener(t: 'message', l: (e: { data: BlockRequest }) => void): void; postMessage(m: unknown): void };
  scope.addEventListener('message', (e) => handleBlock(e.data, (m) => scope.postMessage(m)));
}
