import type { IsoDate } from '../domain/dates.js';
import { ImmsimError } from '../domain/errors.js';
import { deepFreeze } from './overrides.js';
import { regimeAt } from './regime-at.js';
import { REGIME_IDS, type RegimeId } from './regime-ids.js';
import type { Regime } from './types.js';

export { REGIME_IDS, type RegimeId } from './regime-ids.js';

interface SnapshotSpec {
  date: IsoDate;
  label: string;
  description: string;
}

// One date well inside each era, away from boundaries, so a snapshot shows the era's typical rules.
const SPECS: Record<RegimeId, SnapshotSpec> = {
  'pep-2016': {
    date: '2016-06-01',
    label: 'Late Obama (PEP), Jun 2016',
    description:
      'Priority Enforcement Program: recent border crossers are the top priority. Single adults mostly get expedited removal or reinstatement; families and unaccompanied children are mostly released with a Notice to Appear; Mexicans are often returned. No Title 42, no MPP.',
  },
  'kelly-2017': {
    date: '2017-06-01',
    label: 'Early Trump (Kelly memos), Jun 2017',
    description:
      'EO 13767 and the Kelly memos: detention of arriving asylum seekers is the rule and parole is case by case; expedited removal expanded. Returning people to Mexico is authorised but blocked because Mexico refuses.',
  },
  'zero-tolerance-2018': {
    date: '2018-06-01',
    label: 'Zero tolerance, Jun 2018',
    description:
      'Zero tolerance with family separation: adults crossing between ports, parents too, are prosecuted for illegal entry and their children become unaccompanied; metering limits asylum requests at ports.',
  },
  'mpp-2019': {
    date: '2019-12-01',
    label: 'Remain in Mexico (MPP), Dec 2019',
    description:
      'MPP along the whole border: many non-Mexican asylum seekers are returned to Mexico to wait for their hearings. Transit bar, PACR/HARP fast screening in CBP custody, the Guatemala agreement, metering, no bond after a positive fear screen (M-S-).',
  },
  'title42-2020': {
    date: '2020-07-01',
    label: 'Title 42 (COVID), Jul 2020',
    description:
      'Title 42 public-health expulsions: nearly everyone encountered is expelled at once without a fear screen, children included; MPP hearings suspended; detention reduced for COVID.',
  },
  'biden-2021': {
    date: '2021-03-15',
    label: 'Early Biden, Mar 2021',
    description:
      'Title 42 continues for single adults and many families, but unaccompanied children are excepted and Tamaulipas refuses young Central American families; MPP ended for new arrivals and its cases are being admitted.',
  },
};

/**
 * The named regime snapshots: the rules in force on one date in each era, frozen.
 * @example
 * regimes['mpp-2019'].inForce.mpp // true
 * regimes['title42-2020'].date // '2020-07-01'
 */
export const regimes: Readonly<Record<RegimeId, Regime>> = deepFreeze(
  Object.fromEntries(REGIME_IDS.map((id) => [id, regimeAt(SPECS[id].date, { id, label: SPECS[id].label, description: SPECS[id].description })])) as Record<RegimeId, Regime>,
);

/**
 * Whether a string is a snapshot id.
 * @example
 * isRegimeId('mpp-2019') // true
 */
export function isRegimeId(id: unknown): id is RegimeId {
  return typeof id === 'string' && (REGIME_IDS as readonly string[]).includes(id);
}

/**
 * A named snapshot by id; throws an ImmsimError naming the allowed ids.
 * @example
 * getRegime('kelly-2017').date // '2017-06-01'
 */
export function getRegime(id: string): Regime {
  if (!isRegimeId(id)) {
    throw new ImmsimError([{ path: ['regime'], message: `unknown regime ${JSON.stringify(id)}; allowed: ${REGIME_IDS.join(', ')}` }]);
  }
  return regimes[id];
}
