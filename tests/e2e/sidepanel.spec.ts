// The side panel and options page, opened as tabs (chrome.sidePanel.open needs a user gesture; see
// HARNESS.md). Data: the shipped pack built from seeds/, plus invented articles and packs added here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { parsePack } from '../../lib/extract/pack';
import { corpusPack } from '../research/fixture';
import { EXTENSION_DIR, expect, launchWithExtension, PAGES, test } from './fixtures';
import { activeTabId, dbRows, highlighted, serviceWorker, waitForHighlights } from './helpers';

const SHOTS = path.resolve('reports/screenshots');

async function openPanel(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  await serviceWorker(context);
  // the background imports the shipped pack at install; wait for it
  await expect.poll(async () => (await dbRows(context, 'articles')).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 760 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
  await expect(page.getByRole('tab', { name: 'Поиск' })).toBeVisible();
  return page;
}

const searchBox = (page: Page) => page.locator('input[type=search]');
const firstPerson = (page: Page) => page.locator('.row-item.person .name').first();

test('search finds people through a typo, an oblique case form and a Latin spelling; keyboard opens the entry', async ({
  context,
  extensionId,
}) => {
  const page = await openPanel(context, extensionId);
  for (const [q, name] of [
    ['Жапров', 'Садыр Жапаров'],
    ['Мамбетову', 'Алмаз Мамбетов'],
    ['Tokayev', 'Касым-Жомарт Токаев'],
    ['Japarov', 'Садыр Жапаров'],
    ['акиму Талгарского района', 'Жолан Омаров'],
  ]) {
    await searchBox(page).fill(q);
    await expect(firstPerson(page)).toHaveText(name);
  }
  await searchBox(page).fill('zzzzqqq');
  await expect(page.getByText('Ничего не найдено')).toBeVisible();

  await searchBox(page).fill('Мамбетова');
  await expect(firstPerson(page)).toHaveText('Алмаз Мамбетов');
  await searchBox(page).press('ArrowDown');
  await expect(page.locator('.row-item.active')).toHaveCount(1);
  await searchBox(page).press('ArrowUp');
  await searchBox(page).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Алмаз Мамбетов' })).toBeVisible();
});

test('the hover card\'s "open in side panel" request (session storage) opens that entry once', async ({ context, extensionId }) => {
  const sw = await serviceWorker(context);
  const setRequest = (personId: string, at: number) =>
    sw.evaluate(
      ([personId, at]) =>
        (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({
          sidePanelPerson: { personId, at },
        }),
      [personId, at] as const,
    );
  await setRequest('sadyr-zhaparov', Date.now() - 3_600_000);
  const page = await openPanel(context, extensionId);
  await expect(page.locator('input[type=search]')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByRole('heading', { level: 2, name: 'Садыр Жапаров' })).toHaveCount(0);
  await setRequest('sadyr-zhaparov', Date.now());
  await expect(page.getByRole('heading', { level: 2, name: 'Садыр Жапаров' })).toBeVisible();
  await page.reload();
  await expect(page.locator('input[type=search]')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByRole('heading', { level: 2, name: 'Садыр Жапаров' })).toHaveCount(0);
});

test('full entry: role timeline with former roles, statements with context and a link into the article', async ({
  context,
  extensionId,
}) => {
  const page = await openPanel(context, extensionId, '?person=almaz-mambetov');
  await expect(page.getByRole('heading', { level: 2, name: 'Алмаз Мамбетов' })).toBeVisible();
  await expect(page.getByText('Almaz Mambetov')).toBeVisible();
  const timeline = page.locator('.timeline li');
  await expect(timeline.filter({ hasText: 'мэр города Ош' })).toHaveCount(1);
  await expect(timeline.filter({ hasText: 'бывш.' }).first()).toBeVisible();
  const first = page.locator('.statement').first();
  const marked = (await first.locator('mark').textContent())!;
  expect(marked.length).toBeGreaterThan(5);
  await first.getByRole('button', { name: 'Открыть в статье' }).click();
  const article = page.locator('.article-view');
  await expect(article).toBeVisible();
  await expect(article.locator('mark')).toHaveText(marked);
  await expect(article.locator('mark')).toBeInViewport();
  await article.getByRole('button', { name: '← Назад' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Алмаз Мамбетов' })).toBeVisible();
});

test('correct a role: edit its title and status, then delete another', async ({ context, extensionId }) => {
  const page = await openPanel(context, extensionId, '?person=almaz-mambetov');
  const row = page.locator('.timeline li', { hasText: 'мэр города Ош' });
  await row.getByRole('button', { name: 'Исправить должность: мэр города Ош' }).click();
  await row.getByLabel('Должность', { exact: true }).fill('мэр Оша');
  await row.getByLabel('бывш.', { exact: true }).check();
  await row.getByRole('button', { name: 'Применить' }).click();
  const edited = page.locator('.timeline li', { hasText: 'мэр Оша' });
  await expect(edited).toHaveCount(1);
  await expect(edited.locator('.badge')).toHaveText('бывш.');
  await expect(page.locator('.timeline li', { hasText: 'мэр города Ош' })).toHaveCount(0);
  const before = await page.locator('.timeline li').count();
  await page.getByRole('button', { name: 'Удалить: мэр Оша' }).click();
  await expect(page.locator('.timeline li')).toHaveCount(before - 1);
  await page.reload();
  await expect(page.locator('.timeline li')).toHaveCount(before - 1);
});

test('copy a citation in each style to the clipboard', async ({ context, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openPanel(context, extensionId, '?person=almaz-mambetov');
  const st = page.locator('.statement.quote').first();
  const quote = (await st.locator('mark').textContent())!;
  const clip = () => page.evaluate(() => navigator.clipboard.readText());
  for (const [style, check] of [
    ['plain', (c: string) => c.startsWith(`«${quote}» — Алмаз Мамбетов`)],
    ['markdown', (c: string) => c.includes('**Алмаз Мамбетов**') && c.startsWith('> «')],
    ['gost', (c: string) => c.includes('(Алмаз Мамбетов') && c.includes(' — ')],
    ['english', (c: string) => c.includes('Almaz Mambetov (Алмаз Мамбетов)')],
  ] as const) {
    await st.getByLabel('Стиль ссылки').selectOption(style);
    await st.getByRole('button', { name: 'Копировать цитату' }).click();
    await expect(st.getByRole('button', { name: 'Скопировано' })).toBeVisible();
    await expect.poll(async () => check(await clip())).toBe(true);
  }
});

test('export a person, a search result and the corpus; the files parse back', async ({ context, extensionId }) => {
  const page = await openPanel(context, extensionId, '?person=almaz-mambetov');
  const menu = page.locator('.export-menu').first();
  await menu.locator('summary').click();
  const save = async (scope: string, format: string) => {
    await menu.getByTestId('export-scope').selectOption(scope);
    await menu.getByTestId('export-format').selectOption(format);
    const [dl] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Скачать' }).click()]);
    return fs.readFileSync((await dl.path())!, 'utf8');
  };
  const person = parsePack(JSON.parse(await save('person', 'json')));
  expect(person.persons.map((p) => p.name)).toEqual(['Алмаз Мамбетов']);
  expect(person.statements.length).toBeGreaterThan(0);
  const csv = await save('person', 'csv');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'person,person_latin,official,role_at_time,kind,statement,date,outlet,title,url,article_id,start,end',
  );
  expect(csv.split('\r\n').filter((l) => l.startsWith('Алмаз Мамбетов,')).length).toBe(
    person.statements.filter((s) => !/[\r\n]/.test(s.text)).length,
  );
  expect(await save('person', 'markdown')).toContain('## Алмаз Мамбетов (Almaz Mambetov)');
  const all = parsePack(JSON.parse(await save('corpus', 'json')));
  expect(all.persons.length).toBeGreaterThan(5);

  await page.getByRole('button', { name: '← Назад' }).click();
  await searchBox(page).fill('выборы');
  await expect(firstPerson(page)).toBeVisible();
  const footer = page.locator('.footer .export-menu');
  await footer.locator('summary').click();
  await footer.getByTestId('export-scope').selectOption('search');
  await footer.getByTestId('export-format').selectOption('json');
  const [dl] = await Promise.all([page.waitForEvent('download'), footer.getByRole('button', { name: 'Скачать' }).click()]);
  const found = parsePack(JSON.parse(fs.readFileSync((await dl.path())!, 'utf8')));
  expect(found.statements.length).toBeGreaterThan(0);
  for (const s of found.statements) expect(s.text.toLowerCase()).toMatch(/выбор/);
});

test('paste an article: preview of people and quotes, save, then it is searchable', async ({ context, extensionId }) => {
  const page = await openPanel(context, extensionId);
  await page.getByRole('tab', { name: 'Добавить' }).click();
  await page
    .getByLabel('Текст статьи')
    .fill(
      'Министр энергетики Бакыт Осмонов посетил Нарын. «Мы построим новую станцию до конца года», — сказал Осмонов журналистам. Он добавил, что тарифы останутся прежними.',
    );
  await page.getByLabel('Заголовок').fill('Станция в Нарыне');
  await page.getByLabel('Дата (ГГГГ-ММ-ДД)').fill('2024-05-06');
  await page.getByLabel('Издание').fill('Вести Юга');
  await page.getByRole('button', { name: 'Проверить' }).click();
  const preview = page.getByRole('region', { name: 'Проверить' });
  await expect(preview.locator('.preview-people')).toContainText('Бакыт Осмонов');
  await expect(preview.locator('mark').first()).toBeVisible();
  const before = (await dbRows(context, 'articles')).length;
  await preview.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status')).toHaveText('Сохранено');
  await expect.poll(async () => (await dbRows<{ layer: string }>(context, 'articles')).length).toBe(before + 1);
  expect((await dbRows<{ layer: string; title: string }>(context, 'articles')).find((a) => a.title === 'Станция в Нарыне')?.layer).toBe(
    'user',
  );

  await page.getByRole('tab', { name: 'Поиск' }).click();
  await searchBox(page).fill('Осмонову');
  await expect(firstPerson(page)).toHaveText('Бакыт Осмонов');
});

test('import a valid pack (merged, no duplicates) and reject a malformed one leaving the database unchanged', async ({
  context,
  extensionId,
}) => {
  const page = await openPanel(context, extensionId);
  await page.getByRole('tab', { name: 'Добавить' }).click();
  const file = page.getByTestId('import-file');
  // three invented people, and one the shipped corpus knows (its id in this pack differs)
  const base = corpusPack();
  const text = 'Президент Садыр Жапаров провёл совещание. «Работаем дальше», — сказал Жапаров.';
  const pack = {
    ...base,
    articles: [...base.articles, { id: 'a4', title: 'Совещание', date: '2024-01-10', source: 'Вести Юга', url: null, text }],
    persons: [...base.persons, { id: 'japarov-x', name: 'Садыр Жапаров', official: true, gender: 'm', variants: [] }],
    mentions: [...base.mentions, { personId: 'japarov-x', articleId: 'a4', start: 10, end: 23 }],
    statements: [
      ...base.statements,
      {
        id: 's-j',
        personId: 'japarov-x',
        articleId: 'a4',
        kind: 'quote',
        text: 'Работаем дальше',
        start: text.indexOf('Работаем'),
        end: text.indexOf('Работаем') + 15,
      },
    ],
  };
  const good = JSON.stringify(parsePack(pack));
  await file.setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.locator('.preview')).toContainText('статей 4, людей 5, из них новых 4');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status')).toHaveText('Сохранено');
  await expect
    .poll(async () => (await dbRows<{ name: string }>(context, 'persons')).filter((p) => p.name === 'Садыр Жапаров').length)
    .toBe(2);
  // one shipped row and its user-layer copy, same id: one person
  expect(
    new Set((await dbRows<{ name: string; id: string }>(context, 'persons')).filter((p) => p.name === 'Садыр Жапаров').map((p) => p.id))
      .size,
  ).toBe(1);
  await expect.poll(async () => (await dbRows<{ name: string }>(context, 'persons')).some((p) => p.name === 'Айгуль Садыкова')).toBe(true);

  // the same pack again adds nothing
  await file.setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.locator('.preview')).toContainText('статей 0, людей 5, из них новых 0, высказываний 0');
  await page.getByRole('button', { name: 'Отмена' }).click();

  const counts = async () =>
    Promise.all(['articles', 'persons', 'statements', 'roles', 'mentions'].map(async (s) => (await dbRows(context, s)).length));
  const before = await counts();
  const broken = JSON.parse(good);
  broken.statements[0].personId = 'ghost';
  await file.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('не является пакетом корпуса Тамги');
  await expect(page.getByRole('alert')).toContainText('unknown personId "ghost"');
  await expect(page.locator('.preview')).toHaveCount(0);
  await file.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
  await expect(page.getByRole('alert')).toContainText('не поддерживается');
  await file.setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from(good.slice(0, 200)) });
  await expect(page.getByRole('alert')).toContainText('не является JSON');
  expect(await counts()).toEqual(before);
});

