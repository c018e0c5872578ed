// A page that forges messages cannot reach the extension: window.postMessage and custom events in our
// envelope for every message name, elements clobbering our ids and names, chrome.runtime.sendMessage with
// our id, fetches of the extension's files (the bundled corpus above all). Settings (storage.local/session)
// and every database record are compared before and after; highlights keep working.
import type { Page } from '@playwright/test';
import { expect, PAGES, test } from './fixtures';
import { collectErrors, dbSnapshot, storageSnapshot } from './hardening-helpers';
import { cardOf, highlighted, hoverHighlight, serviceWorker, waitForHighlights } from './helpers';

/** Pointer events the page itself dispatches (untrusted) on the centre of a highlighted name. */
async function syntheticHover(page: Page, text: string) {
  await page.evaluate(async (text) => {
    const r = [...(CSS.highlights.get('tamga-official') as unknown as Set<Range>)].find((r) => r.toString() === text)!;
    const b = r.getClientRects()[0]!;
    const init = { clientX: b.left + b.width / 2, clientY: b.top + b.height / 2, bubbles: true, composed: true };
    const el = document.elementFromPoint(init.clientX, init.clientY)!;
    for (let i = 0; i < 5; i++) {
      el.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: init.clientX + i }));
      await new Promise((r) => setTimeout(r, 60));
    }
  }, text);
}

test('forged messages, custom events and clobbered ids change no setting and no record, and read nothing', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // The page's own blocked fetches and its missing favicon log "Failed to load resource".
  const errors = collectErrors(page, /^Failed to load resource/);
  await page.goto(`${PAGES}/hostile/forged.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await serviceWorker(context);
  await page.waitForTimeout(500);
  const dbBefore = await dbSnapshot(context);
  const storageBefore = await storageSnapshot(context);
  expect(dbBefore.persons?.length).toBeGreaterThan(0);

  await page.evaluate((id) => (window as unknown as { forge(id: string): Promise<void> }).forge(id), extensionId);
  const results = await page.evaluate(
    () => (window as unknown as { forgeResults: { sendMessage: string; fetches: string[] } }).forgeResults,
  );
  expect(results.sendMessage).toMatch(/^refused/);
  expect(results.fetches).toEqual(['corpus/shipped-pack.json', 'manifest.json', 'background.js', 'popup.html'].map((p) => `${p}: blocked`));

  await page.waitForTimeout(1000);
  expect(await storageSnapshot(context)).toEqual(storageBefore);
  expect(await dbSnapshot(context)).toEqual(dbBefore);
  // Still on, still officials only, names still highlighted and the card still opens for a real pointer.
  expect(await highlighted(page, 'official')).toEqual(expect.arrayContaining(['Садыр Жапаров', 'Алмаз Мамбетов']));
  expect(await highlighted(page, 'other')).toEqual([]);
  await hoverHighlight(page, 'Садыр Жапаров', '#nom');
  await expect(cardOf(page)).toContainText('Садыр Жапаров');
  expect(errors).toEqual([]);
});

// Fixed finding: lib/page/hover.ts ignores pointer and key events with `isTrusted === false`, so a page that
// writes every known name cannot harvest every person's card without the user doing anything.
test('a page cannot open a card with synthetic pointer events', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${PAGES}/hostile/forged.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await syntheticHover(page, 'Алмаз Мамбетов');
  await page.waitForTimeout(800);
  expect(await cardOf(page).count()).toBe(0);
});

// Fixed finding: the card's handlers ignore clicks with `isTrusted === false`, so a scripted click on
// "Not this person" writes nothing.
test('a page cannot press the card\'s "Not this person" (writes a hidden record)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${PAGES}/hostile/forged.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await page.waitForTimeout(300);
  const before = await dbSnapshot(context);
  // A real pointer opens the card (the user rests on a name); the page then clicks inside it.
  await hoverHighlight(page, 'Алмаз Мамбетов', '#mayor');
  await expect(cardOf(page)).toContainText('Алмаз Мамбетов');
  const clicked = await page.evaluate(() => {
    const root = document.querySelector('tamga-card')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes('Not this person'));
    button?.click();
    return !!button;
  });
  await page.waitForTimeout(800);
  // Either the page cannot reach the button at all, or its click is ignored.
  expect({ clicked, hidden: (await dbSnapshot(context)).hidden }).toEqual({ clicked, hidden: before.hidden });
  await expect(cardOf(page)).toContainText('Алмаз Мамбетов');
});

// FINDING (test.fail until fixed): the card's shadow root is open (createShadowRootUi's default mode; the e2e
// tests read the card through it), so while the user has a card open the page's own scripts can read it.
test('a page cannot read the open card', async ({ context }) => {
  test.fail();
  const page = await context.newPage();
  await page.goto(`${PAGES}/hostile/forged.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await hoverHighlight(page, 'Алмаз Мамбетов', '#mayor');
  await expect(cardOf(page)).toContainText('Алмаз Мамбетов');
  const read = await page.evaluate(() => document.querySelector('tamga-card')?.shadowRoot?.textContent ?? '');
  expect(read).not.toContain('Алмаз Мамбетов');
});

// FINDING (test.fail until fixed): WXT's ContentScriptContext (node_modules/wxt/dist/utils/content-script-context.mjs,
// listenForNewerScripts) tears the content script down when `document` receives a CustomEvent named
// `<extension id>:content:wxt:content-script-started` whose detail names the script "content" with another
// messageId. The page's world can dispatch it (the detail crosses worlds), so any page that knows our id (public
// once the extension is in a store) switches highlighting off for itself: all marks vanish, later text is not
// matched. Low impact (a page can also hide ::highlight() with its own CSS), but a page should not be able to stop
// our script; e.g. keep a second teardown path that checks browser.runtime.id instead of trusting the event.
test("a page cannot stop our content script by forging WXT's 'content script started' event", async ({ context, extensionId }) => {
  test.fail();
  const page = await context.newPage();
  await page.goto(`${PAGES}/hostile/forged.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  const before = await highlighted(page);
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
  }, extensionId);
  await page.waitForTimeout(800);
  expect(await highlighted(page)).toEqual(before);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Президент Садыр Жапаров снова выступил.';
    document.body.append(p);
  });
  await expect.poll(async () => (await highlighted(page)).filter((t) => t === 'Садыр Жапаров').length).toBe(2);
});
