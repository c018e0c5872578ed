import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Card, type CardProps } from '@/components/card/Card';
import { citation } from '@/components/card/citation';
import type { PersonCardData } from '@/lib/messaging/protocol';

const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const card: PersonCardData = {
  person: { id: 'p', name: `Иван ${evil}`, official: true },
  roles: [
    {
      title: `аким ${evil}`,
      former: false,
      articleId: 'a',
      articleTitle: null,
      date: '2024-05-01',
      source: 'Газета',
      url: 'javascript:alert(3)',
    },
  ],
  statements: [
    {
      id: 's',
      kind: 'quote',
      text: `Мы ${evil} сделаем`,
      articleId: 'a',
      articleTitle: 'T',
      date: '2024-05-01',
      source: 'Газета',
      url: 'https://example.org/a',
    },
  ],
  moreStatements: 4,
};
const noop = () => undefined;
const props = (view: CardProps['view']): CardProps => ({
  view,
  pinned: false,
  notice: null,
  onPin: noop,
  onClose: noop,
  onCopy: noop,
  onOpenSidePanel: noop,
  onNotThisPerson: noop,
});

describe('Card', () => {
  it('renders corpus strings as text: no element comes from the data', () => {
    const html = renderToStaticMarkup(<Card {...props({ state: 'person', card })} />);
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).toContain('+4 more statements');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.org/a"');
  });

  it('ambiguous mentions list the candidates', () => {
    const html = renderToStaticMarkup(
      <Card {...props({ state: 'ambiguous', surface: 'Тестов', candidates: [card, { id: 'q', name: 'Пётр Тестов', official: false }] })} />,
    );
    expect(html).toContain('may be any of these people');
    expect(html).toContain('Пётр Тестов');
    expect(html).not.toMatch(/<img|<script/i);
  });
});

describe('citation (the shared plain style)', () => {
  const older = { ...card.roles[0]!, title: 'депутат', articleId: 'old', date: '2019-01' };
  const later = { ...card.roles[0]!, title: 'министр', articleId: 'new', date: '2025-01' };
  it.each([
    [
      'quote with role, source, date and url',
      card,
      card.statements[0]!,
      '^«Мы .* сделаем» — Иван .*, аким .* \\(Газета, 01\\.05\\.2024, https://example\\.org/a\\)$',
    ],
    [
      'reported speech is marked and not put in quotes',
      card,
      { ...card.statements[0]!, kind: 'reported' as const, text: 'всё хорошо', url: null },
      '^всё хорошо — Иван .*\\(в пересказе\\) \\(Газета, 01\\.05\\.2024\\)$',
    ],
    ['no outlet: the article title in quotes', card, { ...card.statements[0]!, source: null, url: null }, '\\(«T», 01\\.05\\.2024\\)$'],
    [
      'role at the time: the latest role dated before a statement from another article',
      { ...card, roles: [older, later] },
      { ...card.statements[0]!, articleId: 'x', date: '2020-03' },
      ' — Иван .*, депутат \\(',
    ],
  ])('%s', (_name, c, s, expected) => {
    expect(citation(c, s)).toMatch(new RegExp(expected));
  });
});
