import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../lib/extract/pack';
import { buildMatchIndex, matchDocument, matchText } from '../../lib/match';
import { firstNameForms, patronymicForms, surnameForms } from '../../lib/match/forms';
import { latinSkeleton } from '../../lib/match/translit';
import { foldForMatch } from '../../lib/text';

const PERSONS: Person[] = [
  { id: 'a', name: 'Садыр Жапаров', official: true, gender: 'm', variants: [], patronymic: 'Нуркожоевич' },
  { id: 'b', name: 'Касым-Жомарт Токаев', official: true, gender: 'm', variants: [] },
  { id: 'c', name: 'Айгуль Сатыбалдиева', official: true, gender: 'f', variants: [] },
  { id: 'd', name: 'Акылбек Жапаров', official: true, gender: 'm', variants: [] },
];
const INDEX = buildMatchIndex(PERSONS);

// Every word of a hit must be a form of a name part of the person, an initial, or a Latin spelling of one.
const WORDS = new Map<string, Set<string>>();
for (const p of PERSONS) {
  const [first, last] = p.name.split(' ') as [string, string];
  const g = p.gender as 'm' | 'f';
  const forms = [...firstNameForms(first, g), ...surnameForms(last, g), ...(p.patronymic ? patronymicForms(p.patronymic, g) : [])];
  WORDS.set(p.id, new Set(forms.flatMap((f) => f.split('-'))));
}
const LATIN = new Set(
  ['sadyr', 'japarov', 'zhaparov', 'kassym', 'jomart', 'tokayev', 'akylbek', 'aigul', 'satybaldieva'].map(latinSkeleton),
);

const fragments = fc.constantFrom(
  'Садыр Жапаров',
  'Садыром Жапаровым',
  'С.Н. Жапаров',
  'Жапаров С.',
  'президент Токаев',
  'Касым-Жомарту ТОКАЕВУ',
  'Айгуль Сатыбалдиевой',
  'Жапарова',
  'Акылбек',
  'Sadyr Japarov',
  "Tokayev's",
  'путина',
  'Жапа\u00ADров',
  'Tokayev',
  'улица Жапарова',
  'Акылбек Жапаров',
  'К.-Ж. Токаев',
  'Жапаров С.Н.',
  'Касым Жомарт Токаев',
  ' ',
  '. ',
  ', ',
  '\n',
  '«',
  '—',
  '-',
);
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fragments, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((xs) => xs.join('')),
);

describe('matcher properties', () => {
  it('never throws on arbitrary Unicode and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const hits = matchText(INDEX, text);
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(h.start).toBeLessThan(h.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a hit lies on a surface form of its person', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const h of matchText(INDEX, text)) {
          const words = foldForMatch(text.slice(h.start, h.end))
            .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
            .split(/[\s.\-']+/)
            .filter(Boolean);
          expect(words.length).toBeGreaterThan(0);
          for (const id of h.personId ? [h.personId] : h.candidates) {
            const forms = WORDS.get(id)!;
            for (const w of words) {
              const ok = forms.has(w) || w.length === 1 || LATIN.has(latinSkeleton(w)) || w === 's';
              if (!ok) throw new Error(`"${w}" in "${text.slice(h.start, h.end)}" is not a form of ${id}`);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hits do not overlap and come in text order', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const hits = matchText(INDEX, text);
        for (let i = 1; i < hits.length; i++) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
      }),
      { numRuns: 200 },
    );
  });

  it('splitting a page into blocks never moves a hit off its block', () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 5 }), (blocks) => {
        const per = matchDocument(INDEX, blocks);
        per.forEach((hits, i) => {
          for (const h of hits) expect(h.end).toBeLessThanOrEqual(blocks[i]!.length);
        });
      }),
      { numRuns: 100 },
    );
  });
});
