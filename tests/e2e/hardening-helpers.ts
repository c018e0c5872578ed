// Shared by the hardening-*.spec.ts files: a Chromium context with the extension and optional extra flags,
// a recording HTTP proxy (every request that leaves loopback goes through it), error collectors, and
// IndexedDB / storage snapshots read from the service worker.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, EXTENSION_DIR } from './fixtures';
import { serviceWorker } from './helpers';

export async function launch(extraArgs: string[] = [], extDir: string | null = EXTENSION_DIR): Promise<BrowserContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-hard-'));
  const ext = extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : [];
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...ext, ...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** An HTTP proxy that answers 502 to everything and remembers what was asked (CONNECT host:port or URL). */
export async function recordingProxy() {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    res.statusCode = 502;
    res.end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { seen, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Uncaught page errors and console errors, from the moment of the call. */
export function collectErrors(page: Page, ignore?: RegExp) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !ignore?.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

const STORES = ['meta', 'articles', 'library', 'people', 'persons', 'records', 'roles', 'statements', 'mentions', 'surfaces', 'hidden'];

/** Every record of every store of the extension's database, as JSON strings sorted per store. */
export async function dbSnapshot(context: BrowserContext): Promise<Record<string, string[]>> {
  const sw = await serviceWorker(context);
  return sw.evaluate(
    (stores) =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const open = indexedDB.open('tamga');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = stores.filter((s) => db.objectStoreNames.contains(s));
          const tx = db.transaction(names);
          const out: Record<string, string[]> = {};
          for (const s of names) {
            const req = tx.objectStore(s).getAll();
            req.onsuccess = () => {
              out[s] = (req.result as unknown[]).map((r) => JSON.stringify(r)).sort();
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    STORES,
  );
}

/** Everything in browser.storage.local and .session. */
export async function storageSnapshot(context: BrowserContext) {
  const sw = await serviceWorker(context);
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<object> } | undefined> } }).chrome;
    return { local: await c.storage.local!.get(null), session: (await c.storage.session?.get(null)) ?? {} };
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; scriptName?: string; frame?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
  };
}

/**
 * Main-thread time of the extension's scripts on one page, from a Chrome trace (devtools.timeline): every
 * task (RunTask) and, inside it, the script events whose URL is the extension's. `longest` is the most our
 * scripts ran inside one task: a long task "caused by our script" is one where that exceeds 50 ms.
 */
export async function traceExtensionScript(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    // Every thread counts (the navigation may swap renderer processes); a task is matched on its own thread.
    const complete = events.filter((e) => e.ph === 'X');
    const tasks = complete.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    const ours = complete.filter((e) => {
      const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
      return (
        /^(FunctionCall|EvaluateScript|v8\.compile|v8\.evaluateModule|TimerFire|FireIdleCallback)$/.test(e.name) &&
        url.startsWith('chrome-extension://')
      );
    });
    // Our top-level script events (not nested in another of ours), per task.
    ours.sort((a, b) => a.ts - b.ts);
    const top: TraceEvent[] = [];
    for (const e of ours) {
      const last = top[top.length - 1];
      if (last && last.pid === e.pid && last.tid === e.tid && e.ts < last.ts + (last.dur ?? 0)) continue;
      top.push(e);
    }
    const slowest = top
      .filter((e) => (e.dur ?? 0) > 50_000)
      .map(
        (e) =>
          `${e.name} ${e.args?.data?.functionName || ''}@${e.args?.data?.lineNumber ?? ''}:${e.args?.data?.columnNumber ?? ''} ${Math.round((e.dur ?? 0) / 1000)} ms`,
      );
    const perTask = new Map<TraceEvent, number>();
    for (const e of top) {
      const task = tasks.find((t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && e.ts < t.ts + (t.dur ?? 0));
      if (task) perTask.set(task, (perTask.get(task) ?? 0) + (e.dur ?? 0));
    }
    const ms = (us: number) => Math.round(us / 100) / 10;
    return {
      scriptMs: ms(top.reduce((s, e) => s + (e.dur ?? 0), 0)),
      longest: ms(Math.max(0, ...perTask.values())),
      tasksOver50: [...perTask.entries()]
        .filter(([t]) => (t.dur ?? 0) > 50_000)
        .map(([t, our]) => `${ms(t.dur ?? 0)} ms (ours ${ms(our)})`),
      traced: ours.length,
      slowest,
    };
  };
}
