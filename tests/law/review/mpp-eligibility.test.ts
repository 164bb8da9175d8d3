// Issue 10, rule 7: MPP eligibility over time. Families were returned from 13 Feb 2019; the programme opened site by
// site (San Diego 28 Jan 2019, Calexico, El Paso, Laredo, Brownsville, Eagle Pass, Tucson; every sector from Jan
// 2020); it was limited in practice to Spanish speakers until Brazilians were included on 29 Jan 2020.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canReturnToMexico } from '../../../src/law/guards/mpp.js';
import { initialContext } from '../../../src/law/context.js';
import { defineMeasure, defineRegime } from '../../../src/policy/define-regime.js';
import { inForceOn } from '../../../src/policy/in-force.js';
import { anyMeasures, profile, regime } from '../../../src/testing/arbitraries.js';
import { ctxAt, dayBefore, ev } from '../../helpers/law.js';

const R = ev('RETURN_TO_MEXICO');
const ret = (p: Parameters<typeof ctxAt>[0], d: string) => canReturnToMexico.test(ctxAt(p, d), R);
const SITE_OF: Record<string, string> = {
  'san-diego': 'mpp-site-san-diego', 'el-centro': 'mpp-site-el-centro', 'el-paso': 'mpp-site-el-paso', laredo: 'mpp-site-laredo',
  'rio-grande-valley': 'mpp-site-rio-grande-valley', 'del-rio': 'mpp-site-del-rio', tucson: 'mpp-site-tucson',
};

describe('MPP eligibility by date, demographic, nationality and sector', () => {
  it('families were returned from 13 Feb 2019 (before the 7 Jun 2019 declaration)', () => {
    const fam = { citizenship: 'HN', demographic: 'family-unit' as const, sector: 'san-diego' as const };
    expect(ret(fam, '2019-02-12')).toBe(false);
    expect(ret(fam, '2019-02-13')).toBe(true);
    expect(ret(fam, '2019-04-01')).toBe(true);
  });

  it.each([
    ['san-diego', '2019-01-28'], ['el-centro', '2019-03-12'], ['el-paso', '2019-03-15'], ['laredo', '2019-07-09'],
    ['rio-grande-valley', '2019-07-19'], ['del-rio', '2019-10-01'], ['tucson', '2019-11-01'], ['yuma', '2020-01-01'],
    ['big-bend', '2020-01-01'],
  ] as const)('MPP returns from the %s sector from %s, not the day before', (sector, from) => {
    expect(ret({ sector }, dayBefore(from))).toBe(false);
    expect(ret({ sector }, from)).toBe(true);
  });

  it('a sector not given is not narrowed; the restart (Dec 2021) ran at El Paso only', () => {
    expect(ret({ sector: 'other' }, '2019-01-28')).toBe(true);
    expect(ret({ sector: 'el-paso' }, '2021-12-10')).toBe(true);
    expect(ret({ sector: 'laredo' }, '2021-12-10')).toBe(false);
  });

  it('Spanish speakers only until 28 Jan 2020, then Brazilians too; other non-Spanish speakers never in the first MPP', () => {
    const br = { citizenship: 'BR', sector: 'el-paso' as const };
    expect(ret(br, '2020-01-28')).toBe(false);
    expect(ret(br, '2020-01-29')).toBe(true);
    expect(ret({ citizenship: 'HT', sector: 'el-paso' }, '2020-06-01')).toBe(false);
    expect(ret({ citizenship: 'HT', sector: 'el-paso' }, '2021-12-10')).toBe(true); // the restart: not limited by language
  });

  it('a counterfactual MPP outside the rollout runs along the whole border (no site restriction in force)', () => {
    const m = defineMeasure({
      id: 'mpp-2017', name: 'MPP in 2017 (hypothetical)', from: '2017-03-01', authority: 'hypothetical', changes: 'MPP two years early',
      sets: { mpp: true, 'mpp-expansion': true, 'mexico-refuses-section-7': false },
    });
    const r = defineRegime('2017-06-01', { measures: [m] });
    expect(canReturnToMexico.test(ctxAt({ sector: 'laredo' }, r), R)).toBe(true);
    expect(inForceOn('2017-06-01')['mpp-site-by-site']).toBe(false);
  });

  it('property: a return happens only from an open site and, while language limited it, of a Spanish speaker or a Brazilian', () => {
    fc.assert(
      fc.property(profile(), fc.oneof(regime(), anyMeasures()), (p, r) => {
        if (!canReturnToMexico.test(initialContext({ profile: p, regime: r }), R)) return;
        const f = r.inForce as Record<string, boolean>;
        if (f['mpp-site-by-site'] && p.sector !== 'other') expect(f[SITE_OF[p.sector] ?? 'none']).toBe(true);
        if (f['mpp-spanish-speakers-only']) expect(p.spanishSpeaker).toBe(true);
        if (f['mpp-brazilians']) expect(p.spanishSpeaker || p.citizenship === 'BR').toBe(true);
        if (!f['mpp-expansion'] && !f['mpp-reimplementation'] && p.demographic === 'family-unit') expect(f['mpp-families']).toBe(true);
      }),
    );
  });
});
