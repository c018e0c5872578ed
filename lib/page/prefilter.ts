// The page's prefilter: which blocks of text may name someone the index knows. The background derives a small
// Bloom filter from its match index (every key the matcher looks a word up by: folded Cyrillic surname forms,
// compounds such as "Касым-Жомарт", Latin skeletons) and hands it to the content script once per page; the
// content script sends the matcher only the blocks in which some capitalised word (or dash compound) probes
// positive. A page without known names sends nothing.
//
// No false negatives: the matcher finds a name only through a lookup of exactly these keys (lib/match
// matcher.ts scanBlock: a compound of dash-joined words of one script, else one capitalised word), built the
// same way here (lib/text foldForMatch, lib/match latinSkeleton), and a word with invisible characters in it
// (soft hyphen, zero-width space), whose key the matcher builds without them, always passes. Words are found
// by one regular expression per block (the matcher's word class: letters, digits, marks, in-word invisibles,
// joined across an apostrophe), so nothing costly is built when the script loads.
//
// Not the matcher's own bloom (scan.ts): that one hashes a word's first three letters and its length so it
// can be probed before any string is made, which passes a few per cent of ordinary capitalised words; here a
// block has several, and the whole key is hashed (three bits per key, ~1 % false positives per word).
import { latinSkeleton } from '../match/translit';
import { foldForMatch } from '../text';

export interface PageFilter {
  /** log2 of the number of bits. */
  log2: number;
  /** The bits, 8 per character (codes 0–255): a string travels in a JSON message as it is and is probed
   *  with charCodeAt, so the page decodes nothing. */
  bytes: string;
  /** A 4096-bit set (same encoding) of the keys' first two characters: most capitalised words are ruled out
   *  by it before their end is even looked for. */
  prefixes: string;
}

const prefixBit = (c0: number, c1: number) => (Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1 + 1, 0x85ebca6b)) >>> 20;

const HASHES = 3;
const BITS_PER_KEY = 16;
const MIN_LOG2 = 14; // 2 KB
const MAX_LOG2 = 20; // 128 KB

// The two 32-bit hashes of a key (FNV-1a and a multiplicative mix). Module state
// instead of a returned pair: the page hashes thousands of words and allocates nothing for it.
let h1 = 0;
let h2 = 0;
function hashStart() {
  h1 = 0x811c9dc5;
  h2 = 0x9747b28c;
}
function hashCode(c: number) {
  h1 = Math.imul(h1 ^ c, 0x01000193);
  h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  h2 ^= h2 >>> 15;
}
function hashString(key: string) {
  hashStart();
  for (let i = 0; i < key.length; i++) hashCode(key.charCodeAt(i));
}

export function buildPageFilter(keys: Iterable<string>): PageFilter {
  const list = [...keys];
  let log2 = MIN_LOG2;
  while (log2 < MAX_LOG2 && 2 ** log2 < list.length * BITS_PER_KEY) log2++;
  const bits = new Uint8Array(2 ** (log2 - 3));
  const words = 2 ** (log2 - 5) - 1;
  for (const k of list) {
    hashString(k);
    const base = ((h1 >>> 0) & words) << 2;
    for (let i = 0; i < HASHES; i++) {
      const b = (h2 >>> (5 * i)) & 31;
      bits[base + (b >>> 3)]! |= 1 << (b & 7);
    }
  }
  const pre = new Uint8Array(512);
  for (const k of list) {
    const b = prefixBit(k.charCodeAt(0), k.length > 1 ? k.charCodeAt(1) : -1);
    pre[b >>> 3]! |= 1 << (b & 7);
  }
  const text = (a: Uint8Array) => {
    let out = '';
    for (let i = 0; i < a.length; i += 0x8000) out += String.fromCharCode(...a.subarray(i, i + 0x8000));
    return out;
  };
  return { log2, bytes: text(bits), prefixes: text(pre) };
}

/** May `key` be one of the filter's keys? False is certain. */
export function mayHold(f: PageFilter, key: string): boolean {
  hashString(key);
  return probeHash(f);
}

/** The probe of the hash in h1/h2: a blocked filter, the k bits of a key in one 32-bit word (h1 picks the
 *  word, h2 the bits), so a probe touches one cache line of the bit set, usually one byte. */
function probeHash(f: PageFilter): boolean {
  const base = ((h1 >>> 0) & ((f.bytes.length >>> 2) - 1)) << 2;
  for (let i = 0; i < HASHES; i++) {
    const b = (h2 >>> (5 * i)) & 31;
    if (!(f.bytes.charCodeAt(base + (b >>> 3)) & (1 << (b & 7)))) return false;
  }
  return true;
}

