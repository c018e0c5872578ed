// Word scanner for the matcher: one pass over the char codes with a lookup table (no regex per character),
// filling reusable typed arrays with word starts/ends. A word is a run of letters, digits and combining marks,
// joined across one inner apostrophe ("Tokayev's", "O'Brien"). Dashes split words: the matcher rejoins
// "Касым-Жомарт" / "Касым–Жомарт" (any dash) itself when a compound name is looked up, so that
// "Жапаров–Путин" still yields two surnames.
import { foldForMatch } from '../text';

/** 0 other, 1 letter (not uppercase), 2 uppercase letter, 3 digit or combining mark. */
const TABLE_SIZE = 0x3000;
const TABLE = (() => {
  const t = new Uint8Array(TABLE_SIZE);
  const letter = /\p{L}/u;
  const upper = /\p{Lu}/u;
  const cont = /[\p{N}\p{M}]/u;
  for (let c = 0; c < TABLE_SIZE; c++) {
    if (c >= 0xd800) break;
    const s = String.fromCharCode(c);
    if (letter.test(s)) t[c] = upper.test(s) ? 2 : 1;
    else if (cont.test(s)) t[c] = 3;
  }
  return t;
})();
const WIDE = /[\p{L}\p{N}\p{M}]/u;

/** Character class of one UTF-16 unit (see TABLE). Surrogates and CJK etc. count as letters. */
export function charClass(c: number): number {
  if (c < TABLE_SIZE) return TABLE[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return 1;
  return WIDE.test(String.fromCharCode(c)) ? 1 : 0;
}

const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019;

/** A dash that can join the parts of a compound name: hyphens, figure and en dash (not the em dash). */
export const isDash = (c: number): boolean => c === 0x2d || (c >= 0x2010 && c <= 0x2013) || c === 0xfe63 || c === 0xff0d;

export interface Words {
  n: number;
  start: Int32Array;
  end: Int32Array;
}

/** Scan the words of `text` into `w` (arrays grown as needed). */
export function scanWords(text: string, w: Words): void {
  const len = text.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if ((c < TABLE_SIZE ? TABLE[c]! : charClass(c)) === 0) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      while (i < len) {
        c = text.charCodeAt(i);
        if ((c < TABLE_SIZE ? TABLE[c]! : charClass(c)) === 0) break;
        i++;
      }
      if (i + 1 < len && isJoiner(text.charCodeAt(i))) {
        const d = text.charCodeAt(i + 1);
        if ((d < TABLE_SIZE ? TABLE[d]! : charClass(d)) !== 0) {
          i += 2;
          continue;
        }
      }
      break;
    }
    if (n === w.start.length) {
      const ns = new Int32Array(n * 2);
      ns.set(w.start);
      const ne = new Int32Array(n * 2);
      ne.set(w.end);
      w.start = ns;
      w.end = ne;
    }
    w.start[n] = s;
    w.end[n] = i;
    n++;
  }
  w.n = n;
}

export const newWords = (): Words => ({ n: 0, start: new Int32Array(1024), end: new Int32Array(1024) });

const NEEDS_FULL_FOLD = /[ёқұүғңөәіһўҳҷӣӯҫӑӗ\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00A0\u0130]/;

/** foldForMatch of one word (fast path: plain lowercase when no special letter occurs). */
export function foldWord(s: string): string {
  const l = s.toLowerCase();
  return NEEDS_FULL_FOLD.test(l) || l.length !== s.length ? foldForMatch(s) : l;
}

export const isUpperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c < TABLE_SIZE ? TABLE[c]! : charClass(c)) === 2;
};

/** Every letter of text[s, e) that has case is uppercase, and there are at least two letters. */
export function isAllCaps(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) if ((text.charCodeAt(i) < TABLE_SIZE ? TABLE[text.charCodeAt(i)]! : 0) === 1) return false;
  return true;
}
