import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../lib/extract/article';
import { parsePack } from '../../lib/extract/pack';
import { buildPack, slugOf } from '../../lib/extract/pack-builder';
import { findPersons } from '../../lib/extract/persons';
import type { ArticleExtraction, ExtractedRole, ExtractedStatement } from '../../lib/extract/types';
import { splitSentences, tokenize } from '../../lib/text';

/** Persons from the real detector; roles and statements given by the test (their extractors are tested elsewhere). */
function extraction(
  id: string,
  text: string,
  extra: { roles?: Array<[string, string, boolean]>; statements?: Array<[string, string]> } = {},
): ArticleExtraction {
  const article = parseArticle({ id, text });
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const persons = findPersons(article, tokens, sentences);
  const keyOf = (name: string) => persons.find((p) => p.name === name)!.key;
  const roles: ExtractedRole[] = (extra.roles ?? []).map(([name, title, official]) => {
    const start = text.indexOf(title);
    return { personKey: keyOf(name), title, official, former: false, start, end: start + title.length };
  });
  const statements: ExtractedStatement[] = (extra.statements ?? []).map(([name, s]) => {
    const start = text.indexOf(s);
    return { personKey: keyOf(name), kind: 'reported', text: s, start, end: start + s.length };
  });
  return { analysis: { article, tokens, sentences, persons }, roles, statements };
}