/** The lookup keys of a match index: its surname forms (folded) and Latin skeletons. */
export function indexKeys(index: { surnames: Record<string, unknown>; latin: Record<string, unknown> }): string[] {
  return [...Object.keys(index.surnames), ...Object.keys(index.latin)];
}

/** A filter as it arrived in a message, or null when it is not one (then every block with a capital letter
 *  is sent). */
/** The filter as it travels in a message: base64 (a binary string in JSON escapes most of its bytes: 128 KB
 *  of bits became ~500 KB of JSON to serialise and parse; base64 is 171 KB and atob() decodes it natively). */
export interface FilterMessage {
  log2: number;
  bytes: string;
  prefixes: string;
}

export function encodeFilter(f: PageFilter): FilterMessage {
  return { log2: f.log2, bytes: btoa(f.bytes), prefixes: btoa(f.prefixes) };
}

/** The filter from a message, or null when it is not one (wrong shape, size or encoding). */
export function checkFilter(f: unknown): PageFilter | null {
  const x = f as FilterMessage | null;
  if (!x || typeof x !== 'object' || typeof x.bytes !== 'string' || typeof x.prefixes !== 'string' || !Number.isInteger(x.log2))
    return null;
  if (x.log2 < 5 || x.log2 > 24) return null;
  let bytes: string;
  let prefixes: string;
  try {
    bytes = atob(x.bytes);
    prefixes = atob(x.prefixes);
  } catch {
    return null;
  }
  const ok = bytes.length === 2 ** (x.log2 - 3) && prefixes.length === 512;
  return ok ? { log2: x.log2, bytes, prefixes } : null;
}

// The matcher's word (scan.ts): letters, digits, marks and in-word invisibles (surrogates count as letters),
// joined across one apostrophe followed by a word character; words joined by one dash form a chain (its
// compounds). One pass over the char codes with a class table filled as characters are met (nothing is built
// when the script loads); only chains with a capitalised word are hashed, Cyrillic ones straight from the
// codes, folded as lib/text foldForMatch folds (per character, so a table of it is exact).
export const WORD = 1;
export const UPPER = 2;
const KNOWN = 4;
const classes = new Uint8Array(0x10000);
const folds = new Uint16Array(0x10000); // fold + 1; 0: not computed yet
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const CAPITAL = /\p{Lu}/u;
const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
/** Latin-1 symbols that are letters or numbers: ª ² ³ µ ¹ º ¼ ½ ¾. */
const LATIN1_WORD = [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe];
/** Titlecase letters (Lt, not Lu) among the cased letters below. */
const TITLECASE = [0x1c5, 0x1c8, 0x1cb, 0x1f2];
/** The class of a UTF-16 code unit: the matcher's word characters, and its uppercase letters below U+3000
 *  (exported for the exhaustive test against the Unicode properties). The common scripts are decided by case
 *  mapping and tables, so a page of Russian, Latin or Greek text never compiles a Unicode property regex
 *  (~0.5 ms, cold, on every page). */
export function classOf(c: number): number {
  let k = classes[c]!;
  if (!k) {
    k = KNOWN | computeClass(c);
    classes[c] = k;
  }
  return k;
}
function computeClass(c: number): number {
  if ((c >= 0xd800 && c <= 0xdfff) || isInvisible(c)) return WORD;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) ? WORD : c >= 0x41 && c <= 0x5a ? WORD | UPPER : 0;
  if (c < 0xc0) return LATIN1_WORD.includes(c) ? WORD : 0;
  if (c >= 0x2000 && c <= 0x206f) return 0; // General Punctuation: spaces, dashes, quotes, format characters
  const ch = String.fromCharCode(c);
  // Latin, Greek and Cyrillic: a character with a case mapping is a letter (uppercase when it lowercases)
  if (c < 0x250 || (c >= 0x370 && c < 0x530)) {
    const lower = ch.toLowerCase();
    if (lower !== ch || ch.toUpperCase() !== ch) return WORD | (lower !== ch && !TITLECASE.includes(c) ? UPPER : 0);
  }
  if (WORDISH.test(ch)) return WORD | (c < 0x3000 && CAPITAL.test(ch) ? UPPER : 0);
  return 0;
}
function fold(c: number): number {
  let f = folds[c]!;
  if (!f) folds[c] = f = foldForMatch(String.fromCharCode(c)).charCodeAt(0) + 1;
  return f - 1;
}
const isJoiner = (c: number) => c === 0x27 || c === 0x2019;
const isDash = (c: number) => c === 0x2d || (c >= 0x2010 && c <= 0x2013) || c === 0xfe63 || c === 0xff0d;
const isLatin = (text: string, i: number) => text.charCodeAt(i) < 0x250;
const upperAt = (text: string, i: number) => (classOf(text.charCodeAt(i)) & UPPER) !== 0;

