import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPack, parsePack } from '@/lib/extract/pack';
import { makeCorrection, statementRef } from '@/lib/research/corrections';
import { mergePack } from '@/lib/research/import';
import { importShippedPack, openDb, type TamgaDb } from '@/lib/storage';
import { addCorrection, deleteUserArticle, loadResearchCorpus, saveUserRecords } from '@/lib/storage/research';
import { corpusPack, makePack } from '../research/fixture';

let db: TamgaDb;

beforeEach(async () => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  db = openDb(`test-${Math.random()}`);
  await db.open();
  await importShippedPack(db, corpusPack(), 'h1');
});

const userPack = () =>
  makePack({
    articles: [
      {
        id: 'u1',
        title: 'Моя статья',
        date: '2024-02-03',
        source: 'Блог',
        url: null,
        text: 'Министр Бакыт Осмонов открыл школу. «Учиться никогда не поздно», — сказал Осмонов.',
      },
    ],
    persons: [{ id: 'bakyt-osmonov', name: 'Бакыт Осмонов' }],
    mentions: [['bakyt-osmonov', 'u1', 'Бакыт Осмонов']],
    roles: [['bakyt-osmonov', 'u1', 'министр', 'Министр']],
    statements: [['bakyt-osmonov', 'u1', 'quote', 'Учиться никогда не поздно']],
  });

const asPack = (c: Awaited<ReturnType<typeof loadResearchCorpus>>['corpus']) =>
  parsePack({
    ...emptyPack(),
    ...c,
    articles: [...c.articles],
    persons: [...c.persons],
    mentions: [...c.mentions],
    roles: [...c.roles],
    statements: [...c.statements],
  });

