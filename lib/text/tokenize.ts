// Tokeniser with offsets. A word is a run of letters/digits, joined across one inner hyphen or apostrophe
// ("Касым-Жомарт", "пресс-секретарь", "О'Коннор"); everything else is a one-character punct token.
// Whitespace produces no token; `spaceBefore` and `newlineBefore` record what separated a token from the last.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Whitespace (any) precedes this token. */
  spaceBefore: boolean;
  /** A line break precedes this token. */
  newlineBefore: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(['-', '\u2010', '\u2011', "'", '\u2019']);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let space = false;
  let newline = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      space = true;
      newline = true;
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      space = true;
      i++;
      continue;
    }
    if (LETTER_OR_DIGIT.test(c) || isSurrogateLetter(text, i)) {
      const start = i;
      i = scanWord(text, i);
      const t = text.slice(start, i);
      out.push({ text: t, start, end: i, kind: /^\p{N}+$/u.test(t) ? 'number' : 'word', spaceBefore: space, newlineBefore: newline });
    } else {
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      out.push({ text: text.slice(i, i + len), start: i, end: i + len, kind: 'punct', spaceBefore: space, newlineBefore: newline });
      i += len;
    }
    space = false;
    newline = false;
  }
  return out;
}

function isSurrogateLetter(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && cp > 0xffff && /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
}

function scanWord(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (!LETTER_OR_DIGIT.test(ch)) break;
      i += ch.length;
    }
    if (i + 1 < n && JOINERS.has(text[i]!) && LETTER_OR_DIGIT.test(text[i + 1]!)) {
      i++;
      continue;
    }
    return i;
  }
}
