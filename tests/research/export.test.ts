import { describe, expect, it } from 'vitest';
import { parsePack } from '../../lib/extract/pack';
import {
  CSV_COLUMNS,
  csvCell,
  exportFile,
  selectAll,
  selectPerson,
  selectSearch,
  toCsv,
  toJson,
  toMarkdown,
} from '../../lib/research/export';
import { buildSearchIndex, search } from '../../lib/research/search';
import { corpusPack, makePack } from './fixture';

/** RFC 4180 reader, for reading exports back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const pack = corpusPack();

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['он сказал "да"', '"он сказал ""да"""'],
    ['две\nстроки', '"две\nстроки"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+7 700', "'+7 700"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['=a,"b"', `"'=a,""b"""`],
    [null, ''],
    [12, '12'],
  ])('%s → %s', (input, out) => expect(csvCell(input)).toBe(out));
});

describe('JSON export', () => {
  it.each([
    ['person', selectPerson('p-osmonov'), 1, 2],
    ['corpus', selectAll(), 4, 5],
  ])('%s: a valid pack with the right records', (_n, sel, persons, statements) => {
    const back = parsePack(JSON.parse(toJson(pack, sel)));
    expect(back.persons).toHaveLength(persons);
    expect(back.statements).toHaveLength(statements);
  });
  it('keeps only the articles the selection refers to', () => {
    const back = parsePack(JSON.parse(toJson(pack, selectPerson('p-rakhimov'))));
    expect(back.articles.map((a) => a.id)).toEqual(['a3']);
  });
  it('drops fields of stored records that are not in the pack format', () => {
    const stored = { ...pack, persons: pack.persons.map((p) => ({ ...p, layer: 'user' })) };
    const back = JSON.parse(toJson(stored, selectAll()));
    expect(back.persons[0].layer).toBeUndefined();
    expect(() => parsePack(back)).not.toThrow();
  });
  it('exports a statement-text search result with only the matching statements', () => {
    const r = search(buildSearchIndex(pack), 'тарифы');
    const back = parsePack(JSON.parse(toJson(pack, selectSearch(r))));
    expect(back.statements.map((s) => s.text).sort()).toEqual(['Реформа тарифов ударит по семьям', 'тарифы останутся прежними']);
  });
});

describe('CSV export', () => {
  const nasty = makePack({
    articles: [
      {
        id: 'n1',
        title: 'Итоги, часть "1"',
        date: '2024-01-02',
        source: 'Вести',
        url: null,
        text: 'Депутат Тимур Рахимов сказал: «=1+1, и точка\nвот так».',
      },
    ],
    persons: [{ id: 'p', name: 'Тимур Рахимов' }],
    roles: [['p', 'n1', 'депутат', 'Депутат']],
    statements: [['p', 'n1', 'quote', '=1+1, и точка\nвот так']],
  });
  it('parses back to the same cells, formulas defused', () => {
    const rows = parseCsv(toCsv(nasty, selectAll()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const r = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(r.statement).toBe("'=1+1, и точка\nвот так");
    expect(r.title).toBe('Итоги, часть "1"');
    expect(r.role_at_time).toBe('депутат');
    expect(r.person_latin).toBe('Timur Rakhimov');
    expect(r.kind).toBe('quote');
  });
  it('has one row per statement of the selection, newest first', () => {
    const rows = parseCsv(toCsv(pack, selectAll()));
    expect(rows).toHaveLength(6);
    const dates = rows.slice(1).map((r) => r[6]);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('Markdown export', () => {
  it('has the person, roles, quotes and reported speech', () => {
    const md = toMarkdown(pack, selectPerson('p-osmonov'), 'ru');
    expect(md).toContain('## Бакыт Осмонов (Bakyt Osmonov)');
    expect(md).toMatch(/^- 07\.2022: министр энергетики \(бывш\.\)$/m);
    expect(md).toMatch(/^> «Мы построим новую станцию до конца года»$/m);
    expect(md).toMatch(/^- \(пересказ\) отношения двух стран крепнут$/m);
    expect(md).toContain('[Станция в Нарыне](<https://news.example/a1>), Вести Юга, 05.03.2021');
  });
  it('labels in English when asked, one section per person for the corpus', () => {
    const md = toMarkdown(pack, selectAll(), 'en');
    expect(md.match(/^## /gm)).toHaveLength(4);
    expect(md).toContain('### Statements');
  });
});

describe('exportFile', () => {
  it.each([
    ['json', 'a-b.json'],
    ['csv', 'a-b.csv'],
    ['markdown', 'a-b.md'],
  ] as const)('%s → %s', (f, name) => {
    expect(exportFile(pack, selectAll(), f, 'a / b').filename).toBe(name);
  });
});
