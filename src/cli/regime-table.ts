import { MEASURES } from '../policy/measures.js';
import { isMeasureInForce } from '../policy/in-force.js';
import type { Param, Regime, Source } from '../policy/types.js';
import { renderTextTable, wrapText } from '../report/text-table.js';

/** Where a source can be read: a record of the reference data, a section of the reference text, or an assumption. */
function sourceLabel(s: Source): string {
  const note = 'note' in s && s.note ? ` (${s.note})` : '';
  if ('record' in s) return `data/reference/calibration-inputs.json: ${s.record}${note}`;
  if ('reference' in s) return `${s.reference}${note}`;
  return `assumption: ${s.assumption}`;
}

function valueLabel(name: string, v: number): string {
  if (/days/i.test(name)) return `${+v.toFixed(1)} d`;
  if (v >= 0 && v <= 1) return `${+(v * 100).toFixed(1)}%`;
  return String(+v.toFixed(4));
}

const isParam = (x: unknown): x is Param => typeof x === 'object' && x !== null && 'value' in x && 'source' in x;

/**
 * A regime as readable text for a terminal: its measures in force (with dates and authority) and its key
 * parameters (every single-valued one, with its source); weight tables are named, with where to read them.
 * @example
 * formatRegimeTable(regimes['mpp-2019'], 100).startsWith('mpp-2019 — ') // true
 */
export function formatRegimeTable(r: Regime, width: number): string {
  const measures = r.measures.map((id) => {
    const entries = MEASURES.filter((m) => m.id === id);
    const m = entries.find((e) => isMeasureInForce(e, r.date)) ?? entries[0];
    return [id, m ? `${m.from} to\n${m.until ?? 'end of 2021'}` : '', m ? `${m.name}. ${m.authority}` : '(custom measure)'];
  });
  const entries = Object.entries(r.params);
  const scalars = entries.filter(([, v]) => isParam(v)) as [string, Param][];
  const tables = entries.filter(([, v]) => !isParam(v)).map(([k]) => k);
  return [
    ...wrapText(`${r.id} — ${r.label} (rules of ${r.date})`, width),
    ...wrapText(r.description, width),
    '',
    renderTextTable(
      [{ header: 'measure in force' }, { header: 'in force' }, { header: 'name and authority' }],
      measures.length ? measures : [['(none)']],
      { width },
    ),
    '',
    renderTextTable(
      [{ header: 'parameter' }, { header: 'value', align: 'right' }, { header: 'source' }],
      scalars.map(([k, p]) => [k, valueLabel(k, p.value), sourceLabel(p.source)]),
      { width },
    ),
    '',
    ...wrapText(
      `Weight tables not shown (${tables.join(', ')}): see \`immsim regimes ${r.id} --format json\` or docs/regimes.md. ` +
        'Records are in data/reference/calibration-inputs.json; sections (§) in data/reference/procedure-and-regimes.md.',
      width,
    ),
  ].join('\n');
}
