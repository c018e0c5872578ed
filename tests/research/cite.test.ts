import { describe, expect, it } from 'vitest';
import { type CitationData, type CitationStyle, citationData, enDate, formatCitation, mdEscape, ruDate } from '../../lib/research/cite';
import { toLatin } from '../../lib/research/latin';
import { corpusPack } from './fixture';

const full: CitationData = {
  text: 'Мы построим станцию',
  kind: 'quote',
  speaker: 'Бакыт Осмонов',
  speakerLatin: 'Bakyt Osmonov',
  role: 'министр энергетики',
  date: '2021-03-05',
  outlet: 'Вести Юга',
  title: 'Станция в Нарыне',
  url: 'https://news.example/a1',
};
const bare: CitationData = { ...full, role: null, date: null, outlet: null, title: null, url: null, speakerLatin: null };
const reported: CitationData = { ...full, kind: 'reported', text: 'тарифы останутся прежними', date: '2022-07' };

describe('formatCitation', () => {
  it.each<[CitationStyle, CitationData, string | null, string]>([
    ['plain', full, null, '«Мы построим станцию» — Бакыт Осмонов, министр энергетики (Вести Юга, 05.03.2021, https://news.example/a1)'],
    ['plain', bare, null, '«Мы построим станцию» — Бакыт Осмонов'],
    [
      'plain',
      reported,
      null,
      'тарифы останутся прежними — Бакыт Осмонов, министр энергетики (в пересказе) (Вести Юга, 07.2022, https://news.example/a1)',
    ],
    [
      'markdown',
      full,
      null,
      '> «Мы построим станцию»\n>\n> — **Бакыт Осмонов**, министр энергетики, [Вести Юга](<https://news.example/a1>), 05.03.2021',
    ],
    ['markdown', bare, null, '> «Мы построим станцию»\n>\n> — **Бакыт Осмонов**'],
    [
      'gost',
      full,
      '2026-11-23',
      '«Мы построим станцию» (Бакыт Осмонов, министр энергетики) // Станция в Нарыне // Вести Юга. — 05.03.2021. — URL: https://news.example/a1 (дата обращения: 23.11.2026).',
    ],
    ['gost', bare, null, '«Мы построим станцию» (Бакыт Осмонов).'],
    ['gost', { ...bare, title: 'Что дальше?', date: '2021-03' }, null, '«Мы построим станцию» (Бакыт Осмонов) // Что дальше? — 03.2021.'],
    [
      'english',
      full,
      '2026-11-23',
      '“Мы построим станцию” — Bakyt Osmonov (Бакыт Осмонов), министр энергетики. “Станция в Нарыне”, Вести Юга, 5 March 2021. Available at: https://news.example/a1 (accessed 23 November 2026).',
    ],
    ['english', bare, null, '“Мы построим станцию” — Бакыт Осмонов.'],
    [
      'english',
      reported,
      null,
      '[paraphrase, in Russian] тарифы останутся прежними — Bakyt Osmonov (Бакыт Осмонов), министр энергетики. “Станция в Нарыне”, Вести Юга, July 2022. Available at: https://news.example/a1.',
    ],
  ])('%s', (style, data, accessed, expected) => {
    expect(formatCitation(data, style, accessed)).toBe(expected);
  });

  it('escapes Markdown syntax in the quote', () => {
    expect(formatCitation({ ...bare, text: 'план *А* [1]' }, 'markdown')).toContain('«план \\*А\\* \\[1\\]»');
    expect(mdEscape('a_b')).toBe('a\\_b');
  });
});

describe('dates', () => {
  it.each([
    ['2021-10-13', '13.10.2021', '13 October 2021'],
    ['2021-01', '01.2021', 'January 2021'],
  ])('%s', (d, ru, en) => {
    expect(ruDate(d)).toBe(ru);
    expect(enDate(d)).toBe(en);
  });
});

describe('citationData: role at the time', () => {
  const pack = corpusPack();
  const st = (id: string) => pack.statements.find((s) => s.id === id)!;
  it.each([
    ['s1', 'министр энергетики', '2021-03-05', 'https://news.example/a1'],
    ['s3', 'посол в Турции', '2022-07', null],
    ['s2', 'заместитель министра энергетики', '2021-03-05', 'https://news.example/a1'],
    ['s5', 'депутат', null, null],
  ])('%s → %s', (id, role, date, url) => {
    const d = citationData(pack, st(id), { latin: toLatin });
    expect(d.role).toBe(role);
    expect(d.date).toBe(date);
    expect(d.url).toBe(url);
  });
  it('takes the latest earlier role when the article names none', () => {
    const later = { id: 'a9', title: null, date: '2023-01-01', source: null, url: null, text: 'Мы продолжим.' };
    const c = { ...pack, articles: [...pack.articles, later] };
    const s = { id: 's9', personId: 'p-osmonov', articleId: 'a9', kind: 'quote' as const, text: 'Мы продолжим', start: 0, end: 12 };
    expect(citationData(c, s).role).toBe('посол в Турции');
    const earlier = { ...later, id: 'a0', date: '2020-01-01' };
    const c2 = { ...pack, articles: [...pack.articles, earlier] };
    expect(citationData(c2, { ...s, articleId: 'a0' }).role).toBe(null);
  });
});
