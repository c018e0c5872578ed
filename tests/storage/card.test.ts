import { describe, expect, it } from 'vitest';
import { leadOf, trimStatement } from '@/lib/storage/card';
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
