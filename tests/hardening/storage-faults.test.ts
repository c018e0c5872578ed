// Storage faults, with fake-indexeddb and lib/storage's own functions (and the background's openCorpus,
// which chooses between IndexedDB and the read-only fallback): IndexedDB missing or refusing to open, quota
// exceeded in the middle of an import, a database left half-imported by a killed service worker, and a
// database created by a newer version of the extension. Each must end consistent with no user record lost.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCorpus } from '@/entrypoints/background/corpus';
import type { Pack } from '@/lib/extract/pack';
import { mergePack, parseImport } from '@/lib/research/import';
import {
  DB_NAME,
  flattenArticles,
  flattenPeople,
  flattenRecords,
  groupArticles,
  importShippedPack,
  openDb,
  SHIPPED_META,
  type TamgaDb,
} from '@/lib/storage';
import { loadResearchCorpus, saveUserRecords } from '@/lib/storage/research';
import { dump, validPack } from './helpers';

let factory: IDBFactory;
const shipped = validPack();
const shippedV2 = validPack('v2');

beforeEach(() => {
  factory = new IDBFactory();
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  // The background reads the bundled pack from the extension's files.
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(shipped)));
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A database with the shipped pack, a user pack, a hidden name and a correction: the user's records. */
async function populated(): Promise<TamgaDb> {
  const db = openDb();
  await db.open();
  await importShippedPack(db, shipped, 'hash-v1');
  const r = parseImport('mine.json', JSON.stringify(validPack('u')));
  await saveUserRecords(db, mergePack((await loadResearchCorpus(db)).corpus, (r as { pack: Pack }).pack));
  await db.hidden.put({
    key: 'https://example.org/\u0000marat-dosymov',
    url: 'https://example.org/',
    personId: 'marat-dosymov',
    layer: 'user',
    at: 1,
  });
  await db.meta.put({ key: 'corrections', value: [{ key: 'c1', note: 'invented' }] });
  return db;
}

/** The user's records only: every user-layer row, hidden names and corrections. */
async function userRecords(db: TamgaDb) {
  const d = await dump(db);
  const user = Object.fromEntries(Object.entries(d).map(([t, rows]) => [t, rows.filter((r) => r.includes('"layer":"user"'))]));
  return { ...user, corrections: d.meta!.filter((r) => r.includes('"corrections"')) };
}

