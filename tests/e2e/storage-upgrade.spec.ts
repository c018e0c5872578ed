// Schema upgrade in Chromium's own IndexedDB (the unit tests use fake-indexeddb): the database version 1 wrote
// (tests/storage/fixtures/v1-database.json, made by the v1 code) is put in the extension's origin, the browser is
// restarted, and the background opens it with the current schema. Every user record, hidden name and
// correction must be there, and every card must read as version 1's code read it (also in a real browser,
// where the upgrade runs in Chromium's versionchange transaction).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPack } from '../research/fixture';
import type V1Fixture from '../storage/fixtures/v1-database.json';
import { EXTENSION_DIR, expect, launchWithExtension, test } from './fixtures';
import { dbRows, serviceWorker } from './helpers';

const v1: typeof V1Fixture = JSON.parse(fs.readFileSync(path.resolve('tests/storage/fixtures/v1-database.json'), 'utf8'));
type Row = Record<string, unknown>;
const rowsOf = (store: string) => (v1.dump.stores.find((s) => s.name === store)?.rows ?? []) as Row[];
const sortJson = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
const without = (row: Row, key: string) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== key));

test('a version 1 database in the browser upgrades with every record; cards read as in version 1', async () => {
  const ext = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-ext-'));
  fs.cpSync(EXTENSION_DIR, ext, { recursive: true });
  // The pack the fixture's shipped layer came from, byte for byte: its hash is the fixture's, so the background
  // finds it imported and the shipped layer read after the upgrade is the fixture's own.
  fs.writeFileSync(path.join(ext, 'corpus/shipped-pack.json'), JSON.stringify(corpusPack()));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-profile-'));

  let context = await launchWithExtension(ext, profile);
  let sw = await serviceWorker(context);
  // Once the background is idle (pack imported, match index cached), replace its database by the v1 one; Dexie
  // closes its connection on versionchange.
  await expect.poll(async () => (await dbRows(context, 'surfaces')).length, { timeout: 30_000 }).toBe(1);
  await sw.evaluate(async (dump) => {
    await new Promise((resolve, reject) => {
      const del = indexedDB.deleteDatabase('tamga');
      del.onsuccess = resolve;
      del.onerror = () => reject(del.error);
    });
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('tamga', dump.version);
      req.onupgradeneeded = () => {
        for (const s of dump.stores) {
          const store = req.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
          for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
          for (const r of s.rows) store.put(r);
        }
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
  }, v1.dump);
  await context.close();

  context = await launchWithExtension(ext, profile);
  sw = await serviceWorker(context);
  const stores = () =>
    sw.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('tamga');
          open.onsuccess = () => {
            resolve([...open.result.objectStoreNames].sort());
            open.result.close();
          };
        }),
    );
  await expect.poll(stores).toEqual(['hidden', 'library', 'meta', 'people', 'records', 'surfaces']);

  for (const [store, key] of [
    ['articles', 'uid'],
    ['persons', 'uid'],
    ['statements', 'uid'],
    ['roles', 'seq'],
    ['mentions', 'seq'],
  ] as const) {
    expect(sortJson(await dbRows(context, store)), store).toEqual(sortJson(rowsOf(store).map((r) => without(r, key))));
  }
  // (meta.lastImport is the background's timing record of its own "unchanged" check: not a record of the user's)
  const mine = (rows: Row[]) => rows.filter((r) => r.key !== 'lastImport');
  for (const store of ['hidden', 'meta']) expect(sortJson(mine(await dbRows<Row>(context, store))), store).toEqual(sortJson(rowsOf(store)));

  const page = await context.newPage();
  await page.goto(new URL('options.html', sw.url()).href);
  const cards = await page.evaluate(async (ids) => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: unknown }> } } }).chrome;
    const out: Record<string, unknown> = {};
    for (const personId of ids)
      out[personId] = (await c.runtime.sendMessage({ tag: 'tamga/1', name: 'personCard', params: { personId } })).value;
    return out;
  }, Object.keys(v1.read.cards));
  expect(cards).toEqual(v1.read.cards);
  await context.close();
});
