// Search-side word normalisation: fold (lib/text foldForMatch) and strip a Russian inflectional ending so
// that every case form of a name or word meets the same key ("Жапарову", "Жапаровым" → "жапаров").
// Crude on purpose: only vowel-initial endings go, so surnames in -ов/-ев/-ин keep their suffix.
import { foldForMatch } from '../text';

const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ыми',
  'ими',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ой',
  'ей',
  'ий',
  'ый',
  'ым',
  'им',
  'ая',
  'яя',
  'ое',
  'ее',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ию',
  'ия',
  'ие',
  'ии',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'ь',
  'й',
];

const MIN_STEM = 3;

/** Stem of one folded Cyrillic word; Latin and short words are returned as they are. */
export function stemWord(folded: string): string {
  if (!/[а-я]$/.test(folded)) return folded;
  for (const e of ENDINGS) {
    if (folded.endsWith(e) && folded.length - e.length >= MIN_STEM) return folded.slice(0, -e.length);
  }
  return folded;
}

/** Words (letters and digits, hyphens kept inside) of a text, folded. */
export function words(text: string): string[] {
  return foldForMatch(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Lowercase words with their letters kept (ё, қ, …), for transliteration. */
export function rawWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Folded, stemmed words of a text. */
export function stems(text: string): string[] {
  return words(text).map(stemWord);
}
