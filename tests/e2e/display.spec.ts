// The options page's display settings (storage.local "uiSettings") reach open pages: highlight look and the
// card delay. No element is added for the look: it is an adopted stylesheet.

import { cardCount, cardShown } from './card-probe';
import { expect, PAGES, test } from './fixtures';
import { hoverHighlight, serviceWorker, waitForHighlights } from './helpers';

test('highlight colour and style and the card delay follow the display settings', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  const sw = await serviceWorker(context);
  await sw.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({
      uiSettings: { highlightStyle: 'background', colour: '#ff0000', hoverDelay: 1200, lang: 'ru', citationStyle: 'plain' },
    }),
  );
  const rules = () =>
    page.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((s) => [...s.cssRules])
        .map((r) => r.cssText)
        .filter((t) => t.includes('tamga-official')),
    );
  await expect.poll(rules).toEqual([expect.stringContaining('rgba(255, 0, 0')]);
  expect((await rules())[0]).not.toContain('underline');

  await hoverHighlight(page, 'Алмаз Мамбетов', '#mayor');
  await page.waitForTimeout(600);
  expect(await cardCount(page)).toBe(0);
  await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(true);
});
