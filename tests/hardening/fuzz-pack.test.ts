// Fuzzed packs and article files (fast-check): every malformed input is refused with an error naming the
// problem (the field's path, the duplicate id, the unknown reference, the bad offsets), nothing reaches
// the database (every table compared record by record), and no input pollutes Object.prototype.
import fc from 'fast-check';
import { DOMParser } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Pack, PackError, parsePack } from '@/lib/extract/pack';
import { ImportError, mergePack, parseImport } from '@/lib/research/import';
import { flattenPeople, flattenRecords, importShippedPack, type TamgaDb } from '@/lib/storage';
import { loadResearchCorpus, saveUserRecords } from '@/lib/storage/research';
import { dump, freshDb, validPack } from './helpers';

type Json = Record<string, unknown>;
type Coll = 'articles' | 'persons' | 'mentions' | 'roles' | 'statements';
type FieldType = 'id' | 'string' | 'nstring' | 'date' | 'bool' | 'offset' | 'kind' | 'gender' | 'strarray' | 'name';

const FIELDS: Record<Coll, Record<string, FieldType>> = {
  articles: { id: 'id', title: 'nstring', date: 'date', source: 'nstring', url: 'nstring', text: 'string' },
  persons: { id: 'id', name: 'name', official: 'bool', gender: 'gender', variants: 'strarray' },
  mentions: { personId: 'id', articleId: 'id', start: 'offset', end: 'offset' },
  roles: { personId: 'id', articleId: 'id', title: 'name', former: 'bool', start: 'offset', end: 'offset' },
  statements: { id: 'id', personId: 'id', articleId: 'id', kind: 'kind', text: 'string', start: 'offset', end: 'offset' },
};
const COLLS = Object.keys(FIELDS) as Coll[];

/** Whether a value is acceptable for a field type by shape alone. */
function fits(t: FieldType, v: unknown): boolean {
  switch (t) {
    case 'id':
      return typeof v === 'string' && v.length >= 1 && v.length <= 200;
    case 'string':
      return typeof v === 'string';
    case 'name':
      return typeof v === 'string' && v.length >= 1;
    case 'nstring':
      return v === null || typeof v === 'string';
    case 'date':
      return v === null || (typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v));
    case 'bool':
      return typeof v === 'boolean';
    case 'offset':
      return typeof v === 'number' && Number.isInteger(v) && v >= 0;
    case 'kind':
      return v === 'quote' || v === 'reported';
    case 'gender':
      return v === null || v === 'm' || v === 'f';
    case 'strarray':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
  }
}

const WRONG: unknown[] = [42, -1, 1.5, true, null, {}, [], '', 'x'.repeat(201), '2024-13', 'QUOTE', [1], { id: 'a' }];

interface Mutation {
  label: string;
  apply(p: Json): void;
  /** What the error message must name. */
  expect: RegExp;
}

const base = validPack();
const copy = (): Json => structuredClone(base) as unknown as Json;
const items = (p: Json, c: Coll) => p[c] as Json[];
const at = (c: Coll, i: number) => i % (base[c] as unknown[]).length;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const collAndField = fc
  .constantFrom(...COLLS)
  .chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...Object.keys(FIELDS[c]!)), fc.nat()));

