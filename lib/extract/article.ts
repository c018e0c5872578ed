// Article parsing: metadata (date, source, url, title) and which ranges of the verbatim text are article
// body. Works line by line; each line is classified once (linear in the text length):
//   marker     " date 2021-10 " at the very start (the collected text's own date stamp)
//   furniture  image markdown, tickers ("USD 89.47"), clocks, counters and "most read" lists, site chrome
//              ("Подписаться", "Лента новостей", "DMCA"): outside the body, no persons, no statements
//   credit     bylines and photo credits/captions ("Tекст: Алия Сейтова", "Фото Айгерим Бековой",
//              "© Sputnik / …"): outside the body, but the people named there are persons
//   body       everything else; the title is the first short line without a final period.
import type { ArticleInput, ParsedArticle, Span } from './types';

const MONTHS: Record<string, number> = {
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  мая: 5,
  май: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MARKER = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s/;
// Line patterns are tested on the trimmed line (no leading or trailing \s* runs to backtrack over).
const IMAGE_LINE = /^!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)$/;
const URL_RE = /https?:\/\/[^\s)\]»"']{1,2000}/g;
const TICKER = /^(?:USD|EUR|RUB|KZT|KGS|UZS|CNY|GBP|\$|€) *[\d.,]+$/i;
// "18:31", "14:21, 28 марта 2024 Чт", "02.03.2022 14:00": a page's clock or date stamp
const CLOCK =
  /^(?:\d{1,2}:\d{2}(?:,? ?\d{1,2} \p{L}{3,9}\.?(?: \d{4})?(?:,? \p{L}{2,11})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,? \d{1,2}:\d{2})?|\d{1,2} \p{L}{3,9} \d{4}(?:,? \d{1,2}:\d{2})?)$/u;
const COUNTER = /^[-–—•*]? *\d{0,7}$/;
const EMOJI_ITEM = /^\d{1,3} ?\p{Extended_Pictographic}/u;
const CHROME =
  /^(?:DMCA|Подписаться|Лента новостей|Популярные новости|Читайте также|Читать также|Реклама(?: на [\p{L}.]{1,30})?|Опубликовано:?|Бизнес|Главное|Новости партнеров|Комментарии|Поделиться)$/iu;
/** Site chrome that opens a short line: tags, "read also" links, subscription and error-report prompts. */
const CHROME_PREFIX =
  /^(?:Теги|Метки|Рубрики?|Читайте также|Читать также|Читайте нас|Смотрите также|Материалы по теме|Новости по теме|Подписывайтесь|Подпишитесь|Нашли ошибку|Источник:|Поделиться|Самое читаемое|Все новости|Комментарии \(\d+\))/iu;
const CREDIT = /^(?:©|(?:Фото|Фотография|Видео|Текст|Tекст|Автор|Источник фото|На снимке|На фото)(?=[\s:.,]|$))/iu;
const PHOTO_CAPTION = /(?:Архивное фото|Фото:|Фото из|\d{4}, \d{2}\.\d{2}\.\d{4})/;

interface Line extends Span {
  text: string;
}

/** Lines of text[from, to). */
function linesOf(text: string, from: number, to = text.length, out: Line[] = []): Line[] {
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === '\n') {
      out.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

const HTML_HINT = /<(?:!doctype html|html|body|p|div|article|h[1-6])[\s>]/i;
// bounded so that a stray "<" without ">" costs a bounded look-ahead, not a scan to the end
const TAG = /<![^>]{0,2000}>|<(\/?)([a-zA-Z][\w-]{0,30})[^>]{0,2000}>/g;
/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'head', 'nav', 'footer', 'aside', 'noscript', 'template', 'svg', 'form', 'button', 'select']);

/** Text lines of an HTML page: the text between tags, split at line breaks; script, style, navigation skipped. */
function htmlLines(text: string): Line[] {
  const out: Line[] = [];
  let skip = 0;
  let last = 0;
  const emit = (a: number, b: number) => {
    if (skip || b <= a) return;
    linesOf(text, a, b, out);
  };
  for (const m of text.matchAll(TAG)) {
    emit(last, m.index);
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (name && SKIP.has(name) && !m[0].endsWith('/>')) skip = Math.max(0, skip + (m[1] ? -1 : 1));
  }
  emit(last, text.length);
  return out;
}

