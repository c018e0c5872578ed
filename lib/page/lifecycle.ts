// The content script's life, decided by the extension context itself, never by the page.
//
// (WXT's ContentScriptContext, which our script no longer builds, stopped a script when `document` received
// "<id>:content:wxt:content-script-started" from a newer instance; the page's own world can dispatch that event
// too, so any page that knew our id could switch us off: tests/e2e/hardening-lifecycle.spec.ts.) Here an event
// is only a reason to look:
// an instance is over when the browser says so, i.e. `runtime.id` is undefined (extension reloaded, updated,
// disabled or removed). We look:
//   - when our runtime Port to the background disconnects. A reload disconnects it and clears the id a few ms
//     later; a stopped service worker disconnects it too but leaves the id, and then the port is reopened only
//     with the next message (lazily, so an idle worker is not woken just to keep a port). The port is opened
//     only once the instance has something on the page to take back (`hold`: its highlights, its card): a page
//     without names, or one the extension is off on, pays no port (~1 ms on every page load);
//   - when any instance announces itself (STARTED_EVENT, a plain DOM event: a forged one costs one look);
//   - before every message to the background, and when the tab becomes visible again.
// Ending runs the onInvalidated callbacks once (highlights taken back, listeners aborted, card removed).

export interface LifePort {
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

/** The part of `browser.runtime` used here (a function of it, so tests can swap it). */
export interface LifeRuntime {
  readonly id?: string;
  readonly lastError?: unknown;
  connect(info: { name: string }): LifePort;
}

/** Dispatched on `document` by every instance when it starts; older instances then check their context. */
export const STARTED_EVENT = 'tamga:content-started';
/** The background keeps ports of this name open (entrypoints/background/index.ts). */
export const LIFE_PORT = 'tamga-life';
/** After a disconnect, when to look at the context (ms): a reloaded extension's id is gone within a few ms,
 *  a stopped service worker leaves it. */
const RECHECK_MS = [0, 25, 250, 1_000, 4_000];

export class Lifecycle {
  private readonly abort = new AbortController();
  private port: LifePort | null = null;
  private holding = false;
  private timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly runtime: () => LifeRuntime | undefined,
    private readonly doc: EventTarget & { visibilityState?: string } = document,
  ) {}

  /** Aborted when this instance ends. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Watch the context (see `hold` for the port) and tell older instances in this document to look at theirs. */
  start() {
    if (!this.alive()) return;
    const signal = this.abort.signal;
    this.doc.addEventListener(STARTED_EVENT, () => this.alive(), { signal });
    this.doc.addEventListener(
      'visibilitychange',
      () => {
        if (this.doc.visibilityState !== 'hidden') this.alive();
      },
      { signal },
    );
    this.doc.dispatchEvent(new Event(STARTED_EVENT));
  }

  /** This instance now has something on the page to take back when the extension goes away (highlights, its
   *  card): keep a port open so that a reload is noticed at once. Idempotent. */
  hold() {
    if (this.holding || !this.alive()) return;
    this.holding = true;
    if (!this.port) this.connect();
  }

  /** True while the extension context lives; the first look that finds it gone ends this instance. */
  alive(): boolean {
    if (this.abort.signal.aborted) return false;
    let id: string | undefined;
    try {
      id = this.runtime()?.id;
    } catch {
      id = undefined;
    }
    if (id) return true;
    this.end();
    return false;
  }

  /** Before a message to the background: false once ended; reopens the port (when held) after a worker stop. */
  ensure(): boolean {
    if (!this.alive()) return false;
    if (this.holding && !this.port) this.connect();
    return !this.abort.signal.aborted;
  }

  /** Run `cb` once when this instance ends (at once if it has). Returns a remover. */
  onInvalidated(cb: () => void): () => void {
    if (this.abort.signal.aborted) {
      cb();
      return () => undefined;
    }
    this.abort.signal.addEventListener('abort', cb, { once: true });
    return () => this.abort.signal.removeEventListener('abort', cb);
  }

  /** End this instance (also used when the page has nothing to do, e.g. the background never answered). */
  end() {
    if (this.abort.signal.aborted) return;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const port = this.port;
    this.port = null;
    try {
      port?.disconnect();
    } catch {
      // an invalidated context may refuse even this
    }
    this.abort.abort();
  }

  private connect() {
    let port: LifePort;
    try {
      port = this.runtime()!.connect({ name: LIFE_PORT });
    } catch {
      // "Extension context invalidated" (or no runtime): look, and stay unconnected if it still lives
      this.alive();
      return;
    }
    this.port = port;
    port.onDisconnect.addListener(() => {
      try {
        // read, so Chrome does not log "Unchecked runtime.lastError" in the page's console
        void this.runtime()?.lastError;
      } catch {
        // context gone: the looks below end us
      }
      if (this.port === port) this.port = null;
      this.recheck();
    });
  }

  private recheck() {
    for (const ms of RECHECK_MS) {
      const t = setTimeout(() => {
        this.timers.delete(t);
        this.alive();
      }, ms);
      this.timers.add(t);
    }
  }
}
