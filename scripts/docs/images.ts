// docs/img/ (the charts the README shows, and the state diagram) and the numbers in README.md §1. The same as
//   immsim chart --regimes <the six> --cohort swb-fy2019 --n 50000 --seed 2021 --workers 1 --out docs/img
//   immsim diagram > docs/img/state-diagram.mmd
// Run: `npx tsx scripts/docs/images.ts`. tests/examples.test.ts checks that both are current.
// It also writes docs/history-border.svg, the README's chart of history mode, the same as
//   immsim history --from 2015-10 --to 2021-09 --scale 0.05 --replications 3 --seed 1 --charts <dir>
// (its history-border.svg); `--no-history` skips that replay.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compare, REGIME_IDS, stateDiagramMermaid, type ComparisonResult } from '../../src/index.js';
import { writeCharts } from '../../src/node.js';
import { simulateHistory } from '../../src/history/index.js';
import { HISTORY_CHART_TITLES, HISTORY_CHARTS } from '../../src/cli/history-command.js';
import { historyChart } from '../../src/report/history-chart.js';
import { shortDate } from '../../src/report/history-data.js';
import { readmeNumbers, withNumbers } from './readme-numbers.js';

/** The run behind the committed charts and the README's numbers (also what `npm run demo` runs). */
export const IMAGE_RUN = { cohort: 'swb-fy2019', n: 50_000, seed: 2021 } as const;

/** The comparison of the six named regimes. One worker, so Sankey link order follows person order. */
export function imageComparison(): Promise<ComparisonResult> {
  return compare({ ...IMAGE_RUN, regimes: [...REGIME_IDS], workers: 1, flows: true });
}

/** Writes every image into `dir` and returns the paths written. */
export async function writeImages(dir: string, cmp: ComparisonResult): Promise<string[]> {
  const paths = await writeCharts(cmp, {}, dir);
  const diagram = join(dir, 'state-diagram.mmd');
  writeFileSync(diagram, `${stateDiagramMermaid()}\n`);
  return [...paths, diagram];
}

/** The replay behind docs/history-border.svg: the whole range, a 5% sample, three replications. */
export const HISTORY_IMAGE_RUN = { from: '2015-10', to: '2021-09', scale: 0.05, replications: 3, seed: 1 } as const;

/** Replays history and writes the README's history chart to `path`. */
export async function writeHistoryImage(path: string): Promise<void> {
  const r = await simulateHistory({ ...HISTORY_IMAGE_RUN, workers: 1 });
  const title = `${HISTORY_CHART_TITLES['history-border']}, ${shortDate(r.from)} \u2013 ${shortDate(r.to)}`;
  writeFileSync(path, historyChart(r, { series: HISTORY_CHARTS['history-border']!, idPrefix: 'history-border', title }));
}

const invoked = process.argv[1] ? pathToFileURL(process.argv[1]).href : '';
if (invoked === import.meta.url) {
  const cmp = await imageComparison();
  for (const p of await writeImages(fileURLToPath(new URL('../../docs/img', import.meta.url)), cmp)) console.log(`wrote ${p}`);
  const readme = fileURLToPath(new URL('../../README.md', import.meta.url));
  writeFileSync(readme, withNumbers(readFileSync(readme, 'utf8'), readmeNumbers(cmp)));
  console.log(`wrote the numbers block of ${readme}`);
  if (!process.argv.includes('--no-history')) {
    const history = fileURLToPath(new URL('../../docs/history-border.svg', import.meta.url));
    await writeHistoryImage(history);
    console.log(`wrote ${history}`);
  }
}
