// Sentence splitter with offsets. Splits after . ! ? … (and runs of them) when the next visible character
// starts a sentence (uppercase letter, digit, opening quote or dash), and always at blank lines / line breaks.
// Not after initials ("С. Жапаров", "Н.А. Назарбаев") or common abbreviations ("г.", "ул.", "им.", "т.е.").

export interface Sentence {
  start: number;
  end: number;
}

const ABBREV = new Set([
  'г',
  'гг',
  'ул',
  'им',
  'т',
  'е',
  'д',
  'пр',
  'просп',
  'обл',
  'р',
  'руб',
  'тыс',
  'млн',
  'млрд',
  'см',
  'напр',
  'др',
  'проф',
  'акад',
  'св',
  'ст',
  'кв',
  'корп',
  'стр',
  'рис',
  'табл',
  'гл',
  'п',
  'пп',
  'ч',
  'н',
  'э',
  'мин',
  'сек',
  'коп',
  'долл',
  'ок',
  'вв',
  'в',
  'с',
  'тел',
  'зам',
  'пос',
  'дер',
  'мкр',
  'ж',
  'пл',
  'пер',
  'наб',
]);

const OPENERS = /[\p{Lu}\p{N}«"„“'([—–-]/u;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < n && /[.!?…]/.test(text[j]!)) j++;
    // closing quotes/brackets stay with the sentence they end
    while (j < n && /[»"”’)\]]/.test(text[j]!)) j++;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\u00A0' || text[k] === '\t')) k++;
    if (k >= n) {
      i = j - 1;
      continue;
    }
    if (text[k] === '\n') {
      i = j - 1;
      continue;
    }
    const next = text[k]!;
    if (c === '.' && isAbbrevOrInitial(text, i)) continue;
    // "...заявил он.Ранее" (no space) still ends a sentence when an uppercase letter follows
    if (!OPENERS.test(next)) continue;
    if (k === j && !/\p{Lu}/u.test(next)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return out;
}

function isAbbrevOrInitial(text: string, dot: number): boolean {
  let b = dot;
  while (b > 0 && /[\p{L}]/u.test(text[b - 1]!)) b--;
  const word = text.slice(b, dot);
  if (!word) return false;
  // a single capital letter: an initial
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREV.has(word.toLowerCase()) && word.length <= 5 && /\p{Ll}/u.test(word[0]!);
}

/** The sentence containing offset `pos` (binary search), or undefined. */
export function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
