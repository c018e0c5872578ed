// The MV3 service worker is stopped (as Chrome does after 30 s idle) between a page's highlighting and the
// user's hover: the content script stays (its port to the background disconnects, but its extension context
// lives: lib/page/lifecycle.ts), the card still opens and text added later is still matched — the worker
// restarts on the message and reopens the corpus and its match index. The worker is stopped through the
// DevTools protocol (ServiceWorker.stopAllWorkers from a page session); its running status is read from the
// same domain's events. The cold-start time is measured by `npm run bench browser` (part "coldstart").
import { cardText } from './card-probe';
import { expect, PAGES, test } from './fixtures';
import { collectErrors } from './hardening-helpers';
import { highlightCenter, highlighted, hoverHighlight, serviceWorker, waitForHighlights } from './helpers';
import { workerControl } from './sw-control';

test('the service worker stopped between highlighting and hover: highlights stay, the card opens, new text is matched', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const errors = collectErrors(page, /^Failed to load resource: the server responded with a status of 404/);
  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await page.waitForTimeout(500);
  const before = (await highlighted(page)).sort();
  const worker = await workerControl(context, page, extensionId);
  await worker.stop();

  // The content script did not take the disconnect for an extension reload (its rechecks run for 4 s).
  await page.waitForTimeout(4_500);
  expect((await highlighted(page)).sort()).toEqual(before);
  expect(worker.status()).toBe('stopped');

  await hoverHighlight(page, 'Алмаз Мамбетов', '#mayor');
  await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain('Алмаз Мамбетов');
  expect(worker.status()).toBe('running');

  await worker.stop();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'later';
    p.textContent = 'Президент Садыр Жапаров снова выступил.';
    document.body.prepend(p);
  });
  await expect.poll(() => highlighted(page, 'official', '#later'), { timeout: 15_000 }).toEqual(['Садыр Жапаров']);
  expect(errors).toEqual([]);
});

test('the service worker stopped between hover and card, with the card request on its way: the card still appears', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const errors = collectErrors(page, /^Failed to load resource: the server responded with a status of 404/);
  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  const worker = await workerControl(context, page, extensionId);
  const sw = await serviceWorker(context);
  const { x, y } = await highlightCenter(page, 'Алмаз Мамбетов', '#mayor');
  // The worker is kept busy, so the card's request (sent when the pointer comes to rest) waits in it; then the
  // worker is stopped with the request unanswered, as Chrome stops an idle or misbehaving worker.
  const busy = sw
    .evaluate(() => {
      const t = performance.now();
      while (performance.now() - t < 3_000);
    })
    .catch(() => undefined);
  await page.mouse.move(1, 1);
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y);
  await page.waitForTimeout(600); // past the dwell: the request is sent
  await worker.stop();
  await busy;
  await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain('Алмаз Мамбетов');
  expect(await cardText(page)).not.toContain('Could not load');
  expect(errors).toEqual([]);
});
