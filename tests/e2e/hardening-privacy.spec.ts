// A page never learns our extension id. WXT's content-script wrapper announced every start to the page:
// `window.postMessage({ type: "<id>:content:wxt:content-script-started", … }, "*")`, which any page hears with
// a plain 'message' listener, and a CustomEvent of that name on `document`. Our script is an unlisted script
// registered in the manifest (entrypoints/content-script), so nothing of WXT's runs on the page.
//
// The recorder runs in the page's main world of every frame before anything else, and hears what a page can:
// every 'message' event on window (whatever its data), and every event of the names WXT's wrapper would use
// for our entry (read from the built manifest), on window and document. It also looks for the id in the
// page's DOM and in its resource timing entries (a chrome-extension:// URL the page loaded).
import fs from 'node:fs';
import path from 'node:path';
import type { Frame } from '@playwright/test';
import { cardText } from './card-probe';
import { EXTENSION_DIR, expect, PAGES, test } from './fixtures';
import { hoverHighlight, waitForHighlights } from './helpers';

const CROSS = PAGES.replace('127.0.0.1', 'localhost');

const PAGES_HTML: Record<string, string> = {
  'top.html': `<p id="top">Мэр города Ош Алмаз Мамбетов встретился с журналистами.</p>
    <iframe id="cross" src="${CROSS}/privacy/inner.html" style="width:600px;height:120px"></iframe>`,
  'inner.html': '<p id="inner">Президент Садыр Жапаров провел совещание.</p>',
};

/** The names the built manifest's content scripts have as WXT entrypoints (`content-scripts/content.js` → `content`). */
function entryNames(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  return (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((js) => path.basename(js, '.js'));
}

const heard = (frame: Frame) => frame.evaluate(() => (window as unknown as { __heard?: string[] }).__heard ?? ['no recorder']);

test('the page never receives our extension id: no message, no event, nothing in its DOM or resource entries', async ({
  context,
  extensionId,
}) => {
  await context.route(/\/privacy\/[a-z]+\.html$/, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${name}</title></head><body>${PAGES_HTML[name]}</body></html>`,
    });
  });
  const names = entryNames();
  expect(names.length).toBeGreaterThan(0);
  await context.addInitScript(
    ({ id, names }) => {
      const record: string[] = [];
      Object.defineProperty(window, '__heard', { value: record });
      const show = (v: unknown) => {
        try {
          return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
        } catch {
          return String(v);
        }
      };
      // Every message the page gets, whoever sent it (the page itself posts none).
      addEventListener('message', (e) => record.push(`message ${show(e.data)}`), true);
      const types = new Set(
        ['content', ...names].flatMap((n) => [`${id}:${n}:wxt:content-script-started`, `${id}:${n}:wxt:locationchange`]),
      );
      types.add('wxt:content-script-started').add('tamga:content-started');
      // Capture listeners on window hear what is dispatched on document too: each type is listened for once.
      for (const type of types) {
        addEventListener(
          type,
          (e) => {
            const detail = show((e as CustomEvent).detail);
            if (type.includes(id) || detail.includes(id))
              record.push(`${type} on ${e.target === document ? 'document' : 'window'} ${detail}`);
          },
          true,
        );
      }
    },
    { id: extensionId, names },
  );

  const page = await context.newPage();
  await page.goto(`${PAGES}/privacy/top.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  const inner = page.frames().find((f) => f.url().endsWith('/privacy/inner.html'))!;
  await expect.poll(() => inner.evaluate(() => CSS.highlights.has('tamga-official')), { timeout: 15_000 }).toBe(true);
  await hoverHighlight(page, 'Алмаз Мамбетов', '#top');
  await expect.poll(() => cardText(page)).toContain('Алмаз Мамбетов');
  await page.waitForTimeout(300);

  for (const frame of page.frames()) {
    expect(await heard(frame), frame.url()).toEqual([]);
    const seen = await frame.evaluate(
      (id) => ({
        dom: document.documentElement.outerHTML.includes(id),
        resources: performance
          .getEntriesByType('resource')
          .map((r) => r.name)
          .filter((n) => n.includes(id)),
      }),
      extensionId,
    );
    expect(seen, frame.url()).toEqual({ dom: false, resources: [] });
  }
});
