import { describe, expect, it } from 'vitest';
import { shareWithCi } from '../../src/stats/share-with-ci.js';

describe('shareWithCi', () => {
  it('returns the count, its share and the Wilson interval', () => {
    const s = shareWithCi(81, 263);
    expect(s.count).toBe(81);
    expect(s.share).toBe(81 / 263);
    expect(s.ci95[0]).toBeCloseTo(0.2553, 4);
    expect(s.ci95[1]).toBeCloseTo(0.3662, 4);
  });

  it('reports share 0 and [0, 1] for an empty group (valid JSON, no NaN)', () => {
    expect(shareWithCi(0, 0)).toEqual({ count: 0, share: 0, ci95: [0, 1] });
    expect(JSON.parse(JSON.stringify(shareWithCi(0, 0)))).toEqual({ count: 0, share: 0, ci95: [0, 1] });
  });

  it('rejects impossible counts', () => {
    expect(() => shareWithCi(3, 2)).toThrow(RangeError);
    expect(() => shareWithCi(0.5, 2)).toThrow(RangeError);
  });
});
