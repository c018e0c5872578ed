// Visible article text of an HTML page, for .html import and "add this page": @mozilla/readability picks the
// article (drops navigation, "most read" lists, ads), then the kept nodes are read as text with a line break
// between blocks, so paragraphs stay sentences apart. Works on any Document (a DOMParser document in the
// extension, linkedom in tests); Readability mutates its input, so callers pass a clone of a live page.
import { Readability } from '@mozilla/readability';

export interface HtmlArticle {
  title: string | null;
  text: string;
  date: string | null;
  source: string | null;
  url: string | null;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Text of a node tree with "\n" between block elements; runs of spaces collapsed, blank lines dropped. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = (n as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const meta = (doc: Document, sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;

function isoDate(s: string | null | undefined): string | null {
  const m = s?.match(/^(\d{4}-\d{2}(-\d{2})?)/);
  return m ? m[1]! : null;
}

/** The article of an HTML document, or null when Readability finds no article text. */
export function htmlArticle(doc: Document, pageUrl: string | null = null): HtmlArticle | null {
  const url = pageUrl ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'meta[property="og:url"]') ?? null;
  const publishedMeta =
    meta(doc, 'meta[property="article:published_time"]') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const parsed = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 100 }).parse();
  if (!parsed?.content) return null;
  const text = blockText(parsed.content);
  if (!text.trim()) return null;
  return {
    title: parsed.title?.trim() || null,
    text,
    date: isoDate(parsed.publishedTime) ?? isoDate(publishedMeta),
    source: parsed.siteName?.trim() || null,
    url,
  };
}
