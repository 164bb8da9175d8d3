import { isNode, nodeBuiltin } from './platform.js';

/** A worker as the pool sees it, whether a Node worker thread or a browser Web Worker. */
export interface WorkerPort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onError(listener: (error: unknown) => void): void;
  /** Called if the worker stops without an error event (killed, out of memory, process.exit); optional. */
  onExit?(listener: (code: number) => void): void;
  terminate(): Promise<unknown> | void;
}

type NodeWorker = import('node:worker_threads').Worker;

/** The part of the browser's Web Worker the pool uses (the project's tsconfig has no DOM library). */
interface WebWorker {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (e: { message?: string }) => void): void;
  terminate(): void;
}
type WebWorkerCtor = new (url: URL, options: { type: 'module' }) => WebWorker;
const webWorkerCtor = (): WebWorkerCtor | undefined => (globalThis as { Worker?: WebWorkerCtor }).Worker;

function nodePort(w: NodeWorker): WorkerPort {
  return {
    post: (m) => w.postMessage(m),
    onMessage: (l) => void w.on('message', l),
    onError: (l) => void w.on('error', l),
    onExit: (l) => void w.on('exit', l),
    terminate: () => w.terminate(),
  };
}

function webPort(w: WebWorker): WorkerPort {
  return {
    post: (m) => w.postMessage(m),
    onMessage: (l) => w.addEventListener('message', (e) => l(e.data)),
    onError: (l) => w.addEventListener('error', (e) => l(new Error(e.message || 'worker failed to start'))),
    terminate: () => w.terminate(),
  };
}

/**
 * Whether this runtime can start workers (Node worker threads or Web Workers).
 * @example
 * canStartWorkers() // true in Node and in browsers
 */
export function canStartWorkers(): boolean {
  return isNode || typeof webWorkerCtor() === 'function';
}

/** The engine's worker entries (dist/<name>.js beside the chunk that starts them; src/<dir>/<name>.ts from source). */
export type WorkerEntry = 'worker' | 'history-worker';

/**
 * Starts one worker: `worker.js` (or `history-worker.js`) of the built package. In Node a worker thread (from
 * source, through the tsx loader in tsx-worker.ts, which is never shipped); elsewhere a module Web Worker (bundlers
 * such as Vite and webpack recognise the `new Worker(new URL(…, import.meta.url))` form below and bundle the worker
 * with the page).
 * @example
 * const w = await startWorker(); w.post({ id: 0, spec }); w.onMessage(console.log);
 */
export async function startWorker(entry: WorkerEntry = 'worker'): Promise<WorkerPort> {
  if (isNode) {
    const here = import.meta.url;
    if (here.endsWith('.ts')) {
      // Running from source (tests, tsx): a computed specifier, so no bundler follows it into dist.
      const loader = new URL('./tsx-worker.ts', here).href;
      const { startSourceWorker } = (await import(/* @vite-ignore */ loader)) as { startSourceWorker(entry: string): Promise<NodeWorker> };
      const source = entry === 'worker' ? new URL('./worker.ts', here) : new URL('../history/history-worker.ts', here);
      return nodePort(await startSourceWorker(source.href));
    }
    const wt = await nodeBuiltin<typeof import('node:worker_threads')>('worker_threads');
    return nodePort(new wt!.Worker(new URL(`./${entry}.js`, here)));
  }
  const Worker = webWorkerCtor()!;
  // One literal `new Worker(new URL(...))` per entry, as bundlers need.
  if (entry === 'history-worker') return webPort(new Worker(new URL('./history-worker.js', import.meta.url), { type: 'module' }));
  return webPort(new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
}
