// Export a person's entry, a search result or the whole corpus as a corpus pack (JSON), CSV or Markdown.
// CSV follows RFC 4180 (CRLF, fields with , " CR LF quoted, quotes doubled) and defuses spreadsheet
// formulas: a cell starting with = + - @ (or TAB/CR) gets a leading ' (OWASP "CSV injection").
import { emptyPack, type Pack } from '../extract/pack';
import { ruDate } from './cite';
import { type Corpus, compareDates } from './corpus';
import { buildEntry, roleAt } from './entry';
import { type Lang, t } from './i18n';
import { toLatin } from './latin';
import type { SearchResult } from './search';

export type ExportFormat = 'json' | 'csv' | 'markdown';
export const EXPORT_FORMATS: ExportFormat[] = ['json', 'csv', 'markdown'];

/** What to export: some people (all their records, or only some statements of theirs), or everything. */
export interface Selection {
  /** null: the whole corpus */
  personIds: string[] | null;
  /** Restrict statements to these ids (a search result); persons keep their roles and mentions. */
  statementIds?: string[] | null;
}

export const selectPerson = (personId: string): Selection => ({ personIds: [personId] });
export const selectAll = (): Selection => ({ personIds: null });
/** A search result: its people; for groups found by statement text, only the matching statements. */
export function selectSearch(r: SearchResult): Selection {
  const statementIds: string[] = [];
  let restricted = false;
  for (const g of r.groups) {
    if (g.matchedBy.includes('statement')) {
      restricted = true;
      for (const s of g.statements) statementIds.push(s.statement.id);
    }
  }
  if (!restricted) return { personIds: r.groups.map((g) => g.personId) };
  return { personIds: r.groups.map((g) => g.personId), statementIds };
}

/** The sub-pack of a selection: a valid pack (parsePack accepts it) with only the records it needs. */
export function subsetPack(c: Corpus, sel: Selection): Pack {
  const pack = emptyPack();
  if (!sel.personIds) {
    return {
      ...pack,
      articles: [...c.articles],
      persons: [...c.persons],
      mentions: [...c.mentions],
      roles: [...c.roles],
      statements: [...c.statements],
    };
  }
  const people = new Set(sel.personIds);
  const stIds = sel.statementIds ? new Set(sel.statementIds) : null;
  pack.persons = c.persons.filter((p) => people.has(p.id));
  pack.mentions = c.mentions.filter((m) => people.has(m.personId));
  pack.roles = c.roles.filter((r) => people.has(r.personId));
  pack.statements = c.statements.filter((s) => people.has(s.personId) && (!stIds || stIds.has(s.id)));
  const arts = new Set<string>();
  for (const t of [pack.mentions, pack.roles, pack.statements]) for (const x of t) arts.add(x.articleId);
  pack.articles = c.articles.filter((a) => arts.has(a.id));
  return pack;
}

/** JSON corpus pack. Extra fields of stored records (layer, …) are left out so parsePack accepts it. */
export function toJson(c: Corpus, sel: Selection, createdAt = new Date().toISOString()): string {
  const p = subsetPack(c, sel);
  const clean = <T extends object>(rows: T[], keys: string[]) => rows.map((r) => pickKeys(r, keys));
  const out: Pack = {
    format: p.format,
    version: p.version,
    createdAt,
    articles: clean(p.articles, ['id', 'title', 'date', 'source', 'url', 'text']),
    persons: clean(p.persons, ['id', 'name', 'official', 'gender', 'variants', 'first', 'last', 'patronymic']),
    mentions: clean(p.mentions, ['personId', 'articleId', 'start', 'end']),
    roles: clean(p.roles, ['personId', 'articleId', 'title', 'former', 'official', 'start', 'end']),
    statements: clean(p.statements, ['id', 'personId', 'articleId', 'kind', 'text', 'start', 'end']),
  };
  return JSON.stringify(out, null, 1);
}

function pickKeys<T extends object>(r: T, keys: string[]): T {
  const o: Record<string, unknown> = {};
  for (const k of keys) if (k in r) o[k] = (r as Record<string, unknown>)[k];
  return o as T;
}