/** Metadata an HTML page declares: <title>, published time, canonical URL, site name. */
function htmlMeta(text: string): { title: string | null; date: string | null; url: string | null; source: string | null } {
  const head = text.slice(0, 200_000);
  const meta = (re: RegExp) => re.exec(head)?.[1]?.trim() || null;
  const published =
    meta(/<meta[^>]{0,200}?(?:article:published_time|datePublished|pubdate)[^>]{0,200}?content="([^"]{4,40})"/i) ??
    meta(/<time[^>]{0,200}?datetime="([^"]{4,40})"/i);
  const d = published ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published) : null;
  return {
    title: meta(/<title[^>]{0,100}>([^<]{1,300})<\/title>/i),
    date: d ? (d[3] ? `${d[1]}-${d[2]}-${d[3]}` : `${d[1]}-${d[2]}`) : null,
    url:
      meta(/<link[^>]{0,200}?rel="canonical"[^>]{0,200}?href="([^"]{1,2000})"/i) ??
      meta(/<meta[^>]{0,200}?og:url"[^>]{0,200}?content="([^"]{1,2000})"/i),
    source: meta(/<meta[^>]{0,200}?og:site_name"[^>]{0,200}?content="([^"]{1,200})"/i),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const validDate = (y: number, m: number, d?: number): boolean =>
  y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31));

/** Date from a URL path: "/2022/02/11/" → 2022-02-11, "/2020/February/07/" → 2020-02 (image paths: month only). */
export function dateFromUrl(url: string, monthOnly = false): string | null {
  const m =
    /\/((?:19|20)\d{2})\/([A-Za-z]{3,9}|\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(url) ??
    /\/((?:19|20)\d{2})\/([A-Za-z]{3,9}|\d{1,2})(?:\/|$)/.exec(url);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = /\d/.test(m[2]!) ? Number(m[2]) : (MONTHS[m[2]!.slice(0, 3).toLowerCase()] ?? 0);
  const d = m[3] ? Number(m[3]) : undefined;
  if (!validDate(y, mo, d)) return null;
  return d && !monthOnly ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}`;
}

/** Date written in the text: "28 марта 2024", "02.03.2022". */
function dateInText(s: string): string | null {
  const a =
    /(?<!\d)(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+((?:19|20)\d{2})(?!\d)/i.exec(
      s,
    );
  if (a) {
    const mo = MONTHS[a[2]!.slice(0, 3).toLowerCase()]!;
    if (validDate(Number(a[3]), mo, Number(a[1]))) return `${a[3]}-${pad(mo)}-${pad(Number(a[1]))}`;
  }
  const b = /(?<![\d.])(\d{2})\.(\d{2})\.((?:19|20)\d{2})(?![\d.])/.exec(s);
  if (b && validDate(Number(b[3]), Number(b[2]), Number(b[1]))) return `${b[3]}-${b[2]}-${b[1]}`;
  return null;
}

const SOURCE_PATTERNS: RegExp[] = [
  // "передает КНИА «Вести»", "передаёт корреспондент портала "Наш ГОРОД"", "передает NEWS.KZ"
  /(?:переда[её]т)\s+(?:корреспондент\p{L}{0,3}\s+)?(?:(?:портала|агентства|издания|сайта|телеканала|радио|газеты)\s+)?((?:[\p{Lu}][\p{L}.-]{0,20}\s+)?«[^»\n]{1,60}»|"[^"\n]{1,60}"|[\p{Lu}][\p{L}\d.-]{1,30}(?:\.[a-z]{2,3})?)/u,
  // "сообщает ТАСС", "пишет «Новости.Ру»": these verbs name people too, so only acronyms, domains, quoted names
  /(?:сообщает|пишет|сообщило|информирует)\s+(«[^»\n]{1,60}»|"[^"\n]{1,60}"|\p{Lu}{2,}(?:[.-]\p{L}{2,})?(?!\p{Ll})|[\p{L}\d-]{2,30}\.(?:ru|kz|kg|uz|tj|com|org|net|ру))/u,
  // "АСТАНА, 3 июня. /ТАСС/."
  /\/([\p{Lu}][\p{L}-]{1,20})\/\./u,
  // "ОШ, 5 апр — Sputnik."
  /^[\p{Lu}-]{2,30},\s+\d{1,2}\s+\p{L}{3,8}\.?\s+[—–-]\s+([\p{L}-]{2,30})\./mu,
];

function sourceOf(body: string, url: string | null): string | null {
  for (const re of SOURCE_PATTERNS) {
    const m = re.exec(body);
    if (m)
      return m[1]!
        .trim()
        .replace(/\.$/, '')
        .replace(/^[«"](.*)[»"]$/, '$1');
  }
  if (url) {
    const host = /^https?:\/\/([^/:?#]+)/.exec(url)?.[1];
    if (host) return host.replace(/^www\./, '');
  }
  return null;
}

type Kind = 'body' | 'furniture' | 'credit';

function classify(line: Line): Kind {
  const t = line.text.trim();
  if (!t) return 'furniture';
  if (IMAGE_LINE.test(t) || TICKER.test(t) || CLOCK.test(t) || COUNTER.test(t) || EMOJI_ITEM.test(t) || CHROME.test(t)) return 'furniture';
  if (t.length < 200 && CHROME_PREFIX.test(t)) return 'furniture';
  if (CREDIT.test(t)) return 'credit';
  if (t.length < 400 && PHOTO_CAPTION.test(t)) return 'credit';
  // a lone name line ("Ольга Шмидт"): a byline
  if (/^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}$/u.test(t)) return 'credit';
  return 'body';
}

export function parseArticle(input: ArticleInput): ParsedArticle {
  const text = input.text;
  let from = 0;
  let date: string | null = null;
  const marker = MARKER.exec(text.slice(0, 40));
  if (marker) {
    date = marker[1]!;
    from = marker[0].length;
  }
  const html = HTML_HINT.test(text.slice(0, 5000)) ? htmlMeta(text) : null;
  const lines = html ? htmlLines(text) : linesOf(text, from);
  const body: Span[] = [];
  const credits: Span[] = [];
  let title: string | null = null;
  let titleSpan: Span | null = null;
  // a "most read" block: once a numbered emoji item appears after the article, the rest is furniture
  let tail = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (EMOJI_ITEM.test(lines[i]!.text.trim())) {
      tail = i;
      while (tail > 0 && COUNTER.test(lines[tail - 1]!.text.trim())) tail--;
      break;
    }
  }
  let imageUrl: string | null = null;
  let textUrl: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = i >= tail ? 'furniture' : classify(line);
    if (IMAGE_LINE.test(line.text.trim())) imageUrl ??= /\(([^)\n]*)\)/.exec(line.text)?.[1] ?? null;
    if (kind === 'furniture') continue;
    // trim surrounding whitespace so spans hold text only
    let s = line.start;
    let e = line.end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s >= e) continue;
    (kind === 'credit' ? credits : body).push({ start: s, end: e });
    const lineText = text.slice(s, e);
    // a title opens with a capital, is Russian, and has no final period
    if (
      kind === 'body' &&
      title === null &&
      e - s <= 200 &&
      !/[.!?…:]$/.test(lineText) &&
      /^[\p{Lu}\d«"„“]/u.test(lineText) &&
      /[А-Яа-яЁё]/.test(lineText)
    ) {
      title = text.slice(s, e);
      titleSpan = { start: s, end: e };
    }
    if (kind === 'body' && title === null) title = '';
  }
  if (title === '') title = null;
  for (const m of text.matchAll(URL_RE)) {
    if (!/\.(?:jpe?g|png|gif|webp|svg)(?:\?|$)/i.test(m[0])) {
      textUrl = m[0];
      break;
    }
  }
  const url = input.url ?? html?.url ?? textUrl;
  date ??= html?.date ?? null;
  if (html?.title) title = html.title;
  if (!date) date = (url && dateFromUrl(url)) || dateInText(text.slice(0, 3000)) || (imageUrl ? dateFromUrl(imageUrl, true) : null);
  const bodyText = body.map((b) => text.slice(b.start, b.end)).join('\n');
  return {
    id: input.id,
    text,
    title: input.title ?? title,
    date: input.date ?? date,
    source: input.source ?? html?.source ?? sourceOf(bodyText, url),
    url,
    body,
    titleSpan,
    credits,
  };
}
