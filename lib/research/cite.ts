// Copy a statement with its citation. One table of styles; each formats the same CitationData.
// The Russian reference follows the shape of ГОСТ Р 7.0.100-2018 for online material:
//   «Цитата» (Имя Фамилия, должность) // Заголовок // Издание. — 13.10.2021. — URL: … (дата обращения: …).
import { type Article, displayName, type Person, type Statement } from '../extract/pack';
import type { Corpus } from './corpus';
import { roleAt } from './entry';

export type CitationStyle = 'plain' | 'markdown' | 'gost' | 'english';
export const CITATION_STYLES: CitationStyle[] = ['plain', 'markdown', 'gost', 'english'];

export interface CitationData {
  text: string;
  kind: 'quote' | 'reported';
  speaker: string;
  /** Latin spelling of the speaker, for the English style. */
  speakerLatin?: string | null;
  role: string | null;
  /** "YYYY-MM-DD" or "YYYY-MM" */
  date: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
}

const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-10-13" → "13.10.2021", "2021-10" → "10.2021". */
export function ruDate(d: string): string {
  const [y, m, day] = d.split('-');
  return day ? `${day}.${m}.${y}` : `${m}.${y}`;
}

/** "2021-10-13" → "13 October 2021", "2021-10" → "October 2021". */
export function enDate(d: string): string {
  const [y, m, day] = d.split('-');
  const month = EN_MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** "2021-10-13" → "13 октября 2021 г." */
export function ruLongDate(d: string): string {
  const [y, m, day] = d.split('-');
  const month = RU_MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y} г.` : `${m}.${y}`;
}

/** Escape Markdown's inline syntax in data text. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

const join = (parts: (string | null | undefined | false)[], sep: string) => parts.filter(Boolean).join(sep);

function quoted(d: CitationData, open: string, close: string): string {
  return d.kind === 'quote' ? `${open}${d.text}${close}` : d.text;
}

type Formatter = (d: CitationData, accessed: string | null) => string;

const STYLES: Record<CitationStyle, Formatter> = {
  plain: (d) => {
    const who = join([d.speaker, d.role], ', ');
    const src = join([d.outlet ?? (d.title && `«${d.title}»`), d.date && ruDate(d.date), d.url], ', ');
    const label = d.kind === 'reported' ? ' (в пересказе)' : '';
    return `${quoted(d, '«', '»')} — ${who}${label}${src ? ` (${src})` : ''}`;
  },
  markdown: (d) => {
    const who = join([`**${mdEscape(d.speaker)}**`, d.role && mdEscape(d.role)], ', ');
    const outlet = d.outlet ?? d.title ?? d.url;
    const src = outlet ? (d.url ? `[${mdEscape(outlet)}](<${d.url}>)` : mdEscape(outlet)) : null;
    const label = d.kind === 'reported' ? ' (в пересказе)' : '';
    const tail = join([who + label, src, d.date && ruDate(d.date)], ', ');
    return `> ${quoted({ ...d, text: mdEscape(d.text) }, '«', '»')}\n>\n> — ${tail}`;
  },
  gost: (d, accessed) => {
    const who = join([d.speaker, d.role], ', ');
    let out = `${quoted(d, '«', '»')}${d.kind === 'reported' ? ' [пересказ]' : ''} (${who})`;
    if (d.title) out += ` // ${d.title}`;
    if (d.outlet) out += ` // ${d.outlet}`;
    const dot = () => (/[.!?…]$/.test(out) ? ' — ' : '. — ');
    if (d.date) out += dot() + ruDate(d.date);
    if (d.url) out += `${dot()}URL: ${d.url}${accessed ? ` (дата обращения: ${ruDate(accessed)})` : ''}`;
    return /[.!?…]$/.test(out) ? out : `${out}.`;
  },
  english: (d, accessed) => {
    const who = join([d.speakerLatin ? `${d.speakerLatin} (${d.speaker})` : d.speaker, d.role], ', ');
    const text = d.kind === 'quote' ? `“${d.text}”` : `[paraphrase, in Russian] ${d.text}`;
    const src = join([d.title && `“${d.title}”`, d.outlet, d.date && enDate(d.date)], ', ');
    const url = d.url ? ` Available at: ${d.url}${accessed ? ` (accessed ${enDate(accessed)})` : ''}.` : '';
    return `${text} — ${who}.${src ? ` ${src}.` : ''}${url}`;
  },
};

/** Format a citation; `accessed` (YYYY-MM-DD) adds the access date where the style has one. */
export function formatCitation(d: CitationData, style: CitationStyle, accessed: string | null = null): string {
  return STYLES[style](d, accessed);
}

/** Citation data of a statement: speaker, role at the time, article metadata. */
export function citationData(c: Corpus, statement: Statement, opts: { latin?: (name: string) => string } = {}): CitationData {
  const person: Person | undefined = c.persons.find((p) => p.id === statement.personId);
  const article: Article | undefined = c.articles.find((a) => a.id === statement.articleId);
  const speaker = person ? displayName(person) : '';
  return {
    text: statement.text,
    kind: statement.kind,
    speaker,
    speakerLatin: opts.latin && speaker ? opts.latin(speaker) : null,
    role: roleAt(c, statement.personId, statement.articleId)?.title ?? null,
    date: article?.date ?? null,
    outlet: article?.source ?? null,
    title: article?.title ?? null,
    url: article?.url ?? null,
  };
}
