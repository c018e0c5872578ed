// Schema migrations against fixture databases made by earlier releases (tests/storage/fixtures): every
// earlier database opens with the current openDb with all user articles, corrections, hidden names and the
// shipped layer intact, and the current code reads from it what that release's code read. Also the other
// direction: a current database opened by version 1's schema (the user went back to an older build).
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePack } from '@/lib/extract/pack';
import {
  bucketKey,
  DB_VERSION,
  DexieCorpus,
  flattenRecords,
  importShippedPack,
  type Layer,
  leadOf,
  openDb,
  type TamgaDb,
} from '@/lib/storage';
import { loadResearchCorpus } from '@/lib/storage/research';
import { corpusPack } from '../research/fixture';
import v1 from './fixtures/v1-database.json';
import { type DbDump, dumpIdb, loadIdb, openV1, V1_STORES } from './fixtures/v1-schema';

const V1 = v1.dump as DbDump;
type Row = Record<string, unknown>;
const rowsOf = (d: DbDump, store: string) => (d.stores.find((s) => s.name === store)?.rows ?? []) as Row[];
const sortJson = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
const without = (row: Row, ...keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

let factory: IDBFactory;
let db: TamgaDb | null = null;

beforeEach(() => {
  factory = new IDBFactory();
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
});
afterEach(() => {
  db?.close();
  db = null;
  vi.restoreAllMocks();
});

async function upgraded(): Promise<TamgaDb> {
  await loadIdb(factory, V1);
  db = openDb(V1.name);
  await db.open();
  return db;
}

describe('the version 1 fixture', () => {
  it('was written by the frozen version 1 schema (same stores, keys and indexes)', async () => {
    const fresh = openV1('empty-v1');
    await fresh.open();
    fresh.close();
    const shape = (d: DbDump) => ({ version: d.version, stores: d.stores.map(({ rows: _r, ...s }) => s) });
    expect(shape(await dumpIdb(factory, 'empty-v1'))).toEqual(shape(V1));
    expect(Object.keys(V1_STORES).sort()).toEqual(V1.stores.map((s) => s.name));
  });

  it('holds what the migration must carry: both layers, user articles, hidden names, corrections', () => {
    const layers = (store: string) => new Set(rowsOf(V1, store).map((r) => r.layer));
    for (const store of ['articles', 'persons', 'statements', 'roles', 'mentions'])
      expect(layers(store)).toEqual(new Set(['shipped', 'user']));
    expect(rowsOf(V1, 'hidden').length).toBeGreaterThan(1);
    expect(rowsOf(V1, 'meta').find((r) => r.key === 'corrections')?.value).toHaveLength(3);
  });
});

describe('version 1 → 2', () => {
  it('opens at the current version with the v1 article, person, statement, role and mention tables gone', async () => {
    const d = await upgraded();
    expect(d.verno).toBe(DB_VERSION);
    expect((await dumpIdb(factory, V1.name)).stores.map((s) => s.name)).toEqual([
      'hidden',
      'library',
      'meta',
      'people',
      'records',
      'surfaces',
    ]);
  });

  it.each(['hidden', 'meta', 'surfaces'])('%s: every row unchanged', async (store) => {
    await upgraded();
    const after = await dumpIdb(factory, V1.name);
    expect(sortJson(rowsOf(after, store))).toEqual(sortJson(rowsOf(V1, store)));
  });

  it.each([
    ['articles', 'uid', 'library', 'id'],
    ['persons', 'uid', 'people', 'id'],
    ['statements', 'uid', 'records', 'personId'],
    ['roles', 'seq', 'records', 'personId'],
    ['mentions', 'seq', 'records', 'personId'],
  ] as const)('%s: every v1 row is in the %s row of its bucket and layer, in v1 order', async (store, key, table, bucketBy) => {
    const d = await upgraded();
    const rows = (await d.table(table).toArray()) as Row[];
    const expected = rowsOf(V1, store).map((r) => without(r, key));
    const all = rows.flatMap((r) => (r[store] as Row[]).map((x) => ({ ...x, layer: r.layer })));
    expect(sortJson(all)).toEqual(sortJson(expected));
    for (const r of rows) {
      const inRow = expected.filter((x) => bucketKey(x.layer as Layer, String(x[bucketBy])) === r.key).map((x) => without(x, 'layer'));
      expect(r[store], String(r.key)).toEqual(inRow);
    }
  });

  it('each records row carries the refs of the articles its statements and roles cite', async () => {
    const d = await upgraded();
    const articles = new Map(rowsOf(V1, 'articles').map((a) => [`${a.layer}:${a.id}`, a]));
    for (const r of await d.records.toArray()) {
      const cited = [...new Set([...r.statements, ...r.roles].map((x) => x.articleId))];
      const a = (id: string) => (articles.get(`${r.layer}:${id}`) ?? articles.get(`shipped:${id}`))!;
      expect(r.refs).toEqual(
        cited.map((id) => ({
          id,
          title: a(id).title ?? (leadOf(String(a(id).text)) || null),
          date: a(id).date,
          source: a(id).source,
          url: a(id).url,
        })),
      );
    }
  });

  it("reads what version 1's code read: the side panel's corpus, every card, status, hidden names", async () => {
    const d = await upgraded();
    const rc = await loadResearchCorpus(d);
    expect({
      corpus: Object.fromEntries(Object.entries(rc.corpus).map(([k, rows]) => [k, sortJson(rows as unknown[])])),
      userArticles: [...rc.userArticles].sort(),
      corrections: rc.corrections,
      stale: rc.stale,
    }).toEqual(v1.read.research);
    const corpus = new DexieCorpus(d);
    for (const [id, card] of Object.entries(v1.read.cards)) expect(await corpus.card(id)).toEqual(card);
    expect(await corpus.status()).toEqual(v1.read.status);
    for (const [url, ids] of Object.entries(v1.read.hidden)) expect(await corpus.hidden(url)).toEqual(ids);
  });

  it('after the upgrade a shipped update replaces the shipped layer and keeps every user record and correction', async () => {
    const d = await upgraded();
    const userItems = sortJson(Object.values(flattenRecords(await d.records.where('layer').equals('user').toArray())).flat());
    const next = corpusPack();
    next.articles[0]!.title = 'Станция в Нарыне (обновлено)';
    expect(await importShippedPack(d, parsePack(next), 'hash-next')).toBe('imported');
    expect(sortJson(Object.values(flattenRecords(await d.records.where('layer').equals('user').toArray())).flat())).toEqual(userItems);
    const rc = await loadResearchCorpus(d);
    expect([...rc.userArticles].sort()).toEqual(v1.read.research.userArticles);
    expect(rc.corrections).toEqual(v1.read.research.corrections);
    expect(rc.stale).toEqual([]);
    expect(rc.corpus.articles.find((a) => a.id === 'a1')?.title).toBe('Станция в Нарыне (обновлено)');
  });

  it('is all or nothing: a write failing mid-upgrade (quota) leaves the v1 database as it was; the next open upgrades', async () => {
    await loadIdb(factory, V1);
    const add = IDBObjectStore.prototype.add;
    const put = IDBObjectStore.prototype.put;
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...a) {
      return this.name === 'records' ? quota() : add.apply(this, a);
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...a) {
      return this.name === 'records' ? quota() : put.apply(this, a);
    });
    const failing = openDb(V1.name);
    await expect(failing.open()).rejects.toThrow();
    failing.close();
    expect(await dumpIdb(factory, V1.name)).toEqual(V1);

    vi.restoreAllMocks();
    db = openDb(V1.name);
    await db.open();
    const d = db;
    expect(flattenRecords(await d.records.toArray()).statements).toHaveLength(rowsOf(V1, 'statements').length);
  });
});

