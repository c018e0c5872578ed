// Budgeted work: run `step` repeatedly in slices of at most SLICE_MS, yielding to the page between slices.
// The first slice waits for idle time (requestIdleCallback, or a timeout where missing); the following ones
// continue promptly while the page stays idle so a scan is not stretched over many frames. Work that
// continues something already under way (an answer to our own request) may ask to start promptly too
// (`wake(true)`): an idle callback can wait a frame or more, once per answer.
// After uBlock's contentscript.js (work queued, processed later in small slices).

export const SLICE_MS = 4;

type IdleCb = (cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void, o?: { timeout: number }) => number;

const idle: IdleCb =
  (globalThis as unknown as { requestIdleCallback?: IdleCb }).requestIdleCallback?.bind(globalThis) ??
  ((cb) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: false }), 16) as unknown as number);

function soon(cb: () => void) {
  const s = (globalThis as unknown as { scheduler?: { postTask?(cb: () => void, o: { priority: string }): Promise<void> } }).scheduler;
  if (s?.postTask) void s.postTask(cb, { priority: 'user-visible' });
  else setTimeout(cb, 0);
}

export interface Stats {
  slices: number;
  busyMs: number;
  longestSliceMs: number;
}

/**
 * A cooperative worker: `step()` does a small unit of work and returns true while more remains.
 * `wake()` starts it when idle; it stops itself when `step` reports no more work.
 */
export class SlicedWorker {
  private scheduled = false;
  readonly stats: Stats = { slices: 0, busyMs: 0, longestSliceMs: 0 };

  constructor(
    private readonly step: () => boolean,
    private readonly budgetMs = SLICE_MS,
  ) {}

  wake(prompt = false) {
    if (this.scheduled) return;
    this.scheduled = true;
    if (prompt) soon(() => this.run());
    else idle(() => this.run(), { timeout: 300 });
  }

  private run() {
    const t0 = performance.now();
    const until = t0 + this.budgetMs;
    let more = true;
    try {
      while (more && performance.now() < until) more = this.step();
    } finally {
      const dt = performance.now() - t0;
      this.stats.slices++;
      this.stats.busyMs += dt;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, dt);
    }
    if (more) soon(() => this.run());
    else this.scheduled = false;
  }
}
