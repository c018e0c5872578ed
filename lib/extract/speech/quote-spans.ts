// Outermost quotation-mark spans of the body, in one left-to-right pass with a stack: «…», „…“, “…”, "…".
// Straight quotes open or close by their neighbours (space before and a letter after opens). Marks left open
// at the end of a paragraph are dropped, except a quote cut off by the end of an excerpt (kept to the last
// character) and an outer straight quote whose closing mark doubled as an inner one's ("партии "Нур",").
// Each character is pushed and popped at most once: linear in the text, whatever the balance of the marks.
import type { Span } from '../types';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs to the end of the excerpt. */
  close: number;
  /** Inner text range, whitespace-trimmed. */
  start: number;
  end: number;
  /** Left open at a paragraph end because the next paragraph reopens it (a quote over several paragraphs). */
  continued?: boolean;
}

interface Open {
  mark: string;
  pos: number;
  lastInnerClose: number;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const OPEN_BEFORE = new Set(['(', '[', '{', '—', '–', '-', ':', ';', ',', '«', '„', '“']);

function trim(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/** Does the paragraph after the line break at `pos` open with `mark` again? */
function reopens(text: string, pos: number, end: number, mark: string): boolean {
  let j = pos + 1;
  while (j < end && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n' || text[j] === '\u00A0')) j++;
  return j < end && text[j] === mark && mark !== '“';
}

/** The excerpt ends mid-sentence (a letter, digit, comma or dash last): a trailing open quote was cut. */
export function endsCut(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && isSpace(text[e - 1])) e--;
  return e > 0 && /[\p{L}\p{N},\-—–]/u.test(text[e - 1]!);
}

const spansCache = new WeakMap<object, QuoteSpan[]>();
/** findQuoteSpans of an article, once per article (the role and the speech stages both read them). */
export function quoteSpansOf(article: { text: string; body: Span[] }): QuoteSpan[] {
  let q = spansCache.get(article);
  if (!q) {
    q = findQuoteSpans(article.text, article.body);
    spansCache.set(article, q);
  }
  return q;
}

export function findQuoteSpans(text: string, body: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const lastBodyEnd = body.length ? body[body.length - 1]!.end : 0;
  for (const range of body) {
    const stack: Open[] = [];
    const count: Record<string, number> = { '«': 0, '„': 0, '“': 0, '"': 0 };
    const push = (mark: string, pos: number) => {
      stack.push({ mark, pos, lastInnerClose: -1 });
      count[mark]!++;
    };
    /** Pop up to and including the innermost `mark`; emit it when it was the outermost. */
    const closeTo = (mark: string, pos: number) => {
      for (;;) {
        const o = stack.pop()!;
        count[o.mark]!--;
        if (o.mark !== mark) continue;
        if (stack.length === 0) {
          const [s, e] = trim(text, o.pos + 1, pos);
          if (e > s) out.push({ open: o.pos, close: pos, start: s, end: e });
        } else {
          stack[stack.length - 1]!.lastInnerClose = pos;
        }
        return;
      }
    };
    const endParagraph = (pos: number, last: boolean) => {
      if (stack.length) {
        const o = stack[0]!;
        // (the next paragraph may be the next body range: look up to the end of the text)
        if (!last && reopens(text, pos, text.length, o.mark)) {
          // Russian typography: each paragraph of a long quote opens with « and only the last one closes
          const [s, e] = trim(text, o.pos + 1, pos);
          if (e > s) out.push({ open: o.pos, close: -1, start: s, end: e, continued: true });
        } else if (last && endsCut(text, pos)) {
          const [s, e] = trim(text, o.pos + 1, pos);
          if (e > s) out.push({ open: o.pos, close: -1, start: s, end: e });
        } else if (o.mark === '"' && o.lastInnerClose > o.pos) {
          const [s, e] = trim(text, o.pos + 1, o.lastInnerClose + 1);
          if (e > s) out.push({ open: o.pos, close: o.lastInnerClose, start: s, end: e });
        }
      }
      stack.length = 0;
      for (const k of Object.keys(count)) count[k] = 0;
    };
    const scan = /[«»„“”"\n]/g;
    scan.lastIndex = range.start;
    for (let m = scan.exec(text); m && m.index < range.end; m = scan.exec(text)) {
      const i = m.index;
      const c = m[0];
      if (c === '\n') {
        endParagraph(i, false);
        continue;
      }
      const prev = i > range.start ? text[i - 1] : undefined;
      const next = i + 1 < range.end ? text[i + 1] : undefined;
      const openCtx = (isSpace(prev) || OPEN_BEFORE.has(prev!)) && !isSpace(next);
      const closeCtx = !isSpace(prev);
      switch (c) {
        case '«':
        case '„':
          push(c, i);
          break;
        case '»':
          if (count['«']) closeTo('«', i);
          break;
        case '“':
          if (count['„']) closeTo('„', i);
          else if (count['“'] && closeCtx) closeTo('“', i);
          else if (openCtx) push('“', i);
          break;
        case '”':
          if (count['“']) closeTo('“', i);
          break;
        case '"':
          if (count['"'] && closeCtx) closeTo('"', i);
          else if (openCtx) push('"', i);
          else if (count['"']) closeTo('"', i);
          break;
      }
    }
    endParagraph(range.end, range.end >= lastBodyEnd);
  }
  return out;
}
