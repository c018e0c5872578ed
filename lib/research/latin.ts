// Latin spellings of Cyrillic names, and a coarse "skeleton" so that any common Latin spelling of a name
// (Zhaparov, Japarov, Dzhaparov; Tokayev, Tokaev) meets the Cyrillic entry. Small on purpose: the matcher
// (lib/match) owns page matching; this only serves the search box and the entry header.
// TODO(2026-11-23): reuse lib/match's transliteration if it exports one once it lands.

const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
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
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  қ: 'q',
  ұ: 'u',
  ү: 'u',
  ғ: 'gh',
  ң: 'ng',
  ө: 'o',
  ә: 'a',
  і: 'i',
  һ: 'h',
  ў: 'o',
  ҳ: 'h',
  ҷ: 'j',
};

const VOWELS = 'аеёиоуыэюяәөүұі';

/** Readable Latin spelling (BGN/PCGN-like): "Садыр Жапаров" → "Sadyr Zhaparov", "Ерлан" → "Yerlan". */
export function toLatin(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const l = c.toLowerCase();
    let t = CYR_TO_LAT[l];
    if (t === undefined) {
      out += c;
      continue;
    }
    // е after a vowel, a soft/hard sign or at a word start is pronounced "ye" (Yerlan, Tokayev)
    const prev = (s[i - 1] ?? ' ').toLowerCase();
    if (l === 'е' && (VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ' || !/\p{L}/u.test(prev))) t = 'ye';
    if (c !== l && t) t = t[0]!.toUpperCase() + t.slice(1);
    out += t;
  }
  return out;
}

const SKELETON_RULES: [RegExp, string][] = [
  [/['’ʼ`]/g, ''],
  [/shch|sch/g, 's'],
  [/dzh|dj|zh/g, 'j'],
  [/kh|x/g, 'h'],
  [/ts|tz|ch|c/g, 'c'],
  [/sh/g, 's'],
  [/gh/g, 'g'],
  [/q|ck/g, 'k'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/ou/g, 'u'],
  [/y(?=[aeiou])/g, ''],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** Spelling-insensitive Latin key of a name or word, Cyrillic or Latin: "Жапаров" and "Japarov" → "japarov". */
export function skeleton(s: string): string {
  let x = toLatin(s.toLowerCase());
  for (const [re, to] of SKELETON_RULES) x = x.replace(re, to);
  return x;
}
