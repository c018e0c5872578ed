// Property tests: the pipeline never throws on arbitrary input, every span it returns is exact
// (text.slice(start, end) === surface), and the pack it builds is valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../lib/extract/pack';
import { extractArticle, extractCorpus } from '../../lib/extract/pipeline';
import type { ArticleExtraction } from '../../lib/extract/types';

function checkOffsets(r: ArticleExtraction): void {
  const text = r.analysis.article.text;
  for (const p of r.analysis.persons) {
    expect(p.name.length).toBeGreaterThan(0);
    for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  }
  for (const s of r.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const role of r.roles) expect(role.start >= 0 && role.end <= text.length && role.start <= role.end).toBe(true);
  for (const b of r.analysis.article.body) expect(b.start >= 0 && b.end <= text.length && b.start <= b.end).toBe(true);
}

// Words that make the generator hit the name patterns: first names, surnames in cases, initials, roles, quotes.
const PIECES = [
  'Бакыт',
  'Осмонов',
  'Осмонова',
  'Осмоновым',
  'ОСМОНОВ',
  'С.',
  'Н.А.',
  'Ахмет-Жан',
  'Турсынову',
  'Токтогуловичем',
  'аким',
  'президент',
  'заявил',
  'сказала',
  ',',
  '.',
  '«',
  '»',
  '"',
  '—',
  '-',
  '\n',
  ' ',
  '![](x)',
  ' date 2021-10 ',
  '🎉',
  'Ұлы',
  'улы',
  'уулу',
];
const namey = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), namey);

describe('extraction robustness', () => {
  it('never throws and keeps every offset exact on arbitrary Unicode', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkOffsets(extractArticle({ id: 'x', text }));
      }),
      { numRuns: 300 },
    );
  });

  it('builds a valid pack from any set of articles', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 4 }), (texts) => {
        const pack = extractCorpus(texts.map((text, i) => ({ id: `a${i}`, text })));
        expect(() => parsePack(pack)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   \n\n  '],
    ['unbalanced quotes', '«Бакыт Осмонов сказал: «нет — '.repeat(200)],
    ['lone surrogates', '\uD800Бакыт \uDC00Осмонов\uD83D'],
    ['a 1 MB article', 'Президент Бакыт Осмонов заявил, что «всё хорошо». Осмонову ответили. '.repeat(15_000)],
    ['a 1 MB line without spaces', 'Ж'.repeat(1_000_000)],
    ['many initials', 'А. Б. В. Г. Д. '.repeat(20_000)],
    ['a line of 200 000 spaces before a letter', `${' '.repeat(200_000)}x\nБакыт Осмонов`],
    ['a dash and 200 000 spaces', `-${' '.repeat(200_000)}x`],
    ['200 000 capitalised words', 'Бакыт Осмонов Нурлан '.repeat(70_000)],
  ])('%s', (_, text) => {
    const r = extractArticle({ id: 'x', text });
    checkOffsets(r);
  });
});