export const CSV_COLUMNS = [
  'person',
  'person_latin',
  'official',
  'role_at_time',
  'kind',
  'statement',
  'date',
  'outlet',
  'title',
  'url',
  'article_id',
  'start',
  'end',
] as const;

/** One CSV cell: formula-safe, quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with one row per statement (newest first), RFC 4180. */
export function toCsv(c: Corpus, sel: Selection): string {
  const p = subsetPack(c, sel);
  const articleById = new Map(c.articles.map((a) => [a.id, a]));
  const personById = new Map(c.persons.map((x) => [x.id, x]));
  const rows = [CSV_COLUMNS.join(',')];
  const sts = [...p.statements].sort(
    (a, b) =>
      compareDates(articleById.get(b.articleId)?.date, articleById.get(a.articleId)?.date) ||
      a.articleId.localeCompare(b.articleId) ||
      a.start - b.start,
  );
  for (const s of sts) {
    const person = personById.get(s.personId);
    const a = articleById.get(s.articleId);
    const row = [
      person?.name ?? '',
      person ? toLatin(person.name) : '',
      person?.official ?? false,
      roleAt(c, s.personId, s.articleId, articleById)?.title ?? '',
      s.kind,
      s.text,
      a?.date ?? '',
      a?.source ?? '',
      a?.title ?? '',
      a?.url ?? '',
      s.articleId,
      s.start,
      s.end,
    ];
    rows.push(row.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

const mdText = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`).replace(/\s*\n\s*/g, ' ');

/** Markdown: one section per person, roles then statements by article. */
export function toMarkdown(c: Corpus, sel: Selection, lang: Lang = 'ru'): string {
  const p = subsetPack(c, sel);
  const sub: Corpus = { ...c, statements: p.statements };
  const out: string[] = [];
  if (!sel.personIds) out.push(`# ${t(lang, 'md.corpus')}`, '');
  const persons = [...p.persons].sort((a, b) => a.name.localeCompare(b.name));
  for (const person of persons) {
    const e = buildEntry(sub, person.id);
    if (!e) continue;
    out.push(`## ${mdText(person.name)} (${mdText(e.latin)})`, '', e.official ? t(lang, 'md.official') : t(lang, 'md.notOfficial'), '');
    if (e.roles.length) {
      out.push(`### ${t(lang, 'md.roles')}`, '');
      for (const r of e.roles)
        out.push(`- ${r.date ? ruDate(r.date) : '—'}: ${mdText(r.title)}${r.former ? ` (${t(lang, 'entry.former')})` : ''}`);
      out.push('');
    }
    if (e.statementsByArticle.length) {
      out.push(`### ${t(lang, 'md.statements')}`, '');
      for (const g of e.statementsByArticle) {
        const a = g.article;
        const label = mdText(a.title ?? a.source ?? a.id);
        const head = [
          a.url ? `[${label}](<${a.url}>)` : label,
          a.source && a.title ? mdText(a.source) : null,
          a.date ? ruDate(a.date) : null,
        ]
          .filter(Boolean)
          .join(', ');
        out.push(`#### ${head}`, '');
        for (const s of g.statements) {
          out.push(
            s.statement.kind === 'quote' ? `> «${mdText(s.statement.text)}»` : `- (${t(lang, 'md.reported')}) ${mdText(s.statement.text)}`,
            '',
          );
        }
      }
    }
    if (e.coMentioned.length) {
      out.push(`### ${t(lang, 'md.coMentioned')}`, '', e.coMentioned.map((m) => `${mdText(m.name)} (${m.articles})`).join(', '), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** The file for a selection in a format; `base` names it ("tamga-osmonov"). */
export function exportFile(c: Corpus, sel: Selection, format: ExportFormat, base: string, lang: Lang = 'ru'): ExportFile {
  const safe = base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'tamga';
  if (format === 'json') return { filename: `${safe}.json`, mime: 'application/json', text: toJson(c, sel) };
  if (format === 'csv') return { filename: `${safe}.csv`, mime: 'text/csv;charset=utf-8', text: `\uFEFF${toCsv(c, sel)}` };
  return { filename: `${safe}.md`, mime: 'text/markdown;charset=utf-8', text: toMarkdown(c, sel, lang) };
}
