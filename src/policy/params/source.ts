import type { DispositionKey, Param, Source, UacDispositionKey, Weights } from '../types.js';

/** The reference text, as cited in `{ reference }` sources. */
export const REF = 'data/reference/procedure-and-regimes.md';

/**
 * A parameter taken from (or derived from) a record in calibration-inputs.json.
 * @example
 * rec(0.354, 'nonmpp_representation_6m')
 */
export function rec(value: number, record: string, note?: string): Param {
  return { value, source: note ? { record, note } : { record } };
}

/**
 * A parameter stated only in the reference text, e.g. `ref(7, '§1', 'IJ review within 7 days')`.
 * @example
 * ref(7, '§1').source // { reference: 'data/reference/procedure-and-regimes.md §1' }
 */
export function ref(value: number, section: string, note?: string): Param {
  const reference = `${REF} ${section}`;
  return { value, source: note ? { reference, note } : { reference } };
}

/**
 * A parameter with no source: the reason says why this value was chosen.
 * @example
 * assume(0.5, 'no figure in the reference; even odds')
 */
export function assume(value: number, reason: string): Param {
  return { value, source: { assumption: reason } };
}

/**
 * A weights record whose values all carry the same source (typically one assumption for a whole row).
 * @example
 * sameSource({ orr: 1, title42: 0, repatriate: 0 }, { assumption: 'non-contiguous UACs go to ORR' })
 */
export function sameSource<K extends string>(values: Record<K, number>, source: Source): Weights<K> {
  const out = {} as Weights<K>;
  for (const k of Object.keys(values) as K[]) out[k] = { value: values[k], source };
  return out;
}

/**
 * Disposition weights for adults or families; `title42` and `prosecution` default to 0 (not applicable).
 * @example
 * dispositions('PEP: mostly ER', { voluntaryReturn: 0.05, expeditedRemoval: 0.6, reinstatement: 0.3, nta: 0.05 }).title42.value // 0
 */
export function dispositions(
  reason: string,
  w: Partial<Record<DispositionKey, number>> & Pick<Record<DispositionKey, number>, 'voluntaryReturn' | 'expeditedRemoval' | 'reinstatement' | 'nta'>,
): Weights<DispositionKey> {
  const row = sameSource<DispositionKey>({ title42: 0, prosecution: 0, ...w }, { assumption: reason });
  // A default 0 gets its own reason: the measure that allows the move is not in force in this era.
  if (w.title42 === undefined) row.title42 = assume(0, 'Title 42 not in force in this era');
  if (w.prosecution === undefined) row.prosecution = assume(0, 'no prosecution share in this row: families only while parents were prosecuted (family separation, 2018); single-adult rows set it from DOJ counts (base.withProsecution)');
  return row;
}

/**
 * Title 42 weights: `title42` carries the expelled share; the Title 8 dispositions of an earlier era share the
 * remainder in their own proportions, so when the law rules Title 42 out for a person (UAC exception, Tamaulipas
 * families) the renormalised weights are exactly the Title 8 split.
 * @example
 * withTitle42(rec(0.93, 't42_share_expelled_apr2020'), era2019.disposition['single-adult'].mexico, 'mpp-2019')
 */
export function withTitle42<K extends DispositionKey | UacDispositionKey>(
  title42: Param,
  title8: Weights<K>,
  title8From: string,
): Weights<K> {
  const keys = (Object.keys(title8) as K[]).filter((k) => k !== 'title42');
  const total = keys.reduce((s, k) => s + title8[k].value, 0);
  const rest = 1 - title42.value;
  const out = { title42 } as Record<string, Param>;
  for (const k of keys) {
    const src = 'record' in title42.source ? title42.source.record : undefined;
    const note = `Title 8 remainder ${rest.toFixed(2)} (1 − ${title42.value}) split as the ${title8From} era's Title 8 weights (assumption)`;
    const value = total > 0 ? (rest * title8[k].value) / total : 0;
    // A zero weight owes nothing to the record: it is zero because the Title 8 weight was.
    out[k] = src && value > 0 ? rec(value, src, note) : assume(value, value > 0 ? note : `zero, as in the ${title8From} era's Title 8 weights`);
  }
  return out as Weights<K>;
}

/**
 * The per-hearing chance that reproduces a share attending ALL hearings, given the expected number of hearings
 * (1 / decisionPerHearing): p_all = p^H, so p = p_all^(1/H).
 * @example
 * perHearing(0.83, 1 / 3) // ≈ 0.9398
 */
export function perHearing(allHearings: number, decisionPerHearing: number): number {
  return allHearings ** decisionPerHearing;
}
