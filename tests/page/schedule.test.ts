// SlicedWorker: budgeted slices; an ordinary wake waits for idle time, a prompt one (an answer to our own
// request, mid-scan) runs at the next task.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLICE_MS, SlicedWorker } from '@/lib/page/schedule';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SlicedWorker', () => {
  it('an ordinary wake waits for idle time (here the 16 ms fallback), a prompt one runs at the next task', () => {
    for (const [prompt, at0, at16] of [
      [false, 0, 1],
      [true, 1, 1],
    ] as const) {
      let steps = 0;
      const w = new SlicedWorker(() => {
        steps++;
        return false;
      });
      w.wake(prompt);
      vi.advanceTimersByTime(0);
      expect(steps, `prompt=${prompt}`).toBe(at0);
      vi.advanceTimersByTime(16);
      expect(steps, `prompt=${prompt}`).toBe(at16);
    }
  });

  it('runs steps until none is left, in slices of about SLICE_MS, and a second wake while scheduled is one run', () => {
    let left = 50;
    const w = new SlicedWorker(() => {
      vi.advanceTimersByTime(1); // each step "takes" 1 ms of the fake clock
      return --left > 0;
    });
    w.wake();
    w.wake(true);
    vi.runAllTimers();
    expect(left).toBe(0);
    expect(w.stats.slices).toBeGreaterThanOrEqual(Math.floor(50 / (SLICE_MS + 1)));
    expect(w.stats.longestSliceMs).toBeLessThanOrEqual(SLICE_MS + 1);
  });
});
