// Playwright fixture: a persistent Chromium context with the built extension loaded (Debian Chromium,
// headless; see ../shared/HARNESS.md). The extension id is read from the service worker URL.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium } from '@playwright/test';
import { PAGES_PORT } from '../../playwright.config';

export const EXTENSION_DIR = path.resolve(process.env.TAMGA_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PAGES = `http://127.0.0.1:${PAGES_PORT}`;

/** Chromium flags of every test browser: no sandbox or GPU in the container, and none of Chromium's own
 *  background traffic (the network tests see only what remains). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchWithExtension(
  extDir = EXTENSION_DIR,
  profile?: string,
  opts: { headless?: boolean; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const dir = profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...CHROMIUM_ARGS],
  });
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker');
    await use(new URL(sw.url()).host);
  },
});
export const expect = test.expect;