const mutation: fc.Arbitrary<Mutation> = fc.oneof<fc.Arbitrary<Mutation>[]>(
  collAndField.map(([c, k, n]) => {
    const i = at(c, n);
    return {
      label: `missing ${c}.${i}.${k}`,
      apply: (p: Json) => void delete items(p, c)[i]![k],
      expect: new RegExp(`${c}\\.${i}\\.${k}[.:]`),
    };
  }),
  fc
    .tuple(collAndField, fc.constantFrom(...WRONG))
    .filter(([[c, k], v]) => !fits(FIELDS[c]![k]!, v))
    .map(([[c, k, n], v]) => {
      const i = at(c, n);
      return {
        label: `${c}.${i}.${k} = ${JSON.stringify(v)}`,
        apply: (p: Json) => {
          items(p, c)[i]![k] = v;
        },
        expect: new RegExp(`${c}\\.${i}\\.${k}[.:]`),
      };
    }),
  fc
    .tuple(fc.constantFrom<Coll>('mentions', 'roles', 'statements'), fc.nat(), fc.integer({ min: 1, max: 1e6 }), fc.boolean())
    .map(([c, n, d, past]) => {
      const i = at(c, n);
      return {
        label: `${c}[${i}] ${past ? 'end past the text' : 'start after end'}`,
        apply: (p: Json) => {
          const x = items(p, c)[i]!;
          const art = (p.articles as Json[]).find((a) => a.id === x.articleId)!;
          if (past) x.end = (art.text as string).length + d;
          else x.start = (x.end as number) + d;
        },
        expect: new RegExp(`${c}\\[${i}\\]: offsets`),
      };
    }),
  fc
    .tuple(fc.constantFrom<Coll>('articles', 'persons', 'statements'), fc.nat(), fc.nat())
    .chain(([c, a, b]) => {
      const i = at(c, a);
      const j = at(c, b);
      return i === j
        ? fc.constant<Mutation | null>(null)
        : fc.constant<Mutation | null>({
            label: `${c}[${j}] duplicates ${c}[${i}]'s id`,
            apply: (p: Json) => {
              items(p, c)[j]!.id = items(p, c)[i]!.id;
            },
            expect: /duplicate id/,
          });
    })
    .filter((m): m is Mutation => m !== null),
  fc
    .tuple(
      fc.constantFrom<Coll>('mentions', 'roles', 'statements'),
      fc.nat(),
      fc.constantFrom('personId', 'articleId'),
      fc.string({ minLength: 1, maxLength: 20 }),
    )
    .map(([c, n, k, s]) => {
      const i = at(c, n);
      const id = `nobody-${s}`;
      return {
        label: `${c}[${i}].${k} unknown`,
        apply: (p: Json) => {
          items(p, c)[i]![k] = id;
        },
        expect: new RegExp(`${c}\\[${i}\\]: unknown ${k} "${esc(id)}"`),
      };
    }),
  fc
    .constantFrom<[string, unknown, RegExp]>(
      ['format', 'tamga-pac', /^format:/],
      ['version', 2, /^version:/],
      ['version', '1', /^version:/],
      ['persons', {}, /^persons:/],
      ['statements', null, /^statements:/],
    )
    .map(([k, v, re]) => ({
      label: `${k} = ${JSON.stringify(v)}`,
      apply: (p: Json) => {
        p[k] = v;
      },
      expect: re,
    })),
);

describe('parsePack on mutations of a valid pack', () => {
  it('refuses each with a PackError naming the problem', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const p = copy();
        m.apply(p);
        let error: unknown = null;
        try {
          parsePack(p);
        } catch (e) {
          error = e;
        }
        expect(error, m.label).toBeInstanceOf(PackError);
        const e = error as PackError;
        expect(e.message, m.label).toMatch(/^invalid corpus pack: /);
        expect(e.issues.join('\n'), m.label).toMatch(m.expect);
        expect(e.message.length).toBeLessThan(2_000);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses any non-pack value with a PackError', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(() => parsePack(v)).toThrow(PackError);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps huge strings where the schema allows them and refuses ids over 200 characters', () => {
    const p = copy();
    const big = 'Жители района обсуждали тарифы. '.repeat(40_000);
    (p.articles as Json[])[0]!.title = big;
    (p.persons as Json[])[0]!.variants = [big];
    expect(parsePack(p).articles[0]!.title).toBe(big);
    const q = copy();
    (q.persons as Json[])[1]!.id = 'x'.repeat(201);
    expect(() => parsePack(q)).toThrow(/persons\.1\.id:/);
  });
});

