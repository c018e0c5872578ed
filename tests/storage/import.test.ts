import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePack } from '@/lib/extract/pack';
import {
  bucketKey,
  DexieCorpus,
  groupPeople,
  groupRecords,
  importShippedPack,
  openDb,
  packHash,
  SHIPPED_META,
  type TamgaDb,
} from '@/lib/storage';
import { items, makePack } from './helpers';

let db: TamgaDb;

beforeEach(async () => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  db = openDb(`test-${Math.random()}`);
  await db.open();
});

const hashOf = (p: unknown) => packHash(JSON.stringify(p));

describe('packHash', () => {
  it.each([
    ['ASCII', '{"format":"tamga-pack"}'],
    ['Cyrillic and «quotes»', '{"name":"Айгуль Садыкова","text":"«Это наш приоритет»"}'],
  ])('%s: the file bytes and the decoded text hash alike; another text does not', async (_name, text) => {
    const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
    expect(await packHash(bytes)).toBe(await packHash(text));
    expect(await packHash(`${text} `)).not.toBe(await packHash(text));
  });
});

describe('importShippedPack', () => {
  it('imports every record into the shipped layer and validates as a pack', async () => {
    const pack = parsePack(makePack({ persons: 3, statementsPerPerson: 2 }));
    expect(await importShippedPack(db, pack, await hashOf(pack))).toBe('imported');
    const { articles, persons, statements, roles, mentions } = await items(db);
    expect(articles).toHaveLength(2);
    expect(persons).toHaveLength(3);
    expect(statements).toHaveLength(6);
    expect(roles).toHaveLength(3);
    expect(mentions).toHaveLength(3);
    // each person, with their statements, roles and mentions, in the rows of their bucket
    for (const p of persons) {
      const key = bucketKey('shipped', p.id);
      expect((await db.people.get(key))?.persons.map((x) => x.id)).toContain(p.id);
      const row = (await db.records.get(key))!;
      expect([row.statements, row.roles, row.mentions].map((xs) => xs.filter((x) => x.personId === p.id).length)).toEqual([2, 1, 1]);
    }
    const layers = new Set([...(await db.people.toArray()), ...(await db.records.toArray()), ...statements].map((r) => r.layer));
    expect([...layers]).toEqual(['shipped']);
  });

  it('does not re-import an unchanged pack', async () => {
    const pack = makePack();
    const hash = await hashOf(pack);
    expect(await importShippedPack(db, pack, hash)).toBe('imported');
    const before = (await db.meta.get(SHIPPED_META))?.value;
    expect(await importShippedPack(db, pack, hash)).toBe('unchanged');
    expect((await db.meta.get(SHIPPED_META))?.value).toEqual(before);
  });

  it('two concurrent imports (startup and onInstalled) import once and leave one copy', async () => {
    const pack = makePack({ persons: 4 });
    const hash = await hashOf(pack);
    const outcomes = await Promise.all([importShippedPack(db, pack, hash), importShippedPack(db, pack, hash)]);
    expect(outcomes.sort()).toEqual(['imported', 'unchanged']);
    expect((await items(db)).persons).toHaveLength(4);
    expect((await items(db)).roles).toHaveLength(4);
  });

  it('a shipped-pack update replaces the shipped layer and keeps the user layer', async () => {
    const v1 = makePack({ persons: 3, tag: 'v1' });
    await importShippedPack(db, v1, await hashOf(v1));
    const corpus = new DexieCorpus(db);
    await corpus.hide('https://news.example/a', 'p1');
    await db.people.bulkAdd(groupPeople('user', [{ id: 'mine', name: 'Пётр Свой', official: false, gender: 'm', variants: [] }]));
    await db.records.bulkAdd(
      groupRecords(
        'user',
        { statements: [{ id: 'mine-s', personId: 'mine', articleId: 'a1', kind: 'quote', text: 'моё', start: 0, end: 3 }] },
        () => undefined,
      ),
    );

    const v2 = makePack({ persons: 2, statementsPerPerson: 1, tag: 'v2' });
    expect(await importShippedPack(db, v2, await hashOf(v2))).toBe('imported');

    const { articles, persons, statements } = await items(db);
    const shipped = statements.filter((s) => s.layer === 'shipped');
    expect(shipped.map((s) => s.text).sort()).toEqual(['Высказывание 0 (v2)', 'Высказывание 0 (v2)']);
    expect(persons.filter((p) => p.layer === 'shipped')).toHaveLength(2);
    expect(persons.filter((p) => p.layer === 'user').map((p) => p.id)).toEqual(['mine']);
    expect(statements.filter((s) => s.layer === 'user').map((s) => s.text)).toEqual(['моё']);
    expect(await corpus.hidden('https://news.example/a')).toEqual(['p1']);
    expect(articles.filter((a) => a.layer === 'shipped')).toHaveLength(2);
  });

  it('a failing import leaves the previous shipped layer intact (one transaction)', async () => {
    const v1 = makePack({ persons: 2 });
    await importShippedPack(db, v1, await hashOf(v1));
    const broken = makePack({ persons: 2, tag: 'v2' });
    // a value IndexedDB cannot store (DataCloneError), written after the shipped layer was deleted
    broken.statements[1]!.text = (() => 'x') as unknown as string;
    await expect(importShippedPack(db, broken, 'other-hash')).rejects.toThrow();
    expect((await items(db)).statements.every((s) => s.text.endsWith('(v1)'))).toBe(true);
    expect((await items(db)).persons).toHaveLength(2);
  });
});

