import { describe, expect, it } from 'vitest';
import {
  excludesZero,
  formatCount,
  formatDifference,
  formatFixed,
  formatMeanWithCi,
  formatPercent,
  formatShareWithCi,
  formatSigned,
  percentDigits,
} from '../../src/report/format.js';

describe('format', () => {
  it('formats shares with intervals as in the brief', () => {
    expect(formatShareWithCi(0.412, [0.405, 0.419])).toBe('41.2% [40.5\u201341.9]');
    expect(formatPercent(0.4123)).toBe('41.2%');
    expect(formatPercent(0.4123, 0)).toBe('41%');
  });

  it('keeps tiny non-zero shares visible', () => {
    expect(percentDigits(0.0003)).toBe(2);
    expect(formatPercent(0.0003)).toBe('0.03%');
    expect(formatPercent(0.00001)).toBe('0.001%');
    expect(formatPercent(0)).toBe('0.0%');
  });

  it('signs differences and prints percentage points', () => {
    expect(formatDifference({ estimate: 0.013, ci95: [0.008, 0.019] })).toBe('+1.3 pp [+0.8, +1.9]');
    expect(formatDifference({ estimate: -2, ci95: [-2.4, -1.6] }, { unit: 'd' })).toBe('-2.0 d [-2.4, -1.6]');
    expect(formatDifference({ estimate: 0.05, ci95: [0.04, 0.06] }, { unit: '', digits: 2 })).toBe('+0.05 [+0.04, +0.06]');
    expect(formatSigned(-0.04, 1)).toBe('0.0');
  });

  it('formats counts, means and edge values deterministically', () => {
    expect(formatCount(20000)).toBe('20,000');
    expect(formatCount(-1234567.5)).toBe('-1,234,567.5');
    expect(formatCount(999)).toBe('999');
    expect(formatMeanWithCi({ mean: 4.23, ci95: [4.01, 4.44] })).toBe('4.2 [4.0\u20134.4]');
    expect(formatMeanWithCi({ mean: -1, ci95: [-1.5, -0.5] })).toBe('-1.0 [-1.5, -0.5]');
    expect(formatFixed(Number.NaN, 1)).toBe('n/a');
    expect(formatFixed(-0.0001, 2)).toBe('0.00');
  });

  it('tells whether an interval excludes zero', () => {
    expect(excludesZero([0.01, 0.02])).toBe(true);
    expect(excludesZero([-0.02, -0.01])).toBe(true);
    expect(excludesZero([-0.01, 0.02])).toBe(false);
  });
});
