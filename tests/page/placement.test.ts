import { describe, expect, it } from 'vitest';
import { GAP, placeCard } from '@/lib/page/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const overlaps = (a: { top: number; left: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCard', () => {
  it.each([
    ['room below: below the name', { top: 100, left: 50, width: 80, height: 20 }, { top: 120 + GAP, left: 50 }],
    ['no room below: above the name', { top: 700, left: 50, width: 80, height: 20 }, { top: 700 - GAP - 200, left: 50 }],
    [
      'near the right edge: shifted left inside the viewport',
      { top: 100, left: 950, width: 40, height: 20 },
      { top: 120 + GAP, left: 692 },
    ],
    ['near the left edge: kept off the edge', { top: 100, left: 0, width: 40, height: 20 }, { top: 120 + GAP, left: 8 }],
  ])('%s', (_name, anchor, expected) => {
    const pos = placeCard(anchor, card, viewport);
    expect(pos).toEqual({ ...expected, maxHeight: null });
    expect(overlaps({ ...pos, ...card }, anchor)).toBe(false);
  });

  it.each([
    ['tall card, name low: above, capped to the room above', { top: 500, left: 50, width: 80, height: 20 }, { top: 8, maxHeight: 486 }],
    ['tall card, name high: below, capped to the room below', { top: 200, left: 50, width: 80, height: 20 }, { top: 226, maxHeight: 566 }],
  ])('%s', (_name, anchor, expected) => {
    expect(placeCard(anchor, { width: 300, height: 700 }, viewport)).toMatchObject(expected);
  });

  it('never covers the name and never leaves the viewport, for names anywhere and cards of any height', () => {
    for (const height of [120, 200, 450, 900]) {
      for (let top = 0; top < 780; top += 37) {
        for (let left = 0; left < 990; left += 91) {
          const anchor = { top, left, width: 90, height: 20 };
          const pos = placeCard(anchor, { width: 300, height }, viewport);
          const box = { top: pos.top, left: pos.left, width: 300, height: Math.min(height, pos.maxHeight ?? height) };
          expect(overlaps(box, anchor)).toBe(false);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.top + box.height).toBeLessThanOrEqual(viewport.height);
        }
      }
    }
  });
});
