// Small hand-made packs for storage tests (invented people and sentences).
import { emptyPack, type Pack } from '@/lib/extract/pack';
import { flattenArticles, flattenPeople, flattenRecords, type TamgaDb } from '@/lib/storage';

export function makePack(opts: { persons?: number; statementsPerPerson?: number; tag?: string } = {}): Pack {
  const { persons = 2, statementsPerPerson = 2, tag = 'v1' } = opts;
  const pack = emptyPack();
  const text = `Глава района Иван Тестов заявил: «Дороги отремонтируем». Редакция ${tag}.`;
  pack.articles.push({
    id: 'a1',
    title: 'Тестовая статья',
    date: '2024-05-01',
    source: 'Тестовая газета',
    url: 'https://example.org/a1',
    text,
  });
  pack.articles.push({ id: 'a2', title: null, date: '2023-01', source: null, url: null, text });
  for (let i = 0; i < persons; i++) {
    const id = `p${i}`;
    pack.persons.push({ id, name: `Иван Тестов${i}`, official: i % 2 === 0, gender: 'm', variants: [] });
    pack.roles.push({ personId: id, articleId: 'a1', title: 'глава района', former: false, start: 0, end: 11 });
    pack.mentions.push({ personId: id, articleId: 'a1', start: 12, end: 23 });
    for (let j = 0; j < statementsPerPerson; j++) {
      pack.statements.push({
        id: `${id}-s${j}`,
        personId: id,
        articleId: j % 2 ? 'a2' : 'a1',
        kind: j % 2 ? 'reported' : 'quote',
        text: `Высказывание ${j} (${tag})`,
        start: 33,
        end: 54,
      });
    }
  }
  return pack;
}

/** The articles, persons, statements, roles and mentions of a database (schema v2 bucket rows flattened, each
 *  with its layer). */
export async function items(db: TamgaDb) {
  return {
    articles: flattenArticles(await db.library.toArray()),
    persons: flattenPeople(await db.people.toArray()),
    ...flattenRecords(await db.records.toArray()),
  };
}
