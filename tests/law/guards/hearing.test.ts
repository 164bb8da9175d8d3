import { describe, expect, it } from 'vitest';
import { caseTerminated, hearingContinued, reliefGranted, removalOrdered, voluntaryDepartureGranted } from '../../../src/law/guards/hearing.js';
import { canRecross, canRemove } from '../../../src/law/guards/removal.js';
import { ctxAt, ev } from '../../helpers/law.js';

// Relief is decided on an application filed with the court (rule 8).
const APPLIED = { asylumApplied: true };
const hearing = (decision: string, relief?: string) => ev('HEARING', 30, relief ? { decision, relief } : { decision });

describe('hearings and removal', () => {
  it('asylum is not granted under the transit bar (11 Sep 2019 – 29 Jun 2020) to non-Mexicans; withholding is', () => {
    expect(reliefGranted.test(ctxAt({}, '2019-09-10', APPLIED), hearing('relief', 'asylum'))).toBe(true);
    expect(reliefGranted.test(ctxAt({}, '2019-09-11', APPLIED), hearing('relief', 'asylum'))).toBe(false);
    expect(reliefGranted.test(ctxAt({}, '2019-09-11', APPLIED), hearing('relief', 'withholding'))).toBe(true);
    expect(reliefGranted.test(ctxAt({}, '2020-06-30', APPLIED), hearing('relief', 'asylum'))).toBe(true);
    expect(reliefGranted.test(ctxAt({ citizenship: 'MX' }, '2019-12-01', APPLIED), hearing('relief', 'asylum'))).toBe(true);
    expect(reliefGranted.test(ctxAt({}, '2017-01-01', { ...APPLIED, asylumBarred: true }), hearing('relief', 'asylum'))).toBe(false);
    expect(reliefGranted.test(ctxAt({}, '2017-01-01'), hearing('relief'))).toBe(false);
  });

  it('each decision rule matches only its decision; no voluntary departure in withholding-only proceedings', () => {
    const c = ctxAt({}, '2017-01-01');
    expect(hearingContinued.test(c, hearing('continued'))).toBe(true);
    expect(hearingContinued.test(c, hearing('terminated'))).toBe(false);
    expect(removalOrdered.test(c, hearing('removal-order'))).toBe(true);
    expect(caseTerminated.test(c, hearing('terminated'))).toBe(true);
    expect(voluntaryDepartureGranted.test(c, hearing('voluntary-departure'))).toBe(true);
    expect(voluntaryDepartureGranted.test(ctxAt({}, '2017-01-01', { screen: 2 }), hearing('voluntary-departure'))).toBe(false);
  });

  it('removals pause 22–26 Jan 2021 only; only people outside the US cross again', () => {
    expect(canRemove.test(ctxAt({}, '2021-01-21'), ev('REMOVE'))).toBe(true);
    expect(canRemove.test(ctxAt({}, '2021-01-22'), ev('REMOVE'))).toBe(false);
    expect(canRemove.test(ctxAt({}, '2021-01-26'), ev('REMOVE'))).toBe(false);
    expect(canRemove.test(ctxAt({}, '2021-01-27'), ev('REMOVE'))).toBe(true);
    expect(canRemove.test(ctxAt({}, '2021-01-27', { inUS: false }), ev('REMOVE'))).toBe(false);
    expect(canRecross.test(ctxAt({}, '2021-01-27', { inUS: false }), ev('RECROSS'))).toBe(true);
    expect(canRecross.test(ctxAt({}, '2021-01-27'), ev('RECROSS'))).toBe(false);
  });
});
