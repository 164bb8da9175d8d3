import { compileCohort } from '../cohorts/draw-profile.js';
import type { Cohort } from '../cohorts/types.js';
import { citizenshipGroup } from '../domain/citizenship.js';
import { pathStream, personStream } from '../engine/random.js';
import { compiledPathway, PathSampler } from '../engine/sampler.js';
import type { Regime } from '../policy/types.js';
import { STOCK_STATES } from './transition-classes.js';

/**
 * Who counts as held by ICE, step by step (the ICE figures `ice-adp`, `ice-alos` and `in-ice-detention`,
 * docs/history.md): a person in an ICE state (expedited removal, screening, the custody decision, detention), and a
 * person ordered removed by a judge while detained, until the removal — ICE does not release a detained respondent it
 * has a final order for, it removes them (INA 241(a)(2)). The custody decision takes no time; counting it keeps a
 * stay whole from expedited removal through a positive screen into detention (one book-in, as ICE counts it).
 */
export interface IceStayIndex {
  /** 1 for each state index whose people are held by ICE. */
  ice: Uint8Array;
  detained: number;
  order: number;
}

/**
 * The ICE states of a machine (the stock `in-ice-detention` plus the custody decision), by state index.
 * @example
 * iceStayIndex(compiledPathway().stateIds).ice[ids.indexOf('custody')] // 1
 */
export function iceStayIndex(ids: readonly string[]): IceStayIndex {
  const names: readonly string[] = [...STOCK_STATES.ice, 'custody'];
  return { ice: Uint8Array.from(ids.map((id) => (names.includes(id) ? 1 : 0))), detained: ids.indexOf('detained'), order: ids.indexOf('removal-order') };
}

/**
 * Whether a person is held after a removal order once this step has fired: held from a detained hearing's removal
 * order until the REMOVE fact (or any move out of the order's state).
 * @example
 * heldAfterOrder(false, ix.detained, ix.order, 'HEARING', ix) // true
 * heldAfterOrder(true, ix.order, ix.order, 'REMOVE', ix) // false
 */
export function heldAfterOrder(heldBefore: boolean, from: number, to: number, type: string, ix: IceStayIndex): boolean {
  if (from === ix.detained && to === ix.order) return true;
  return heldBefore && type !== 'REMOVE' && to === from;
}

/** ICE stays of a static run: their number, total days, and the same by how the stay ended. */
export interface IceStays {
  stays: number;
  days: number;
  /** Keyed `<citizenship group>:<ICE states of the stay, joined by '>'>→<state at book-out>`. */
  byPath: Map<string, { n: number; days: number }>;
}

/**
 * The ICE stays (of at least one day, as ICE counts book-outs) of `n` people of a cohort under one regime, with the
 * static sampler and the history mode's definition of who is held by ICE. Used to derive `airRemovalDays`
 * (scripts/calibration/air-removal.ts) and by the tests.
 * @example
 * const s = iceStaysOf(regimes['mpp-2019'], cohorts['swb-fy2019'], 10_000, 1);
 * s.days / s.stays // the mean stay in days
 */
export function iceStaysOf(regime: Regime, cohort: Cohort, n: number, seed: number, horizonDays = 1095): IceStays {
  const m = compiledPathway();
  const ix = iceStayIndex(m.stateIds);
  const sampler = new PathSampler(regime, horizonDays, m);
  const draw = compileCohort(cohort);
  const out: IceStays = { stays: 0, days: 0, byPath: new Map() };
  for (let i = 0; i < n; i++) {
    const ctx = m.createContext({ profile: draw(personStream(seed, i)), regime });
    const group = citizenshipGroup(ctx.profile.citizenship);
    let since = -1;
    let via: string[] = [];
    let held = false;
    sampler.run(ctx, pathStream(seed, i), {
      caseEnded() {},
      step(from, to, _t, ev) {
        const after = heldAfterOrder(held, from, to, ev.type, ix);
        const was = ix.ice[from] === 1 || held;
        const is = ix.ice[to] === 1 || after;
        held = after;
        if (!was && is) {
          since = ctx.day;
          via = [m.stateIds[to]!];
        } else if (was && is && to !== from) via.push(m.stateIds[to]!);
        else if (was && !is && ctx.day - since > 0) {
          const key = `${group}:${via.join('>')}→${m.stateIds[to]}`;
          const e = out.byPath.get(key) ?? { n: 0, days: 0 };
          e.n++;
          e.days += ctx.day - since;
          out.byPath.set(key, e);
          out.stays++;
          out.days += ctx.day - since;
        }
      },
    });
  }
  return out;
}
