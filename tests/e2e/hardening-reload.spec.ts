// The extension is reloaded while a page is open (chrome.runtime.reload(), as an update or the user does).
// Chrome injects the new content script into new documents only, so the old one must stop cleanly: its
// highlights go, nothing more is matched, no error reaches the page or its console. (In this harness the
// reloaded extension does not come back — its pages answer ERR_BLOCKED_BY_CLIENT — so the new script's
// takeover on the next load is not checked here; tests/e2e/update.spec.ts covers an update across restarts.)
import { expect, PAGES, test } from './fixtures';
import { collectErrors } from './hardening-helpers';
import { highlighted, serviceWorker, waitForHighlights } from './helpers';

// FINDING (test.fail until fixed): the old content script never learns that its extension context is gone.
// WXT's ContentScriptContext fires onInvalidated only when a new instance of the script announces itself
// or when the context is used through ctx timers, neither of which happens here; so all 9 highlights stay
// painted, text added later is not matched, and a hover's card request fails ("Extension context
// invalidated"). Fix: check `browser.runtime.id` (or catch the invalidated-context error of sendMessage) in
// the scanner's/hover's message path and call the same teardown as ctx.onInvalidated (scanner.destroy()).
test('reloading the extension: the old content script removes its highlights and stops, with no page error', async ({ context }) => {
  test.fail();
  const page = await context.newPage();
  const errors = collectErrors(page, /^Failed to load resource: the server responded with a status of 404/);
  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  const sw = await serviceWorker(context);
  const gone = new Promise<void>((r) => sw.once('close', () => r()));
  await sw.evaluate(() => {
    setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
  });
  await gone;
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Мэр города Ош Алмаз Мамбетов снова выступил.';
    document.body.append(p);
  });
  await page.mouse.move(300, 200);
  await expect.poll(() => highlighted(page), { timeout: 5_000 }).toEqual([]);
  expect(errors).toEqual([]);
});
