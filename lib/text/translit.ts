// Cyrillic (Russian, Kazakh, Kyrgyz, Uzbek, Tajik letters) to a readable Latin spelling, for display, exports,
// English citations and readable ids. Matching uses spelling-insensitive skeletons instead (lib/match/translit.ts).

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

/**
 * Readable Latin spelling (BGN/PCGN-like): "Садыр Жапаров" → "Sadyr Zhaparov", "Ерлан" → "Yerlan".
 * `ye: false` keeps е as "e" everywhere (stable ids: "Токаев" → "Tokaev").
 */
export function toLatin(s: string, opts: { ye?: boolean } = {}): string {
  const ye = opts.ye ?? true;
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
    if (ye && l === 'е' && (VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ' || !/\p{L}/u.test(prev))) t = 'ye';
    if (c !== l && t) t = t[0]!.toUpperCase() + t.slice(1);
    out += t;
  }
  return out;
}
