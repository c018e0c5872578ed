// Text that appears after load is highlighted: appended (infinite scroll), replaced (SPA), after a storm.
import { expect, PAGES, test } from './fixtures';
import { highlighted, waitForHighlights } from './helpers';

test('appended and replaced text is highlighted; a mutation storm does not stop it', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${PAGES}/dynamic.html`);
  await page.waitForTimeout(300);
  expect(await highlighted(page)).toEqual([]);

  await page.evaluate(() => (window as unknown as { appendItem(t: string): void }).appendItem('Президент Садыр Жапаров провел встречу.'));
  await waitForHighlights(page, 'Садыр Жапаров');

  await page.evaluate(() =>
    (window as unknown as { replaceAll(t: string): void }).replaceAll('Мэр города Ош Алмаз Мамбетов встретился с журналистами.'),
  );
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await expect.poll(() => highlighted(page)).toEqual(['Алмаз Мамбетов']);

  await page.evaluate(() => (window as unknown as { storm(n: number): void }).storm(5000));
  await page.evaluate(() => (window as unknown as { appendItem(t: string): void }).appendItem('Садыр Жапаров выступил снова.'));
  await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['Алмаз Мамбетов', 'Садыр Жапаров']);
});

test('edited text is re-matched', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${PAGES}/dynamic.html`);
  await page.evaluate(() => (window as unknown as { appendItem(t: string): void }).appendItem('Президент Садыр Жапаров провел встречу.'));
  await waitForHighlights(page, 'Садыр Жапаров');
  await page.evaluate(() => {
    const p = document.querySelector('.item')!;
    (p.firstChild as Text).data = 'Встреча отменена.';
  });
  await expect.poll(() => highlighted(page)).toEqual([]);
});
