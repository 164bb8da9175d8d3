import { describe, expect, it, vi } from 'vitest';

// A worker that dies without an error event (killed by the OS, out of memory): its exit must reject the run.
vi.mock('../../src/engine/worker-port.js', () => ({
  canStartWorkers: () => true,
  startWorker: async () => {
    let exit: ((code: number) => void) | undefined;
    return {
      post: () => setTimeout(() => exit?.(137), 5),
      onMessage: () => {},
      onError: () => {},
      onExit: (l: (code: number) => void) => void (exit = l),
      terminate: () => {},
    };
  },
}));

describe('worker pool', () => {
  it('reports a worker that dies without an error event instead of waiting forever', async () => {
    const { runRange } = await import('../../src/engine/pool.js');
    const { regimes } = await import('../../src/policy/snapshots.js');
    const { cohorts } = await import('../../src/cohorts/index.js');
    const p = runRange({ regimes: [regimes['mpp-2019']], cohort: cohorts['swb-fy2019'], seed: 1, horizonDays: 1095 }, 0, 100_000, 2);
    await expect(p).rejects.toThrow(/workers: a worker thread stopped \(exit code 137\) before finishing its work/);
  });
});