describe('research storage', () => {
  it('loads both layers as one valid corpus, user article merged into the known person', async () => {
    const before = await loadResearchCorpus(db);
    await saveUserRecords(db, mergePack(before.corpus, userPack()));
    const after = await loadResearchCorpus(db);
    expect(() => asPack(after.corpus)).not.toThrow();
    expect(after.corpus.persons).toHaveLength(4);
    expect(after.corpus.statements.filter((s) => s.personId === 'p-osmonov')).toHaveLength(3);
    expect([...after.userArticles]).toEqual(['u1']);
    expect(JSON.stringify(after.corpus.persons)).not.toContain('"layer"');
  });

  it('deletes a user article with its records and the persons only it referred to', async () => {
    const plan = mergePack(
      (await loadResearchCorpus(db)).corpus,
      makePack({
        ...userPack(),
        persons: [{ id: 'x', name: 'Нурлан Абдыкеров' }],
        mentions: [['x', 'u1', 'Бакыт Осмонов']],
        roles: [],
        statements: [['x', 'u1', 'quote', 'Учиться никогда не поздно']],
      }),
    );
    await saveUserRecords(db, plan);
    expect((await loadResearchCorpus(db)).corpus.persons).toHaveLength(5);
    await deleteUserArticle(db, 'u1');
    const c = (await loadResearchCorpus(db)).corpus;
    expect(c.persons).toHaveLength(4);
    expect(c.articles.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3']);
    expect(c.statements).toHaveLength(5);
  });

  it('keeps corrections across a shipped-corpus update', async () => {
    const pack = corpusPack();
    const s = pack.statements.find((x) => x.text === 'тарифы останутся прежними')!;
    await addCorrection(
      db,
      makeCorrection(statementRef(s), s.text, { type: 'reassign', person: { id: 'p-kasenov', name: 'Ерлан Касенов' } }, 1),
    );
    const who = async () => (await loadResearchCorpus(db)).corpus.statements.find((x) => x.text === s.text)!.personId;
    expect(await who()).toBe('p-kasenov');
    // a new shipped pack: same articles, persons renamed by the new extraction run
    const renamed = { ...pack, createdAt: 'v2', persons: pack.persons.map((p) => ({ ...p, id: `v2-${p.id}` })) };
    for (const t of [renamed.mentions, renamed.roles, renamed.statements]) for (const x of t) x.personId = `v2-${x.personId}`;
    expect(await importShippedPack(db, parsePack(renamed), 'h2')).toBe('imported');
    expect(await who()).toBe('v2-p-kasenov');
    expect((await loadResearchCorpus(db)).stale).toEqual([]);
  });

  it('a later correction of the same item replaces the earlier one', async () => {
    const s = corpusPack().statements[0]!;
    await addCorrection(db, makeCorrection(statementRef(s), s.text, { type: 'delete' }, 1));
    await addCorrection(
      db,
      makeCorrection(statementRef(s), s.text, { type: 'reassign', person: { id: 'p-kasenov', name: 'Ерлан Касенов' } }, 2),
    );
    const r = await loadResearchCorpus(db);
    expect(r.corrections).toHaveLength(1);
    expect(r.corpus.statements.find((x) => x.id === s.id)?.personId).toBe('p-kasenov');
  });
});

describe('editing a user article', () => {
  it('replaces it in one go, persons only it named re-created, nothing left behind', async () => {
    const { withoutArticle } = await import('@/lib/research/corpus');
    const { replaceUserArticle } = await import('@/lib/storage/research');
    const mine = makePack({
      ...userPack(),
      persons: [{ id: 'x', name: 'Нурлан Абдыкеров' }],
      mentions: [['x', 'u1', 'Бакыт Осмонов']],
      roles: [],
      statements: [['x', 'u1', 'quote', 'Учиться никогда не поздно']],
    });
    await saveUserRecords(db, mergePack((await loadResearchCorpus(db)).corpus, mine));
    const edited = { ...mine, articles: [{ ...mine.articles[0]!, title: 'Новый заголовок' }] };
    const base = withoutArticle((await loadResearchCorpus(db)).corpus, 'u1');
    await replaceUserArticle(db, 'u1', mergePack(base, edited));
    const c = (await loadResearchCorpus(db)).corpus;
    expect(() => asPack(c)).not.toThrow();
    expect(c.articles.find((a) => a.id === 'u1')?.title).toBe('Новый заголовок');
    expect(c.persons.filter((p) => p.name === 'Нурлан Абдыкеров')).toHaveLength(1);
    expect(c.statements.filter((s) => s.articleId === 'u1')).toHaveLength(1);
  });
});

describe('user records across a shipped-corpus update', () => {
  const renamedShipped = (extra?: { id: string; name: string }) => {
    const pack = corpusPack();
    const next = { ...pack, persons: pack.persons.map((p) => ({ ...p, id: `v2-${p.id}` })) };
    for (const t of [next.mentions, next.roles, next.statements]) for (const x of t) x.personId = `v2-${x.personId}`;
    if (extra) {
      next.persons.push({ ...extra, official: true, gender: null, variants: [] });
      next.mentions.push({ personId: extra.id, articleId: 'a1', start: 0, end: 1 });
    }
    return parsePack(next);
  };

  it('keeps a user statement on its person when the update renames the person', async () => {
    await saveUserRecords(db, mergePack((await loadResearchCorpus(db)).corpus, userPack()));
    await importShippedPack(db, renamedShipped(), 'h2');
    const c = (await loadResearchCorpus(db)).corpus;
    expect(() => asPack(c)).not.toThrow();
    expect(c.persons.filter((p) => p.name === 'Бакыт Осмонов').map((p) => p.id)).toEqual(['v2-p-osmonov']);
    expect(c.statements.find((s) => s.text === 'Учиться никогда не поздно')?.personId).toBe('v2-p-osmonov');
  });

  it('folds a user person into the same person arriving in a shipped update', async () => {
    const mine = makePack({
      ...userPack(),
      persons: [{ id: 'x', name: 'Нурлан Абдыкеров' }],
      mentions: [['x', 'u1', 'Бакыт Осмонов']],
      roles: [],
      statements: [['x', 'u1', 'quote', 'Учиться никогда не поздно']],
    });
    await saveUserRecords(db, mergePack((await loadResearchCorpus(db)).corpus, mine));
    await importShippedPack(db, renamedShipped({ id: 'v2-abdykerov', name: 'Нурлан Абдыкеров' }), 'h2');
    const c = (await loadResearchCorpus(db)).corpus;
    expect(() => asPack(c)).not.toThrow();
    expect(c.persons.filter((p) => p.name === 'Нурлан Абдыкеров').map((p) => p.id)).toEqual(['v2-abdykerov']);
    expect(c.statements.find((s) => s.text === 'Учиться никогда не поздно')?.personId).toBe('v2-abdykerov');
  });
});
