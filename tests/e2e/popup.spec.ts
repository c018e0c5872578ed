// Popup: people on the current page with counts, per-site and global switches, the toolbar badge.
import { expect, PAGES, test } from './fixtures';
import { activeTabId, highlighted, serviceWorker, waitForHighlights } from './helpers';

test('lists the people on the page, shows the badge, and switches the site off and on', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Садыр Жапаров');
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
  const total = (await highlighted(page)).length;
  await expect.poll(badge).toBe(String(total));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const row = popup.locator('.people li', { hasText: 'Садыр Жапаров' });
  await expect(row).toBeVisible();
  const count = (await highlighted(page)).filter((t) => /жапаров/i.test(t)).length;
  await expect(row.locator('.count')).toHaveText(String(count));
  await expect(popup.getByRole('heading', { name: `On this page (${total} mentions)` })).toBeVisible();

  await popup.getByLabel('On for 127.0.0.1').uncheck();
  await expect.poll(() => highlighted(page)).toEqual([]);
  await expect.poll(badge).toBe('');
  await popup.getByLabel('On for 127.0.0.1').check();
  await waitForHighlights(page, 'Садыр Жапаров');

  await popup.getByLabel('On for all sites').uncheck();
  await expect.poll(() => highlighted(page)).toEqual([]);
  await popup.getByLabel('On for all sites').check();
  await waitForHighlights(page, 'Садыр Жапаров');

  // Everyone, not only officials: the blogger appears.
  await popup.getByLabel('Highlight everyone, not only officials').check();
  await expect.poll(() => highlighted(page, 'other', '#blogger')).toEqual(['Ринат Кибраев']);
});
