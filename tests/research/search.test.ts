import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../lib/research/search';
import { corpusPack, makePack } from './fixture';

const ix = buildSearchIndex(corpusPack());
const top = (q: string) => search(ix, q).groups[0]?.personId ?? null;

describe('search: people by any form of their name', () => {
  it.each([
    ['Осмонов', 'p-osmonov'],
    ['Осмонову', 'p-osmonov'],
    ['ОСМОНОВЫМ', 'p-osmonov'],
    ['Бакыта Осмонова', 'p-osmonov'],
    ['Осмнов', 'p-osmonov'],
    ['Osmonov', 'p-osmonov'],
    ['Bakyt Osmonov', 'p-osmonov'],
    ['Yerlan Kasenov', 'p-kasenov'],
    ['Erlan Kasenov', 'p-kasenov'],
    ['Касеновым', 'p-kasenov'],
    ['Садыковой', 'p-sadykova'],
    ['Rakhimov', 'p-rakhimov'],
    ['Rahimov', 'p-rakhimov'],
  ])('%s → %s', (q, id) => expect(top(q)).toBe(id));
  it.each(['Петров', 'Zhukov', 'ы', ''])('%s finds nobody', (q) => expect(search(ix, q).groups).toEqual([]));
});

describe('search: roles and statement text', () => {
  it('finds people by role in any case form', () => {
    expect(top('акиму')).toBe('p-kasenov');
    expect(search(ix, 'послом').groups.map((g) => g.personId)).toEqual(['p-osmonov']);
    expect(search(ix, 'посол').groups[0]!.roles).toEqual(['посол в Турции']);
  });
  it.each([
    ['министра энергетики', ['p-osmonov', 'p-sadykova']],
    ['аким Касенов', ['p-kasenov']],
    ['акима Осмонова', []],
    ['посла', ['p-osmonov']],
  ])('%s → %j', (q, ids) =>
    expect(
      search(ix, q)
        .groups.map((g) => g.personId)
        .sort(),
    ).toEqual(ids),
  );
  it('finds statements by words in other forms, grouped by person', () => {
    const r = search(ix, 'тарифы');
    expect(r.groups.map((g) => g.personId).sort()).toEqual(['p-rakhimov', 'p-sadykova']);
    for (const g of r.groups) expect(g.matchedBy).toContain('statement');
  });
  it('needs every word of a text query', () => {
    expect(search(ix, 'реформа семьям').groups.map((g) => g.personId)).toEqual(['p-rakhimov']);
    expect(search(ix, 'реформа станцию').groups).toEqual([]);
  });
  it('tolerates a typo in a statement word', () => {
    expect(top('станцыю')).toBe('p-osmonov');
    expect(search(ix, 'тарифоф').groups.map((g) => g.personId)).toEqual(['p-rakhimov']);
  });
  it('completes the last word being typed', () => {
    expect(top('постро')).toBe('p-osmonov');
  });
  it('restricts to a named person when the query names one', () => {
    const r = search(ix, 'Осмонов станцию');
    expect(r.groups.map((g) => g.personId)).toEqual(['p-osmonov']);
    expect(r.groups[0]!.statements.map((s) => s.statement.id)).toEqual(['s1']);
    expect(search(ix, 'Касенов станцию').groups).toEqual([]);
  });
  it('lists a person found by name with their statements, newest first', () => {
    const g = search(ix, 'Осмонов').groups[0]!;
    expect(g.statements.map((s) => s.statement.id)).toEqual(['s3', 's1']);
    expect(g.statementCount).toBe(2);
    expect(g.latin).toBe('Bakyt Osmonov');
  });
});

describe('search: ranking', () => {
  const two = buildSearchIndex(
    makePack({
      articles: [{ id: 'x', title: null, date: null, source: null, url: null, text: 'Айбек Сапаров и Мадина Сапарова.' }],
      persons: [
        { id: 'f', name: 'Мадина Сапарова' },
        { id: 'm', name: 'Айбек Сапаров' },
      ],
      mentions: [
        ['f', 'x', 'Мадина Сапарова'],
        ['m', 'x', 'Айбек Сапаров'],
      ],
    }),
  );
  it.each([
    ['Сапаров', ['m', 'f']],
    ['Сапарова', ['f', 'm']],
    ['Мадина', ['f']],
  ])('%s → %j (the form as written first)', (q, ids) => expect(search(two, q).groups.map((g) => g.personId)).toEqual(ids));
});
