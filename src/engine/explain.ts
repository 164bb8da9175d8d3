import { createActor } from 'xstate';
import { ImmsimError, type Issue } from '../domain/errors.js';
import { OUTCOME_IDS, tracksOf, type OutcomeId, type TrackId } from '../domain/outcomes.js';
import { makeProfile, profileIssues, type MigrantProfile, type ProfileInput } from '../domain/profile.js';
import type { PathContext } from '../law/context.js';
import type { FactEvent } from '../law/events.js';
import { FACT_TYPES } from '../law/events.js';
import { pathwayMachine, type TransitionMeta } from '../law/pathway-machine.js';
import { STATES, outcomeOf, type StateInfo } from '../law/states.js';
import type { Regime } from '../policy/types.js';
import { DEFAULT_HORIZON_DAYS, integerOption, resolveRegime, throwIfIssues } from './options.js';
import { personStream } from './random.js';
import { PathSampler, compiledPathway } from './sampler.js';

/** One step of a path: the fact, the state it led to, the day, and the law applied. */
export interface PathStep {
  state: string;
  day: number;
  /** The fact that moved the person here (null for the first state). */
  event: FactEvent | null;
  /** The rule (guard) that allowed the move, with its statement and authority; undefined for moves no rule binds. */
  rule?: string;
  statement?: string;
  authority?: string;
}

/** One person's path, step by step, with the law behind each step. */
export interface Explanation {
  profile: MigrantProfile;
  regime: string;
  steps: PathStep[];
  /** The outcome of the last case (pending if it was still open). */
  outcome: OutcomeId;
  tracks: TrackId[];
  context: PathContext;
  /** A fact the law refused, where explain was given facts; the path stops before it. */
  refused?: { event: FactEvent; state: string; reason: string };
  /** The first given fact that falls after the horizon; the path stops before it (the case is followed no further). */
  beyondHorizon?: { event: FactEvent; day: number; horizonDays: number };
  /** The path as readable text. */
  text: string;
}

/**
 * Options of {@link explain}: a regime, a profile, and either facts to replay or a seed to draw them.
 * @example
 * explain({ regime: 'mpp-2019', profile: { citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' }, seed: 1 });
 */
export interface ExplainOptions {
  regime: string | Regime;
  profile: ProfileInput;
  /** The facts to replay; or give `seed` to draw them with the regime's chances. */
  facts?: FactEvent[];
  seed?: number;
  horizonDays?: number;
}

/**
 * Explains one person's path under a regime, replayed on a real XState actor of `pathwayMachine`: either the
 * facts you give (stopping at the first one the law refuses, with the reason), or facts drawn from `seed`.
 * @example
 * const e = explain({ regime: 'mpp-2019', profile: { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports' }, seed: 3 });
 * console.log(e.text);
 */
export function explain(options: ExplainOptions): Explanation {
  const issues: Issue[] = [];
  const regime = resolveRegime(options?.regime, ['regime'], issues);
  issues.push(...profileIssues(options?.profile, ['profile']));
  if (options?.facts === undefined && options?.seed === undefined) {
    issues.push({ path: ['seed'], message: 'give either facts (a list of fact events) or a seed (an integer)' });
  }
  if (options?.facts !== undefined) issues.push(...factsIssues(options.facts));
  if (options?.seed !== undefined) integerOption(options.seed, 'seed', 0, 2 ** 32 - 1, issues);
  const horizonDays = integerOption(options?.horizonDays, 'horizonDays', 1, 36_500, issues, DEFAULT_HORIZON_DAYS);
  throwIfIssues(issues);
  const profile = makeProfile(options.profile);
  const facts = options.facts ?? drawFacts(regime!, profile, options.seed!, horizonDays);
  return replay(regime!, profile, facts, horizonDays);
}

/**
 * The facts the sampler draws for this person under this regime and seed.
 * @example
 * drawFacts(regimes['title42-2020'], makeProfile({ citizenship: 'MX', demographic: 'single-adult', entry: 'between-ports' }), 1, 1095)
 */
export function drawFacts(regime: Regime, profile: MigrantProfile, seed: number, horizonDays: number): FactEvent[] {
  const m = compiledPathway();
  const sampler = new PathSampler(regime, horizonDays, m);
  const ctx = m.createContext({ profile, regime });
  const facts: FactEvent[] = [];
  sampler.run(ctx, personStream(seed, 0), { caseEnded() {}, step: (_f, _t, _tr, e) => void facts.push({ ...e }) });
  return facts;
}

function factsIssues(facts: unknown): Issue[] {
  if (!Array.isArray(facts)) return [{ path: ['facts'], message: 'must be an array of fact events' }];
  const out: Issue[] = [];
  facts.forEach((f, i) => {
    const o = f as { type?: unknown; days?: unknown };
    if (typeof o !== 'object' || o === null || !FACT_TYPES.includes(o.type as never)) {
      out.push({ path: ['facts', i, 'type'], message: `must be one of ${FACT_TYPES.join(', ')}` });
    } else if (typeof o.days !== 'number' || !Number.isInteger(o.days) || o.days < 0) {
      out.push({ path: ['facts', i, 'days'], message: 'must be a whole number of days ≥ 0' });
    }
  });
  return out;
}

