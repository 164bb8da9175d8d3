import type { Demographic, Sector } from '../domain/profile.js';
import type { MeasureId } from './types.js';

/** A refusal carved out of an acceptance: families with a young child in some sectors, while a measure is in force. */
export interface AcceptanceRefusal {
  measure: MeasureId;
  sectors: readonly Sector[];
  demographics: readonly Demographic[];
  /** Refused when the family's youngest child is younger than this (years). */
  youngestChildUnder: number;
}

/**
 * Who a receiving country takes from the US under Title 42. An expulsion needs a country that takes the person: an
 * arrangement whose measure is in force and that covers the person's nationality and demographic (and, for Mexico,
 * health and place).
 */
export interface ExpulsionAcceptance {
  id: string;
  /** The receiving country ('nationality': the person's own country, by flight). */
  receiver: 'MX' | 'nationality';
  route: 'land' | 'air';
  /** The dated measure the arrangement follows. */
  measure: MeasureId;
  /** Nationalities taken: a list, or every nationality but those in `except`. */
  nationalities: readonly string[] | 'all';
  except?: readonly string[];
  demographics: readonly Demographic[];
  /** Taken only if in good health. */
  healthyOnly: boolean;
  refusals: readonly AcceptanceRefusal[];
  authority: string;
}

const TAMAULIPAS: AcceptanceRefusal = {
  measure: 'tamaulipas-family-refusal',
  sectors: ['rio-grande-valley', 'laredo'],
  demographics: ['family-unit'],
  youngestChildUnder: 6,
};

/**
 * The Title 42 receiving arrangements 2020–2021, dated by the measures they name (all from the CDC order of 20 Mar
 * 2020, so a counterfactual Title 42 brings its receiving countries with it).
 */
export const EXPULSION_ACCEPTANCE: readonly ExpulsionAcceptance[] = [
  {
    id: 'mexico-own-nationals',
    receiver: 'MX',
    route: 'land',
    measure: 'title-42',
    nationalities: ['MX'],
    demographics: ['single-adult', 'family-unit', 'uac'],
    healthyOnly: false,
    refusals: [],
    authority: 'Mexico takes back its own nationals at the land border (data/reference/procedure-and-regimes.md §2)',
  },
  {
    id: 'mexico-central-americans',
    receiver: 'MX',
    route: 'land',
    measure: 'title-42',
    nationalities: ['GT', 'HN', 'SV'],
    demographics: ['single-adult', 'family-unit'],
    healthyOnly: true,
    refusals: [TAMAULIPAS],
    authority:
      'Mexican foreign ministry document of 21 Mar 2020: the agreement covers Mexicans and Guatemalans, Hondurans and ' +
      'Salvadorans only (Reuters, "U.S. expels dozens of Haitian asylum seekers to Mexico", 4 Feb 2021); adults in good ' +
      'health, no unaccompanied minors (CBP officials, Los Angeles Times, 21 Mar 2020); §2; Tamaulipas refuses families ' +
      'with children under 6 from late Jan 2021 (measure tamaulipas-family-refusal)',
  },
  {
    id: 'central-america-by-air',
    receiver: 'nationality',
    route: 'air',
    measure: 'title-42',
    nationalities: ['GT', 'HN', 'SV'],
    demographics: ['single-adult', 'uac'],
    healthyOnly: false,
    refusals: [],
    authority:
      'ICE Air expulsion flights to Guatemala, Honduras and El Salvador, including unaccompanied children until the ' +
      'P.J.E.S. injunction (Witness at the Border ICE Air reports, 2020–2021); families are not flown (they were released ' +
      'where Tamaulipas refused them: Reuters, 3–4 Feb 2021)',
  },
  {
    id: 'other-nationals-by-air',
    receiver: 'nationality',
    route: 'air',
    measure: 'title-42',
    nationalities: 'all',
    except: ['MX', 'GT', 'HN', 'SV', 'CU', 'VE', 'NI'],
    demographics: ['single-adult', 'family-unit', 'uac'],
    healthyOnly: false,
    refusals: [],
    authority:
      '"Under Title 42, the United States generally flies migrants of other nationalities back to their country of ' +
      'origin" (Reuters, 4 Feb 2021), e.g. Haiti and Ecuador (Witness at the Border ICE Air reports, Oct 2020 – Feb 2021); ' +
      'no flights to Cuba, Nicaragua or Venezuela for lack of diplomatic relations, so their nationals must be processed ' +
      'under Title 8 (Boston Globe, "US accelerates expulsions of Haitian migrants", 9 Jun 2022)',
  },
];
