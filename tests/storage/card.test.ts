import { describe, expect, it } from 'vitest';
import type { Article, Person, Role, Statement } from '@/lib/extract/pack';
import { buildCard, leadOf, trimStatement } from '@/lib/storage/card';
import { MemoryCorpus } from '@/lib/storage/corpus';
import { makePack } from './helpers';

describe('trimStatement', () => {
  it.each([
    ['short text stays', 'Коротко.', 'Коротко.'],
    ['whitespace is collapsed', '  Два\n\nслова  ', 'Два слова'],
    ['long text is cut at a word with an ellipsis', 'слово '.repeat(100), `${'слово '.repeat(46).trim()}…`],
  ])('%s', (_name, input, expected) => {
    expect(trimStatement(input)).toBe(expected);
  });
});

describe('leadOf (names an untitled article)', () => {
  it.each([
    ['opening words with an ellipsis', 'Мэр города провел встречу с жителями района вчера', 'Мэр города провел встречу с жителями…'],
    ['a date header is skipped', ' date 2021-10 Мэр города провел встречу', 'Мэр города провел встречу'],
    ['a markdown image is skipped', '![](https://x/y.jpg)\nАким области', 'Аким области'],
    ['empty text', '   ', ''],
  ])('%s', (_name, text, expected) => {
    expect(leadOf(text)).toBe(expected);
  });
});

describe('buildCard: roles', () => {
  const person: Person = { id: 'p', name: 'Иван Петров', official: true, gender: 'm', variants: [] };
  const article = (id: string, date: string): [string, Article] => [id, { id, title: id, date, source: 's', url: null, text: 'x' }];
  const articles = new Map([article('a1', '2024-01-01'), article('a2', '2024-06-01')]);
  const role = (articleId: string, title: string, extra: Partial<Role> = {}): Role => ({
    personId: 'p',
    articleId,
    title,
    former: false,
    start: 0,
    end: 1,
    ...extra,
  });
  it.each([
    [
      'a reference beside a named office of the same article is left out',
      [role('a1', 'президент Кыргызстана'), role('a1', 'глава государства', { reference: true })],
      ['президент Кыргызстана'],
    ],
    [
      'a reference from an article that names no office stays',
      [role('a1', 'президент Кыргызстана'), role('a2', 'глава государства', { reference: true })],
      ['глава государства', 'президент Кыргызстана'],
    ],
    [
      'the same title from two articles is shown once, with the newer date',
      [role('a1', 'аким района'), role('a2', 'аким района')],
      ['аким района'],
    ],
    ['current roles before former ones', [role('a2', 'министр', { former: true }), role('a1', 'аким района')], ['аким района', 'министр']],
  ])('%s', (_name, roles, titles) => {
    const card = buildCard(person, roles, [], articles);
    expect(card.roles.map((r) => r.title)).toEqual(titles);
  });

  it('names the person as the news writes them', () => {
    const xi: Person = { id: 'x', name: 'Вэй Ли', first: 'Вэй', last: 'Ли', official: true, gender: 'm', variants: ['Ли Вэй'] };
    expect(buildCard(xi, [], [], articles).person.name).toBe('Ли Вэй');
    expect(buildCard(person, [], [], articles).person.name).toBe('Иван Петров');
  });

  it('dates a role shown once by its newest article', () => {
    const card = buildCard(person, [role('a1', 'аким района'), role('a2', 'аким района')], [], articles);
    expect(card.roles.map((r) => r.date)).toEqual(['2024-06-01']);
  });
});

describe('buildCard: statements', () => {
  const person: Person = { id: 'p', name: 'Иван Петров', official: true, gender: 'm', variants: [] };
  const articles = new Map<string, Article>([
    ['a1', { id: 'a1', title: 'a1', date: '2024-01-01', source: 's', url: null, text: 'x' }],
    ['a2', { id: 'a2', title: 'a2', date: '2024-02-01', source: 's', url: null, text: 'x' }],
  ]);
  const st = (id: string, articleId: string, start: number, end: number, kind: 'quote' | 'reported' = 'quote'): Statement => ({
    id,
    personId: 'p',
    articleId,
    kind,
    text: id,
    start,
    end,
  });
  it.each([
    ['a quote inside a reported clause is shown once, within it', [st('r', 'a1', 0, 50, 'reported'), st('q', 'a1', 20, 40)], ['r']],
    ['the same span in another article is no duplicate', [st('r', 'a1', 0, 50, 'reported'), st('q', 'a2', 20, 40)], ['q', 'r']],
    ['overlapping but not nested statements both stay', [st('a', 'a1', 0, 30), st('b', 'a1', 20, 60)], ['a', 'b']],
    ['two statements of one span both stay', [st('a', 'a1', 0, 30, 'reported'), st('b', 'a1', 0, 30)], ['a', 'b']],
  ])('%s', (_name, statements, ids) => {
    const card = buildCard(person, [], statements, articles, 10);
    expect(card.statements.map((s) => s.id).sort()).toEqual(ids);
    expect(card.moreStatements).toBe(0);
  });
});

describe('MemoryCorpus (IndexedDB unavailable)', () => {
  it('serves cards from the bundled pack and keeps hidden names for the session only', async () => {
    const corpus = new MemoryCorpus(makePack({ persons: 2, statementsPerPerson: 4 }), 'h');
    expect((await corpus.card('p1'))?.statements).toHaveLength(3);
    expect((await corpus.card('p1'))?.moreStatements).toBe(1);
    await corpus.hide('https://x.example/', 'p0');
    expect(await corpus.hidden('https://x.example/')).toEqual(['p0']);
    expect(await corpus.hidden('https://y.example/')).toEqual([]);
    expect((await corpus.status()).storage).toBe('memory');
  });
});
