import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIFE_PORT, Lifecycle, type LifePort, type LifeRuntime, STARTED_EVENT } from '@/lib/page/lifecycle';

/** A runtime whose id can vanish (the extension reloaded) and whose ports the test disconnects. */
function fakeRuntime() {
  const ports: { name: string; disconnected: boolean; fire(): void }[] = [];
  let lastErrorReads = 0;
  const rt = {
    id: 'ext' as string | undefined,
    connectThrows: false,
    get lastError() {
      lastErrorReads++;
      return undefined;
    },
    connect({ name }: { name: string }): LifePort {
      if (rt.connectThrows) throw new Error('Extension context invalidated.');
      const listeners: (() => void)[] = [];
      const p = {
        name,
        disconnected: false,
        fire: () => {
          for (const l of listeners) l();
        },
      };
      ports.push(p);
      return {
        onDisconnect: { addListener: (cb) => listeners.push(cb) },
        disconnect: () => {
          p.disconnected = true;
        },
      };
    },
  };
  return { rt, ports, lastErrorReads: () => lastErrorReads };
}

function setup() {
  const f = fakeRuntime();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const life = new Lifecycle(() => f.rt as LifeRuntime, doc);
  const ended = vi.fn();
  life.onInvalidated(ended);
  life.start();
  life.hold();
  return { ...f, doc, life, ended };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Lifecycle', () => {
  it('announces itself on start, and opens one named port only once it holds something on the page', () => {
    const f = fakeRuntime();
    const doc = new EventTarget();
    const heard = vi.fn();
    doc.addEventListener(STARTED_EVENT, heard);
    const life = new Lifecycle(() => f.rt as LifeRuntime, doc);
    life.start();
    expect(heard).toHaveBeenCalledTimes(1);
    // a page without names: messages, but no port
    expect(life.ensure()).toBe(true);
    expect(f.ports).toEqual([]);
    life.hold();
    life.hold();
    expect(life.ensure()).toBe(true);
    expect(f.ports.map((p) => p.name)).toEqual([LIFE_PORT]);
  });

  it('hold() once the id is gone ends the instance and opens nothing', () => {
    const f = fakeRuntime();
    const life = new Lifecycle(() => f.rt as LifeRuntime, new EventTarget());
    const ended = vi.fn();
    life.onInvalidated(ended);
    life.start();
    f.rt.id = undefined;
    life.hold();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(f.ports).toEqual([]);
  });

  // One row per event a page (or a newer instance) can dispatch: the instance ends only if its id is gone.
  const events: [string, () => Event][] = [
    ['our started event', () => new Event(STARTED_EVENT)],
    ['our started event with a detail', () => new CustomEvent(STARTED_EVENT, { detail: { id: 'ext' } })],
    ['visibilitychange', () => new Event('visibilitychange')],
  ];
  for (const [name, make] of events) {
    it(`${name} while the context lives: nothing ends`, () => {
      const s = setup();
      s.doc.dispatchEvent(make());
      vi.runAllTimers();
      expect(s.ended).not.toHaveBeenCalled();
      expect(s.life.signal.aborted).toBe(false);
    });
    it(`${name} once the id is gone: ends once, port closed`, () => {
      const s = setup();
      s.rt.id = undefined;
      s.doc.dispatchEvent(make());
      s.doc.dispatchEvent(make());
      expect(s.ended).toHaveBeenCalledTimes(1);
      expect(s.ports[0]!.disconnected).toBe(true);
    });
  }

  it('a disconnect followed by the id going away (reload) ends the instance within the rechecks', () => {
    const s = setup();
    s.ports[0]!.fire();
    expect(s.lastErrorReads()).toBe(1);
    expect(s.ended).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    s.rt.id = undefined;
    vi.advanceTimersByTime(5_000);
    expect(s.ended).toHaveBeenCalledTimes(1);
  });

  it('a disconnect that keeps the id (service worker stopped) does not end it, and the port reopens only on the next message', () => {
    const s = setup();
    s.ports[0]!.fire();
    vi.runAllTimers();
    expect(s.ended).not.toHaveBeenCalled();
    expect(s.ports).toHaveLength(1);
    expect(s.life.ensure()).toBe(true);
    expect(s.ports).toHaveLength(2);
    expect(s.life.ensure()).toBe(true);
    expect(s.ports).toHaveLength(2);
  });

  it('ensure() ends the instance when the id is gone', () => {
    const s = setup();
    s.rt.id = undefined;
    expect(s.life.ensure()).toBe(false);
    expect(s.ended).toHaveBeenCalledTimes(1);
  });

  it('a connect that throws with the id still present leaves it unconnected, not ended', () => {
    const s = setup();
    s.ports[0]!.fire();
    vi.runAllTimers();
    s.rt.connectThrows = true;
    expect(s.life.ensure()).toBe(true);
    expect(s.ended).not.toHaveBeenCalled();
    s.rt.connectThrows = false;
    expect(s.life.ensure()).toBe(true);
    expect(s.ports).toHaveLength(2);
  });

  it('a runtime that throws on access counts as gone', () => {
    const doc = new EventTarget();
    const life = new Lifecycle(() => {
      throw new Error('Extension context invalidated.');
    }, doc);
    const ended = vi.fn();
    life.onInvalidated(ended);
    life.start();
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('end() is final; onInvalidated after it runs at once; listeners are removed', () => {
    const s = setup();
    s.life.end();
    s.life.end();
    expect(s.ended).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    s.life.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
    expect(s.life.ensure()).toBe(false);
    expect(s.ports).toHaveLength(1);
  });

  it('a removed onInvalidated callback is not run', () => {
    const s = setup();
    const cb = vi.fn();
    const remove = s.life.onInvalidated(cb);
    remove();
    s.life.end();
    expect(cb).not.toHaveBeenCalled();
  });
});