describe('buildPack', () => {
  it('merges the same person across articles, with every mention mapped to the article', () => {
    const pack = buildPack([
      extraction('a1', 'Президент Садыр Жапаров провел встречу. Жапаров заявил, что всё хорошо.'),
      extraction('a2', 'Встреча с Садыром Жапаровым прошла в Бишкеке.'),
    ]);
    expect(pack.persons.map((p) => p.name)).toEqual(['Садыр Жапаров']);
    expect(pack.mentions.map((m) => `${m.articleId}:${m.personId}`)).toEqual([
      'a1:sadyr-zhaparov',
      'a1:sadyr-zhaparov',
      'a2:sadyr-zhaparov',
    ]);
    expect(() => parsePack(pack)).not.toThrow();
  });

  it('keeps people with conflicting first names apart, and joins a surname-only person to the one full name', () => {
    const pack = buildPack([
      extraction('a1', 'Премьер Акылбек Жапаров и президент Садыр Жапаров встретились.'),
      extraction('a2', 'Вчера Мамбетов заявил, что выборы пройдут честно.'),
      extraction('a3', 'Мэр Алмаз Мамбетов встретился с журналистами.'),
    ]);
    expect(pack.persons.map((p) => p.name).sort()).toEqual(['Акылбек Жапаров', 'Алмаз Мамбетов', 'Садыр Жапаров']);
    const mambetov = pack.persons.find((p) => p.name === 'Алмаз Мамбетов')!;
    expect(pack.mentions.filter((m) => m.personId === mambetov.id).map((m) => m.articleId)).toEqual(['a2', 'a3']);
  });

  it('does not join a surname-only person when two full names share the surname', () => {
    const pack = buildPack([
      extraction('a1', 'Премьер Акылбек Жапаров и президент Садыр Жапаров встретились.'),
      extraction('a2', 'Вчера Жапаров заявил, что выборы пройдут честно.'),
    ]);
    expect(pack.persons.map((p) => p.name).sort()).toEqual(['Акылбек Жапаров', 'Жапаров', 'Садыр Жапаров']);
  });

  it('joins a person known by initials only when the initial fits', () => {
    const pack = buildPack([
      extraction('a1', 'Премьер Акылбек Жапаров провел заседание.'),
      extraction('a2', 'Разговор с С.Жапаровым не планируется.'),
      extraction('a3', 'Указ подписал А. Жапаров.'),
    ]);
    const akylbek = pack.persons.find((p) => p.name === 'Акылбек Жапаров')!;
    expect(pack.persons.map((p) => p.name).sort()).toEqual(['Акылбек Жапаров', 'Жапаров']);
    expect(pack.mentions.filter((m) => m.personId === akylbek.id).map((m) => m.articleId)).toEqual(['a1', 'a3']);
  });

  it('Kazakh letters and ё do not split a person', () => {
    const pack = buildPack([
      extraction('a1', 'Президент Касым-Жомарт Токаев выступил.'),
      extraction('a2', 'Президент Қасым-Жомарт Тоқаев выступил.'),
    ]);
    expect(pack.persons).toHaveLength(1);
    expect(pack.persons[0]!.variants).toEqual(['Қасым-Жомарт Тоқаев']);
  });

  it('fills parts, gender and variants; ids are readable slugs, unique', () => {
    const pack = buildPack([extraction('a1', 'Нурсултан Абишевич Назарбаев выступил. Затем Н.А. Назарбаев уехал.')]);
    const p = pack.persons[0]!;
    expect(p).toMatchObject({
      id: 'nursultan-nazarbaev',
      name: 'Нурсултан Назарбаев',
      first: 'Нурсултан',
      last: 'Назарбаев',
      patronymic: 'Абишевич',
      gender: 'm',
    });
    expect(p.variants).toContain('Нурсултан Абишевич Назарбаев');
  });

  it('official when any role is official; statements get unique ids per article', () => {
    const pack = buildPack([
      extraction('a1', 'Блогер Ринат Кибраев и аким Амандык Баталов. Баталов сказал, что дороги отремонтируют.', {
        roles: [
          ['Ринат Кибраев', 'Блогер', false],
          ['Амандык Баталов', 'аким', true],
        ],
        statements: [['Амандык Баталов', 'дороги отремонтируют']],
      }),
      extraction('a2', 'Аким Амандык Баталов сказал, что воду дадут.', { statements: [['Амандык Баталов', 'воду дадут']] }),
    ]);
    expect(pack.persons.map((p) => [p.name, p.official])).toEqual([
      ['Ринат Кибраев', false],
      ['Амандык Баталов', true],
    ]);
    expect(pack.statements.map((s) => s.id)).toEqual(['a1:1', 'a2:1']);
    expect(() => parsePack(pack)).not.toThrow();
  });

  it('keeps two articles of the same id apart', () => {
    const pack = buildPack([extraction('a', 'Садыр Жапаров приехал.'), extraction('a', 'Садыр Жапаров уехал.')]);
    expect(pack.articles.map((a) => a.id)).toEqual(['a', 'a-2']);
    expect(pack.mentions.map((m) => m.articleId)).toEqual(['a', 'a-2']);
    expect(() => parsePack(pack)).not.toThrow();
  });

  it.each([
    ['Касым-Жомарт Токаев', 'kasym-zhomart-tokaev'],
    ['Ёлкин Щукин', 'elkin-shchukin'],
    ['Жанара Қасымова', 'zhanara-kasymova'],
  ])('slugOf(%s) = %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it('two different persons whose names slug alike get distinct ids', () => {
    const pack = buildPack([extraction('a1', 'Встретились Ерлан Иванов и Ерлан Иваньов.')]);
    const ids = pack.persons.map((p) => p.id);
    expect(ids).toEqual(['erlan-ivanov', 'erlan-ivanov-2']);
  });
});

describe('corpus stats', () => {
  it('counts per kind and ranks persons by statements', async () => {
    const { statsText } = await import('../../lib/cli/stats');
    const pack = buildPack([
      extraction('a1', 'Аким Амандык Баталов сказал, что дороги отремонтируют. Ринат Кибраев сказал, что ждет.', {
        statements: [
          ['Амандык Баталов', 'дороги отремонтируют'],
          ['Ринат Кибраев', 'ждет'],
        ],
      }),
      extraction('a2', 'Аким Амандык Баталов сказал, что воду дадут.', { statements: [['Амандык Баталов', 'воду дадут']] }),
    ]);
    const out = statsText(pack);
    expect(out).toContain('articles 2');
    expect(out).toContain('statements 3 (0 quotes, 3 reported)');
    expect(
      out
        .split('most statements:')[1]!
        .trim()
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual(['2  Амандык Баталов', '1  Ринат Кибраев']);
  });
});
