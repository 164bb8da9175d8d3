import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohorts, COHORT_IDS } from '../../src/cohorts/index.js';
import { ERA_PERIODS } from '../../src/policy/params/eras.js';
import { regimes, REGIME_IDS } from '../../src/policy/snapshots.js';
import type { Param } from '../../src/policy/types.js';
import { PARAMS_SPEC, walkSpec } from '../../src/policy/validate.js';

const recordsOf = (f: string) =>
  (JSON.parse(readFileSync(new URL(`../../data/reference/${f}`, import.meta.url), 'utf8')) as { records: { id: string }[] }).records;
// The shared reference's figures, and those found in the legal review (issue 10).
const RECORD_IDS = new Set([...recordsOf('calibration-inputs.json'), ...recordsOf('law-review-inputs.json')].map((r) => r.id));
const REFERENCE_SECTIONS = /^data\/reference\/procedure-and-regimes\.md §[1-6]$/;

/** Every `{ value, source }` object inside a value, with its path. */
function allParams(value: unknown, path: string[] = []): { path: string; param: Param }[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('value' in value && 'source' in value) return [{ path: path.join('.'), param: value as Param }];
  return Object.entries(value).flatMap(([k, v]) => allParams(v, [...path, k]));
}

function sourceProblem(p: Param): string | undefined {
  const s = p.source as Record<string, unknown>;
  if (typeof s.record === 'string') return RECORD_IDS.has(s.record) ? undefined : `unknown record '${s.record}'`;
  if (typeof s.reference === 'string') return REFERENCE_SECTIONS.test(s.reference) ? undefined : `bad reference '${s.reference}'`;
  if (typeof s.assumption === 'string') return s.assumption.trim().length >= 10 ? undefined : 'assumption without a reason';
  return 'no source';
}

const inRange = (kind: string, v: number) =>
  Number.isFinite(v) && (kind === 'share' ? v >= 0 && v <= 1 : kind === 'positive-share' ? v > 0 && v <= 1 : kind === 'days' ? v > 0 : v >= 0);

describe('every parameter is sourced and in range', () => {
  const regimeSets = [
    ...REGIME_IDS.map((id) => [`snapshot ${id}`, regimes[id].params] as const),
    ...ERA_PERIODS.map((p) => [`era ${p.era} from ${p.from}`, p.params] as const),
  ];

  it.each(regimeSets)('%s', (_name, params) => {
    let n = 0;
    walkSpec(params, PARAMS_SPEC, (path, value, kind) => {
      n++;
      const p = value as Param;
      expect(sourceProblem(p), path.join('.')).toBeUndefined();
      expect(inRange(kind, p.value), `${path.join('.')} = ${p.value} (${kind})`).toBe(true);
    });
    // Nothing outside the spec: the walk and a blind search find the same Params.
    expect(allParams(params)).toHaveLength(n);
  });

  it.each(COHORT_IDS)('cohort %s', (id) => {
    const found = allParams(cohorts[id]);
    // 3 demographic + 9 citizenship + countries + port share + 9 fear + 8 traits + 10 sectors.
    const countries = Object.values(cohorts[id].countries).reduce((s, g) => s + Object.keys(g).length, 0);
    expect(found).toHaveLength(40 + countries);
    for (const { path, param } of found) {
      expect(sourceProblem(param), path).toBeUndefined();
      expect(param.value >= 0 && param.value <= 1, `${path} = ${param.value}`).toBe(true);
    }
  });

  it('uses real records, not only assumptions', () => {
    const kinds = (params: unknown) => allParams(params).map(({ param }) => Object.keys(param.source)[0]);
    for (const id of REGIME_IDS) expect(kinds(regimes[id].params).filter((k) => k === 'record').length, id).toBeGreaterThan(20);
  });

  it('every record id named in the parameter and cohort source files exists', () => {
    const dirs = [new URL('../../src/policy/params/', import.meta.url), new URL('../../src/cohorts/data/', import.meta.url)];
    const NOT_IDS = new Set(['p_all', 'swb_usbp_total_fy', 'swb_usbp_total_fy20xx']);
    const missing: string[] = [];
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
        const text = readFileSync(new URL(f, dir), 'utf8');
        for (const [token] of text.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)) {
          if (!NOT_IDS.has(token) && !RECORD_IDS.has(token)) missing.push(`${f}: ${token}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
