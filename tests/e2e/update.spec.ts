// A new shipped pack replaces the shipped layer on update and keeps the user's records ("not this person").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, expect, launchWithExtension, PAGES, test } from './fixtures';
import { clickCardButton, dbRows, highlighted, hoverHighlight, serviceWorker, waitForHighlights } from './helpers';

test('updating the extension with a new pack keeps hidden names and imports the new statements', async () => {
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-ext-'));
  fs.cpSync(EXTENSION_DIR, ext, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-profile-'));

  let context = await launchWithExtension(ext, profile);
  await serviceWorker(context);
  let page = await context.newPage();
  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await hoverHighlight(page, 'Алмаз Мамбетов', '#mayor');
  await clickCardButton(page, 'Not this person');
  await expect.poll(() => highlighted(page, 'official', '#a2')).toEqual([]);
  const statementsBefore = (await dbRows<{ id: string }>(context, 'statements')).length;
  await context.close();

  // Version 2 of the extension: one more statement in the shipped pack.
  const packFile = path.join(ext, 'corpus/shipped-pack.json');
  const pack = JSON.parse(fs.readFileSync(packFile, 'utf8'));
  const someone = pack.persons.find((p: { name: string }) => p.name === 'Садыр Жапаров');
  const article = pack.articles[0];
  pack.statements.push({
    id: 'update-test',
    personId: someone.id,
    articleId: article.id,
    kind: 'reported',
    text: 'проверка обновления',
    start: 0,
    end: 1,
  });
  fs.writeFileSync(packFile, JSON.stringify(pack));
  const manifestFile = path.join(ext, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  manifest.version = '99.0.0';
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));

  context = await launchWithExtension(ext, profile);
  await serviceWorker(context);
  await expect
    .poll(async () => (await dbRows<{ id: string }>(context, 'statements')).some((s) => s.id === 'update-test'), { timeout: 15_000 })
    .toBe(true);
  expect((await dbRows<{ id: string }>(context, 'statements')).length).toBe(statementsBefore + 1);
  expect((await dbRows<{ layer: string }>(context, 'hidden')).map((h) => h.layer)).toEqual(['user']);
  page = await context.newPage();
  await page.goto(`${PAGES}/news.html`);
  await waitForHighlights(page, 'Садыр Жапаров');
  await page.waitForTimeout(300);
  expect(await highlighted(page, 'official', '#a2')).toEqual([]);
  await context.close();
});
