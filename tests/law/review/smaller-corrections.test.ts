// Issue 10, rule 10: the Cuban expedited-removal exceptions (82 FR 4902 between ports and by sea; 82 FR 4769 air
// arrivals at ports); the transit bar's geography (nationwide 16–23 Jul 2019, outside the 9th Circuit 16 Aug – 8 Sep
// 2019, nationwide again from 11 Sep 2019); the Kelly memos dated 20 Feb 2017; RGV family releases from 27 Jan 2021.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canExpelTitle42, canPlaceInExpeditedRemoval, requiredScreenStandard, transitBarApplies } from '../../../src/law/guards/index.js';
import { initialContext } from '../../../src/law/context.js';
import { inForceOn } from '../../../src/policy/in-force.js';
import { MEASURES } from '../../../src/policy/measures.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt, ev } from '../../helpers/law.js';

const NINTH = ['san-diego', 'el-centro', 'yuma', 'tucson'];

describe('Cuban expedited-removal exceptions', () => {
  it('a Cuban between ports is not placed in ER before 12 Jan 2017 (82 FR 4902)', () => {
    const cu = { citizenship: 'CU', entry: 'between-ports' as const };
    expect(canPlaceInExpeditedRemoval.test(ctxAt(cu, '2017-01-11'), ev('PLACE_IN_ER'))).toBe(false);
    expect(canPlaceInExpeditedRemoval.test(ctxAt(cu, '2017-01-12'), ev('PLACE_IN_ER'))).toBe(true);
    expect(MEASURES.find((m) => m.id === 'cuban-er-exception')?.authority).toMatch(/82 FR 4902.*82 FR 4769/s);
  });

  it('property: no Cuban is placed in ER while the exception (between ports) or parole (at ports) is in force', () => {
    fc.assert(
      fc.property(profile({ citizenship: 'CU' }), fc.oneof(regime(), anyMeasures()), (p, r) => {
        const ok = canPlaceInExpeditedRemoval.test(initialContext({ profile: p, regime: r }), ev('PLACE_IN_ER'));
        if (p.entry === 'between-ports' && r.inForce['cuban-er-exception']) expect(ok).toBe(false);
        if (p.entry === 'port-of-entry' && r.inForce['cuban-parole']) expect(ok).toBe(false);
      }),
    );
  });
});

describe('transit bar geography (84 FR 33829; East Bay Sanctuary Covenant v. Barr)', () => {
  const bar = (sector: Parameters<typeof ctxAt>[0]['sector'], d: string) => transitBarApplies(ctxAt({ sector }, d));
  it('nationwide 16–23 Jul 2019, then enjoined', () => {
    expect(bar('el-paso', '2019-07-15')).toBe(false);
    expect(bar('el-paso', '2019-07-16')).toBe(true);
    expect(bar('san-diego', '2019-07-23')).toBe(true);
    expect(bar('el-paso', '2019-07-24')).toBe(false);
    expect(bar('el-paso', '2019-08-15')).toBe(false);
  });

  it('outside the 9th Circuit 16 Aug – 8 Sep 2019; not in California or Arizona', () => {
    for (const s of ['el-paso', 'big-bend', 'del-rio', 'laredo', 'rio-grande-valley', 'other'] as const) {
      expect(bar(s, '2019-08-16'), s).toBe(true);
      expect(bar(s, '2019-09-08'), s).toBe(true);
    }
    for (const s of ['san-diego', 'el-centro', 'yuma', 'tucson'] as const) expect(bar(s, '2019-08-20'), s).toBe(false);
    expect(requiredScreenStandard(ctxAt({ sector: 'tucson', fearOfReturn: true }, '2019-08-20'))).toBe('credible-fear');
    expect(requiredScreenStandard(ctxAt({ sector: 'laredo', fearOfReturn: true }, '2019-08-20'))).toBe('transit-bar');
  });

  it('enjoined nationwide again 9–10 Sep, in force nationwide from the Supreme Court stay (11 Sep 2019)', () => {
    expect(bar('el-paso', '2019-09-09')).toBe(false);
    expect(bar('san-diego', '2019-09-11')).toBe(true);
    expect(bar('tucson', '2020-06-29')).toBe(true);
    expect(bar('tucson', '2020-06-30')).toBe(false);
  });

  it('property: the bar never applies in a 9th Circuit sector unless in force nationwide', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), (p, r) => {
        const on = transitBarApplies(initialContext({ profile: p, regime: r }));
        if (NINTH.includes(p.sector) && !r.inForce['transit-bar']) expect(on).toBe(false);
        if (!r.inForce['transit-bar'] && !r.inForce['transit-bar-outside-ninth-circuit']) expect(on).toBe(false);
      }),
    );
  });
});

describe('dates', () => {
  it('the Kelly memos are dated 20 Feb 2017 and in force from that day', () => {
    expect(inForceOn('2017-02-19')['kelly-memos']).toBe(false);
    expect(inForceOn('2017-02-20')['kelly-memos']).toBe(true);
    const kelly = MEASURES.find((m) => m.id === 'kelly-memos')!;
    expect(kelly.authority).toContain('dated 20 Feb 2017');
    expect(kelly.authority).not.toContain('17 Feb');
  });

  it('RGV family releases (Tamaulipas refusal) from 27 Jan 2021, not earlier', () => {
    const fam = { citizenship: 'HN', demographic: 'family-unit' as const, youngestChildAge: 3, sector: 'rio-grande-valley' as const };
    expect(canExpelTitle42.test(ctxAt(fam, '2021-01-26'), ev('EXPEL'))).toBe(true);
    expect(canExpelTitle42.test(ctxAt(fam, '2021-01-27'), ev('EXPEL'))).toBe(false);
    expect(canExpelTitle42.test(ctxAt({ ...fam, sector: 'el-paso' }, '2021-02-15'), ev('EXPEL'))).toBe(true);
  });
});
