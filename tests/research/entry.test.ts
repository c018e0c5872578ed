import { describe, expect, it } from 'vitest';
import { buildEntry, contextOf } from '../../lib/research/entry';
import { previewOf } from '../../lib/research/preview';
import { corpusPack } from './fixture';

const pack = corpusPack();

describe('buildEntry', () => {
  const e = buildEntry(pack, 'p-osmonov')!;
  it('has the name, its Latin spelling and the official flag', () => {
    expect(e.person.name).toBe('Бакыт Осмонов');
    expect(e.latin).toBe('Bakyt Osmonov');
    expect(e.official).toBe(true);
  });
  it('orders the role timeline by article date, former roles marked', () => {
    expect(e.roles.map((r) => [r.date, r.title, r.former])).toEqual([
      ['2021-03-05', 'министр энергетики', false],
      ['2022-07', 'министр энергетики', true],
      ['2022-07', 'посол в Турции', false],
    ]);
  });
  it('groups statements by article, newest first, quote and reported told apart', () => {
    expect(e.statementsByArticle.map((g) => [g.article.id, g.statements.map((s) => s.statement.kind)])).toEqual([
      ['a2', ['reported']],
      ['a1', ['quote']],
    ]);
    expect([e.quoteCount, e.reportedCount]).toEqual([1, 1]);
  });
  it('gives each statement its sentence of context, with the statement marked', () => {
    const s = e.statementsByArticle[1]!.statements[0]!;
    expect(s.context.text).toBe('«Мы построим новую станцию до конца года», — сказал Осмонов.');
    expect(s.context.text.slice(s.context.markStart, s.context.markEnd)).toBe(s.statement.text);
    expect(pack.articles[0]!.text.slice(s.context.start, s.context.end)).toBe(s.context.text);
    expect(s.role).toBe('министр энергетики');
  });
  it('lists the articles and the people mentioned with them', () => {
    expect(e.articles.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(e.coMentioned.map((c) => [c.name, c.articles])).toEqual([
      ['Айгуль Садыкова', 1],
      ['Ерлан Касенов', 1],
    ]);
  });
  it('returns null for an unknown person', () => {
    expect(buildEntry(pack, 'nobody')).toBeNull();
  });
});

describe('contextOf', () => {
  const a = { id: 'x', title: null, date: null, source: null, url: null, text: 'Первое. Второе предложение тут. Третье.' };
  it.each([
    [8, 14, 'Второе предложение тут.'],
    [0, 7, 'Первое.'],
    [3, 12, 'Первое. Второе предложение тут.'],
  ])('%i..%i', (s, e, text) => expect(contextOf(a, s, e).text).toBe(text));
});

describe('previewOf', () => {
  it('counts people, roles and statements of a pack and marks their spans', () => {
    const p = previewOf(pack);
    expect(p.people.map((x) => [x.name, x.quotes, x.reported])).toEqual([
      ['Бакыт Осмонов', 1, 1],
      ['Айгуль Садыкова', 0, 1],
      ['Ерлан Касенов', 1, 0],
      ['Тимур Рахимов', 1, 0],
    ]);
    expect(p.people[0]!.roles).toEqual(['министр энергетики', 'посол в Турции']);
    expect([p.roles, p.quotes, p.reported]).toEqual([6, 3, 2]);
    expect(p.marks).toHaveLength(pack.mentions.length + pack.statements.length);
  });
});
