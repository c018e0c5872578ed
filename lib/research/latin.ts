// Latin spellings of Cyrillic names for display (the entry header, exports, English citations), and the
// matcher's spelling-insensitive skeletons so that any common Latin spelling of a name (Zhaparov, Japarov,
// Dzhaparov; Tokayev, Tokaev) meets the Cyrillic entry in the search box.
import { cyrillicSkeletons, latinSkeleton } from '../match/translit';

export { toLatin } from '../text/translit';

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
