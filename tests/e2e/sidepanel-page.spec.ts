// The side panel working on the page in a tab: "add this page" (the tab's document → Readability → the
// extraction pipeline → preview → user layer → the new person highlighted on the open page at once), and
// "on this page" (choosing a person scrolls the tab to their next mention and opens its card). The panel is
// opened as a tab (chrome.sidePanel.open needs a user gesture), aimed at the page's tab with ?tab=<id>.
// region.html names an invented official who is not in the shipped corpus.
import type { BrowserContext, Page } from '@playwright/test';
import { cardText } from './card-probe';
import { expect, PAGES, test } from './fixtures';
import { activeTabId, dbRows, highlighted, hoverHighlight, serviceWorker, waitForHighlights } from './helpers';

async function openPanel(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  await expect.poll(async () => (await dbRows(context, 'articles')).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 760 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByRole('tab', { name: 'Поиск' })).toBeVisible();
  return panel;
}

/** Whether the active (focused-mark) highlight covers `text` and lies inside the viewport. */
const activeInView = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('tamga-active') as unknown as Set<Range> | undefined;
    const r = h && [...h][0];
    if (!r) return null;
    const b = r.getBoundingClientRect();
    return { text: r.toString(), inView: b.top >= 0 && b.bottom <= innerHeight, id: r.startContainer.parentElement?.id ?? '' };
  });

test("add this page: preview of the tab's article, save, and the new person is highlighted on the open page with the quote in the card", async ({
  context,
  extensionId,
}) => {
  await serviceWorker(context);
  const news = await context.newPage();
  await news.goto(`${PAGES}/region.html`);
  const tabId = await activeTabId(context, news);
  // nobody on this page is known yet
  await news.waitForTimeout(500);
  expect(await highlighted(news)).toEqual([]);

  const panel = await openPanel(context, extensionId, tabId);
  await panel.getByRole('tab', { name: 'Добавить' }).click();
  await panel.getByRole('button', { name: 'Добавить эту страницу' }).click();
  const preview = panel.locator('.preview');
  await expect(preview.locator('.preview-people li')).toHaveText([/Нурлан Ермеков · аким Абайской области/]);
  await expect(preview.locator('.preview-text')).toContainText('Мост откроем для движения до конца октября');
  // Readability kept the article, not the menu or the "most read" box; the form carries the page's metadata
  await expect(preview.locator('.preview-text')).not.toContainText('Самое читаемое');
  await expect(panel.getByLabel('Заголовок')).toHaveValue('Абай: новый мост через Иртыш');
  await expect(panel.getByLabel('Дата (ГГГГ-ММ-ДД)')).toHaveValue('2024-03-14');
  await expect(panel.getByLabel('Адрес (URL)')).toHaveValue(`${PAGES}/region.html`);

  await panel.getByRole('button', { name: 'Сохранить' }).click();
  await expect(panel.getByRole('status')).toHaveText('Сохранено');
  await expect
    .poll(async () => (await dbRows<{ id: string; layer: string }>(context, 'persons')).filter((p) => p.layer === 'user').map((p) => p.id))
    .toContain('nurlan-ermekov');

  // the open tab rescans without a reload: the full name and the later bare surnames
  await news.bringToFront();
  await waitForHighlights(news, 'Нурлан Ермеков');
  await expect.poll(async () => (await highlighted(news)).filter((t) => t === 'Ермеков').length).toBe(2);
  await hoverHighlight(news, 'Нурлан Ермеков');
  await expect.poll(() => cardText(news)).toContain('Нурлан Ермеков');
  await expect.poll(() => cardText(news)).toContain('аким Абайской области');
  await expect.poll(() => cardText(news)).toContain('Мост откроем для движения до конца октября');

  // and a newly loaded page has them too
  await news.reload();
  await waitForHighlights(news, 'Нурлан Ермеков');
});

test('on this page: choosing a person scrolls the tab to their next mention and opens its card, cycling', async ({
  context,
  extensionId,
}) => {
  await serviceWorker(context);
  const news = await context.newPage();
  await news.goto(`${PAGES}/news.html`);
  await waitForHighlights(news, 'Алмаз Мамбетов');
  const tabId = await activeTabId(context, news);
  const mentions = (await highlighted(news)).filter((t) => /мамбетов/i.test(t)).length;
  expect(mentions).toBe(2);
  expect(await news.evaluate(() => scrollY)).toBe(0);

  const panel = await openPanel(context, extensionId, tabId);
  await panel.getByRole('tab', { name: 'На странице' }).click();
  const row = panel.locator('.on-page li', { hasText: 'Алмаз Мамбетов' });
  await row.getByRole('button', { name: 'Алмаз Мамбетов', exact: true }).click();
  await expect.poll(() => activeInView(news)).toEqual({ text: 'Алмаз Мамбетов', inView: true, id: 'mayor' });
  await expect.poll(() => cardText(news)).toContain('Алмаз Мамбетов');

  // again: the next mention, far down the page (scrolled into view), then back to the first
  await row.getByRole('button', { name: 'Алмаз Мамбетов', exact: true }).click();
  await expect.poll(() => activeInView(news)).toEqual({ text: 'Алмаз Мамбетов', inView: true, id: 'far' });
  expect(await news.evaluate(() => scrollY)).toBeGreaterThan(500);
  await expect.poll(() => cardText(news)).toContain('Алмаз Мамбетов');
  await row.getByRole('button', { name: 'Алмаз Мамбетов', exact: true }).click();
  await expect.poll(() => activeInView(news)).toEqual({ text: 'Алмаз Мамбетов', inView: true, id: 'mayor' });

  // the entry is one click away
  await row.getByRole('button', { name: /^Алмаз Мамбетов: / }).click();
  await expect(panel.getByRole('heading', { level: 2, name: 'Алмаз Мамбетов' })).toBeVisible();
});
