import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { emptyPack, parsePack } from '../../lib/extract/pack';
import { toJson } from '../../lib/research/export';
import { articleIdFor, ImportError, mergePack, parseImport, samePerson, splitFrontMatter } from '../../lib/research/import';
import { corpusPack, makePack } from './fixture';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('parseImport: articles', () => {
  it('takes a .txt verbatim, with an id from its text', () => {
    const r = parseImport('заметка.txt', 'Министр Бакыт Осмонов заявил, что всё хорошо.');
    expect(r.kind).toBe('article');
    if (r.kind !== 'article') return;
    expect(r.input.text).toBe('Министр Бакыт Осмонов заявил, что всё хорошо.');
    expect(r.input.id).toBe(articleIdFor(r.input.text));
    expect(r.input.title).toBeNull();
  });
  it('reads optional front matter of a .md', () => {
    const r = parseImport('a.md', '---\ntitle: "Итоги"\ndate: 2024-05-06\nsource: Вести\nurl: https://news.example/x\n---\nТекст статьи.');
    expect(r).toMatchObject({
      kind: 'article',
      input: { title: 'Итоги', date: '2024-05-06', source: 'Вести', url: 'https://news.example/x', text: 'Текст статьи.' },
    });
  });
  it.each([
    ['---\ndate: 13 мая\n---\nТекст', null],
    ['---\ndate: 2024-05\n---\nТекст', '2024-05'],
  ])('keeps only well-formed dates', (text, date) => {
    const r = parseImport('a.md', text);
    expect(r.kind === 'article' && r.input.date).toBe(date);
  });
  it('leaves text without front matter alone', () => {
    expect(splitFrontMatter('--- не метаданные').body).toBe('--- не метаданные');
  });
  it('takes the visible article text of an .html, paragraphs on their own lines', () => {
    const para = (s: string) => `<p>${s} ${'Подробности следуют в отчёте министерства, опубликованном утром. '.repeat(3)}</p>`;
    const html = `<html><head><title>Станция — Вести Юга</title><meta property="og:site_name" content="Вести Юга">
      <meta property="article:published_time" content="2021-03-05T10:00:00Z"><link rel="canonical" href="https://news.example/a1"></head>
      <body><nav><a href="/">Главная</a> <a href="/x">Политика</a></nav><script>var secret = 1;</script>
      <article><h1>Станция</h1>${para('Министр энергетики Бакыт Осмонов посетил Нарын.')}${para('«Мы построим станцию», — сказал он.')}</article>
      <aside>Самое читаемое: курс валют</aside></body></html>`;
    const r = parseImport('page.html', html, { parseHtml });
    expect(r.kind).toBe('article');
    if (r.kind !== 'article') return;
    expect(r.input.text).toContain('Министр энергетики Бакыт Осмонов посетил Нарын.');
    expect(r.input.text).toMatch(/опубликованном утром\.\n«Мы построим станцию»/);
    expect(r.input.text).not.toContain('secret');
    expect(r.input.text).not.toContain('Политика');
    expect(r.input.url).toBe('https://news.example/a1');
    expect(r.input.date).toBe('2021-03-05');
    expect(r.input.source).toBe('Вести Юга');
  });
});

