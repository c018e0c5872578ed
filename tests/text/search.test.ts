import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, lowerBoundBy } from '../../lib/text';

describe('lowerBound', () => {
  it.each([
    [[], 5, 0],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 3, 1],
    [[1, 3, 3, 7], 4, 3],
    [[1, 3, 3, 7], 8, 4],
  ])('%j, %d → %d', (arr, x, i) => {
    expect(lowerBound(arr, x)).toBe(i);
  });

  it('is the first index whose value is not below x, as a linear scan finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => v >= x);
        expect(lowerBound(sorted, x)).toBe(linear < 0 ? sorted.length : linear);
        expect(
          lowerBoundBy(
            sorted.map((v) => ({ at: v })),
            x,
            (o) => o.at,
          ),
        ).toBe(lowerBound(sorted, x));
      }),
    );
  });
});
