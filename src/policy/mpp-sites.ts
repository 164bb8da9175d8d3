import type { Sector } from '../domain/profile.js';
import type { MeasureId } from './types.js';

/** One MPP site: the Border Patrol sector it served and the dated measure under which it operated. */
export interface MppSite {
  sector: Exclude<Sector, 'other'>;
  /** In force while MPP returns people from this sector. */
  measure: MeasureId;
  /** Where people were returned to. */
  returnedTo: string;
}

/**
 * Where MPP operated while it ran site by site (`mpp-site-by-site`), from data/reference/history-inputs.json
 * (mpp_start_* records) and the dates of the measures named here. Yuma and Big Bend have no site of their own before
 * Jan 2020, when CBP reports enrolments from every sector and the site-by-site restriction ends.
 */
export const MPP_SITES: readonly MppSite[] = [
  { sector: 'san-diego', measure: 'mpp-site-san-diego', returnedTo: 'Tijuana' },
  { sector: 'el-centro', measure: 'mpp-site-el-centro', returnedTo: 'Mexicali' },
  { sector: 'el-paso', measure: 'mpp-site-el-paso', returnedTo: 'Ciudad Juárez' },
  { sector: 'laredo', measure: 'mpp-site-laredo', returnedTo: 'Nuevo Laredo' },
  { sector: 'rio-grande-valley', measure: 'mpp-site-rio-grande-valley', returnedTo: 'Matamoros' },
  { sector: 'del-rio', measure: 'mpp-site-del-rio', returnedTo: 'Piedras Negras' },
  { sector: 'tucson', measure: 'mpp-site-tucson', returnedTo: 'Ciudad Juárez (by bus), Nogales' },
];
