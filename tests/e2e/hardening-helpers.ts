// Shared by the hardening-*.spec.ts files: a Chromium context with the extension and optional extra flags,
// a recording HTTP proxy (every request that leaves loopback goes through it), error collectors, and
// IndexedDB / storage snapshots read from the service worker.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM, EXTENSION_DIR } from './fixtures';
import { serviceWorker } from './helpers';

export async function launch(extraArgs: string[] = [], extDir: string | null = EXTENSION_DIR): Promise<BrowserContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-hard-'));
  const ext = extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : [];
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...ext,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
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

const STORES = ['meta', 'articles', 'persons', 'roles', 'statements', 'mentions', 'surfaces', 'hidden'];

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
