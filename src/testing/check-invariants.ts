import type fc from 'fast-check';
import { ImmsimError } from '../domain/errors.js';
import type { MigrantProfile, ProfileInput } from '../domain/profile.js';
import { defineRegime } from '../policy/define-regime.js';
import { ERA_PERIODS } from '../policy/params/eras.js';
import type { Measure, Regime } from '../policy/types.js';
import { findCounterexample, formatCounterexample, type Counterexample } from './counterexample.js';
import type { Invariant } from './invariant-kit.js';
import { invariants as CATALOGUE } from './invariants.js';
import { measureWindow, regimeWith } from './regimes.js';

/**
 * Options for {@link checkInvariants}.
 * @example
 * checkInvariants(myRegime, { numRuns: 1000, seed: 7, invariants: [...invariants, myInvariant] })
 */
export interface CheckInvariantsOptions {
  /** Paths to try (default 300). */
  numRuns?: number;
  /** Seed (default: FC_SEED, else fast-check's global seed, else random). */
  seed?: number;
  /** The invariants to check (default: the whole catalogue, `invariants`). Add your own with `defineInvariant`. */
  invariants?: readonly Invariant[];
  /** People to try (default: any profile). */
  profile?: MigrantProfile | ProfileInput | fc.Arbitrary<MigrantProfile>;
}

/**
 * One invariant that failed, with its shrunk counterexample.
 * @example
 * for (const f of checkInvariants(myMeasure).failures) console.log(f.invariant.id, f.counterexample.text)
 */
export interface InvariantFailure {
  invariant: Invariant;
  counterexample: Counterexample;
}

/**
 * The result of {@link checkInvariants}.
 * @example
 * const report = checkInvariants(myRegime); expect(report.ok, report.text).toBe(true);
 */
export interface InvariantReport {
  /** True when no invariant failed. */
  ok: boolean;
  /** What was checked: the regime id, or the measure id and the regimes it was applied to. */
  subject: string;
  failures: InvariantFailure[];
  /** Ids of the invariants checked. */
  checked: string[];
  numRuns: number;
  /** Why nothing was checked, if so (a measure never in force 2016–2021). */
  note?: string;
  /** A readable summary, with every failure's counterexample. */
  text: string;
}

const isMeasure = (x: Regime | Measure): x is Measure => 'from' in x && 'changes' in x && !('inForce' in x);

/** Builds the measure's regime on one day of each parameter era in its window, so an invalid one throws at once. */
function checkMeasureGivesValidRegimes(m: Measure, window: [string, string]): void {
  for (const era of ERA_PERIODS) {
    const day = era.from > window[0] ? era.from : window[0];
    if (day > window[1] || day > era.until) continue;
    try {
      defineRegime(day, { measures: [m] });
    } catch (e) {
      if (!(e instanceof ImmsimError)) throw e;
      throw new ImmsimError(e.issues.map((i) => ({ path: ['measure', m.id, ...i.path], message: `${i.message} (with the measure applied on ${day})` })));
    }
  }
}

/**
 * Runs every legal invariant of the catalogue (or yours) as a property against a custom regime, or against a custom
 * measure applied to every named snapshot and every date 2016–2021 on which it is in force. Returns a report
 * with each failing invariant's shrunk counterexample. Throws an ImmsimError if a measure gives an invalid regime.
 * @example
 * const report = checkInvariants(defineMeasure({ id: 'section-7-2017', name: 'Section 7 accepted', from: '2017-02-20',
 *   authority: 'hypothetical', changes: 'MPP two years early', sets: { mpp: true, 'mexico-refuses-section-7': false } }));
 * expect(report.ok).toBe(true); // else report.text shows each failure, shrunk, with its law
 */
export function checkInvariants(subject: Regime | Measure, options: CheckInvariantsOptions = {}): InvariantReport {
  const list = options.invariants ?? CATALOGUE;
  const numRuns = options.numRuns ?? 300;
  let regimes: Regime | fc.Arbitrary<Regime>;
  let name: string;
  if (isMeasure(subject)) {
    const window = measureWindow(subject);
    const arb = regimeWith(subject);
    if (!window || !arb) return report(`measure ${subject.id}`, [], list, numRuns, `measure ${subject.id} is never in force 2016–2021`);
    checkMeasureGivesValidRegimes(subject, window);
    regimes = arb;
    name = `measure ${subject.id} (applied to the regimes of ${window[0]} – ${window[1]})`;
  } else {
    regimes = subject;
    name = `regime ${subject.id}`;
  }
  // One search for all invariants; each failure found is shrunk, recorded for every invariant it breaks, and the
  // search goes on without them. Cheap when everything holds (the usual case).
  const failures: InvariantFailure[] = [];
  let remaining = [...list];
  while (remaining.length > 0) {
    const pending = remaining;
    const c = findCounterexample({
      regime: regimes,
      ...(options.profile !== undefined ? { profile: options.profile } : {}),
      predicate: (p) => pending.every((inv) => inv.predicate(p)),
      numRuns,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    });
    if (!c) break;
    const broken = pending.filter((inv) => !inv.predicate(c.path));
    // A predicate that threw on the shrunk path: report it against every invariant still pending.
    const blamed = broken.length ? broken : pending;
    for (const inv of blamed) failures.push({ invariant: inv, counterexample: { ...c, text: formatCounterexample(c, `${inv.id} (${inv.statement} [${inv.authority}])`) } });
    remaining = pending.filter((inv) => !blamed.includes(inv));
  }
  return report(name, failures, list, numRuns);
}

function report(subject: string, failures: InvariantFailure[], list: readonly Invariant[], numRuns: number, note?: string): InvariantReport {
  const head = note
    ? `Nothing checked: ${note}.`
    : failures.length === 0
      ? `All ${list.length} invariants hold for ${subject} (${numRuns} paths).`
      : `${failures.length} of ${list.length} invariants fail for ${subject}:`;
  const text = [head, ...failures.map((f, i) => `\n${i + 1}. ${f.invariant.id}\n${f.counterexample.text}`)].join('\n');
  return { ok: failures.length === 0, subject, failures, checked: list.map((i) => i.id), numRuns, ...(note ? { note } : {}), text };
}
