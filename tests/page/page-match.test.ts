// The background's per-page matcher: who is highlighted (officials; everyone on request; never a hidden
// person) and late evidence returning only the blocks that changed. Invented people.
import { describe, expect, it } from 'vitest';
import { PageMatchers } from '@/entrypoints/background/page-match';
import type { Person } from '@/lib/extract/pack';
import { buildMatchIndex } from '@/lib/match';
import { DEFAULT_SETTINGS } from '@/lib/messaging/protocol';

const persons: Person[] = [
  { id: 'official', name: 'Бакыт Тестбаев', official: true, gender: 'm', variants: [] },
  { id: 'blogger', name: 'Нурлан Пробеков', official: false, gender: 'm', variants: [] },
];
const index = buildMatchIndex(persons);
const matchers = (opts: { highlightAll?: boolean; hidden?: string[] } = {}) =>
  new PageMatchers(async () => ({
    index,
    settings: { ...DEFAULT_SETTINGS, highlightAll: !!opts.highlightAll },
    hidden: opts.hidden ?? [],
  }));
const ids = (hits: { personId: string | null; kind: string }[][]) => hits.flat().map((h) => `${h.personId}:${h.kind}`);

const TEXT = ['Аким Бакыт Тестбаев провёл встречу.', 'Блогер Нурлан Пробеков записал видео.'];

describe('PageMatchers', () => {
  it.each([
    ['officials only by default', {}, ['official:official']],
    ['everyone when asked', { highlightAll: true }, ['official:official', 'blogger:other']],
    ['never a person hidden on this page', { highlightAll: true, hidden: ['official'] }, ['blogger:other']],
  ])('%s', async (_name, opts, expected) => {
    expect(ids(await matchers(opts).match('page-token-1', 'https://x.example/', 0, TEXT))).toEqual(expected);
  });

  it('hits carry the display name and offsets into their block', async () => {
    const [[hit]] = await matchers().match('page-token-1', 'https://x.example/', 0, [TEXT[0]!]);
    expect(hit).toMatchObject({ name: 'Бакыт Тестбаев', personId: 'official' });
    expect(TEXT[0]!.slice(hit!.start, hit!.end)).toBe('Бакыт Тестбаев');
  });

  it('resolve returns only blocks whose hits changed, at the page-side positions', async () => {
    const m = matchers();
    await m.match('page-token-2', 'https://x.example/', 5, TEXT);
    expect(m.resolve('page-token-2')).toEqual([]);
    expect(m.resolve('unknown-token')).toEqual([]);
  });

  it('hiding a person on a URL affects later blocks of pages with that URL only', async () => {
    const m = matchers();
    await m.match('page-token-3', 'https://x.example/a', 0, [TEXT[0]!]);
    await m.match('page-token-4', 'https://x.example/b', 0, [TEXT[0]!]);
    m.hide('https://x.example/a', 'official');
    expect(ids(await m.match('page-token-3', 'https://x.example/a', 1, [TEXT[0]!]))).toEqual([]);
    expect(ids(await m.match('page-token-4', 'https://x.example/b', 1, [TEXT[0]!]))).toEqual(['official:official']);
  });
});

describe('PageMatchers: late evidence', () => {
  it('a bare surname before the full name is settled by resolve, reported at its page-side position', async () => {
    const m = matchers();
    const first = await m.match('page-token-5', 'https://x.example/', 7, ['Тестбаев ответил журналистам.']);
    await m.match('page-token-5', 'https://x.example/', 8, ['Аким Бакыт Тестбаев провёл встречу.']);
    const changed = m.resolve('page-token-5');
    // Either the matcher settled it at once (nothing changes later) or resolve reports block 7 now.
    const settled = first[0]!.length ? first[0]! : (changed.find(([i]) => i === 7)?.[1] ?? []);
    expect(settled.map((h) => h.personId)).toEqual(['official']);
    expect(changed.every(([i]) => i === 7 || i === 8)).toBe(true);
  });
});

describe('PageMatchers: requests in flight together', () => {
  // two officials share a surname: a bare "Тестбаев" is ambiguous until a full name says which one
  const twins = buildMatchIndex([
    { id: 'bakyt', name: 'Бакыт Тестбаев', official: true, gender: 'm', variants: [] },
    { id: 'nurlan', name: 'Нурлан Тестбаев', official: true, gender: 'm', variants: [] },
  ]);
  const who = (hits: { personId: string | null; kind: string }[]) => hits.map((h) => h.personId ?? h.kind);

  it('blocks sent before the page state exists share one stream, in the order sent', async () => {
    let contexts = 0;
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const m = new PageMatchers(async () => {
      contexts++;
      await gate; // the index is still being read when the next requests arrive
      return { index: twins, settings: DEFAULT_SETTINGS, hidden: [] };
    });
    const a = m.match('page-token-9', 'https://x.example/', 0, ['Тестбаев ответил журналистам.']);
    const b = m.match('page-token-9', 'https://x.example/', 1, ['Аким Бакыт Тестбаев провёл встречу.']);
    const c = m.match('page-token-9', 'https://x.example/', 2, ['Тестбаев уехал.']);
    open();
    const [[ha], [hb], [hc]] = await Promise.all([a, b, c]);
    expect(contexts).toBe(1);
    expect(who(ha!)).toEqual(['ambiguous']); // before the evidence
    expect(who(hb!)).toEqual(['bakyt']);
    expect(who(hc!)).toEqual(['bakyt']); // after it, in the same stream
    // the first block is settled by resolve, reported at its page-side position
    expect(m.resolve('page-token-9').map(([pos, hits]) => [pos, who(hits)])).toEqual([[0, ['bakyt']]]);
  });
});