describe('DexieCorpus', () => {
  it('builds a card: current roles first, newest statements first, count of the rest', async () => {
    const pack = makePack({ persons: 1, statementsPerPerson: 5 });
    await importShippedPack(db, pack, await hashOf(pack));
    const card = await new DexieCorpus(db).card('p0');
    expect(card?.person).toEqual({ id: 'p0', name: 'Иван Тестов0', official: true });
    expect(card?.roles).toEqual([
      expect.objectContaining({ title: 'глава района', date: '2024-05-01', source: 'Тестовая газета', url: 'https://example.org/a1' }),
    ]);
    expect(card?.statements.map((s) => s.date)).toEqual(['2024-05-01', '2024-05-01', '2024-05-01']);
    expect(card?.moreStatements).toBe(2);
  });

  it('answers null for an unknown person', async () => {
    expect(await new DexieCorpus(db).card('nobody')).toBeNull();
  });

  it('caches the match index and rebuilds it when the shipped pack changes', async () => {
    const v1 = makePack({ persons: 2 });
    await importShippedPack(db, v1, await hashOf(v1));
    const corpus = new DexieCorpus(db);
    const first = await corpus.matchIndex();
    expect(first.persons.map((p) => p.id).sort()).toEqual(['p0', 'p1']);
    expect(await corpus.matchIndex()).toBe(first);
    const v2 = makePack({ persons: 3, tag: 'v2' });
    await importShippedPack(db, v2, await hashOf(v2));
    expect((await corpus.matchIndex()).persons).toHaveLength(3);
  });

  it('rebuilds the match index when a user person is replaced by another (same number of user persons)', async () => {
    const v1 = makePack({ persons: 1 });
    await importShippedPack(db, v1, await hashOf(v1));
    const corpus = new DexieCorpus(db);
    const user = (id: string, name: string) => groupPeople('user', [{ ...v1.persons[0]!, id, name, last: name.split(' ')[1] }]);
    await db.people.bulkPut(user('u1', 'Нурлан Ермеков'));
    expect((await corpus.matchIndex()).persons.map((p) => p.name)).toContain('Нурлан Ермеков');
    await db.people.delete(bucketKey('user', 'u1'));
    await db.people.bulkPut(user('u2', 'Болот Усенов'));
    const names = (await corpus.matchIndex()).persons.map((p) => p.name);
    expect(names).toContain('Болот Усенов');
    expect(names).not.toContain('Нурлан Ермеков');
  });
});
