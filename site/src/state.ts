// The page's state and its URL form: every view is a permalink.
export const VIEWS = ['outcomes', 'compare', 'flow', 'explain', 'history', 'sensitivity'] as const;
export type View = (typeof VIEWS)[number];

/** The history view: months, scale, replications, measures of the counterfactual, series shown. */
export interface HistoryState {
  from: string;
  to: string;
  scale: number;
  reps: number;
  /** Measures switched on / off in the counterfactual (both empty: no counterfactual). */
  with: string[];
  without: string[];
  series: string[];
}

/** The sensitivity view: a metric of one regime or of a paired difference (b minus a). */
export interface SensitivityState {
  metric: string;
  a: string;
  /** '' for the metric of regime a alone. */
  b: string;
  /** People per run. */
  n: number;
  /** Saltelli base samples for Sobol indices; 0 for the one-at-a-time tornado only. */
  sobol: number;
}

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
  history: HistoryState;
  sens: SensitivityState;
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
  history: { from: '2015-10', to: '2021-09', scale: 0.05, reps: 4, with: [], without: [], series: ['encounters', 'expulsions', 'waiting-in-mexico', 'court-pending'] },
  sens: { metric: 'in-absentia-order', a: 'pep-2016', b: 'mpp-2019', n: 2_000, sobol: 0 },
};

const list = (s: string | null): string[] => (s ? s.split(',').filter(Boolean) : []);
const int = (s: string | null, fallback: number, min: number, max: number): number => {
  const v = s === null ? NaN : Number(s);
  return Number.isInteger(v) && v >= min && v <= max ? v : fallback;
};
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (s: string | null, fallback: string) => (s && MONTH.test(s) ? s : fallback);

/** Reads the state from a URL query (unknown or bad values fall back to the defaults). */
export function parseState(search: string): PageState {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  const [citizenship, demographic, entry] = (q.get('profile') ?? '').split(',');
  const H = DEFAULTS.history;
  const S = DEFAULTS.sens;
  const scale = Number(q.get('scale'));
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
    history: {
      from: month(q.get('from'), H.from),
      to: month(q.get('to'), H.to),
      scale: scale > 0 && scale <= 1 ? scale : H.scale,
      reps: int(q.get('reps'), H.reps, 1, 100),
      with: list(q.get('hwith')),
      without: list(q.get('hwithout')),
      series: q.has('series') ? list(q.get('series')) : [...H.series],
    },
    sens: {
      metric: q.get('metric') || S.metric,
      a: q.get('sa') || S.a,
      b: q.has('sb') ? (q.get('sb') ?? '') : S.b,
      n: int(q.get('sn'), S.n, 1, 1_000_000),
      sobol: int(q.get('sobol'), S.sobol, 0, 10_000),
    },
  };
}

/** The state as a URL query string (starting with '?'); each view writes the fields it reads. */
export function stateQuery(s: PageState): string {
  const q = new URLSearchParams();
  q.set('view', s.view);
  if (s.view === 'history') {
    const h = s.history;
    q.set('from', h.from);
    q.set('to', h.to);
    q.set('scale', String(h.scale));
    q.set('reps', String(h.reps));
    if (h.with.length) q.set('hwith', h.with.join(','));
    if (h.without.length) q.set('hwithout', h.without.join(','));
    q.set('series', h.series.join(','));
    q.set('seed', String(s.seed));
    return `?${q.toString()}`;
  }
  if (s.view === 'sensitivity') {
    const x = s.sens;
    q.set('metric', x.metric);
    q.set('sa', x.a);
    q.set('sb', x.b);
    q.set('sn', String(x.n));
    q.set('sobol', String(x.sobol));
    q.set('cohort', s.cohort);
    q.set('seed', String(s.seed));
    return `?${q.toString()}`;
  }
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
