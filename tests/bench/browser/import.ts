// What the background recorded of its last pack import (meta.lastImport: total and per-stage ms), read from the
// service worker's IndexedDB once it is there. Used by browser.bench.ts and scale-browser.bench.ts.
import type { BrowserContext } from '@playwright/test';

export interface ImportRecord {
  ms: number;
  stages: Record<string, number>;
  outcome?: string;
}

export async function lastImport(context: BrowserContext, timeoutMs = 60_000): Promise<ImportRecord> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    const v = await sw.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const open = indexedDB.open('tamga');
          open.onerror = () => resolve(null);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('meta')) {
              db.close();
              return resolve(null);
            }
            const req = db.transaction('meta').objectStore('meta').get('lastImport');
            req.onsuccess = () => resolve(req.result?.value ? JSON.stringify(req.result.value) : null);
            req.onerror = () => resolve(null);
            db.close(); // an open connection would hold up a schema upgrade
          };
        }),
    );
    if (v !== null) return JSON.parse(v);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the pack was not imported within ${timeoutMs / 1000} s`);
}
