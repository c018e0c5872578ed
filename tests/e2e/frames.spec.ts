// The content script runs in frames too (all_frames): names in a same-origin and in a cross-origin iframe are
// highlighted in their own document and open a card there; tiny and hidden frames are skipped until they grow; the switches
// reach every frame; the toolbar badge still counts the top document only. Pages are served on the test origin
// (127.0.0.1) and, for the cross-origin frame, on localhost (same port, another origin).
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect, PAGES, test } from './fixtures';
import { collectErrors } from './hardening-helpers';
import { activeTabId, highlighted, serviceWorker, waitForHighlights } from './helpers';

const CROSS = PAGES.replace('127.0.0.1', 'localhost');
const LINE = 'Президент Садыр Жапаров провел совещание.';

const PAGES_HTML: Record<string, string> = {
  'top.html': `<p id="top">Мэр города Ош Алмаз Мамбетов встретился с журналистами.</p>
    <iframe id="same" src="${PAGES}/frames/inner.html" style="width:600px;height:120px"></iframe>
    <iframe id="cross" src="${CROSS}/frames/inner.html" style="width:600px;height:120px"></iframe>
    <iframe id="tiny" src="${PAGES}/frames/inner.html" style="width:10px;height:10px"></iframe>
    <iframe id="hidden" src="${PAGES}/frames/inner.html" style="display:none"></iframe>
    <iframe id="grows" src="${PAGES}/frames/inner.html" style="width:10px;height:10px"></iframe>`,
  'inner.html': `<p id="inner">${LINE}</p>`,
};

async function serve(context: BrowserContext) {
  await context.route(/\/frames\/[a-z]+\.html$/, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${name}</title></head><body>${PAGES_HTML[name]}</body></html>`,
    });
  });
}

/** Highlighted official names in one frame's own registry (null: our script never ran there). */
const frameHighlights = (frame: Frame) =>
  frame.evaluate(() => {
    const h = CSS.highlights.get('tamga-official') as unknown as Set<Range> | undefined;
    return h ? [...h].map((r) => r.toString()) : null;
  });

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

test('names in same-origin and cross-origin iframes are highlighted and open a card there; tiny and hidden frames are skipped', async ({
  context,
}) => {
  await serve(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${PAGES}/frames/top.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  const same = await frameOf(page, 'same');
  const cross = await frameOf(page, 'cross');
  expect(new URL(cross.url()).origin).not.toBe(new URL(page.url()).origin);
  for (const frame of [same, cross]) await expect.poll(() => frameHighlights(frame), { timeout: 15_000 }).toEqual(['Садыр Жапаров']);
  // Top document: its own name only.
  expect(await highlighted(page)).toEqual(['Алмаз Мамбетов']);
  for (const id of ['tiny', 'hidden', 'grows']) expect(await frameHighlights(await frameOf(page, id))).toBeNull();
  // a frame laid out small at first and grown later (a lazy embed) is read once it is big enough
  await page.locator('#grows').evaluate((f: HTMLIFrameElement) => {
    f.style.width = '600px';
    f.style.height = '120px';
  });
  await expect.poll(async () => frameHighlights(await frameOf(page, 'grows')), { timeout: 15_000 }).toEqual(['Садыр Жапаров']);
  expect(await frameHighlights(await frameOf(page, 'tiny'))).toBeNull();

  // A real pointer on the name inside the cross-origin frame: that frame's card opens (its active highlight).
  const point = await cross.evaluate(() => {
    const r = [...(CSS.highlights.get('tamga-official') as unknown as Set<Range>)][0]!.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const box = (await page.locator('#cross').boundingBox())!;
  await page.mouse.move(1, 1);
  await page.mouse.move(box.x + point.x - 2, box.y + point.y);
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await expect
    .poll(() => cross.evaluate(() => [...((CSS.highlights.get('tamga-active') as unknown as Set<Range>) ?? [])].map((r) => r.toString())))
    .toEqual(['Садыр Жапаров']);
  expect(
    await cross.evaluate(() => [...document.documentElement.children].filter((e) => e.localName.startsWith('tamga-card')).length),
  ).toBe(1);
  expect(errors).toEqual([]);
});

test('the global switch reaches every frame, and the badge counts the top document only', async ({ context, extensionId }) => {
  await serve(context);
  const page = await context.newPage();
  await page.goto(`${PAGES}/frames/top.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  const frames = [await frameOf(page, 'same'), await frameOf(page, 'cross')];
  for (const frame of frames) await expect.poll(() => frameHighlights(frame), { timeout: 15_000 }).toEqual(['Садыр Жапаров']);
  const tabId = await activeTabId(context, page);
  const sw = await serviceWorker(context);
  const badge = () =>
    sw.evaluate(
      (tabId) =>
        (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({
          tabId,
        }),
      tabId,
    );
  await expect.poll(badge).toBe('1');
  await page.waitForTimeout(600);
  expect(await badge()).toBe('1');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByLabel('On for all sites').uncheck();
  for (const frame of frames) await expect.poll(() => frameHighlights(frame)).toEqual([]);
  expect(await highlighted(page)).toEqual([]);
  await popup.getByLabel('On for all sites').check();
  for (const frame of frames) await expect.poll(() => frameHighlights(frame)).toEqual(['Садыр Жапаров']);
});
