// The extension leaves the page's DOM alone: the only mutation it causes is adding its single UI host.

import { cardShown } from './card-probe';
import { expect, PAGES, test } from './fixtures';
import { hoverHighlight, waitForHighlights } from './helpers';

interface Rec {
  type: string;
  target: string;
  attribute: string | null;
  added: string[];
  removed: string[];
}

test('highlighting, hovering and closing add nothing to the page but one UI host', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${PAGES}/mutations.html`);
  await waitForHighlights(page, 'Садыр Жапаров');
  const before = await page.evaluate(() => (window as unknown as { __mutations: Rec[] }).__mutations.length);
  expect(before).toBe(0);
  await hoverHighlight(page, 'Садыр Жапаров');
  await expect.poll(() => cardShown(page)).toBe(true);
  await page.keyboard.press('Escape');
  await hoverHighlight(page, 'Алмаз Мамбетов');
  await expect.poll(() => cardShown(page)).toBe(true);
  const records = await page.evaluate(() => (window as unknown as { __mutations: Rec[] }).__mutations);
  expect(records).toEqual([
    { type: 'childList', target: 'HTML', attribute: null, added: [expect.stringMatching(/^TAMGA-CARD-[0-9A-Z]+$/)], removed: [] },
  ]);
  expect(await page.locator('body').innerHTML()).not.toContain('tamga');
});
