// Page-side probes for the e2e tests. The CSS highlight registry is shared between the content script's
// isolated world and the page's main world, so the tests read the extension's highlights from the page. The
// card is not readable from the page: ./card-probe.ts reads it from the content script's world.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { cardButtonPoint } from './card-probe';
import { expect } from './fixtures';

export type Kind = 'official' | 'other' | 'ambiguous' | 'active';

/** The text of every highlighted range of one kind, optionally only inside `within` (a CSS selector). */
export function highlighted(page: Page, kind: Kind = 'official', within?: string): Promise<string[]> {
  return page.evaluate(
    ([kind, within]) => {
      const h = CSS.highlights.get(`tamga-${kind}`);
      if (!h) return [];
      const scope = within ? document.querySelector(within) : null;
      return [...(h as unknown as Set<Range>)].filter((r) => !within || scope?.contains(r.startContainer)).map((r) => r.toString());
    },
    [kind, within ?? null] as const,
  );
}

/** Wait until the content script has highlighted something (or the given text). */
export async function waitForHighlights(page: Page, text?: string, kind: Kind = 'official') {
  await expect
    .poll(async () => (await highlighted(page, kind)).filter((t) => !text || t === text).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
}

/** Centre of the first highlighted range with this text (inside `within`), in viewport coordinates. */
export async function highlightCenter(page: Page, text: string, within?: string, kind: Kind = 'official') {
  const c = await page.evaluate(
    ([text, within, kind]) => {
      const scope = within ? document.querySelector(within) : null;
      const r = [...(CSS.highlights.get(`tamga-${kind}`) as unknown as Set<Range>)].find(
        (r) => r.toString() === text && (!within || scope?.contains(r.startContainer)),
      );
      if (!r) return null;
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    [text, within ?? null, kind] as const,
  );
  if (!c) throw new Error(`no highlighted "${text}"`);
  return c;
}

export async function hoverHighlight(page: Page, text: string, within?: string) {
  await page.mouse.move(1, 1);
  const { x, y } = await highlightCenter(page, text, within);
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y);
}

/** Clicks the card's button with this accessible name with the real pointer, once it is rendered and hit there
 *  (the card is in a closed shadow root: see ./card-probe.ts). */
export async function clickCardButton(page: Page, name: string) {
  let point: { x: number; y: number } | null = null;
  await expect.poll(async () => (point = await cardButtonPoint(page, name)), { message: `card button "${name}"` }).not.toBeNull();
  const { x, y } = point!;
  await page.mouse.click(x, y);
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The id of the active tab (the page most recently brought to front). */
export async function activeTabId(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const sw = await serviceWorker(context);
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
}

/** Read rows from the extension's IndexedDB (from the service worker). "articles" are read from the `library`
 *  rows, "persons" from the `people` rows, "statements", "roles" and "mentions" from the `records` rows (schema
 *  v2 buckets), each item with its row's layer. */
export async function dbRows<T>(context: BrowserContext, store: string): Promise<T[]> {
  const sw = await serviceWorker(context);
  return sw.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tamga');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const buckets: Record<string, string> = {
            articles: 'library',
            persons: 'people',
            statements: 'records',
            roles: 'records',
            mentions: 'records',
          };
          const from = open.result.objectStoreNames.contains(store) ? store : (buckets[store] ?? store);
          const req = open.result.transaction(from).objectStore(from).getAll();
          // Closed after the read: an open connection would block the background's next schema upgrade.
          open.result.close();
          req.onsuccess = () =>
            resolve(
              from === store
                ? (req.result as T[])
                : (req.result as Record<string, unknown>[]).flatMap((r) =>
                    (r[store] as object[]).map((x) => ({ ...x, layer: r.layer }) as T),
                  ),
            );
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
