// The page prefilter (lib/page/prefilter.ts): the content script sends the background only blocks in which a
// capitalised word may be a known surname form. A page naming nobody sends nothing; a block with only a bare
// surname is still sent and resolved by a full name in a later block.
import type { BrowserContext } from '@playwright/test';
import { expect, PAGES, test } from './fixtures';
import { highlighted, serviceWorker, waitForHighlights } from './helpers';

/** Count the matchBlocks messages (and their blocks) the background receives from tabs. */
async function countMatchRequests(context: BrowserContext) {
  const sw = await serviceWorker(context);
  await sw.evaluate(() => {
    const g = globalThis as unknown as {
      __blocks: { messages: number; blocks: number };
      chrome: { runtime: { onMessage: { addListener(f: (m: { name?: string; params?: { lengths?: number[] } }) => void): void } } };
    };
    g.__blocks = { messages: 0, blocks: 0 };
    g.chrome.runtime.onMessage.addListener((m) => {
      if (m?.name !== 'matchBlocks') return;
      g.__blocks.messages++;
      g.__blocks.blocks += m.params?.lengths?.length ?? 0;
    });
  });
  return () => sw.evaluate(() => (globalThis as unknown as { __blocks: { messages: number; blocks: number } }).__blocks);
}

test('a page that names nobody sends no text to the background; one that does sends only its named blocks', async ({ context }) => {
  const counts = await countMatchRequests(context);
  const page = await context.newPage();
  await page.goto(`${PAGES}/plain.html`);
  // the page is scanned (the report reaches the background) before the count is read
  await page.waitForTimeout(1_500);
  expect(await counts()).toEqual({ messages: 0, blocks: 0 });
  expect(await highlighted(page)).toEqual([]);

  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Садыр Жапаров');
  const { blocks } = await counts();
  const withCapitals = await page.evaluate(
    () => [...document.querySelectorAll('p, h1, h2')].filter((e) => /\p{Lu}/u.test(e.textContent!)).length,
  );
  expect(blocks).toBeGreaterThan(0);
  expect(blocks).toBeLessThan(withCapitals);
});

test('a bare surname before the full name on the page is still highlighted as that person', async ({ context }) => {
  await serviceWorker(context);
  const page = await context.newPage();
  await page.goto(`${PAGES}/evidence.html`);
  await waitForHighlights(page, 'Садыр Жапаров');
  await expect.poll(() => highlighted(page, 'official', '#bare')).toEqual(['Жапаров']);
  expect(await highlighted(page, 'official', '#filler')).toEqual([]);
});

test('text added later is filtered and matched too', async ({ context }) => {
  await serviceWorker(context);
  const page = await context.newPage();
  await page.goto(`${PAGES}/plain.html`);
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = 'Вечером мэр Оша Алмаз Мамбетов встретился с жителями.';
    document.body.append(p);
  });
  await expect.poll(() => highlighted(page, 'official', '#late')).toEqual(['Алмаз Мамбетов']);
});