describe('a version 2 database opened by version 1 (downgrade)', () => {
  it('opens or fails with an error, and keeps every record of the newer version; version 2 reads it whole again', async () => {
    const d = await upgraded();
    d.close();
    db = null;
    const before = await dumpIdb(factory, V1.name);

    const old = openV1(V1.name);
    const opened = await old.open().then(
      () => null,
      (e: unknown) => e,
    );
    if (opened) expect(String(opened)).toMatch(/Error/);
    else {
      // Dexie extends the newer database in place with the (empty) tables v1 lacks; v1 reads its hidden names
      // and meta, finds the shipped marker and does not re-import: its cards show names without statements.
      expect(await old.table('hidden').count()).toBe(rowsOf(V1, 'hidden').length);
      expect(await old.table('statements').count()).toBe(0);
    }
    old.close();
    const after = await dumpIdb(factory, V1.name);
    for (const s of before.stores) expect(sortJson(rowsOf(after, s.name)), s.name).toEqual(sortJson(s.rows));

    db = openDb(V1.name);
    await db.open();
    const corpus = new DexieCorpus(db);
    for (const [id, card] of Object.entries(v1.read.cards)) expect(await corpus.card(id)).toEqual(card);
    expect([...(await loadResearchCorpus(db)).userArticles].sort()).toEqual(v1.read.research.userArticles);
  });
});
