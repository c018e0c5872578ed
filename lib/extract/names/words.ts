// The word stream the name finder works on: tokens of the article's name-bearing ranges, with words glued
// by a lost line break split apart ("ТокоевПрезидент" → "Токоев" + "Президент"), and flags the
// name patterns need (capitalised, UPPERCASE, first word of a sentence, what separates it from the last).
import type { Sentence, Token } from '../../text';
import type { Span } from '../types';

export interface Word {
  text: string;
  /** Lowercase, ё kept. */
  lower: string;
  start: number;
  end: number;
  /** Index into the article's tokens (sub-words of a glued token share it). */
  tok: number;
  cap: boolean;
  /** All letters uppercase, two or more of them. */
  upper: boolean;
  cyr: boolean;
  /** First word of its sentence (or line). */
  sentStart: boolean;
  /** Only spaces (no line break, no punctuation) separate this word from the previous one. */
  joined: boolean;
  /** Only spaces and quotation marks separate it from the previous word: a quoted name runs between them
   *  ("лидера фракции «Жаңы Доор» Эмиля …"). */
  quoteGap?: boolean;
  /** Inside a credit line (byline, photo credit), where a capitalised pair is a name more often than not. */
  credit: boolean;
}

// character tests without Unicode-property regexes: this loop runs on every word of every article
const isCap = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isCyr = (code: number): boolean => code >= 0x0400 && code <= 0x04ff;

/** Only spaces or tabs (no line break, no punctuation) between two offsets. */
function onlySpaces(text: string, a: number, b: number): boolean {
  if (b <= a || b - a > 64) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}

/** Spaces and at least one quotation mark, nothing else, between two offsets of one line. */
function quotesOnly(text: string, a: number, b: number): boolean {
  if (b <= a || b - a > 6) return false;
  let quote = false;
  for (let i = a; i < b; i++) {
    const ch = text[i]!;
    if (ch === '«' || ch === '»' || ch === '"' || ch === '„' || ch === '“' || ch === '”') quote = true;
    else if (ch !== ' ' && ch !== '\u00a0') return false;
  }
  return quote;
}

/** Split a token at a lowercase→uppercase Cyrillic seam ("ТокоевПрезидент"), offsets kept. */
function splitGlued(t: Token): Array<{ text: string; start: number; end: number }> {
  const s = t.text;
  let out: Array<{ text: string; start: number; end: number }> | null = null;
  let from = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1]!;
    const b = s[i]!;
    // both parts words of two letters or more: "УзА" (an agency's abbreviation) is one word
    if (a >= 'а' && a <= 'я' && b >= 'А' && b <= 'Я' && i - from >= 2 && s.length - i >= 2) {
      out ??= [];
      out.push({ text: s.slice(from, i), start: t.start + from, end: t.start + i });
      from = i;
    }
  }
  if (!out) return [t];
  out.push({ text: s.slice(from), start: t.start + from, end: t.end });
  return out;
}

export function wordsOf(text: string, tokens: Token[], sentences: Sentence[], ranges: Span[], credits: Span[] = []): Word[] {
  const out: Word[] = [];
  let r = 0;
  let s = 0;
  let c = 0;
  let prevEnd = -1;
  let prevTok = -2;
  // index of the last sentence in which a word or number was seen: the next one opens a sentence
  let seenIn = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') continue;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const opens = seenIn !== s;
    seenIn = s;
    while (r < ranges.length && ranges[r]!.end <= t.start) r++;
    if (r >= ranges.length) break;
    if (t.start < ranges[r]!.start || t.kind !== 'word') continue;
    while (c < credits.length && credits[c]!.end <= t.start) c++;
    const credit = c < credits.length && credits[c]!.start <= t.start;
    let first = true;
    for (const part of splitGlued(t)) {
      const cap = isCap(part.text[0]!);
      const lower = part.text.toLowerCase();
      out.push({
        text: part.text,
        lower,
        start: part.start,
        end: part.end,
        tok: i,
        cap,
        upper: cap && part.text.length >= 2 && part.text === part.text.toUpperCase() && part.text !== lower,
        cyr: isCyr(part.text.charCodeAt(0)),
        sentStart: opens && first,
        credit,
        joined: prevTok === i - 1 && onlySpaces(text, prevEnd, part.start),
        ...(prevEnd >= 0 && quotesOnly(text, prevEnd, part.start) ? { quoteGap: true } : {}),
      });
      first = false;
      prevEnd = part.end;
      prevTok = i;
    }
  }
  return out;
}
