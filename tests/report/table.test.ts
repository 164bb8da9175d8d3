import { describe, expect, it } from 'vitest';
import { formatComparisonTable, formatResultTable } from '../../src/report/table.js';
import { formatShareWithCi } from '../../src/report/format.js';
import { outcomeLabel } from '../../src/report/labels.js';
import { makeComparison, makeResult, threeRegimes } from './fixtures.js';

describe('formatResultTable', () => {
  const result = threeRegimes()[2]!;
  const out = formatResultTable(result);

  it('has a header line with regime, cohort, n, seed, horizon and model version', () => {
    const header = out.split('\n')[0]!;
    for (const s of ['title-42', 'fy2020-swb', 'n = 20,000', 'seed 42', 'horizon 730 d', '0.1.0']) expect(header).toContain(s);
  });

  it('shows each non-zero outcome with count and share [95% CI], and notes the zero ones', () => {
    const o = result.outcomes.expelled;
    expect(out).toContain(formatShareWithCi(o.share, o.ci95));
    expect(out).toContain('81.2% [');
    expect(out).toMatch(/Expelled under Title 42\s+16,240\s+81\.2% \[/);
    expect(out).not.toMatch(/^Case terminated/m);
    expect(out).toMatch(/Not shown \(0 people\): .*Case terminated/);
    expect(out).toContain('Total');
  });

  it('lists every metric row', () => {
    for (const s of [
      'Days to outcome, median', 'Days to outcome, p90', 'Days detained, mean [95% CI]', 'Days in Mexico, mean [95% CI]',
      'Encounters per person', 'Re-encountered within 365 d', 'Hearings missed',
    ]) expect(out).toContain(s);
    expect(out).toContain('4.2 [4.0\u20134.4]');
    expect(out).toContain('1.34 [1.32\u20131.36]');
    expect(out).toContain('22.0% [21.4\u201322.6]');
  });

  it('has no colour codes unless asked', () => {
    expect(out).not.toContain('\u001b');
    expect(formatResultTable(result, { color: true })).toContain('\u001b[');
  });
});

describe('formatComparisonTable', () => {
  const results = threeRegimes();
  const cmp = makeComparison(results);
  const out = formatComparisonTable(cmp);

  it('contains each regime id and every formatted share interval', () => {
    for (const r of results) {
      expect(out).toContain(r.regime);
      for (const [id, o] of Object.entries(r.outcomes)) {
        if (results.some((x) => x.outcomes[id as keyof typeof x.outcomes].count > 0)) expect(out).toContain(formatShareWithCi(o.share, o.ci95));
      }
    }
    expect(out).toContain('pre-2017 (baseline)');
  });

  it('omits outcomes that are zero under every regime but notes them', () => {
    expect(out).not.toMatch(/^Case terminated/m);
    expect(out).toMatch(/Not shown \(0 people under every regime\): Case terminated\./);
    expect(out).toMatch(/^Expelled under Title 42/m);
  });

  it('prints paired differences in signed percentage points with intervals', () => {
    // title-42 expelled: 81.2% − 0% = +81.2 pp ± 0.6
    expect(out).toContain('Difference vs pre-2017 [95% CI]');
    expect(out).toContain('+81.2 pp [+80.6, +81.8]');
    expect(out).toContain('-2.0 d [-2.4, -1.6]');
    expect(out).toContain('+0.05 [+0.04, +0.06]');
  });

  it('aligns columns: every row of the shares table has the same start for the last column', () => {
    const lines = out.split('\n');
    const start = lines.findIndex((l) => l.startsWith('Outcome share'));
    const block = lines.slice(start, lines.indexOf('', start));
    const lastStart = block[0]!.indexOf('title-42');
    // right-aligned: every row ends at the same column
    const ends = block.filter((l) => !l.startsWith('\u2500') && !l.startsWith('Not shown')).map((l) => l.length);
    expect(new Set(ends).size).toBe(1);
    expect(lastStart).toBeGreaterThan(0);
  });

  it('works with a single regime (no difference table)', () => {
    const single = formatComparisonTable(makeComparison([makeResult({ regime: 'only', counts: { pending: 10 } })]));
    expect(single).toContain('only (baseline)');
    expect(single).not.toContain('Difference vs');
    expect(single).toContain(outcomeLabel('pending'));
  });
});
