import { describe, expect, it } from 'vitest';
import { explain } from '../../src/engine/explain.js';

describe('explain', () => {
  it('gives a cited, step-by-step path for facts, ending where the facts lead', () => {
    const e = explain({
      regime: 'title42-2020',
      profile: { citizenship: 'MX', demographic: 'single-adult', entry: 'between-ports' },
      facts: [
        { type: 'PROCESS', days: 0 },
        { type: 'EXPEL', days: 1 },
        { type: 'RECROSS', days: 6 },
        { type: 'PROCESS', days: 0 },
        { type: 'EXPEL', days: 1 },
      ],
    });
    expect(e.steps.map((s) => s.state)).toEqual(['encountered', 'processing', 'expelled', 'encountered', 'processing', 'expelled']);
    expect(e.steps[2]!.authority).toMatch(/42 USC 265/);
    expect(e.outcome).toBe('expelled');
    expect(e.context.encounters).toBe(2);
    expect(e.tracks).toEqual(['title-42']);
    expect(e.text).toMatch(/rule canExpelTitle42: 42 USC 265/);
  });

  it('stops at a fact the law refuses and says why', () => {
    const e = explain({
      regime: 'pep-2016',
      profile: { citizenship: 'GT', demographic: 'uac', entry: 'between-ports', age: 15 },
      facts: [{ type: 'PROCESS', days: 0 }, { type: 'PLACE_IN_ER', days: 1 }],
    });
    expect(e.refused?.event.type).toBe('PLACE_IN_ER');
    expect(e.refused?.reason).toMatch(/8 USC 1232/);
    expect(e.outcome).toBe('pending');
  });

  it('draws a lawful path from a seed (same seed, same path)', () => {
    const o = { regime: 'mpp-2019', profile: { citizenship: 'HN', demographic: 'family-unit', entry: 'between-ports', fearOfReturn: true }, seed: 7 } as const;
    const a = explain(o);
    expect(a.refused).toBeUndefined();
    expect(a.steps.length).toBeGreaterThan(2);
    expect(explain(o).text).toBe(a.text);
  });

  it('bad input names the field', () => {
    expect(() => explain({ regime: 'mpp-2019', profile: { citizenship: 'Honduras', demographic: 'x', entry: 'between-ports' } as never, seed: 1 })).toThrow(
      /profile\.citizenship: must be an ISO 3166 alpha-2 code.*profile\.demographic: must be one of 'single-adult', 'family-unit', 'uac'/,
    );
    expect(() => explain({ regime: 'mpp-2019', profile: { citizenship: 'HN', demographic: 'uac', entry: 'between-ports' } })).toThrow(/seed: give either facts/);
    expect(() => explain({ regime: 'mpp-2019', profile: { citizenship: 'HN', demographic: 'uac', entry: 'between-ports' }, facts: [{ type: 'FLY' } as never] })).toThrow(/facts\.0\.type: must be one of/);
  });
});
