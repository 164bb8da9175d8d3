import { ImmsimError } from '../domain/errors.js';
import { startWorker, type WorkerEntry } from './worker-port.js';

/** A worker's answer to one job: `id` is the job's index; `error` a message to raise; `progress` a partial report. */
export interface JobReply {
  id: number;
  error?: string;
  progress?: number;
}

/**
 * Runs `count` jobs on up to `workers` threads, each thread taking the next job as soon as it answers (so results do
 * not depend on which thread ran what). `message(id)` is what a thread is sent for job `id`; `done(reply)` gets every
 * final answer (progress reports are skipped); an answer with `error` rejects with that message. Threads are always
 * terminated, also on failure.
 * @example
 * await runJobs(jobs.length, 2, 'history-worker', (id) => ({ id, ...jobs[id] }), (r) => finish(r.id, r.values));
 */
export async function runJobs<R extends JobReply>(
  count: number,
  workers: number,
  entry: WorkerEntry,
  message: (id: number) => unknown,
  done: (reply: R) => void,
): Promise<void> {
  const pool = await Promise.all(Array.from({ length: Math.min(workers, count) }, () => startWorker(entry)));
  let next = 0;
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= count) return resolve();
              w.post(message(next++));
            };
            w.onMessage((m) => {
              const reply = m as R;
              if (reply.error) return reject(new ImmsimError(reply.error));
              if (reply.progress !== undefined) return;
              try {
                done(reply);
              } catch (e) {
                return reject(e);
              }
              send();
            });
            w.onError(reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
