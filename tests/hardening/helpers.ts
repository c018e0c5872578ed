// Shared by the hardening unit tests: a small valid pack of invented people, a fresh fake IndexedDB per
// test, and a record-by-record dump of every table.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { emptyPack, type Pack, parsePack } from '@/lib/extract/pack';
import { openDb, type TamgaDb } from '@/lib/storage';

const TEXTS = [
  'Аким района Марат Досымов заявил: «Школу откроем к сентябрю». Досымов добавил, что дороги починят.',
  'Министр связи Айгуль Садыкова сообщила, что интернет проведут в сёла. «Это наш приоритет», — сказала Садыкова.',
  'Депутат Ерлан Бекжанов и аким Марат Досымов обсудили бюджет района.',
];

/** A valid pack: 3 articles, 3 persons, mentions, roles and statements located by their text. */
export function validPack(tag = ''): Pack {
  const pack = emptyPack();
  TEXTS.forEach((text, i) => {
    pack.articles.push({
      id: `art${tag}${i}`,
      title: `Статья ${i}${tag}`,
      date: '2024-03-0' + (i + 1),
      source: 'Газета',
      url: null,
      text: text + tag,
    });
  });
  const people: [string, string, string][] = [
    ['marat-dosymov', 'Марат Досымов', 'аким района'],
    ['aigul-sadykova', 'Айгуль Садыкова', 'министр связи'],
    ['erlan-bekzhanov', 'Ерлан Бекжанов', 'депутат'],
  ];
  for (const [id, name, role] of people) {
    pack.persons.push({ id: id + tag, name, official: true, gender: id === 'aigul-sadykova' ? 'f' : 'm', variants: [] });
    pack.articles.forEach((a) => {
      const last = name.split(' ')[1]!.slice(0, -1);
      const at = a.text.indexOf(last);
      if (at < 0) return;
      pack.mentions.push({ personId: id + tag, articleId: a.id, start: at, end: at + last.length + 1 });
      pack.roles.push({ personId: id + tag, articleId: a.id, title: role, former: false, start: 0, end: 5 });
      const q = a.text.indexOf('«');
      if (q >= 0)
        pack.statements.push({
          id: `${a.id}:${pack.statements.length}`,
          personId: id + tag,
          articleId: a.id,
          kind: 'quote',
          text: a.text.slice(q + 1, a.text.indexOf('»')),
          start: q + 1,
          end: a.text.indexOf('»'),
        });
    });
  }
  return parsePack(pack);
}

export async function freshDb(): Promise<TamgaDb> {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = openDb(`hardening-${Math.random()}`);
  await db.open();
  return db;
}

/** Every record of every table, serialised and sorted (the comparison ignores insertion order). */
export async function dump(db: TamgaDb): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of db.tables) out[t.name] = (await t.toArray()).map((r) => JSON.stringify(r)).sort();
  return out;
}
