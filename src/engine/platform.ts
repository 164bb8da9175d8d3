// The few runtime services the engine needs (cores, threads), found at run time without an import statement, so the
// main entry bundles for the browser with no Node built-in and still uses worker threads in Node.

interface NodeProcess {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
}

const proc = (globalThis as { process?: NodeProcess }).process;

/** Whether this runtime is Node (or a Node-compatible one with `process.versions.node`). */
export const isNode = typeof proc?.versions?.node === 'string';

/**
 * A Node built-in module, or undefined outside Node. Uses `process.getBuiltinModule` (Node ≥ 20.16) and otherwise an
 * `import()` of a computed name, which bundlers leave alone.
 * @example
 * const os = await nodeBuiltin<typeof import('node:os')>('os'); // undefined in a browser
 */
export async function nodeBuiltin<T>(name: string): Promise<T | undefined> {
  if (!isNode) return undefined;
  const viaProcess = proc!.getBuiltinModule?.(`node:${name}`);
  if (viaProcess) return viaProcess as T;
  const id = ['node', name].join(':');
  return (await import(/* @vite-ignore */ id)) as T;
}

/**
 * Number of logical cores: Node's available parallelism, a browser's `navigator.hardwareConcurrency`, else 1.
 * @example
 * await coreCount() // e.g. 2
 */
export async function coreCount(): Promise<number> {
  try {
    const os = await nodeBuiltin<typeof import('node:os')>('os');
    if (os) return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  } catch {
    // fall through
  }
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  return Math.max(1, nav?.hardwareConcurrency ?? 1);
}
