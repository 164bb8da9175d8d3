import type { Measure, MeasureId, Regime } from '../policy/types.js';
import { regimeAt } from '../policy/regime-at.js';
import { inForceOn, isMeasureInForce } from '../policy/in-force.js';
import { eraPeriodAt } from '../policy/params/eras.js';
import { PathSampler } from '../engine/sampler.js';
import { isoOfDay } from './calendar.js';
import { ImmsimError } from '../domain/errors.js';
import { applyDraw, type ParameterDraw } from '../uncertainty/apply-draw.js';

/** Which measures a history run switches on or off against the rules as they were. */
export interface MeasureSwitches {
  /** Built-in measures forced on over the whole run (from their own start date onward is not modelled: on every day). */
  with?: readonly MeasureId[];
  /** Built-in measures switched off on every day. */
  without?: readonly MeasureId[];
  /** Custom dated measures (see `defineMeasure`): in force on their own dates. */
  measures?: readonly Measure[];
  /** Freeze the calendar's rules at one date (the bridge to the static engine); default: each day's own rules. */
  frozenDate?: string;
  /** A parameter draw (uncertainty): every day's parameters at the draw's quantile of their era's ranges. */
  draw?: ParameterDraw;
}

/**
 * The rules of every calendar day from day 0 to `lastDay`: one regime (and one sampler) per distinct rule set, a
 * regime index per day, and for each day the next day on which the rules change (a case the law holds still is
 * looked at again then).
 */
export interface RegimeDays {
  regimes: Regime[];
  samplers: PathSampler[];
  /** Regime index of each day. */
  byDay: Uint16Array;
  /** The next day whose regime differs from this day's (lastDay + 1 if none). */
  nextChange: Int32Array;
}

/**
 * Builds the rules of each day: `regimeAt(date)` with the run's switches, deduplicated by measures and era.
 * @example
 * const rd = regimeDays(2191, {}); rd.regimes[rd.byDay[1632]!]!.inForce['title-42'] // true (2020-03-21)
 */
export function regimeDays(lastDay: number, sw: MeasureSwitches, horizonDays = 1e9): RegimeDays {
  const regimes: Regime[] = [];
  const samplers: PathSampler[] = [];
  const keyIndex = new Map<string, number>();
  const byDay = new Uint16Array(lastDay + 1);
  const frozen = sw.frozenDate ? apply(regimeAt(sw.frozenDate, { measures: sw.measures ?? [] }), sw) : undefined;
  let prev = '';
  let prevIndex = -1;
  for (let day = 0; day <= lastDay; day++) {
    const iso = isoOfDay(day);
    // The day's rules are known by its measures in force and its era: regimeAt (which clones the era's parameters)
    // is called only for a rule set not seen before.
    const date = sw.frozenDate ?? iso;
    const custom = sw.measures ?? [];
    const key = JSON.stringify(inForceOn(date, custom)) + '|' + custom.filter((m) => isMeasureInForce(m, date)).map((m) => m.id).join(',') + '|' + (eraPeriodAt(date)?.era ?? '');
    if (key === prev) {
      byDay[day] = prevIndex;
      continue;
    }
    let i = keyIndex.get(key);
    if (i === undefined) {
      const r = frozen ?? apply(regimeAt(iso, { measures: custom }), sw);
      i = regimes.length;
      keyIndex.set(key, i);
      regimes.push(r);
      samplers.push(new PathSampler(r, horizonDays));
    }
    byDay[day] = i;
    prev = key;
    prevIndex = i;
  }
  const nextChange = new Int32Array(lastDay + 1);
  let next = lastDay + 1;
  for (let day = lastDay; day >= 0; day--) {
    nextChange[day] = next;
    if (day > 0 && byDay[day] !== byDay[day - 1]) next = day;
  }
  return { regimes, samplers, byDay, nextChange };
}

/** The regime with measures switched on/off (a new frozen object; the law reads `inForce`), at the run's draw. */
function apply(r0: Regime, sw: MeasureSwitches): Regime {
  const r = sw.draw ? applyDraw(r0, sw.draw) : r0;
  if (!sw.with?.length && !sw.without?.length) return r;
  const inForce = { ...r.inForce };
  for (const id of sw.with ?? []) {
    if (!(id in inForce)) throw new ImmsimError([{ path: ['with'], message: `unknown measure '${id}'` }]);
    inForce[id] = true;
  }
  for (const id of sw.without ?? []) {
    if (!(id in inForce)) throw new ImmsimError([{ path: ['without'], message: `unknown measure '${id}'` }]);
    inForce[id] = false;
  }
  const measures = r.measures.filter((m) => !(m in inForce) || inForce[m as MeasureId]);
  for (const id of sw.with ?? []) if (!measures.includes(id)) measures.push(id);
  return Object.freeze({ ...r, inForce: Object.freeze(inForce), measures });
}
