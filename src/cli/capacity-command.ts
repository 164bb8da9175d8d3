import { checkPaths } from './outputs.js';
import { CapacitySet } from '../capacity/capacity-set.js';
import { courtOnlyReplay } from '../capacity/court-replay.js';
import { RESOURCES } from '../capacity/registry.js';
import type { CapacitySource } from '../capacity/types.js';
import { renderTextTable } from '../report/index.js';
import { capacityInputFromCli, type CapacityCliOptions } from './capacity-options.js';
import { emit } from './io.js';

const sourceText = (s: CapacitySource): string => ('record' in s ? `record ${s.record}` : 'url' in s ? s.url : `assumption: ${s.assumption}`);
const fmt = (v: number): string => (v === Infinity ? 'unlimited' : Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(3));

export function capacityCommand(o: CapacityCliOptions & { court?: boolean; format: 'table' | 'json'; out?: string }): void {
  checkPaths({ inputs: [['--capacity-file', o.capacityFile]], outputs: [['--out', o.out]] });
  const input = capacityInputFromCli(o);
  if (o.court) {
    const s = courtOnlyReplay(input);
    if (o.format === 'json') return emit(JSON.stringify(s, null, 2), o.out);
    const rows = Object.entries(s.fiscalYears).map(([fy, f]) => {
      const i = s.months.lastIndexOf(`${Number(fy.slice(2))}-09`);
      return [fy, fmt(f.receipts), fmt(f.completions), fmt(f.pendingAtEnd), fmt(Math.round(s.meanWaitOfCompletions[i]!)), fmt(Math.round(s.meanAgeOfPending[i]!))];
    });
    const head = ['fiscal year', 'receipts', 'completions', 'pending at end', 'wait of Sep completions (d)', 'age of pending (d)'];
    const cols = head.map((h, i) => ({ header: h, align: i === 0 ? ('left' as const) : ('right' as const) }));
    return emit(`The immigration court alone: all published receipts, judges × completions per judge-day (docs/capacity.md)\n${renderTextTable(cols, rows)}`, o.out);
  }
  const set = new CapacitySet(input);
  if (o.format === 'json') return emit(JSON.stringify(Object.values(set.specs), (_k, v) => (v === Infinity ? 'unlimited' : v), 2), o.out);
  const rows = RESOURCES.flatMap((r) => set.specs[r.id]!.points.map((p, i) => [i === 0 ? r.id : '', p.from, fmt(p.value), i === 0 ? r.unit : '', sourceText(p.source)]));
  const cols = ['resource', 'from', 'value', 'unit', 'source'].map((h) => ({ header: h, align: h === 'value' ? ('right' as const) : ('left' as const) }));
  emit(`Capacity series (a value holds from its date to the next)\n${renderTextTable(cols, rows)}`, o.out);
}