/**
 * Replays facts on a real actor, recording each step with the authority of the transition taken.
 * @example
 * replay(regimes['pep-2016'], profile, [{ type: 'PROCESS', days: 0 }]).steps.length // 2
 */
export function replay(regime: Regime, profile: MigrantProfile, facts: FactEvent[], horizonDays = Infinity): Explanation {
  const actor = createActor(pathwayMachine, { input: { profile, regime } }).start();
  let snap = actor.getSnapshot();
  const steps: PathStep[] = [{ state: String(snap.value), day: 0, event: null }];
  let refused: Explanation['refused'];
  let beyondHorizon: Explanation['beyondHorizon'];
  for (const event of facts) {
    const state = String(snap.value);
    // As the sampler does: a fact that would happen after the horizon is not followed (the case stays as it is).
    if (snap.context.day + event.days > horizonDays) {
      beyondHorizon = { event, day: snap.context.day + event.days, horizonDays };
      break;
    }
    if (!snap.can(event)) {
      refused = { event, state, reason: refusalReason(snap.context, state, event) };
      break;
    }
    const meta = takenMeta(snap.context, state, event);
    actor.send(event);
    snap = actor.getSnapshot();
    steps.push({ state: String(snap.value), day: snap.context.day, event, ...meta });
  }
  actor.stop();
  const finalState = String(snap.value);
  const outcome = outcomeOf(finalState) ?? 'pending';
  const context = snap.context;
  const e: Omit<Explanation, 'text'> = {
    profile,
    regime: regime.id,
    steps,
    outcome,
    tracks: tracksOf(context.tracks),
    context,
    ...(refused ? { refused } : {}),
    ...(beyondHorizon ? { beyondHorizon } : {}),
  };
  return { ...e, text: explanationText(e) };
}

// The meta of the transition XState will take: the first whose guard holds (same order as the machine).
function takenMeta(ctx: PathContext, state: string, event: FactEvent): Partial<PathStep> {
  const node = pathwayMachine.root.states[state];
  const list = node?.transitions.get(event.type) ?? [];
  const guards = pathwayMachine.implementations.guards as Record<string, (a: unknown) => boolean>;
  for (const t of list) {
    const g = t.guard as string | undefined;
    if (g === undefined || guards[g]!({ context: ctx, event })) {
      const meta = (t.meta ?? {}) as TransitionMeta;
      return meta.rule ? { rule: meta.rule, statement: meta.statement, authority: meta.authority } : {};
    }
  }
  return {};
}

function refusalReason(ctx: PathContext, state: string, event: FactEvent): string {
  const node = pathwayMachine.root.states[state];
  const list = node?.transitions.get(event.type) ?? [];
  if (list.length === 0) {
    const allowed = [...(node?.transitions.keys() ?? [])].join(', ') || 'none (final)';
    return `no ${event.type} fact is possible in state '${state}'; possible here: ${allowed}`;
  }
  const failed = list
    .map((t) => (t.meta ?? {}) as TransitionMeta)
    .filter((m) => m.rule)
    .map((m) => `${m.rule}: ${m.statement} [${m.authority}]`);
  void ctx;
  return `the law refuses ${event.type} in '${state}': ${failed.join(' | ')}`;
}

/**
 * Readable text of a path.
 * @example
 * console.log(explanationText(replay(regimes['pep-2016'], profile, facts)));
 */
export function explanationText(e: Omit<Explanation, 'text'>): string {
  const p = e.profile;
  const lines = [
    `${p.demographic} from ${p.citizenship}, ${p.entry}${p.fearOfReturn ? ', fears return' : ''} — regime ${e.regime}`,
  ];
  const whats = e.steps.map((s) => (s.event ? `${s.event.type}${detail(s.event)}` : 'start'));
  const width = Math.max(...whats.map((w) => w.length));
  for (const [i, s] of e.steps.entries()) {
    const info = (STATES as Record<string, StateInfo>)[s.state];
    lines.push(`day ${String(s.day).padStart(4)}  ${whats[i]!.padEnd(width)} → ${s.state}: ${info?.description ?? ''}`);
    if (s.authority) lines.push(`          rule ${s.rule}: ${s.authority}`);
  }
  if (e.refused) lines.push(`refused: ${e.refused.reason}`);
  if (e.beyondHorizon) {
    const b = e.beyondHorizon;
    lines.push(`horizon: the next fact (${b.event.type}, day ${b.day}) falls after the horizon of ${b.horizonDays} days; not followed`);
  }
  lines.push(`outcome: ${e.outcome}; tracks: ${e.tracks.join(', ') || 'none'}`);
  return lines.join('\n');
}

function detail(e: FactEvent): string {
  switch (e.type) {
    case 'SCREEN':
      return ` (${e.positive ? 'positive' : 'negative'}, ${e.standard})`;
    case 'IJ_DECISION':
      return ` (${e.vacated ? 'vacated' : 'affirmed'})`;
    case 'HEARING':
      return ` (${e.decision}${e.relief ? `: ${e.relief}` : ''})`;
    default:
      return '';
  }
}

export { OUTCOME_IDS };
