// Latin spellings of Cyrillic names for display (the entry header, exports, English citations), and the
// matcher's spelling-insensitive skeletons so that any common Latin spelling of a name (Zhaparov, Japarov,
// Dzhaparov; Tokayev, Tokaev) meets the Cyrillic entry in the search box.
import { cyrillicSkeletons, latinSkeleton } from '../match/translit';

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

/** Spelling-insensitive keys of one word, Cyrillic or Latin, from the matcher's transliteration
 *  (lib/match/translit.ts): "Жапаров", "Japarov", "Zhaparov" and "Dzhaparov" share one. A Cyrillic word with
 *  ё has two (yo / e). */
export function skeletons(word: string): string[] {
  const w = word.toLowerCase();
  if (/[a-z]/.test(w) && !/[а-яёіқғңөүұәһ]/.test(w)) return [latinSkeleton(w)];
  const sk = cyrillicSkeletons(w);
  return sk.length ? sk : [w];
}

/** The first key of skeletons(word). */
export const skeleton = (word: string): string => skeletons(word)[0]!;
