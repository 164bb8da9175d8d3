import fc from 'fast-check';
import { makeProfile, type ProfileInput } from '../../src/domain/profile.js';
import { initialContext, type PathContext } from '../../src/law/context.js';
import type { FactEvent } from '../../src/law/events.js';
import { regimeAt } from '../../src/policy/regime-at.js';
import type { Regime } from '../../src/policy/types.js';

// Property tests run with a fixed seed in CI; a failure prints the seed and the path to replay it.
export const FC = { seed: Number(process.env.FC_SEED ?? 20_161_120), numRuns: Number(process.env.FC_RUNS ?? 300) };
fc.configureGlobal({ seed: FC.seed, numRuns: FC.numRuns });

export const GT_ADULT: ProfileInput = { citizenship: 'GT', demographic: 'single-adult', entry: 'between-ports' };

/** A context for a profile under the rules of a date (or a regime), with case fields overridden. */
export function ctxAt(profile: Partial<ProfileInput>, when: string | Regime, over: Partial<PathContext> = {}): PathContext {
  const regime = typeof when === 'string' ? regimeAt(when) : when;
  return { ...initialContext({ profile: makeProfile({ ...GT_ADULT, ...profile } as ProfileInput), regime }), ...over };
}

export const ev = <T extends FactEvent['type']>(type: T, days = 0, extra: Record<string, unknown> = {}): FactEvent =>
  ({ type, days, ...extra }) as FactEvent;

/** The day before and after an ISO date. */
export function dayBefore(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
export function dayAfter(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
