// Length-preserving normalisers: every function maps one UTF-16 unit to exactly one unit, so an offset into
// the folded string is the same offset into the original. Surface text is never replaced, only folded beside.

/** Kazakh/Kyrgyz/Uzbek Cyrillic letters folded to their nearest Russian letter (lowercase). */
const LETTER_FOLD: Record<string, string> = {
  ё: 'е',
  қ: 'к',
  ұ: 'у',
  ү: 'у',
  ғ: 'г',
  ң: 'н',
  ө: 'о',
  ә: 'а',
  і: 'и',
  һ: 'х',
  ў: 'у',
  ҳ: 'х',
  ҷ: 'ч',
  ӣ: 'и',
  ӯ: 'у',
  ҫ: 'с',
  ӑ: 'а',
  ӗ: 'е',
};

/** Dashes of every width, minus signs and hyphen look-alikes. */
export const DASH_CHARS = '\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const DASH_RE = new RegExp(`[${DASH_CHARS.slice(1)}]`, 'g');
/** Spaces of every kind (NBSP, thin, narrow, ideographic) except newline. */
const SPACE_RE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

/** Lowercase + fold ё and Central Asian letters; dashes to '-', odd spaces to ' '. Same length as input. */
export function foldForMatch(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    let l = c.toLowerCase();
    if (l.length !== 1) l = c; // e.g. 'İ' lowercases to two units: keep it as is to preserve offsets
    out += LETTER_FOLD[l] ?? l;
  }
  return out.replace(DASH_RE, '-').replace(SPACE_RE, ' ');
}

/** Fold only ё→е (case kept), dashes and spaces: for display-level comparisons. Same length as input. */
export function foldPunct(s: string): string {
  return s.replace(/ё/g, 'е').replace(/Ё/g, 'Е').replace(DASH_RE, '-').replace(SPACE_RE, ' ');
}

/** Normalise a word's capitalisation: "ТОКАЕВУ" → "Токаеву", "касым-жомарт" → "Касым-Жомарт". */
export function titleCase(word: string): string {
  return word
    .split('-')
    .map((p) => (p ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p))
    .join('-');
}

export const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
export const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
export const isCyrillic = (s: string): boolean => /[\u0400-\u04FF]/.test(s);
