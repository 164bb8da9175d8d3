import { isContiguous, isCountryCode, presumedSpanishSpeaker } from './citizenship.js';
import { ImmsimError, type Issue } from './errors.js';
import { plainData } from './plain-data.js';

/** Who crossed: a single adult, a member of a family unit, or an unaccompanied alien child. */
export type Demographic = 'single-adult' | 'family-unit' | 'uac';
/** Where the person was encountered. */
export type Entry = 'port-of-entry' | 'between-ports';
/** Which land border. */
export type Border = 'southwest' | 'northern';
/** For a member of a family unit: a parent or a child. */
export type FamilyRole = 'parent' | 'child';
/**
 * Border Patrol sector of the southwest border where the person was encountered (a port counts in the sector around
 * it), west to east. Rules depend on it: Tamaulipas (Rio Grande Valley, Laredo) for Title 42 families; the 9th Circuit
 * (San Diego, El Centro, Yuma, Tucson) for the transit bar; MPP opened site by site. 'other' is a sector the law does
 * not name or one not given: site-by-site rules do not narrow it, and it is outside the 9th Circuit.
 */
export type Sector =
  | 'san-diego' | 'el-centro' | 'yuma' | 'tucson' | 'el-paso' | 'big-bend' | 'del-rio' | 'laredo' | 'rio-grande-valley' | 'other';

/**
 * The allowed values of each enumerated profile field.
 * @example
 * DEMOGRAPHICS // ['single-adult', 'family-unit', 'uac']
 */
export const DEMOGRAPHICS: readonly Demographic[] = ['single-adult', 'family-unit', 'uac'];
export const ENTRIES: readonly Entry[] = ['port-of-entry', 'between-ports'];
export const BORDERS: readonly Border[] = ['southwest', 'northern'];
export const SECTORS: readonly Sector[] = [
  'san-diego', 'el-centro', 'yuma', 'tucson', 'el-paso', 'big-bend', 'del-rio', 'laredo', 'rio-grande-valley', 'other',
];
export const FAMILY_ROLES: readonly FamilyRole[] = ['parent', 'child'];

/** A person as the law sees them at the border. Only `citizenship`, `demographic` and `entry` are required. */
export interface MigrantProfile {
  /** ISO 3166 alpha-2 code, e.g. 'MX', 'GT', 'HN', 'SV', 'CU', 'BR'. */
  citizenship: string;
  demographic: Demographic;
  entry: Entry;
  /** Default 'southwest'. */
  border: Border;
  /** Default 'other'. */
  sector: Sector;
  /** Age in years of the person (the child for a UAC); default 30 for adults, 16 for UACs. */
  age: number;
  /** For a family unit, the age of its youngest child; default 8. Ignored otherwise. */
  youngestChildAge: number;
  /** For a family unit, whether this member is a parent or a child; default 'parent'. Ignored otherwise. */
  familyRole: FamilyRole;
  /** Default: presumed from citizenship. */
  spanishSpeaker: boolean;
  /** Known physical or mental health issue (MPP exclusion). Default false. */
  healthVulnerable: boolean;
  /** Criminal history or history of violence (MPP exclusion). Default false. */
  criminalHistory: boolean;
  /** An earlier removal order that can be reinstated (INA 241(a)(5)). Default false. */
  priorRemovalOrder: boolean;
  /** Would express a fear of return if asked (triggers a fear screen). Default false. */
  fearOfReturn: boolean;
  /** More likely than not to be persecuted or tortured in Mexico (MPP non-refoulement exclusion). Default false. */
  fearOfMexico: boolean;
  /** A trafficking victim (bars repatriation of a contiguous-country UAC). Default false. */
  traffickingVictim: boolean;
  /** Crossed a third country on the way without applying there (transit bar). Default: not contiguous. */
  transitedThirdCountry: boolean;
}

/** The fields a caller must give; the rest default. */
export type ProfileInput = Pick<MigrantProfile, 'citizenship' | 'demographic' | 'entry'> & Partial<MigrantProfile>;

/**
 * Every field of a profile, in documentation order; any other key is an error.
 * @example
 * PROFILE_FIELDS.includes('fearOfReturn') // true
 */
export const PROFILE_FIELDS = [
  'citizenship', 'demographic', 'entry', 'border', 'sector', 'age', 'youngestChildAge', 'familyRole', 'spanishSpeaker', 'healthVulnerable',
  'criminalHistory', 'priorRemovalOrder', 'fearOfReturn', 'fearOfMexico', 'traffickingVictim', 'transitedThirdCountry',
] as const satisfies readonly (keyof MigrantProfile)[];

