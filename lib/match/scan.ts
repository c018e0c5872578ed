// Word scanner for the matcher: one pass over the char codes with a lookup table (no regex per character),
// filling reusable typed arrays with word starts/ends. A word is a run of letters, digits and combining marks,
// joined across one inner apostrophe ("Tokayev's", "O'Brien"). Dashes split words: the matcher rejoins
// "Касым-Жомарт" / "Касым–Жомарт" (any dash) itself when a compound name is looked up, so that
// "Жапаров–Путин" still yields two surnames. Invisible characters web pages put inside words (soft hyphen,
// zero-width space/joiners, word joiner) stay in the word and are dropped from its lookup key ("Жапа\u00ADров").
import { foldForMatch } from '../text';

/** 0 other, 1 letter (not uppercase), 2 uppercase letter, 3 digit or combining mark, 4 invisible in-word. */
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
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060]) t[c] = 4;
  return t;
})();
const WIDE = /[\p{L}\p{N}\p{M}]/u;

/** Character class of one UTF-16 unit (see TABLE). Surrogates and CJK etc. count as letters. */
export function charClass(c: number): number {
  if (c < TABLE_SIZE) return TABLE[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return 1;
  if (c === 0xfeff) return 4;
  return WIDE.test(String.fromCharCode(c)) ? 1 : 0;
}

const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019;

/** A dash that can join the parts of a compound name: hyphens, figure and en dash (not the em dash). */
export const isDash = (c: number): boolean => c === 0x2d || (c >= 0x2010 && c <= 0x2013) || c === 0xfe63 || c === 0xff0d;

export interface Words {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** 1: the word holds invisible characters (its key must be built without them, the bloom is bypassed). */
  hidden: Uint8Array;
}

/** Scan the words of `text` into `w` (arrays grown as needed). */
export function scanWords(text: string, w: Words): void {
  const len = text.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    let k = c < TABLE_SIZE ? TABLE[c]! : charClass(c);
    if (k === 0 || k === 4) {
      i++;
      continue;
    }
    const s = i;
    let hidden = 0;
    i++;
    for (;;) {
      while (i < len) {
        c = text.charCodeAt(i);
        k = c < TABLE_SIZE ? TABLE[c]! : charClass(c);
        if (k === 0) break;
        if (k === 4) hidden = 1;
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
      const nh = new Uint8Array(n * 2);
      nh.set(w.hidden);
      w.start = ns;
      w.end = ne;
      w.hidden = nh;
    }
    w.start[n] = s;
    w.end[n] = i;
    w.hidden[n] = hidden;
    n++;
  }
  w.n = n;
}

export const newWords = (): Words => ({ n: 0, start: new Int32Array(1024), end: new Int32Array(1024), hidden: new Uint8Array(1024) });

const NEEDS_FULL_FOLD = /[ёқұүғңөәіһўҳҷӣӯҫӑӗ\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00A0\u0130\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** foldForMatch of one word (fast path: plain lowercase when no special letter occurs). */
export function foldWord(s: string): string {
  const l = s.toLowerCase();
  return NEEDS_FULL_FOLD.test(l) || l.length !== s.length ? foldForMatch(s).replace(INVISIBLE, '') : l;
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

/** Lowercased and folded char code (foldForMatch of one unit) for codes below 0x530, else the code itself. */
const FOLD_CODE = (() => {
  const t = new Uint16Array(0x530);
  for (let c = 0; c < 0x530; c++) {
    const f = foldForMatch(String.fromCharCode(c));
    t[c] = f.length === 1 ? f.charCodeAt(0) : c;
  }
  return t;
})();

const BLOOM_BITS = 20;
/** Hash of a folded word's first three letters and length: the prefilter key of a surname form. */
function bloomHashOfCodes(c0: number, c1: number, c2: number, len: number): number {
  const h = (((c0 * 1031 + c1) | 0) * 1031 + c2 + len * 0x10001) | 0;
  return Math.imul(h, 0x9e3779b1) >>> (32 - BLOOM_BITS);
}

const foldAt = (s: string, i: number): number => {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  return c < 0x530 ? FOLD_CODE[c]! : c;
};

/** A bit set over bloomHash of every key: most capitalised words are rejected without a string. */
export function bloomOf(keys: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(1 << (BLOOM_BITS - 3));
  for (const k of keys) {
    const h = bloomHashOfCodes(foldAt(k, 0), foldAt(k, 1), foldAt(k, 2), k.length);
    bits[h >> 3]! |= 1 << (h & 7);
  }
  return bits;
}

/** May text[s, e) (folded) be a key of the bloom? False is certain, true needs the Map. */
export function mayContain(bits: Uint8Array, text: string, s: number, e: number): boolean {
  const len = e - s;
  const h = bloomHashOfCodes(foldAt(text, s), len > 1 ? foldAt(text, s + 1) : 0, len > 2 ? foldAt(text, s + 2) : 0, len);
  return (bits[h >> 3]! & (1 << (h & 7))) !== 0;
}