test('import an .html page (article text via Readability), then edit and delete the saved article', async ({ context, extensionId }) => {
  const page = await openPanel(context, extensionId);
  await page.getByRole('tab', { name: 'Добавить' }).click();
  const filler = 'Подробности следуют в отчёте министерства, опубликованном утром. '.repeat(3);
  const html = `<html><head><title>Станция</title><meta property="og:site_name" content="Вести Юга">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body>
    <nav><a href="/">Главная</a> <a href="/p">Политика</a></nav>
    <article><h1>Станция в Нарыне</h1><p>Министр энергетики Бакыт Осмонов посетил Нарын. ${filler}</p>
    <p>«Мы построим новую станцию до конца года», — сказал Осмонов. ${filler}</p></article>
    <aside>Самое читаемое: курс валют</aside></body></html>`;
  await page.getByTestId('import-file').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByLabel('Текст статьи')).toHaveValue(/Министр энергетики Бакыт Осмонов посетил Нарын\./);
  await expect(page.getByLabel('Текст статьи')).not.toHaveValue(/Политика|Самое читаемое/);
  await expect(page.getByLabel('Дата (ГГГГ-ММ-ДД)')).toHaveValue('2024-03-05');
  await expect(page.getByLabel('Издание')).toHaveValue('Вести Юга');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status')).toHaveText('Сохранено');

  // My articles → open → edit the title → save: still one user article, new title
  const mine = page.getByRole('region', { name: 'Мои статьи' });
  await mine.getByRole('button').first().click();
  await page.getByRole('button', { name: 'Изменить' }).click();
  await page.getByLabel('Заголовок').fill('Новая станция');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status')).toHaveText('Сохранено');
  const userArticles = async () =>
    (await dbRows<{ layer: string; title: string }>(context, 'articles')).filter((a) => a.layer === 'user').map((a) => a.title);
  await expect.poll(userArticles).toEqual(['Новая станция']);

  await mine.getByRole('button', { name: /Новая станция/ }).click();
  await page.getByRole('button', { name: 'Удалить статью' }).click();
  await expect.poll(userArticles).toEqual([]);
  await expect.poll(async () => (await dbRows<{ layer: string }>(context, 'statements')).filter((s) => s.layer === 'user').length).toBe(0);
});

