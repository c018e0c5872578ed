import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../lib/extract/article';
import { displayName, parsePack } from '../../lib/extract/pack';
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
      extraction('a1', 'Президент Бакыт Осмонов провел встречу. Осмонов заявил, что всё хорошо.'),
      extraction('a2', 'Встреча с Бакытом Осмоновым прошла в Бишкеке.'),
    ]);
    expect(pack.persons.map((p) => p.name)).toEqual(['Бакыт Осмонов']);
    expect(pack.mentions.map((m) => `${m.articleId}:${m.personId}`)).toEqual(['a1:bakyt-osmonov', 'a1:bakyt-osmonov', 'a2:bakyt-osmonov']);
    expect(() => parsePack(pack)).not.toThrow();
  });

  it('keeps people with conflicting first names apart, and joins a surname-only person to the one full name', () => {
    const pack = buildPack([
      extraction('a1', 'Премьер Нурлан Осмонов и президент Бакыт Осмонов встретились.'),
      extraction('a2', 'Вчера Мамбетов заявил, что выборы пройдут честно.'),
      extraction('a3', 'Мэр Алмаз Мамбетов встретился с журналистами.'),
    ]);
    expect(pack.persons.map((p) => p.name).sort()).toEqual(['Алмаз Мамбетов', 'Бакыт Осмонов', 'Нурлан Осмонов']);
    const mambetov = pack.persons.find((p) => p.name === 'Алмаз Мамбетов')!;
    expect(pack.mentions.filter((m) => m.personId === mambetov.id).map((m) => m.articleId)).toEqual(['a2', 'a3']);
  });

  it.each([
    ['a Chinese name written surname first is shown so', 'Председатель КНР Ли Вэй прибыл в Астану.', 'Вэй Ли', 'Ли Вэй'],
    ['a Korean-Kazakh name written given name first stays so', 'Аким района Владимир Ким прибыл в Астану.', 'Владимир Ким', 'Владимир Ким'],
    ['a Russian name', 'Министр Бакыт Осмонов прибыл в Астану.', 'Бакыт Осмонов', 'Бакыт Осмонов'],
  ])('display name: %s', (_name, text, name, shown) => {
    const [p] = buildPack([extraction('a1', text)]).persons;
    expect([p!.name, displayName(p!)]).toEqual([name, shown]);
  });

  it('does not join a surname-only person when two full names share the surname', () => {
    const pack = buildPack([
      extraction('a1', 'Премьер Нурлан Осмонов и президент Бакыт Осмонов встретились.'),
      extraction('a2', 'Вчера Осмонов заявил, что выборы пройдут честно.'),
    ]);
    expect(pack.persons.map((p) => p.name).sort()).toEqual(['Бакыт Осмонов', 'Нурлан Осмонов', 'Осмонов']);
  });

  it('joins a person known by initials only when the initial fits', () => {
    const pack = buildPack([
      extraction('a1', 'Премьер Нурлан Осмонов провел заседание.'),
      extraction('a2', 'Разговор с Б.Осмоновым не планируется.'),
      extraction('a3', 'Указ подписал Н. Осмонов.'),
    ]);
    const nurlan = pack.persons.find((p) => p.name === 'Нурлан Осмонов')!;
    expect(pack.persons.map((p) => p.name).sort()).toEqual(['Нурлан Осмонов', 'Осмонов']);
    expect(pack.mentions.filter((m) => m.personId === nurlan.id).map((m) => m.articleId)).toEqual(['a1', 'a3']);
  });

  it('Kazakh letters and ё do not split a person', () => {
    const pack = buildPack([
      extraction('a1', 'Министр Ахмет-Жан Турсынов выступил.'),
      extraction('a2', 'Министр Ахмет-Жан Тұрсынов выступил.'),
    ]);
    expect(pack.persons).toHaveLength(1);
    expect(pack.persons[0]!.variants).toEqual(['Ахмет-Жан Тұрсынов']);
  });

  it('fills parts, gender and variants; ids are readable slugs, unique', () => {
    const pack = buildPack([extraction('a1', 'Нурлан Абаевич Сейтов выступил. Затем Н.А. Сейтов уехал.')]);
    const p = pack.persons[0]!;
    expect(p).toMatchObject({
      id: 'nurlan-seytov',
      name: 'Нурлан Сейтов',
      first: 'Нурлан',
      last: 'Сейтов',
      patronymic: 'Абаевич',
      gender: 'm',
    });
    expect(p.variants).toContain('Нурлан Абаевич Сейтов');
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
    const pack = buildPack([extraction('a', 'Бакыт Осмонов приехал.'), extraction('a', 'Бакыт Осмонов уехал.')]);
    expect(pack.articles.map((a) => a.id)).toEqual(['a', 'a-2']);
    expect(pack.mentions.map((m) => m.articleId)).toEqual(['a', 'a-2']);
    expect(() => parsePack(pack)).not.toThrow();
  });

  it.each([
    ['Ахмет-Жан Турсынов', 'akhmet-zhan-tursynov'],
    ['Ёлкин Щукин', 'elkin-shchukin'],
    ['Айгерим Қасымова', 'aygerim-kasymova'],
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