const BOOLEAN_FIELDS = [
  'spanishSpeaker', 'healthVulnerable', 'criminalHistory', 'priorRemovalOrder', 'fearOfReturn', 'fearOfMexico',
  'traffickingVictim', 'transitedThirdCountry',
] as const;

/**
 * Completes a profile with defaults and validates it; throws an {@link ImmsimError} naming every bad field.
 * @example
 * const p = makeProfile({ citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports', youngestChildAge: 4 });
 * p.border // 'southwest'
 */
export function makeProfile(raw: ProfileInput): MigrantProfile {
  const issues = profileIssues(raw);
  if (issues.length > 0) throw new ImmsimError(issues);
  const input = plainData(raw) as ProfileInput;
  const uac = input.demographic === 'uac';
  const child = input.demographic === 'family-unit' && input.familyRole === 'child';
  const youngestChildAge = input.youngestChildAge ?? (child && input.age !== undefined ? input.age : 8);
  return {
    citizenship: input.citizenship,
    demographic: input.demographic,
    entry: input.entry,
    border: input.border ?? 'southwest',
    sector: input.sector ?? 'other',
    age: input.age ?? (uac ? 16 : child ? youngestChildAge : 30),
    youngestChildAge,
    familyRole: input.familyRole ?? 'parent',
    spanishSpeaker: input.spanishSpeaker ?? presumedSpanishSpeaker(input.citizenship),
    healthVulnerable: input.healthVulnerable ?? false,
    criminalHistory: input.criminalHistory ?? false,
    priorRemovalOrder: input.priorRemovalOrder ?? false,
    fearOfReturn: input.fearOfReturn ?? false,
    fearOfMexico: input.fearOfMexico ?? false,
    traffickingVictim: input.traffickingVictim ?? false,
    transitedThirdCountry: input.transitedThirdCountry ?? !isContiguous(input.citizenship),
  };
}

/**
 * The problems with a profile input, as data (empty when valid).
 * @example
 * profileIssues({ citizenship: 'HN', demographic: 'adult', entry: 'between-ports' })[0].path // ['demographic']
 */
export function profileIssues(raw: unknown, path: readonly (string | number)[] = []): Issue[] {
  const issues: Issue[] = [];
  let input: unknown;
  try {
    input = plainData(raw, path);
  } catch (e) {
    if (e instanceof ImmsimError) return e.issues;
    throw e;
  }
  if (typeof input !== 'object' || input === null) {
    return [{ path: [...path], message: 'a profile must be an object with citizenship, demographic and entry' }];
  }
  const o = input as Record<string, unknown>;
  // A misspelt field (fearOfRetrun) would silently run as its default: unknown keys are errors.
  for (const k of Object.keys(o)) {
    if (!(PROFILE_FIELDS as readonly string[]).includes(k)) {
      issues.push({ path: [...path, k], message: `unknown profile field; allowed: ${PROFILE_FIELDS.join(', ')}` });
    }
  }
  const oneOf = (field: string, allowed: readonly string[], required: boolean) => {
    const v = o[field];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || !allowed.includes(v)) {
      issues.push({ path: [...path, field], message: `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}; got ${show(v)}` });
    }
  };
  if (!isCountryCode(o.citizenship)) {
    issues.push({ path: [...path, 'citizenship'], message: `must be an ISO 3166 alpha-2 code such as 'MX', 'GT', 'HN'; got ${show(o.citizenship)}` });
  }
  oneOf('demographic', DEMOGRAPHICS, true);
  oneOf('entry', ENTRIES, true);
  oneOf('border', BORDERS, false);
  oneOf('sector', SECTORS, false);
  oneOf('familyRole', FAMILY_ROLES, false);
  for (const f of ['age', 'youngestChildAge'] as const) {
    const v = o[f];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 120)) {
      issues.push({ path: [...path, f], message: `must be an integer from 0 to 120; got ${show(v)}` });
    }
  }
  if (o.demographic === 'uac' && typeof o.age === 'number' && o.age >= 18) {
    issues.push({ path: [...path, 'age'], message: `a UAC is under 18 (6 USC 279(g)(2)); got ${o.age}` });
  }
  if (o.demographic === 'family-unit' && o.familyRole === 'child' && typeof o.age === 'number' && o.age >= 18) {
    issues.push({ path: [...path, 'age'], message: `a child in a family unit is under 18; got ${o.age}` });
  }
  for (const f of BOOLEAN_FIELDS) {
    if (o[f] !== undefined && typeof o[f] !== 'boolean') {
      issues.push({ path: [...path, f], message: `must be true or false; got ${show(o[f])}` });
    }
  }
  return issues;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
