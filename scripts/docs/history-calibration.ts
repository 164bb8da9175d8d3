// The history-mode section of docs/calibration.md: a replay's fiscal-year outputs beside published figures of
// data/reference/history-inputs.json that history mode does NOT take as inputs (its only inputs are the Border Patrol
// monthly encounters and their demographic and citizenship splits). Deterministic: fixed seed, one worker.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { simulateHistory } from '../../src/index.js';

const SCALE = 0.05;
const SEED = 2021;

interface Rec { id: string; period: string; value: unknown; source?: string }
interface Series { id: string; values: Record<string, number> }

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

/**
 * The history section: EOIR initial receipts by fiscal year and USCIS credible-fear receipts and positive findings
 * (FY2020, FY2021) beside the replay's court receipts, fear claims and positive screens.
 * @example
 * (await historyCalibrationSection()).startsWith('## History mode') // true
 */
export async function historyCalibrationSection(): Promise<string> {
  const ref = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/reference/history-inputs.json', import.meta.url)), 'utf8')) as { records: Rec[]; series: Series[] };
  const rec = new Map(ref.records.map((r) => [r.id, r]));
  const ser = new Map(ref.series.map((s) => [s.id, s.values]));
  const h = await simulateHistory({ from: '2015-10', to: '2021-09', seed: SEED, scale: SCALE, replications: 1, workers: 1 });
  const fySum = (values: Record<string, number> | undefined, fy: number) => {
    let s = 0;
    let n = 0;
    for (const [m, v] of Object.entries(values ?? {})) {
      const [y, mm] = m.split('-').map(Number) as [number, number];
      if ((mm >= 10 ? y + 1 : y) === fy) {
        s += v;
        n++;
      }
    }
    return n === 12 ? s : NaN;
  };
  const modelFy = (id: string, fy: number) => h.months.reduce((s, m, i) => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return (mm >= 10 ? y + 1 : y) === fy ? s + h.series[id as 'encounters'].mean[i]! : s;
  }, 0);
  const rows: string[] = [];
  const row = (published: string, value: number, model: number, why: string) =>
    rows.push(`| ${published} | ${fmt(value)} | ${fmt(model)} | ${Number.isFinite(value) && value > 0 ? `${((model / value - 1) * 100).toFixed(0)}%` : '–'} | ${why} |`);
  for (const fy of [2016, 2017, 2018, 2019, 2020]) {
    const r = rec.get(`eoir_initial_receipts_fy${fy}`);
    if (r && typeof r.value === 'number') {
      row(`\`${r.id}\`: EOIR initial receipts, FY${fy} (all sources)`, r.value, h.fiscalYears[`FY${fy}`]!['court-receipts'].mean,
        'The model counts only cases of southwest-border people simulated since Oct 2015 (no interior, port or earlier-year receipts).');
    }
  }
  for (const fy of [2020, 2021]) {
    const receipts = fySum(ser.get('uscis_cf_monthly_receipts'), fy);
    row(`\`uscis_cf_monthly_receipts\` summed: USCIS credible-fear receipts, FY${fy} (all borders and ports)`, receipts, modelFy('fear-claims', fy),
      'The model counts credible- and reasonable-fear claims of Border Patrol encounters only; ports of entry are not replayed.');
    const found = fySum(ser.get('uscis_cf_monthly_fear_established'), fy);
    row(`\`uscis_cf_monthly_fear_established\` summed: fear established, FY${fy}`, found, modelFy('fear-screens-positive', fy),
      'As above; the model screens within days of the claim, USCIS counts decisions in the month they are made.');
  }
  return [
    '## History mode beside published figures it was not given',
    '',
    `A replay of Oct 2015 – Sep 2021 (\`simulateHistory\`, seed ${SEED}, scale ${SCALE}, one replication; counts scaled back)`,
    'beside published figures that history mode does not take as inputs (its inputs are the Border Patrol monthly',
    'encounters and their splits, docs/history.md). Figures of the whole system (all ports, the interior, earlier',
    "years' cases) are larger than the model's by construction; the gap column says by how much, not how wrong.",
    '',
    '| published figure | published | model | gap | why they may differ |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
