import { ImmsimError } from '../domain/errors.js';
import { OUTCOME_IDS } from '../domain/outcomes.js';
import { PairedDifferenceAccumulator } from '../stats/paired-difference.js';
import { pairedShareDifference } from '../stats/paired-share-difference.js';
import type { ComparisonResult } from './result.js';

const NO = OUTCOME_IDS.length;

/** JSON form of a {@link PairedSummary}. */
export interface PairedSummaryJSON {
  n: number;
  aOnly: number[];
  bOnly: number[];
  daysDetained: unknown;
  daysInMexico: unknown;
  encounters: unknown;
}

/**
 * Paired differences of one regime against the baseline over the same people (common random numbers): the
 * discordant counts for each outcome (Tango intervals) and paired mean differences of the metrics.
 * @example
 * const p = new PairedSummary();
 * p.add(0, 1, 10, 12, 0, 0, 1, 1); // one person: outcome 0 under the baseline, 1 under this regime
 * p.toDifference().daysDetained.estimate // 2
 */
export class PairedSummary {
  n = 0;
  aOnly = new Float64Array(NO);
  bOnly = new Float64Array(NO);
  daysDetained = new PairedDifferenceAccumulator();
  daysInMexico = new PairedDifferenceAccumulator();
  encounters = new PairedDifferenceAccumulator();

  /** One person: outcome index and metrics under the baseline (a) and under this regime (b). */
  add(oa: number, ob: number, detA: number, detB: number, mexA: number, mexB: number, encA: number, encB: number): void {
    this.n++;
    if (oa !== ob) {
      this.aOnly[oa]!++;
      this.bOnly[ob]!++;
    }
    this.daysDetained.add(detA, detB);
    this.daysInMexico.add(mexA, mexB);
    this.encounters.add(encA, encB);
  }

  merge(o: PairedSummary): this {
    this.n += o.n;
    for (let i = 0; i < NO; i++) {
      this.aOnly[i]! += o.aOnly[i]!;
      this.bOnly[i]! += o.bOnly[i]!;
    }
    this.daysDetained.merge(o.daysDetained);
    this.daysInMexico.merge(o.daysInMexico);
    this.encounters.merge(o.encounters);
    return this;
  }

  toJSON(): PairedSummaryJSON {
    return {
      n: this.n,
      aOnly: [...this.aOnly],
      bOnly: [...this.bOnly],
      daysDetained: this.daysDetained.toJSON(),
      daysInMexico: this.daysInMexico.toJSON(),
      encounters: this.encounters.toJSON(),
    };
  }

  static fromJSON(j: PairedSummaryJSON): PairedSummary {
    const s = new PairedSummary();
    const ok = (v: unknown) => Array.isArray(v) && v.length === NO && v.every((x) => Number.isSafeInteger(x) && x >= 0);
    if (!Number.isSafeInteger(j.n) || j.n < 0 || !ok(j.aOnly) || !ok(j.bOnly)) {
      throw new ImmsimError([{ path: ['paired'], message: `must hold n and ${NO} discordant counts per side` }]);
    }
    s.n = j.n;
    s.aOnly = Float64Array.from(j.aOnly);
    s.bOnly = Float64Array.from(j.bOnly);
    s.daysDetained = PairedDifferenceAccumulator.fromJSON(j.daysDetained);
    s.daysInMexico = PairedDifferenceAccumulator.fromJSON(j.daysInMexico);
    s.encounters = PairedDifferenceAccumulator.fromJSON(j.encounters);
    return s;
  }

  toDifference(): ComparisonResult['differences'][string] {
    return {
      outcomes: Object.fromEntries(
        OUTCOME_IDS.map((o, i) => [o, pairedShareDifference(this.n, this.aOnly[i]!, this.bOnly[i]!)]),
      ) as ComparisonResult['differences'][string]['outcomes'],
      daysDetained: this.daysDetained.toPairedDifference(),
      daysInMexico: this.daysInMexico.toPairedDifference(),
      encountersPerPerson: this.encounters.toPairedDifference(),
    };
  }
}