/** May text[a, b) be a key (folded, or its Latin skeleton)? Hashing inlined: this runs cold on every page. */
function probeSpan(f: PageFilter, text: string, a: number, b: number, latin: boolean): boolean {
  if (latin) return mayHold(f, latinSkeleton(text.slice(a, b)));
  let x = 0x811c9dc5;
  let y = 0x9747b28c;
  for (let i = a; i < b; i++) {
    let c = text.charCodeAt(i);
    // А–Я lowercase by offset, а–я are their own fold; anything else through the table
    if (c >= 0x410 && c <= 0x42f) c += 0x20;
    else if (c < 0x430 || c > 0x44f) {
      const g = folds[c]!;
      c = g ? g - 1 : fold(c);
    }
    x = Math.imul(x ^ c, 0x01000193);
    y = Math.imul(y ^ c, 0x5bd1e995);
    y ^= y >>> 15;
  }
  h1 = x;
  h2 = y;
  return probeHash(f);
}

const starts: number[] = [];
const ends: number[] = [];
/** Every uppercase letter is among these (and much else: the class table decides); Russian lowercase text,
 *  digits, spaces and ASCII punctuation are not, so the regular expression skips them at native speed. */
const CANDIDATES = /[A-Z\u00C0-\u042F\u0460-\uFFFF]/g;
/** Word character test with the common letters inline. */
const wordCode = (c: number) =>
  (c >= 0x430 && c <= 0x44f) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x410 && c <= 0x42f) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c > 0x7f && (classOf(c) & WORD) !== 0) ||
  (c >= 0x30 && c <= 0x39);

/** May this block of text name someone of the filter's index? */
export function mayName(f: PageFilter, text: string): boolean {
  const len = text.length;
  CANDIDATES.lastIndex = 0;
  while (CANDIDATES.test(text)) {
    const p = CANDIDATES.lastIndex - 1;
    const pc = text.charCodeAt(p);
    if (pc >= 0x410 && pc <= 0x42f) {
      // the common case, a Cyrillic capital after a space or punctuation and before a Cyrillic letter: its
      // word's key starts with these two letters (and so does any compound it opens); a later capital in a
      // compound is a candidate of its own and takes the full path (it follows a dash)
      const nc = text.charCodeAt(p + 1);
      const before = p > 0 ? text.charCodeAt(p - 1) : 0x20;
      if (nc >= 0x410 && nc <= 0x44f && !wordCode(before) && !isDash(before) && !isJoiner(before)) {
        const b = prefixBit(pc + 0x20, nc <= 0x42f ? nc + 0x20 : nc);
        if (!(f.prefixes.charCodeAt(b >>> 3) & (1 << (b & 7)))) continue;
      }
    } else if (!(pc >= 0x41 && pc <= 0x5a) && !upperAt(text, p)) continue;
    // the chain around the capital: back to its start, then its words forward (apostrophe joins inside a
    // word, one dash between words)
    let i = p;
    for (;;) {
      while (i > 0 && wordCode(text.charCodeAt(i - 1))) i--;
      const c = text.charCodeAt(i - 1);
      if (i >= 2 && (isJoiner(c) || isDash(c)) && wordCode(text.charCodeAt(i - 2))) i -= 2;
      else break;
    }
    starts.length = 0;
    ends.length = 0;
    let hidden = false;
    let w = i;
    for (;;) {
      for (; i < len; i++) {
        const c = text.charCodeAt(i);
        if (!wordCode(c)) break;
        if (c > 0xac && isInvisible(c)) hidden = true;
      }
      const c = text.charCodeAt(i);
      if (i + 1 < len && isJoiner(c) && wordCode(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      starts.push(w);
      ends.push(i);
      if (i + 1 < len && isDash(c) && wordCode(text.charCodeAt(i + 1))) {
        w = ++i;
        continue;
      }
      break;
    }
    CANDIDATES.lastIndex = i;
    if (hidden) return true;
    const n = starts.length;
    if (n === 1) {
      if (upperAt(text, starts[0]!) && probeSpan(f, text, starts[0]!, ends[0]!, isLatin(text, starts[0]!))) return true;
      continue;
    }
    for (let k = 0; k < n; k++) {
      // the matcher's compound from word k: over single dashes, while the script (Latin or not) stays the same
      let e = k;
      while (e + 1 < n && isLatin(text, starts[e]!) === isLatin(text, starts[e + 1]!)) e++;
      const s = starts[k]!;
      if (e > k && (upperAt(text, s) || upperAt(text, starts[e]!)) && probeSpan(f, text, s, ends[e]!, isLatin(text, starts[e]!)))
        return true;
      if (upperAt(text, s) && probeSpan(f, text, s, ends[k]!, isLatin(text, s))) return true;
    }
  }
  return false;
}
