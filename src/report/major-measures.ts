import type { MeasureId } from '../policy/types.js';

/**
 * Why a measure is labelled on history charts, and the short label written beside its line.
 * @example
 * const m: MajorMeasure = { label: 'Title 42', reason: 'Starts the Title 42 era: expulsions replace most processing.' };
 */
export interface MajorMeasure {
  /** A few words for the chart (the key below the chart gives the full name and date). */
  label: string;
  /** Why it is major: which era it opens or which charted series it moves. */
  reason: string;
}

/**
 * The measures that history charts label by name on the time axis; every other dated measure is a small unlabelled
 * tick listed in the key. A measure is major when it opens one of the named eras (the first measure in force in a
 * regime snapshot of src/policy/snapshots.ts that was not in the one before), or when it starts or stops one of the
 * main charted series (MPP returns, people waiting in Mexico, court completions). Keep it short: about ten labels fit
 * on a 960 px chart of 2015–2021 without dropping to numbers.
 * @example
 * MAJOR_MEASURES['title-42']?.label // 'Title 42'
 */
export const MAJOR_MEASURES: Readonly<Partial<Record<MeasureId, MajorMeasure>>> = {
  'kelly-memos': { label: 'Kelly memos', reason: 'Opens the kelly-2017 era: detention becomes the rule, PEP priorities end.' },
  'zero-tolerance': { label: 'Zero tolerance', reason: 'Opens the zero-tolerance-2018 era: prosecution of every illegal entry, families separated.' },
  mpp: { label: 'MPP starts', reason: 'Opens the mpp-2019 era and starts the MPP returns and waiting-in-Mexico series.' },
  'mpp-expansion': { label: 'MPP border-wide', reason: 'MPP along the whole border (US–Mexico declaration): MPP returns reach their peak.' },
  'pacr-harp': { label: 'PACR/HARP', reason: 'Fear screening inside CBP custody within days, little access to counsel: moves fear screens by result.' },
  'nondetained-hearings-postponed': { label: 'Hearings postponed', reason: 'The March 2020 postponement of non-detained hearings: court completions fall.' },
  'title-42': { label: 'Title 42', reason: 'Opens the title42-2020 era: expulsions replace most processing.' },
  'mpp-wind-down': { label: 'MPP wind-down', reason: 'Opens the biden-2021 era: people waiting in Mexico under MPP are admitted.' },
  'mpp-reimplementation': { label: 'MPP restarted', reason: 'Texas v. Biden: MPP restarts for new arrivals (December 2021).' },
};

/**
 * The major-measure entry of a measure id, if it is one.
 * @example
 * majorMeasure('title-42')?.label // 'Title 42'
 * majorMeasure('metering')        // undefined
 */
export function majorMeasure(id: string | undefined): MajorMeasure | undefined {
  return id !== undefined && Object.hasOwn(MAJOR_MEASURES, id) ? MAJOR_MEASURES[id as MeasureId] : undefined;
}
