// Issue 10, rule 3: Matter of M-S- (no bond after ER + positive screen, from 15 Jul 2019) did not bite while the
// Padilla v. ICE injunction required bond hearings for that class (16 Jul 2019 – 10 Jan 2021).
import { describe, expect, it } from 'vitest';
import { canRelease } from '../../../src/law/guards/index.js';
import { ctxAt, ev } from '../../helpers/law.js';

const R = ev('RELEASE', 0, { atd: false });
const viaEr = { viaExpeditedRemoval: true, screen: 1 as const, fearClaimed: true };

describe('canRelease: Matter of M-S- and the Padilla injunction', () => {
  it('bond after ER + positive screen: yes before M-S-, no on 15 Jul 2019, yes under Padilla, no from 11 Jan 2021', () => {
    const at = (d: string) => canRelease.test(ctxAt({}, d, viaEr), R);
    expect(at('2019-07-14')).toBe(true);
    expect(at('2019-07-15')).toBe(false);
    expect(at('2019-07-16')).toBe(true);
    expect(at('2019-12-01')).toBe(true);
    expect(at('2021-01-10')).toBe(true);
    expect(at('2021-01-11')).toBe(false);
  });

  it('the injunction does not make port arrivals bond-eligible', () => {
    expect(canRelease.test(ctxAt({ entry: 'port-of-entry' }, '2019-12-01', viaEr), R)).toBe(false);
  });
});