describe('parseImport: rejections name the problem', () => {
  const good = toJson(corpusPack(), { personIds: null });
  const broken = JSON.parse(good);
  broken.statements[0].personId = 'ghost';
  const wrongFormat = { ...JSON.parse(good), format: 'other' };
  it.each([
    ['a.pdf', 'x', 'unsupported', ''],
    ['a.txt', '  \n', 'empty', ''],
    ['a.json', '{"format": "tamga-pack",', 'badJson', 'JSON'],
    ['a.json', JSON.stringify(broken), 'badPack', 'unknown personId "ghost"'],
    ['a.json', JSON.stringify(wrongFormat), 'badPack', 'format'],
    ['a.json', JSON.stringify({ ...JSON.parse(good), articles: 'none' }), 'badPack', 'articles'],
    ['a.html', '<p>x</p>', 'unsupported', ''],
  ])('%s: %s', (name, text, code, detail) => {
    let err: unknown;
    try {
      parseImport(name, text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe(code);
    expect((err as ImportError).detail).toContain(detail);
  });
  it('accepts a valid pack', () => {
    const r = parseImport('pack.json', good);
    expect(r.kind === 'pack' && r.pack.persons.length).toBe(4);
  });
});

describe('samePerson', () => {
  const people = [
    { id: '1', name: 'Бакыт Осмонов', official: true, gender: null, variants: [] },
    { id: '2', name: 'Азамат Осмонов', official: true, gender: null, variants: [] },
    { id: '3', name: 'Ерлан Касенов', official: true, gender: null, variants: [] },
  ];
  it.each([
    ['Бакыт Осмонов', '1'],
    ['Б. Осмонов', '1'],
    ['БАКЫТ ОСМОНОВ', '1'],
    ['Осмонов', null],
    ['Касенов', '3'],
    ['Е. Касенов', '3'],
    ['Марат Касенов', null],
    ['Бакыт Касенов', null],
    ['Тимур Рахимов', null],
  ])('%s → %s', (name, id) => {
    expect(samePerson(people, { id: 'x', name, official: true, gender: null, variants: [] })?.id ?? null).toBe(id);
  });
});

describe('mergePack', () => {
  const existing = corpusPack();
  const incoming = makePack({
    articles: [
      existing.articles[0]!,
      {
        id: 'a2',
        title: 'Другая',
        date: '2023-02-01',
        source: 'Вести',
        url: null,
        text: 'Б. Осмонов и Жанар Ахметова открыли школу. «Учиться никогда не поздно», — сказала Ахметова.',
      },
    ],
    persons: [
      { id: 'p-osmonov', name: 'Бакыт Осмонов' },
      { id: 'x-osm', name: 'Б. Осмонов' },
      { id: 'p-kasenov', name: 'Жанар Ахметова' },
    ],
    mentions: [
      ['p-osmonov', 'a1', 'Бакыт Осмонов'],
      ['x-osm', 'a2', 'Б. Осмонов'],
      ['p-kasenov', 'a2', 'Жанар Ахметова'],
    ],
    statements: [
      ['p-osmonov', 'a1', 'quote', 'Мы построим новую станцию до конца года'],
      ['p-kasenov', 'a2', 'quote', 'Учиться никогда не поздно'],
    ],
  });
  const plan = mergePack(existing, incoming);
  const merged = () =>
    parsePack({
      ...emptyPack(),
      articles: [...existing.articles, ...plan.articles],
      persons: [...existing.persons, ...plan.persons],
      mentions: [...existing.mentions, ...plan.mentions],
      roles: [...existing.roles, ...plan.roles],
      statements: [...existing.statements, ...plan.statements],
    });
  it('skips an article already present, with its records', () => {
    expect(plan.skippedArticles).toEqual(['a1']);
    expect(plan.statements.map((s) => s.text)).toEqual(['Учиться никогда не поздно']);
  });
  it('merges known people by identity and keeps new ones, ids made unique', () => {
    expect(plan.personIds.get('x-osm')).toBe('p-osmonov');
    expect(plan.persons.map((p) => [p.id, p.name])).toEqual([['p-kasenov-2', 'Жанар Ахметова']]);
    expect(plan.articles.map((a) => a.id)).toEqual(['a2-2']);
    expect(plan.statements[0]).toMatchObject({ personId: 'p-kasenov-2', articleId: 'a2-2', id: 's2-2' });
  });
  it('gives a valid corpus, and a second merge adds nothing', () => {
    const c = merged();
    const again = mergePack(c, incoming);
    expect([again.articles, again.persons, again.mentions, again.roles, again.statements].map((x) => x.length)).toEqual([0, 0, 0, 0, 0]);
  });
});
