import { describe, expect, it } from 'vitest';
import { foldForMatch, splitSentences, titleCase, tokenize } from '../../lib/text';

describe('foldForMatch', () => {
  it.each([
    ['ТОКАЕВУ', 'токаеву'],
    ['Ёлкин', 'елкин'],
    ['Қасым-Жомарт', 'касым-жомарт'],
    ['Ұлы Өмір Әлі Ғани Ңң Һ І', 'улы омир али гани нн х и'],
    ['Касым\u2013Жомарт\u00A0Токаев', 'касым-жомарт токаев'],
  ])('%s → %s', (input, expected) => {
    expect(foldForMatch(input)).toBe(expected);
    expect(foldForMatch(input)).toHaveLength(input.length);
  });
});

describe('tokenize', () => {
  it('keeps offsets and joins hyphenated words', () => {
    const text = 'Президенту Касым-Жомарту ТОКАЕВУ, — сказал он.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual(['Президенту', 'Касым-Жомарту', 'ТОКАЕВУ', ',', '—', 'сказал', 'он', '.']);
  });
  it('records line breaks', () => {
    const toks = tokenize('а\nб');
    expect(toks[1]!.newlineBefore).toBe(true);
  });
});

describe('splitSentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it('splits on terminal punctuation followed by a capital', () => {
    expect(texts('Он пришёл. Она ушла! Кто там?')).toEqual(['Он пришёл.', 'Она ушла!', 'Кто там?']);
  });
  it('does not split after initials or abbreviations', () => {
    expect(texts('С. Жапаров и Н.А. Назарбаев встретились на ул. Ленина. Потом ушли.')).toEqual([
      'С. Жапаров и Н.А. Назарбаев встретились на ул. Ленина.',
      'Потом ушли.',
    ]);
  });
  it('splits at line breaks and after a missing space', () => {
    expect(texts('Первое.Второе\nТретье')).toEqual(['Первое.', 'Второе', 'Третье']);
  });
});

describe('titleCase', () => {
  it.each([
    ['ТОКАЕВУ', 'Токаеву'],
    ['касым-жомарт', 'Касым-Жомарт'],
  ])('%s → %s', (a, b) => expect(titleCase(a)).toBe(b));
});
