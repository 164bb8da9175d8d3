import { describe, expect, it } from 'vitest';
import { ImmsimError } from '../../src/domain/errors.js';
import { simulate } from '../../src/engine/simulate.js';

describe('the run fails cleanly instead of killing the host process', () => {
  it('an onProgress callback that throws rejects the promise (one thread)', async () => {
    const p = simulate({ regime: 'mpp-2019', n: 300_000, seed: 1, workers: 1, onProgress: () => { throw new Error('my callback broke'); } });
    await expect(p).rejects.toThrow(ImmsimError);
    await expect(p).rejects.toThrow(/onProgress: the progress callback threw: my callback broke/);
  });

  it('an onProgress callback that throws rejects the promise (worker threads)', async () => {
    const p = simulate({ regime: 'mpp-2019', n: 60_000, seed: 1, workers: 2, onProgress: () => { throw new Error('boom'); } });
    await expect(p).rejects.toThrow(/onProgress: the progress callback threw: boom/);
  }, 60_000);

  it('an AbortSignal stops the run with an ImmsimError', async () => {
    const c = new AbortController();
    c.abort();
    await expect(simulate({ regime: 'mpp-2019', n: 1000, seed: 1, workers: 1, signal: c.signal })).rejects.toThrow(/signal: the run was aborted/);
    const c2 = new AbortController();
    const p = simulate({ regime: 'mpp-2019', n: 2_000_000, seed: 1, workers: 1, signal: c2.signal, onProgress: () => c2.abort() });
    await expect(p).rejects.toThrow(/the run was aborted/);
  });
});
