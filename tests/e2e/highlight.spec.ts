// Names are highlighted in their case forms, in UPPERCASE and in Latin script; common words that look like a
// name form are not; text the user edits or reads as code is left alone.
import { expect, PAGES, test } from './fixtures';
import { highlighted, waitForHighlights } from './helpers';

test.describe('news page (Cyrillic)', () => {
  test.beforeEach(async ({ context, extensionId }) => {
    expect(extensionId).toBeTruthy();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${PAGES}/news.html`);
    await waitForHighlights(page);
  });

  const rows: [string, string, string[]][] = [
    ['nominative full name', '#nom', ['Садыр Жапаров']],
    ['instrumental full name after a role', '#nom', ['Владимиром Путиным']],
    ['bare surname, nominative and accusative', '#acc', ['Путин', 'Жапарова']],
    ['a name split over inline elements', '#split', ['Садыр Жапаров']],
    ['UPPERCASE names', '#upper', ['АМАНДЫК БАТАЛОВ', 'САДЫР ЖАПАРОВ']],
    ['a mayor in an article about Osh', '#mayor', ['Алмаз Мамбетов']],
  ];
  for (const [name, within, expected] of rows) {
    test(`highlights ${name}`, async ({ context }) => {
      const page = context.pages()[0]!;
      const found = await highlighted(page, 'official', within);
      for (const e of expected) expect(found).toContain(e);
    });
  }

  const none: [string, string][] = [
    ['"путина" (the fishing season) in lower case', '#common'],
    ['a non-official (a blogger) by default', '#blogger'],
    ['text in <pre>', '#pre'],
    ['text in a textarea', '#ta'],
    ['text in a contenteditable block', '#ce'],
  ];
  for (const [name, within] of none) {
    test(`does not highlight ${name}`, async ({ context }) => {
      const page = context.pages()[0]!;
      for (const kind of ['official', 'other', 'ambiguous'] as const) expect(await highlighted(page, kind, within)).toEqual([]);
    });
  }
});

test('Latin-script page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${PAGES}/latin.html`);
  await waitForHighlights(page);
  expect(await highlighted(page, 'official', '#lat1')).toEqual(expect.arrayContaining(['Sadyr Japarov']));
});
