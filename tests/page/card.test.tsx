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

describe('citation', () => {
  it.each([
    [
      'quote with role, date, source and url',
      card.statements[0]!,
      /^«Мы .* сделаем»\n— Иван .*, аким .* \(2024-05-01, Газета, https:\/\/example.org\/a\)$/,
    ],
    [
      'reported speech without quotes',
      { ...card.statements[0]!, kind: 'reported' as const, text: 'что всё хорошо', url: null },
      /^что всё хорошо\n— Иван .*\(2024-05-01, Газета\)$/,
    ],
  ])('%s', (_name, s, expected) => {
    expect(citation(card, s)).toMatch(expected);
  });
});
