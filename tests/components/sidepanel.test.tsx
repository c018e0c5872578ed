import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseSites } from '../../components/options/Options';
import { ArticleView } from '../../components/sidepanel/ArticleView';
import { splitMarks } from '../../components/sidepanel/marks';
import { PersonEntry } from '../../components/sidepanel/PersonEntry';
import { buildEntry } from '../../lib/research/entry';
import { translator } from '../../lib/research/i18n';
import { corpusPack } from '../research/fixture';

describe('splitMarks', () => {
  const cut = (text: string, ranges: { start: number; end: number }[]) =>
    splitMarks(text, ranges)
      .map((p) => (p.marked ? `[${p.text}]` : p.text))
      .join('|');
  it.each([
    ['abcdef', [{ start: 1, end: 3 }], 'a|[bc]|def'],
    ['abcdef', [], 'abcdef'],
    ['abcdef', [{ start: 0, end: 6 }], '[abcdef]'],
    [
      'abcdef',
      [
        { start: 4, end: 5 },
        { start: 1, end: 2 },
      ],
      'a|[b]|cd|[e]|f',
    ],
    [
      'abcdef',
      [
        { start: 1, end: 4 },
        { start: 3, end: 5 },
      ],
      'a|[bcde]|f',
    ],
    ['abc', [{ start: 2, end: 10 }], 'ab|[c]'],
    ['abc', [{ start: 2, end: 2 }], 'abc'],
  ])('%s %j', (text, ranges, out) => expect(cut(text, ranges)).toBe(out));
});

const t = translator('en');
const pack = corpusPack();

describe('ArticleView', () => {
  it('marks the statement and renders markup in the text as text', () => {
    const article = { ...pack.articles[0]!, text: 'До <b>жирного</b> «цитата» после' };
    const start = article.text.indexOf('цитата');
    const html = renderToStaticMarkup(<ArticleView article={article} highlight={{ start, end: start + 6 }} t={t} onClose={() => {}} />);
    expect(html).toContain('<mark>цитата</mark>');
    expect(html).toContain('&lt;b&gt;жирного&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});

describe('PersonEntry', () => {
  const entry = buildEntry(pack, 'p-osmonov')!;
  const html = renderToStaticMarkup(
    <PersonEntry
      entry={entry}
      t={t}
      citationStyle="plain"
      onCitationStyle={() => {}}
      onCopy={async () => {}}
      onOpenArticle={() => {}}
      onOpenPerson={() => {}}
      onBack={() => {}}
    />,
  );
  it.each([
    ['the name and Latin spelling', 'Bakyt Osmonov'],
    ['the role timeline with former roles marked', '<span class="badge">former</span>'],
    ['the statement marked in its context', '<mark>Мы построим новую станцию до конца года</mark>'],
    ['the co-mentioned people', 'Айгуль Садыкова'],
    ['quote and reported told apart', 'class="statement reported"'],
  ])('shows %s', (_what, fragment) => expect(html).toContain(fragment));
  it('translates its labels', () => {
    const ru = renderToStaticMarkup(
      <PersonEntry
        entry={entry}
        t={translator('ru')}
        citationStyle="plain"
        onCitationStyle={() => {}}
        onCopy={async () => {}}
        onOpenArticle={() => {}}
        onOpenPerson={() => {}}
        onBack={() => {}}
      />,
    );
    expect(ru).toContain('Должности');
    expect(ru).not.toContain('>Roles<');
  });
});

describe('parseSites', () => {
  it.each([
    ['news.example\nhttps://Other.example/path?q=1\n\nnews.example', ['news.example', 'other.example']],
    ['  ', []],
    ['a.example, b.example', ['a.example', 'b.example']],
  ])('%j', (text, hosts) => expect(parseSites(text)).toEqual(hosts));
});
