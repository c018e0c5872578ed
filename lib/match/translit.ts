// Latin spellings of Cyrillic names. No single romanisation yields the spellings the press uses
// ("Zhaparov" BGN/PCGN, "Japarov" Kyrgyz official, "Dzhaparov" passport; "Tokayev"/"Tokaev"/"Toqaev"), so both
// sides are reduced to a skeleton in which the letters the schemes disagree on fall into one class:
//   ж zh j dzh dj → J      х kh h → H      ш sh, щ shch sch → S      ч ch tch → C      ц ts tz → T
//   е э и ы й y i ie → i (front vowels and glides)      ё yo io → io or i      ю yu iu → iu      я ya ia → ia
//   q → k, w → v, x → ks, ph → f, c → k (s before e i y); diacritics dropped (ş š → S, ç č → C, ž → J, ı → i); ъ ь ' - dropped;
//   runs of one letter collapse ("Kassym" = "Kasym", "Tokaiiv" = "Tokaiv").
// The Cyrillic side is skeletonised directly (ё gives two skeletons), so the index holds one or two keys per
// name and a Latin token costs one skeleton computation and one hash lookup.

const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'i',
  ж: 'J',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'H',
  ц: 'T',
  ч: 'C',
  ш: 'S',
  щ: 'S',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'i',
  ю: 'iu',
  я: 'ia',
  // Central Asian letters (already folded by foldForMatch, listed for direct callers)
  қ: 'k',
  ғ: 'g',
  ң: 'n',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  ә: 'a',
  і: 'i',
  һ: 'H',
};

/** Collapse runs of the same letter: the last step of every skeleton. */
function squeeze(s: string): string {
  let out = '';
  let last = '';
  for (const c of s) {
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Skeletons of a folded lowercase Cyrillic word: one, or two when it has ё (yo / e). */
export function cyrillicSkeletons(word: string): string[] {
  const variants = word.includes('ё') ? [word.replace(/ё/g, '\u0001'), word.replace(/ё/g, 'е')] : [word];
  return [...new Set(variants.map((w) => squeeze(cyrToSkel(w))))].filter(Boolean);
}

function cyrToSkel(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if (c === '\u0001') {
      out += 'io';
      continue;
    }
    // дж is one sound (Джумабаев: Jumabayev / Dzhumabaev)
    if (c === 'д' && w[i + 1] === 'ж') {
      out += 'J';
      i++;
      continue;
    }
    // кс ~ x
    out += CYR[c] ?? (/[a-z]/.test(c) ? c : '');
  }
  return out;
}

const LATIN_PRE: [RegExp, string][] = [
  [/[šŝ]/g, 'S'],
  [/ş/g, 'S'],
  [/[čç]/g, 'C'],
  [/[žǰ]/g, 'J'],
  [/ı/g, 'i'],
];
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/shch|sch/g, 'S'],
  [/dzh|dj|zh|j/g, 'J'],
  [/tch|ch/g, 'C'],
  [/sh/g, 'S'],
  [/kh|h/g, 'H'],
  [/ts|tz/g, 'T'],
  [/ph/g, 'f'],
  [/ck|q|c(?![eiy])/g, 'k'],
  [/c/g, 's'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/[eyi]/g, 'i'],
];

/** Skeleton of a Latin word in any case ("Kassym-Jomart" → "kasimJomart"); possessive "'s" dropped. */
export function latinSkeleton(word: string): string {
  // a word with Cyrillic letters ("АкылбекSadyr", run together) or digits has no Latin reading
  if (/[\u0400-\u052F\p{N}]/u.test(word)) return '';
  let w = word.toLowerCase().replace(/['’ʼ`]s$/, '');
  for (const [re, to] of LATIN_PRE) w = w.replace(re, to);
  w = w.normalize('NFD').replace(/[^a-zA-Z]/g, '');
  for (const [re, to] of LATIN_DIGRAPHS) w = w.replace(re, to);
  return squeeze(w);
}
