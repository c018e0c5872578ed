import { describe, expect, it } from 'vitest';
import { trimStatement } from '@/lib/storage/card';
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
