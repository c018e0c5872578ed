// The page prefilter: a block is sent to the matcher only when a capitalised word or dash compound in it may be
// one of the index's keys. It must never hide a block the matcher would find a name in (checked against the
// matcher itself on the seed corpus and on generated text), and should rule out ordinary text.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '@/lib/extract';
import type { Person } from '@/lib/extract/pack';
import { buildMatchIndex, matchDocument } from '@/lib/match';
import { buildPageFilter, checkFilter, classOf, encodeFilter, indexKeys, mayHold, mayName, UPPER, WORD } from '@/lib/page/prefilter';

const persons: Person[] = [
  { id: 'a', name: 'Бакыт Тестбаев', official: true, gender: 'm', variants: [] },
  { id: 'b', name: 'Касым-Жомарт Пробеков', official: true, gender: 'm', variants: [] },
  { id: 'c', name: 'Айгуль Римская-Корсакова', official: true, gender: 'f', variants: [] },
  { id: 'd', name: 'Нурлан Ермеков', official: false, gender: 'm', variants: [] },
];
const index = buildMatchIndex(persons);
const filter = buildPageFilter(indexKeys(index));

describe('mayName', () => {
  it.each([
    ['full name', 'Аким Бакыт Тестбаев провёл встречу.', true],
    ['oblique case of the surname', 'Встреча с Тестбаевым прошла в среду.', true],
    ['bare surname', 'Об этом сказал Ермеков.', true],
    ['all capitals', 'АКИМ БАКЫТ ТЕСТБАЕВ ПРОВЁЛ ВСТРЕЧУ', true],
    ['double surname, hyphen', 'Выступила Айгуль Римская-Корсакова.', true],
    ['double surname, en dash', 'Выступила Римская–Корсакова.', true],
    ['Latin spelling', 'Bakyt Testbayev met the press.', true],
    ['soft hyphen inside the surname', 'Об этом сказал Тест\u00ADбаев.', true],
    ['ё and е written either way', 'Встреча с Ёрмековым и Ермековым.', true],
    ['first name only', 'Бакыт и Нурлан пришли вдвоём.', false],
    ['ordinary capitalised words', 'Вчера в Бишкеке прошёл форум. Участники обсудили планы.', false],
    ['no capital letter at all', 'тестбаев сказал это в среду.', false],
    ['a surname inside a longer word', 'Тестбаевский район и Ермековка.', false],
    ['empty', '', false],
  ])('%s', (_name, text, expected) => {
    expect(mayName(filter, text)).toBe(expected);
  });

  it('survives the trip through a JSON message and refuses data of the wrong shape, size or encoding', () => {
    const message = encodeFilter(filter);
    const json = JSON.stringify(message);
    // base64: 4 characters per 3 bytes, nothing escaped
    expect(json.length).toBeLessThan(((filter.bytes.length + filter.prefixes.length) * 4) / 3 + 64);
    const back = checkFilter(JSON.parse(json));
    expect(back).toEqual(filter);
    expect(back && mayName(back, 'Об этом сказал Ермеков.')).toBe(true);
    for (const bad of [
      null,
      'x',
      filter, // not encoded
      { ...message, log2: message.log2 + 1 },
      { ...message, log2: 13.5 },
      { ...message, bytes: 7 },
      { ...message, bytes: `${message.bytes.slice(4)}` },
      { ...message, bytes: `!${message.bytes.slice(1)}` },
      { ...message, prefixes: message.bytes },
    ])
      expect(checkFilter(bad)).toBeNull();
  });

  it('holds every key it was built from, and is small for a small index', () => {
    for (const k of indexKeys(index)) expect(mayHold(filter, k)).toBe(true);
    expect(filter.bytes.length).toBeLessThanOrEqual(2048);
  });
});

describe('no block the matcher finds a name in is filtered out', () => {
  // the shipped pack as the build makes it (corpus build seeds), made here: unit tests run before any build
  const pack = extractCorpus(
    fs.readdirSync('seeds').map((f) => ({ id: f.replace(/\.[^.]+$/, ''), text: fs.readFileSync(`seeds/${f}`, 'utf8') })),
  );
  const shipped = buildMatchIndex(pack.persons);
  const shippedFilter = buildPageFilter(indexKeys(shipped));

  it('seed articles, paragraph by paragraph, matched together as one page', () => {
    const blocks = fs
      .readdirSync('seeds')
      .flatMap((f) => fs.readFileSync(`seeds/${f}`, 'utf8').split('\n'))
      .filter((l) => l.trim());
    const hits = matchDocument(shipped, blocks);
    let named = 0;
    let passed = 0;
    blocks.forEach((b, i) => {
      if (hits[i]!.length) {
        named++;
        expect(mayName(shippedFilter, b), b).toBe(true);
      }
      if (mayName(shippedFilter, b)) passed++;
    });
    expect(named).toBeGreaterThan(10);
    // and it does filter: blocks without a name mostly stay on the page
    expect(passed - named).toBeLessThan((blocks.length - named) / 2);
  });

  it('generated text: names in any form, with dashes, apostrophes, invisibles, emoji and capitals around them', () => {
    const pieces = [
      'Бакыт Тестбаев',
      'Тестбаеву',
      'ТЕСТБАЕВ',
      'Б. Тестбаев',
      'Касым-Жомарт Пробеков',
      'Касым–Жомарт',
      'Пробекова',
      'Римская-Корсакова',
      'Римской–Корсаковой',
      'Testbayev',
      "Testbayev's",
      'Ermekov-Testbayev',
      'Тест\u00ADбаев',
      'Ер\u200Bмеков',
      'Ермеков😀',
      'Ермеков\uD800',
      'аль-Тестбаев',
      'Тестбаев-Пробеков',
      'Тестбаев-Sadyr',
      'Сказал',
      'аким',
      'Нурлан',
      'Ермеков',
      '«',
      '»',
      ',',
      '.',
      '—',
      '-',
      '5',
      'в',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', '-', '–', '\n', '\u00A0', "'")), { maxLength: 12 }),
        (parts) => {
          const text = parts.map(([p, sep]) => p + sep).join('');
          const [hits] = matchDocument(index, [text]);
          if (hits!.length) expect(mayName(filter, text), text).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('character classes', () => {
  it('agree with the Unicode properties for every UTF-16 code unit (word: letter, number, mark, invisible or surrogate; uppercase: Lu below U+3000)', () => {
    const wordish = /[\p{L}\p{N}\p{M}]/u;
    const upper = /\p{Lu}/u;
    const invisible = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      const word = surrogate || invisible.has(c) || wordish.test(ch);
      const up = !surrogate && !invisible.has(c) && c < 0x3000 && upper.test(ch);
      const k = classOf(c);
      if (!!(k & WORD) !== word || !!(k & UPPER) !== up) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