test('on this page: the people of the current tab with their mention counts', async ({ context, extensionId }) => {
  await serviceWorker(context);
  const news = await context.newPage();
  await news.goto(`${PAGES}/news.html`);
  await waitForHighlights(news, 'Садыр Жапаров');
  const tabId = await activeTabId(context, news);
  const count = (await highlighted(news)).filter((t) => /жапаров/i.test(t)).length;
  const page = await openPanel(context, extensionId, `?tab=${tabId}`);
  await page.getByRole('tab', { name: 'На странице' }).click();
  const row = page.locator('.on-page li', { hasText: 'Садыр Жапаров' });
  await expect(row).toBeVisible();
  await expect(row.locator('.count')).toHaveText(`упоминаний: ${count}`);
  await row.getByRole('button', { name: /^Садыр Жапаров: / }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Садыр Жапаров' })).toBeVisible();
});

test('language switch: the panel and the options page follow the setting', async ({ context, extensionId }) => {
  const page = await openPanel(context, extensionId);
  await page.getByLabel('Язык интерфейса').selectOption('en');
  await expect(page.getByRole('tab', { name: 'Search' })).toBeVisible();
  await expect(searchBox(page)).toHaveAttribute('placeholder', 'A name, a role or words from a statement');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Tamga settings' })).toBeVisible();
  await options.getByLabel('Interface language').selectOption('ru');
  await expect(options.getByRole('heading', { name: 'Настройки Тамги' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Поиск' })).toBeVisible();
});

test('options: highlight style, delay and scope are saved', async ({ context, extensionId }) => {
  await serviceWorker(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Фон').check();
  await page.getByLabel('Задержка карточки, мс').fill('600');
  await page.getByLabel('Всех известных людей').check();
  await page.getByLabel('Выключено на сайтах').fill('news.example\nhttps://other.example/x');
  await page.getByLabel('Выключено на сайтах').blur();
  await expect(page.getByRole('status')).toHaveText('Сохранено');
  await page.reload();
  await expect(page.getByLabel('Фон')).toBeChecked();
  await expect(page.getByLabel('Задержка карточки, мс')).toHaveValue('600');
  await expect(page.getByLabel('Всех известных людей')).toBeChecked();
  await expect(page.getByLabel('Выключено на сайтах')).toHaveValue('news.example\nother.example');
});

test('a correction survives a shipped-corpus update', async () => {
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-ext-'));
  fs.cpSync(EXTENSION_DIR, ext, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-profile-'));
  let context = await launchWithExtension(ext, profile);
  let id = new URL((await serviceWorker(context)).url()).host;
  let page = await openPanel(context, id, '?person=almaz-mambetov');
  const st = page.locator('.statement').first();
  const text = (await st.locator('mark').textContent())!;
  await st.locator('.correction summary').click();
  await st.getByLabel('Другой говорящий').fill('Садыр Жапаров');
  await st.getByRole('button', { name: 'Применить' }).click();
  await expect(page.locator('.statement mark', { hasText: text })).toHaveCount(0);
  await context.close();

  // Version 2: the same articles, person ids changed by a new extraction run.
  const packFile = path.join(ext, 'corpus/shipped-pack.json');
  const pack = JSON.parse(fs.readFileSync(packFile, 'utf8'));
  const ren = (x: { personId: string }) => {
    x.personId = `v2-${x.personId}`;
  };
  for (const p of pack.persons) p.id = `v2-${p.id}`;
  for (const t of [pack.mentions, pack.roles, pack.statements]) t.forEach(ren);
  fs.writeFileSync(packFile, JSON.stringify(pack));
  const manifestFile = path.join(ext, 'manifest.json');
  fs.writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifestFile, 'utf8')), version: '99.0.0' }));

  context = await launchWithExtension(ext, profile);
  id = new URL((await serviceWorker(context)).url()).host;
  await expect
    .poll(async () => (await dbRows<{ id: string }>(context, 'persons')).some((p) => p.id.startsWith('v2-')), { timeout: 15_000 })
    .toBe(true);
  page = await openPanel(context, id, '?person=v2-sadyr-zhaparov');
  await expect(page.locator('.statement mark', { hasText: text })).toHaveCount(1);
  await page.goto(`chrome-extension://${id}/sidepanel.html?person=v2-almaz-mambetov`);
  await expect(page.getByRole('heading', { level: 2, name: 'Алмаз Мамбетов' })).toBeVisible();
  await expect(page.locator('.statement mark', { hasText: text })).toHaveCount(0);
  await context.close();
});

test('screenshots at 400 px, light and dark: search, entry, options', async ({ context, extensionId }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const page = await openPanel(context, extensionId);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?q=${encodeURIComponent('выборы')}`);
    await expect(firstPerson(page)).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `sidepanel-search-${scheme}.png`) });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?person=almaz-mambetov`);
    await expect(page.locator('.statement').first()).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `sidepanel-entry-${scheme}.png`) });
    await page.getByRole('tab', { name: 'Добавить' }).click();
    await page
      .getByLabel('Текст статьи')
      .fill('Министр энергетики Бакыт Осмонов посетил Нарын. «Мы построим новую станцию до конца года», — сказал Осмонов.');
    await page.getByRole('button', { name: 'Проверить' }).click();
    await expect(page.locator('.preview')).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `sidepanel-add-${scheme}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `options-${scheme}.png`), fullPage: true });
    // nothing wider than the panel
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  }
});
