// A Web Worker of the page that replays history: a shard of the replications (merged on the page with mergeHistory,
// identical to one unsharded run), or a whole paired comparison (compareHistory needs the baseline's arrivals).
import { compareHistory, simulateHistoryShard, type MeasureId } from 'immsim';

export interface HistoryJob {
  kind: 'shard' | 'compare';
  options: { from: string; to: string; seed: number; replications: number; scale: number };
  shard?: { index: number; count: number };
  counterfactual?: { with: MeasureId[]; without: MeasureId[] };
}

const scope = self as unknown as { onmessage: (e: MessageEvent<HistoryJob>) => void; postMessage(m: unknown): void };

scope.onmessage = async (e) => {
  const job = e.data;
  let done = 0;
  // compareHistory reports the baseline's replications, then the counterfactual's: count both.
  const onProgress = () => scope.postMessage({ progress: ++done });
  try {
    const result =
      job.kind === 'shard'
        ? await simulateHistoryShard({ ...job.options, shard: job.shard!, workers: 1, onProgress })
        : await compareHistory({ ...job.options, workers: 1, onProgress }, job.counterfactual!);
    scope.postMessage({ result });
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
