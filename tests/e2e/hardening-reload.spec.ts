// The extension is installed, reloaded or updated while pages are open. Chrome injects a manifest's content
// scripts into new documents only, so (1) the old script must stop cleanly: its highlights and card go,
// nothing more is matched, no error reaches the page or its console (lib/page/lifecycle.ts); (2) the new
// version takes over the open tabs (entrypoints/background/reinject.ts): names light up without a page
// reload, once each, with one card host.
//
// (1) uses chrome.runtime.reload() in the usual harness, where the reloaded extension does not come back (its
// pages answer ERR_BLOCKED_BY_CLIENT). (2) starts Chromium with no extension and loads the built one through the
// DevTools protocol (Extensions.loadUnpacked, allowed by --enable-unsafe-extension-debugging): loading the same
// folder again is an update of the installed extension (same id, onInstalled with reason "update").
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { cardText } from './card-probe';
import { CHROMIUM, CHROMIUM_ARGS, EXTENSION_DIR, expect, PAGES, test } from './fixtures';
import { collectErrors } from './hardening-helpers';
import { highlighted, hoverHighlight, serviceWorker, waitForHighlights } from './helpers';
import { workerControl } from './sw-control';

const NOT_FOUND = /^Failed to load resource: the server responded with a status of 404/;

/** Card hosts in the page (any instance's: <tamga-card…> children of <html>). */
const cardHosts = (page: Page) =>
  page.evaluate(() => [...document.documentElement.children].filter((e) => e.localName.startsWith('tamga-card')).length);

test('reloading the extension: the old content script removes its highlights and stops, with no page error', async ({ context }) => {
  const page = await context.newPage();
  const errors = collectErrors(page, NOT_FOUND);
  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await hoverHighlight(page, 'Алмаз Мамбетов', '#mayor');
  await expect.poll(() => cardText(page)).toContain('Алмаз Мамбетов');
  const sw = await serviceWorker(context);
  // A display setting of the user's: our adopted stylesheet, which must go too.
  await sw.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({
      uiSettings: { highlightStyle: 'background', colour: '#ff0000', hoverDelay: 150, lang: 'en', citationStyle: 'plain' },
    }),
  );
  const ourSheets = () =>
    page.evaluate(() => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('tamga-'))).length);
  await expect.poll(ourSheets).toBe(1);
  const gone = new Promise<void>((r) => sw.once('close', () => r()));
  await sw.evaluate(() => {
    setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
  });
  await gone;
  await expect.poll(() => highlighted(page), { timeout: 5_000 }).toEqual([]);
  expect(await cardHosts(page)).toBe(0);
  expect(await ourSheets()).toBe(0);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Мэр города Ош Алмаз Мамбетов снова выступил.';
    document.body.append(p);
  });
  await page.mouse.move(300, 200);
  await page.waitForTimeout(1_000);
  expect(await highlighted(page)).toEqual([]);
  expect(errors).toEqual([]);
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Chromium without the extension, and a browser-level DevTools session to install it while pages are open. */
async function launchBare(): Promise<{ context: BrowserContext; cdp: CDPSession; close(): Promise<void> }> {
  const port = await freePort();
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-reload-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, '--enable-unsafe-extension-debugging', `--remote-debugging-port=${port}`],
  });
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await browser.newBrowserCDPSession();
  return {
    context,
    cdp,
    async close() {
      await browser.close().catch(() => undefined);
      await context.close();
    },
  };
}

/** Install (or update, when already installed) the extension from its folder. */
async function loadExtension(cdp: CDPSession, dir: string): Promise<string> {
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: dir } as never)) as { id: string };
  return id;
}

const officials = async (page: Page) => (await highlighted(page)).sort();

test('installing the extension: tabs already open get highlights without a reload', async () => {
  const { context, cdp, close } = await launchBare();
  try {
    const page = await context.newPage();
    const errors = collectErrors(page, NOT_FOUND);
    await page.goto(`${PAGES}/news.html`);
    expect(await highlighted(page)).toEqual([]);
    await loadExtension(cdp, EXTENSION_DIR);
    await waitForHighlights(page, 'Алмаз Мамбетов');
    await hoverHighlight(page, 'Алмаз Мамбетов', '#mayor');
    await expect.poll(() => cardText(page)).toContain('Алмаз Мамбетов');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

// Worker running: the old script learns from its port's disconnect. Worker stopped before the update (as after
// 30 s idle: the port is already gone): it learns from the new script's start event, checked against its id.
for (const worker of ['running', 'stopped'] as const) {
  test(`updating the extension while a page is open (worker ${worker}): the new content script takes over (same marks, one card host)`, async () => {
    const { context, cdp, close } = await launchBare();
    try {
      const id = await loadExtension(cdp, EXTENSION_DIR);
      const page = await context.newPage();
      const errors = collectErrors(page, NOT_FOUND);
      await page.goto(`${PAGES}/news.html`);
      await waitForHighlights(page, 'Алмаз Мамбетов');
      await page.waitForTimeout(500);
      const before = await officials(page);
      await hoverHighlight(page, 'Алмаз Мамбетов', '#mayor');
      await expect.poll(() => cardText(page)).toContain('Алмаз Мамбетов');
      if (worker === 'stopped') {
        const control = await workerControl(context, page, id);
        await control.stop();
        await page.waitForTimeout(4_500);
        expect(await officials(page)).toEqual(before);
        await control.detach();
      }

      expect(await loadExtension(cdp, EXTENSION_DIR)).toBe(id);
      // The old card goes with the old script; the new script marks the same names, each once.
      await expect.poll(() => cardHosts(page), { timeout: 5_000 }).toBe(0);
      await expect.poll(() => officials(page), { timeout: 15_000 }).toEqual(before);
      await page.waitForTimeout(500);
      expect(await officials(page)).toEqual(before);

      // The new script matches text added later and opens cards, in one host.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'later';
        p.textContent = 'Президент Садыр Жапаров снова выступил.';
        document.body.prepend(p);
      });
      await expect.poll(() => highlighted(page, 'official', '#later')).toEqual(['Садыр Жапаров']);
      await hoverHighlight(page, 'Садыр Жапаров', '#later');
      await expect.poll(() => cardText(page)).toContain('Садыр Жапаров');
      expect(await cardHosts(page)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
}

// The take-over needs "scripting" and http(s) host permissions; the content script already matches every
// http(s) page, so Chrome's install prompt must be the same with or without them.
test('the take-over permissions add no install warning', async ({ context }) => {
  const sw = await serviceWorker(context);
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.permissions).toContain('scripting');
  expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
  const without = { ...manifest, permissions: manifest.permissions.filter((p: string) => p !== 'scripting') };
  delete without.host_permissions;
  const warnings = (m: object) =>
    sw.evaluate(
      (s) =>
        (
          globalThis as unknown as { chrome: { management: { getPermissionWarningsByManifest(s: string): Promise<string[]> } } }
        ).chrome.management.getPermissionWarningsByManifest(s),
      JSON.stringify(m),
    );
  const now = await warnings(manifest);
  expect(now).toEqual(await warnings(without));
  expect(now).toHaveLength(1);
});
