// The page's state and its URL form: every view is a permalink.
export const VIEWS = ['outcomes', 'compare', 'flow', 'explain'] as const;
export type View = (typeof VIEWS)[number];

export interface PageState {
  view: View;
  /** A regime id (e.g. 'mpp-2019') or a date (YYYY-MM-DD): the rules in force that day. */
  regime: string;
  /** Built-in measures switched on / off on top of the regime. */
  on: string[];
  off: string[];
  /** The second regime for paired differences ('' for none). */
  vs: string;
  /** A cohort id, or 'profile' to simulate people like `profile`. */
  cohort: string;
  profile: { citizenship: string; demographic: string; entry: string };
  n: number;
  seed: number;
  /** Which person to explain (0-based). */
  person: number;
}

export const DEFAULTS: PageState = {
  view: 'outcomes',
  regime: 'mpp-2019',
  on: [],
  off: [],
  vs: 'kelly-2017',
  cohort: 'swb-fy2019',
  profile: { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports' },
  n: 20_000,
  seed: 2021,
  person: 0,
};

const list = (s: string | null): string[] => (s ? s.split(',').filter(Boolean) : []);
const int = (s: string | null, fallback: number, min: number, max: number): number => {
  const v = s === null ? NaN : Number(s);
  return Number.isInteger(v) && v >= min && v <= max ? v : fallback;
};

/** Reads the state from a URL query (unknown or bad values fall back to the defaults). */
export function parseState(search: string): PageState {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  const [citizenship, demographic, entry] = (q.get('profile') ?? '').split(',');
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : DEFAULTS.view,
    regime: q.get('regime') || DEFAULTS.regime,
    on: list(q.get('on')),
    off: list(q.get('off')),
    vs: q.has('vs') ? (q.get('vs') ?? '') : DEFAULTS.vs,
    cohort: q.get('cohort') || DEFAULTS.cohort,
    profile: citizenship && demographic && entry ? { citizenship, demographic, entry } : { ...DEFAULTS.profile },
    n: int(q.get('n'), DEFAULTS.n, 1, 10_000_000),
    seed: int(q.get('seed'), DEFAULTS.seed, 0, 2 ** 32 - 1),
    person: int(q.get('person'), DEFAULTS.person, 0, 1e9),
  };
}

/** The state as a URL query string (starting with '?'). */
export function stateQuery(s: PageState): string {
  const q = new URLSearchParams();
  q.set('view', s.view);
  q.set('regime', s.regime);
  if (s.on.length) q.set('on', s.on.join(','));
  if (s.off.length) q.set('off', s.off.join(','));
  q.set('vs', s.vs);
  q.set('cohort', s.cohort);
  if (s.cohort === 'profile') q.set('profile', [s.profile.citizenship, s.profile.demographic, s.profile.entry].join(','));
  q.set('n', String(s.n));
  q.set('seed', String(s.seed));
  if (s.view === 'explain') q.set('person', String(s.person));
  return `?${q.toString()}`;
}
