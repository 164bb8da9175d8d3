import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, TRACK_IDS } from '../../src/domain/outcomes.js';
import { comparisonToCsv, CSV_COLUMNS, csvField, resultToCsv } from '../../src/report/csv.js';
import { parseCsv } from './csv-parse.js';
import { makeComparison, makeResult, threeRegimes } from './fixtures.js';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function records(csv: string): Row[] {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...CSV_COLUMNS]);
  for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  return rows.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i] ?? ''])) as Row);
}

describe('csvField', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('defuses text a spreadsheet would run as a formula (a leading = + - @), but not numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('resultToCsv', () => {
  const result = threeRegimes()[0]!;
  const csv = resultToCsv(result);

  it('uses CRLF line ends and a header row', () => {
    expect(csv.startsWith('regime,cohort,n,seed,horizonDays,scope,group,key,value,ci_low,ci_high\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips the outcome shares, intervals and counts', () => {
    const rows = records(csv);
    const all = rows.filter((r) => r.scope === 'outcomes' && r.group === 'all');
    expect(all.find((r) => r.key === 'n')?.value).toBe('20000');
    for (const id of OUTCOME_IDS) {
      const row = all.find((r) => r.key === id)!;
      const o = result.outcomes[id];
      expect(Number(row.value)).toBe(o.share);
      expect(Number(row.ci_low)).toBe(o.ci95[0]);
      expect(Number(row.ci_high)).toBe(o.ci95[1]);
      expect(Math.round(Number(row.value) * result.n)).toBe(o.count);
      expect(row.regime).toBe('pre-2017');
      expect(row.seed).toBe('42');
      expect(row.horizonDays).toBe('730');
    }
  });

  it('has every scope, with subgroups and tracks', () => {
    const rows = records(csv);
    expect(new Set(rows.map((r) => r.scope))).toEqual(new Set(['outcomes', 'demographic', 'citizenship', 'cases', 'byTrack', 'metric']));
    const fam = rows.find((r) => r.scope === 'demographic' && r.group === 'family-unit' && r.key === 'relief-granted')!;
    const g = result.groups.demographic['family-unit'];
    expect(Number(fam.value)).toBe(g.outcomes['relief-granted'].share);
    const tracks = new Set(rows.filter((r) => r.scope === 'byTrack').map((r) => r.group));
    expect(tracks.size).toBe(TRACK_IDS.length);
    const detained = rows.find((r) => r.scope === 'metric' && r.group === 'daysDetained')!;
    expect([detained.key, Number(detained.value), Number(detained.ci_low), Number(detained.ci_high)]).toEqual(['mean', 4.23, 4.01, 4.44]);
    const median = rows.find((r) => r.scope === 'metric' && r.group === 'daysToOutcome' && r.key === 'median')!;
    expect(median.ci_low).toBe('');
  });

  it('quotes ids with commas and quotes so they survive the round trip', () => {
    const odd = makeResult({ regime: 'MPP, "Remain in Mexico"', cohort: 'fy2019,swb', counts: { pending: 3, 'relief-granted': 1 } });
    const rows = records(resultToCsv(odd));
    expect(rows.every((r) => r.regime === 'MPP, "Remain in Mexico"' && r.cohort === 'fy2019,swb')).toBe(true);
    expect(Number(rows.find((r) => r.scope === 'outcomes' && r.key === 'pending')!.value)).toBe(0.75);
  });
});

describe('comparisonToCsv', () => {
  const results = threeRegimes();
  const cmp = makeComparison(results);
  const rows = records(comparisonToCsv(cmp));

  it('contains every regime, baseline first', () => {
    expect(rows[0]!.regime).toBe('pre-2017');
    expect(new Set(rows.map((r) => r.regime))).toEqual(new Set(results.map((r) => r.regime)));
  });

  it('round-trips the paired differences', () => {
    const d = rows.filter((r) => r.scope === 'difference');
    expect(d.some((r) => r.regime === 'pre-2017')).toBe(false);
    for (const regime of ['mpp-2019', 'title-42']) {
      for (const id of OUTCOME_IDS) {
        const row = d.find((r) => r.regime === regime && r.group === 'outcomes' && r.key === id)!;
        const want = cmp.differences[regime]!.outcomes[id];
        expect([Number(row.value), Number(row.ci_low), Number(row.ci_high)]).toEqual([want.estimate, ...want.ci95]);
      }
      const mexico = d.find((r) => r.regime === regime && r.group === 'daysInMexico')!;
      expect(Number(mexico.value)).toBe(-2);
    }
  });
});
