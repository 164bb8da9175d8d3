/**
 * 2018: zero tolerance (6 Apr – 25 Jun 2018) and the rest of 2018 until MPP begins (27 Jan 2019).
 * Prosecution weights matter only while `zero-tolerance` is in force (and only between ports: the law decides).
 */
import type { DispositionKey, RegimeParams, Weights } from '../types.js';
import * as b from './base.js';
import { KELLY_2017, KELLY_FU_CUSTODY, KELLY_SA_CUSTODY, KELLY_SA_TITLE8 } from './kelly-2017.js';
import { assume, rec } from './source.js';

const PROSECUTION =
  'AG memo (§3): refer every adult crossing between ports (parents too) for 8 USC 1325 prosecution; capacity limited it, so the prosecution weight equals all other dispositions together (half prosecuted) — assumption';

/** Kelly-era weights plus a prosecution weight equal to their sum. */
function withProsecution(w: Weights<DispositionKey>): Weights<DispositionKey> {
  const others = (Object.keys(w) as DispositionKey[]).filter((k) => k !== 'prosecution').reduce((s, k) => s + w[k].value, 0);
  return { ...w, prosecution: assume(others, PROSECUTION) };
}

const kellyFu = KELLY_2017.disposition['family-unit'];

export const ZERO_TOLERANCE_2018: RegimeParams = {
  ...KELLY_2017,
  disposition: {
    // Single adults: DOJ's FY2018 count (GAO-20-172), not a guess; parents only during family separation.
    'single-adult': b.withProsecution(KELLY_SA_TITLE8, b.PROSECUTED_SHARE.fy2018),
    'family-unit': {
      mexico: withProsecution(kellyFu.mexico),
      'northern-triangle': withProsecution(kellyFu['northern-triangle']),
      other: withProsecution(kellyFu.other),
    },
    uac: b.uacTitle8(),
  },
  // cf_positive_rate_2019h1: no FY2018 record. Jan–Jun 2019 (0.762, all decisions) matches the FY2017 all-decisions
  // rate (0.761) on the other side of 2018; the pooled GAO rate (0.71) also counts reasonable-fear screens.
  cfPositive: rec(
    0.762,
    'cf_positive_rate_2019h1',
    'no FY2018 record; the nearest later all-decisions rate, which matches FY2017 (0.761 derived); pooled GAO 0.71 mixes in reasonable-fear screens',
  ),
  ijReversal: b.ijReversalJun2018,
  custody: {
    'single-adult': b.custody('Kelly memos (§3) still in force: detention is the rule; split assumed', KELLY_SA_CUSTODY, b.returnToMexicoCounterfactual),
    'family-unit': b.custody(
      'Kelly memos (§3) still in force; Flores limits family detention; released families split evenly between parole and release',
      KELLY_FU_CUSTODY,
      b.returnToMexicoCounterfactual,
    ),
  },
  // ice_alos_fy2019 note: FY2018 39.4 d.
  detentionDays: rec(39.4, 'ice_alos_fy2019', 'FY2018 value from the note'),
  // orr_alos_jul2019 note: about 90 days in late 2018.
  orrDays: rec(90, 'orr_alos_jul2019', 'late-Nov 2018 value from the note'),
  decision: b.decisions(rec(1 - 0.65, 'asylum_denial_rate_fy2018', 'derived: 1 − FY2018 denial rate')),
};