/** Articles, persons, statements, roles and mentions (flattened bucket rows), each serialised. */
async function items(db: TamgaDb): Promise<Record<string, string[]>> {
  const all = {
    articles: flattenArticles(await db.library.toArray()),
    persons: flattenPeople(await db.people.toArray()),
    ...flattenRecords(await db.records.toArray()),
  };
  return Object.fromEntries(Object.entries(all).map(([kind, rows]) => [kind, rows.map((r) => JSON.stringify(r))]));
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Make one table's bulk writes throw QuotaExceededError after `after` successful calls. */
function failAfter(table: { bulkAdd: (...a: never[]) => unknown; bulkPut: (...a: never[]) => unknown }, after: number) {
  let calls = 0;
  for (const m of ['bulkAdd', 'bulkPut'] as const) {
    const orig = table[m].bind(table) as (...a: unknown[]) => Promise<unknown>;
    (table as Record<string, unknown>)[m] = (...a: unknown[]) => (calls++ >= after ? Promise.reject(quota()) : orig(...a));
  }
}

describe('IndexedDB unavailable', () => {
  it.each([
    ['the API is missing', () => undefined],
    [
      'open() is refused (private window, disabled storage)',
      () => ({
        open() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
        deleteDatabase() {
          throw new DOMException('denied', 'SecurityError');
        },
        cmp: (a: number, b: number) => a - b,
      }),
    ],
  ])('%s: the bundled pack is served read-only from memory', async (_name, make) => {
    Dexie.dependencies.indexedDB = make() as unknown as IDBFactory;
    const { corpus, error } = await openCorpus(false);
    expect(corpus.kind).toBe('memory');
    expect(error).toMatch(/^IndexedDB unavailable \(.+\)$/);
    expect((await corpus.status()).counts).toEqual({
      articles: shipped.articles.length,
      persons: shipped.persons.length,
      statements: shipped.statements.length,
      roles: shipped.roles.length,
    });
    expect((await corpus.card('aigul-sadykova'))?.person.name).toBe('Айгуль Садыкова');
    expect((await corpus.matchIndex()).persons).toHaveLength(shipped.persons.length);
  });
});

describe('quota exceeded in the middle of an import', () => {
  it.each([
    ['records', 0],
    ['library', 0],
    ['people', 0],
  ] as const)(
    'a shipped update failing on %s rolls back whole; the old corpus and user records stay; a retry succeeds',
    async (table, after) => {
      const db = await populated();
      const before = await dump(db);
      failAfter(db[table] as never, after);
      await expect(importShippedPack(db, shippedV2, 'hash-v2')).rejects.toMatchObject({ name: 'QuotaExceededError' });
      expect(await dump(db)).toEqual(before);

      const retry = openDb();
      await retry.open();
      const users = await userRecords(retry);
      expect(await importShippedPack(retry, shippedV2, 'hash-v2')).toBe('imported');
      expect(await userRecords(retry)).toEqual(users);
      expect((await retry.meta.get(SHIPPED_META))?.value).toMatchObject({ hash: 'hash-v2' });
      expect(
        flattenPeople(await retry.people.where('layer').equals('shipped').toArray())
          .map((p) => p.id)
          .sort(),
      ).toEqual(shippedV2.persons.map((p) => p.id).sort());
    },
  );

  it.each(['library', 'people', 'records'] as const)(
    'a user import failing on %s leaves nothing behind; a retry succeeds',
    async (table) => {
      const db = await populated();
      const before = await dump(db);
      const itemsBefore = await items(db);
      const incoming = (parseImport('more.json', JSON.stringify(validPack('w'))) as { pack: Pack }).pack;
      const plan = mergePack((await loadResearchCorpus(db)).corpus, incoming);
      failAfter(db[table] as never, 0);
      await expect(saveUserRecords(db, plan)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      expect(await dump(db)).toEqual(before);

      const retry = openDb();
      await retry.open();
      await saveUserRecords(retry, plan);
      const after = await dump(retry);
      // Rows are kept; a bucket row may gain items, so articles, persons, statements, roles and mentions are compared.
      for (const t of Object.keys(before).filter((t) => !['library', 'people', 'records'].includes(t)))
        expect(after[t]).toEqual(expect.arrayContaining(before[t]!));
      const itemsAfter = await items(retry);
      for (const [kind, rows] of Object.entries(itemsBefore)) expect(itemsAfter[kind]).toEqual(expect.arrayContaining(rows));
      expect(itemsAfter.statements!.length).toBe(itemsBefore.statements!.length + plan.statements.length);
      expect(itemsAfter.articles!.length).toBe(itemsBefore.articles!.length + plan.articles.length);
    },
  );
});

describe('a database left half-imported by a killed service worker', () => {
  it('a transaction aborted midway leaves the previous corpus whole', async () => {
    const db = await populated();
    const before = await dump(db);
    const orig = db.records.bulkAdd.bind(db.records);
    db.records.bulkAdd = ((rows: never) => {
      // The worker dies: the browser aborts the open transaction.
      Dexie.currentTransaction?.abort();
      return orig(rows);
    }) as typeof db.records.bulkAdd;
    await expect(importShippedPack(db, shippedV2, 'hash-v2')).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });

  it('shipped rows without the completion marker are replaced on the next start; user records are kept', async () => {
    const db = await populated();
    const users = await userRecords(db);
    // As if an older, non-transactional import died after writing part of the shipped layer.
    await db.meta.delete(SHIPPED_META);
    await db.records.where('layer').equals('shipped').delete();
    await db.library.bulkPut(groupArticles('shipped', [{ ...shippedV2.articles[0]!, id: 'stale-article' }]));
    db.close();

    const { corpus, error } = await openCorpus(false);
    expect(error).toBeNull();
    expect(corpus.kind).toBe('indexeddb');
    const reopened = openDb();
    await reopened.open();
    const all = flattenRecords(await reopened.records.toArray());
    const inShipped = <T extends { layer: string }>(rows: T[]) => rows.filter((r) => r.layer === 'shipped').length;
    const articles = flattenArticles(await reopened.library.toArray());
    expect(inShipped(articles)).toBe(shipped.articles.length);
    expect(inShipped(flattenPeople(await reopened.people.toArray()))).toBe(shipped.persons.length);
    expect(inShipped(all.statements)).toBe(shipped.statements.length);
    expect(inShipped(all.mentions)).toBe(shipped.mentions.length);
    expect(inShipped(all.roles)).toBe(shipped.roles.length);
    expect(articles.some((a) => a.id === 'stale-article')).toBe(false);
    expect(await userRecords(reopened)).toEqual(users);
    expect((await corpus.status()).counts.statements).toBe(all.statements.length);
  });
});

describe('a database created by a newer version of the extension (downgrade)', () => {
  /** A "future" database: a higher native version, our stores plus one we do not know, a user record. */
  function createFuture(personsKeyPath: string) {
    return new Promise<void>((resolve, reject) => {
      const req = factory.open(DB_NAME, 1000);
      req.onupgradeneeded = () => {
        const db = req.result;
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('persons', { keyPath: personsKeyPath }).createIndex('layer', 'layer');
        db.createObjectStore('hidden', { keyPath: 'key' }).createIndex('url', 'url');
        db.createObjectStore('future', { keyPath: 'k' }).put({ k: 1, v: 'from a newer Tamga' });
        const tx = req.transaction!;
        tx.objectStore('hidden').put({ key: 'h1', url: 'https://example.org/', personId: 'marat-dosymov', layer: 'user', at: 1 });
        tx.objectStore('persons').put({ uid: 'user:someone', id: 'someone', name: 'Болот Усенов', layer: 'user' });
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
  }
  const readAll = (store: string) =>
    new Promise<unknown[]>((resolve, reject) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => {
        const g = req.result.transaction(store).objectStore(store).getAll();
        g.onsuccess = () => {
          req.result.close();
          resolve(g.result);
        };
        g.onerror = () => reject(g.error);
      };
      req.onerror = () => reject(req.error);
    });

  it.each([
    ['compatible stores', 'uid'],
    ['a store whose key changed', 'id'],
  ])('%s: opens or falls back with a clear error, and loses no record of the newer version', async (_name, keyPath) => {
    await createFuture(keyPath);
    const { corpus, error } = await openCorpus(false);
    if (corpus.kind === 'memory') expect(error).toMatch(/^IndexedDB unavailable \(.+\)$/);
    else expect(error).toBeNull();
    expect((await corpus.card('aigul-sadykova'))?.person.name).toBe('Айгуль Садыкова');
    expect(await readAll('future')).toEqual([{ k: 1, v: 'from a newer Tamga' }]);
    expect(await readAll('hidden')).toEqual([expect.objectContaining({ key: 'h1', layer: 'user' })]);
    expect(await readAll('persons')).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'someone', layer: 'user' })]));
  });
});
