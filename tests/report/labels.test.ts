import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, TRACK_IDS } from '../../src/domain/outcomes.js';
import { STATE_IDS } from '../../src/law/states.js';
import { REGIME_IDS, regimes } from '../../src/index.js';
import {
  cohortLabel,
  historySeriesLabel,
  OUTCOME_LABELS,
  regimeLabel,
  STATE_LABELS,
  stateLabel,
  TRACK_LABELS,
} from '../../src/report/labels.js';

describe('labels', () => {
  it('every state, outcome and track id has words of its own, not the id', () => {
    for (const [ids, table] of [
      [STATE_IDS, STATE_LABELS],
      [OUTCOME_IDS, OUTCOME_LABELS],
      [TRACK_IDS, TRACK_LABELS],
    ] as const) {
      for (const id of ids) {
        const label = (table as Record<string, string>)[id];
        expect(label, id).toBeTypeOf('string');
        expect(label!.toLowerCase(), id).not.toBe(id);
        expect(label, id).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
        expect(label![0], id).toBe(label![0]!.toUpperCase());
      }
    }
  });

  it('outcome states read as their outcome; different states never share a label', () => {
    for (const id of OUTCOME_IDS) expect(stateLabel(id)).toBe(OUTCOME_LABELS[id]);
    const labels = STATE_IDS.map((id) => STATE_LABELS[id]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(stateLabel('in-absentia-order')).toBe('Ordered removed in absentia');
  });

  it('unknown ids are turned into words; dotted ids use their last segment', () => {
    expect(stateLabel('case.relief-granted')).toBe(OUTCOME_LABELS['relief-granted']);
    expect(stateLabel('some-new_state')).toBe('Some new state');
    expect(historySeriesLabel('brand-new-series')).toBe('Brand new series');
  });

  it('regime labels are the snapshots’ own labels; cohort ids are read out', () => {
    for (const id of REGIME_IDS) expect(regimeLabel(id)).toBe(regimes[id].label);
    expect(regimeLabel('my-file-regime')).toBe('my-file-regime');
    expect(cohortLabel('swb-fy2021')).toBe('Southwest border arrivals, FY2021');
    expect(cohortLabel('custom')).toBe('custom');
  });
});
