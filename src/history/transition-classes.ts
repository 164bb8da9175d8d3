/**
 * What each fired fact counts as in history mode's series (docs/history.md defines each), as bit flags, and which
 * states make up each month-end stock.
 */
export const T = Object.freeze({
  EXPEL: 1, VR: 2, ER: 4, REINSTATE: 8, NTA: 16, CLAIM: 32, SCREEN: 64, MPP: 128, WIND_DOWN: 256, REMOVAL: 512,
  RECEIPT: 1024, COMPLETION: 2048, IN_ABSENTIA: 4096, RELIEF: 8192, RECROSS: 16384,
});

const COURT = new Set(['detained', 'waiting-us', 'waiting-mexico']);
const DECISIONS = new Set(['relief-granted', 'removal-order', 'voluntary-departure', 'terminated', 'in-absentia-order']);

/**
 * The series flags of a transition from `from` to `to` (state indexes into `ids`) on an event of type `type`.
 * @example
 * classifyTransition(ids, ids.indexOf('processing'), ids.indexOf('expelled'), 'EXPEL') === T.EXPEL // true
 */
export function classifyTransition(ids: readonly string[], from: number, to: number, type: string): number {
  const f = ids[from]!;
  const t = ids[to]!;
  let c = 0;
  if (t === 'expelled' && f !== t) c |= T.EXPEL;
  if (t === 'voluntary-return' && f !== t) c |= T.VR;
  if (t === 'expedited-removal' && f !== t) c |= T.ER;
  if (t === 'reinstatement' && f !== t) c |= T.REINSTATE;
  if (type === 'ISSUE_NTA') c |= T.NTA;
  if (type === 'CLAIM_FEAR') c |= T.CLAIM;
  if (type === 'SCREEN') c |= T.SCREEN;
  if (type === 'RETURN_TO_MEXICO') c |= T.MPP;
  if (type === 'ADMIT_WIND_DOWN') c |= T.WIND_DOWN;
  if (type === 'REMOVE') c |= T.REMOVAL;
  if (type === 'RECROSS') c |= T.RECROSS;
  // A case enters immigration court (INA 240, or withholding-only) when it reaches the custody decision (after an NTA,
  // a positive screen or a vacated finding) or, for a child, on transfer to ORR.
  if ((t === 'custody' && f !== t) || (f === 'processing' && t === 'orr')) c |= T.RECEIPT;
  if (COURT.has(f) && DECISIONS.has(t)) {
    c |= T.COMPLETION;
    if (t === 'in-absentia-order') c |= T.IN_ABSENTIA;
    if (t === 'relief-granted') c |= T.RELIEF;
  }
  return c;
}

/** Which states make up each stock, as 0/1 per state index. */
export interface StateGroups {
  cbp: Uint8Array;
  ice: Uint8Array;
  iceBed: Uint8Array;
  family: Uint8Array;
  orr: Uint8Array;
  mexico: Uint8Array;
}

/** States of each stock: CBP holding (processing), ICE (ER, screening, detention), family, ORR, MPP. */
export const STOCK_STATES = {
  cbp: ['processing'],
  ice: ['expedited-removal', 'reinstatement', 'credible-fear', 'reasonable-fear', 'negative-screen', 'ij-review', 'detained'],
  iceBed: ['detained'],
  family: ['family-detention'],
  orr: ['orr'],
  mexico: ['waiting-mexico'],
} as const;

/**
 * The stock groups over a machine's state ids.
 * @example
 * classifyStates(ids).mexico[ids.indexOf('waiting-mexico')] // 1
 */
export function classifyStates(ids: readonly string[]): StateGroups {
  const of = (names: readonly string[]) => Uint8Array.from(ids.map((id) => (names.includes(id) ? 1 : 0)));
  return {
    cbp: of(STOCK_STATES.cbp), ice: of(STOCK_STATES.ice), iceBed: of(STOCK_STATES.iceBed), family: of(STOCK_STATES.family),
    orr: of(STOCK_STATES.orr), mexico: of(STOCK_STATES.mexico),
  };
}