describe('prototype pollution', () => {
  const keys = ['__proto__', 'constructor', 'prototype'];
  afterEach(() => {
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('"__proto__" / "constructor" keys anywhere in a pack file pollute nothing and are not kept', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom('root', ...COLLS), fc.nat(), (key, where, n) => {
        const p = copy();
        const target = where === 'root' ? p : items(p, where as Coll)[at(where as Coll, n)]!;
        const text = JSON.stringify(p).replace(
          JSON.stringify(target),
          `${JSON.stringify(target).slice(0, -1)},"${key}":{"polluted":true,"prototype":{"polluted":true}}}`,
        );
        const r = parseImport('pack.json', text);
        expect(r.kind).toBe('pack');
        const pack = (r as { pack: Pack }).pack;
        const out = where === 'root' ? pack : (pack[where as Coll] as unknown[])[at(where as Coll, n)];
        expect(Object.hasOwn(out as object, key)).toBe(false);
        expect((out as Json).polluted).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseImport on fuzzed files', () => {
  it('a pack file with any mutation is refused as badPack with the problem in its detail', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const p = copy();
        m.apply(p);
        try {
          parseImport('мой пакет.json', JSON.stringify(p));
          expect.unreachable(m.label);
        } catch (e) {
          expect(e, m.label).toBeInstanceOf(ImportError);
          expect((e as ImportError).code).toBe('badPack');
          expect((e as ImportError).message).toMatch(/^мой пакет\.json: badPack: /);
          expect((e as ImportError).detail.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('truncated or corrupted JSON is refused as badJson', () => {
    const text = JSON.stringify(base);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.length - 1 }), fc.constantFrom('', '}', '\u0000', ',,'), (cut, tail) => {
        const cutText = text.slice(0, cut) + tail;
        fc.pre(cutText !== text);
        // A cut that still parses ("{}") is JSON but no pack.
        try {
          parseImport('p.json', cutText);
          expect.unreachable();
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
          expect(['badJson', 'badPack']).toContain((e as ImportError).code);
          expect((e as ImportError).detail.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('any text file is an article or an "empty" ImportError, never another exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a.txt', 'b.md', 'c.markdown'),
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '   \n', '---\ntitle: x\n---\n', '---\n---\n')),
        (name, text) => {
          try {
            const r = parseImport(name, text);
            expect(r.kind).toBe('article');
            if (r.kind !== 'article') return;
            expect(r.input.text.trim().length).toBeGreaterThan(0);
            expect(r.input.id).toMatch(/^user-[0-9a-f]{16}$/);
            expect(r.input.date ?? null).toSatisfy((d: string | null) => d === null || /^\d{4}-\d{2}(-\d{2})?$/.test(d));
          } catch (e) {
            expect(e).toBeInstanceOf(ImportError);
            expect((e as ImportError).code).toBe('empty');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any HTML is an article or a named ImportError', () => {
    const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const tag = fc.constantFrom(
      '<p>',
      '</p>',
      '<script>',
      '</script>',
      '<article>',
      '<title>',
      '<nav>',
      '<!--',
      '-->',
      '<br>',
      '&amp;',
      '&#0;',
    );
    const soup = fc
      .array(fc.oneof(tag, fc.string({ maxLength: 30 }), fc.constant('Аким района Марат Досымов открыл школу.')), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(soup, (html) => {
        try {
          // linkedom, unlike a browser's DOMParser, builds no <html>/<body> around a bare fragment.
          const r = parseImport('page.html', `<!doctype html><html><head></head><body>${html}</body></html>`, { parseHtml });
          expect(r.kind).toBe('article');
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
          expect(['empty', 'noArticle']).toContain((e as ImportError).code);
        }
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['a.pdf', 'unsupported'],
    ['pack', 'unsupported'],
    ['a.json', 'empty'],
  ])('%s → %s', (name, code) => {
    expect(() => parseImport(name, name === 'a.json' ? ' ' : 'Текст')).toThrow(expect.objectContaining({ code }));
  });
});

describe('the database is unchanged by refused input', () => {
  let db: TamgaDb;
  beforeEach(async () => {
    db = await freshDb();
    await importShippedPack(db, base, 'shipped-1');
    const user = parseImport('mine.json', JSON.stringify(validPack('u')));
    await saveUserRecords(db, mergePack((await loadResearchCorpus(db)).corpus, (user as { pack: Pack }).pack));
    await db.hidden.put({ key: 'k', url: 'https://example.org/', personId: 'marat-dosymov', layer: 'user', at: 1 });
  });

  /** What the side panel does with a file, and what the background does with a shipped pack. */
  async function importUserFile(name: string, text: string) {
    const r = parseImport(name, text);
    if (r.kind === 'pack') await saveUserRecords(db, mergePack((await loadResearchCorpus(db)).corpus, r.pack));
  }
  const importShipped = async (value: unknown, hash: string) => importShippedPack(db, parsePack(value), hash);

  it('for every mutated pack, as a user file and as a shipped pack', async () => {
    const before = await dump(db);
    expect(before.records!.some((s) => s.includes('"user"'))).toBe(true);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const p = copy();
        m.apply(p);
        await expect(importUserFile('x.json', JSON.stringify(p)), m.label).rejects.toThrow(ImportError);
        await expect(importShipped(p, 'shipped-2'), m.label).rejects.toThrow(PackError);
        expect(await dump(db)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});

// Found by this suite: mergePack once kept incoming → merged person ids in a plain object, so a person whose id
// is "__proto__" (valid by the schema) was dropped and their records saved with `personId: {}`. Now a Map.
describe('ids that are Object.prototype keys', () => {
  it('a pack whose person id is "__proto__" is imported whole, with string person ids', async () => {
    const db = await freshDb();
    await importShippedPack(db, base, 'shipped-1');
    const text = JSON.stringify(validPack('x')).replaceAll('marat-dosymovx', '__proto__');
    const pack = (parseImport('p.json', text.replace('"Марат Досымов"', '"Болот Усенов"')) as { pack: Pack }).pack;
    await saveUserRecords(db, mergePack((await loadResearchCorpus(db)).corpus, pack));
    const user = flattenRecords(await db.records.toArray()).mentions.filter((m) => m.layer === 'user');
    expect(user.length).toBeGreaterThan(0);
    expect(user.every((m) => typeof m.personId === 'string')).toBe(true);
    expect(flattenPeople(await db.people.toArray()).some((p) => p.id === '__proto__')).toBe(true);
  });
});
