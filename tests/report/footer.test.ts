import { describe, expect, it } from 'vitest';
import { comparisonCharts } from '../../src/report/chart-set.js';
import { CHART_CAVEAT, footerText } from '../../src/report/svg/footer.js';
import { makeComparison, threeRegimes } from './fixtures.js';
import { findAll, parseSvg, textContent } from './xml.js';

describe('chart footer', () => {
  it('names model version, seed, n, cohort and regime, then the caveat', () => {
    const [prov, caveat] = footerText({ model: '9.9.9', seed: 77, n: 12345, cohort: 'swb-fy2020', regimes: ['title42-2020'] });
    expect(prov).toBe(
      'Simulated with immsim 9.9.9 \u00b7 seed 77 \u00b7 n = 12,345 \u00b7 cohort Southwest border arrivals, FY2020 (swb-fy2020) \u00b7 regime Title 42 (COVID), Jul 2020 (title42-2020).',
    );
    expect(caveat).toBe('What follows from the rules and the assumed chances, not a record of history.');
  });

  it('is on every SVG chart of a comparison, with that comparison’s numbers', () => {
    const results = threeRegimes();
    results[1]!.flows = [
      { from: 'encountered', to: 'processing', count: 20000 },
      { from: 'processing', to: 'in-absentia-order', count: 5200 },
      { from: 'processing', to: 'voluntary-return', count: 14800 },
    ];
    const cmp = makeComparison(results);
    const svgs = comparisonCharts(cmp).filter((f) => f.name.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(1);
    for (const f of svgs) {
      const footer = findAll(parseSvg(f.content), 'g', { class: 'footer' })[0];
      expect(footer, f.name).toBeDefined();
      const text = findAll(footer!, 'text').map(textContent).join(' ');
      for (const s of [`immsim ${cmp.model.version}`, `seed ${cmp.seed}`, `cohort`, cmp.cohort]) expect(text, f.name).toContain(s);
      expect(text.replace(/\s+/g, ' ')).toContain(CHART_CAVEAT);
      if (f.regime) expect(text).toContain(`(${f.regime})`);
    }
  });
});
