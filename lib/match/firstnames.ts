// "Is this word a first name?" for conflict detection ("Александр Лебедев" is not the known "Сергей
// Лебедев"). The first names of all known persons are in the index; beyond them the general first-name
// lexicon of lib/extract is consulted through the nominative lemmas an oblique form may come from.
import { firstNameGender, irregularFirstName } from '../extract/lexicon/first-names';

/** Nominative lemmas a folded word form may come from as a first name ("акылбеком" → "акылбек"). */
export function firstNameLemmas(f: string): string[] {
  const out = [f];
  const strip = (suffix: string, ...adds: string[]) => {
    if (f.length > suffix.length + 1 && f.endsWith(suffix)) for (const a of adds) out.push(f.slice(0, -suffix.length) + a);
  };
  strip('ом', '');
  strip('ем', 'ь', 'й', '');
  strip('ой', 'а');
  strip('ей', 'я', 'ь');
  strip('ью', 'ь');
  strip('а', '', 'ь', 'й');
  strip('я', 'ь', 'й');
  strip('у', '', 'а');
  strip('ю', 'ь', 'й', 'я');
  strip('е', '', 'а', 'я', 'ь', 'й');
  strip('ы', 'а');
  strip('и', 'а', 'я', 'ь', 'ия');
  return out;
}

const extractLexicon = (lemma: string): boolean => firstNameGender(lemma) !== undefined;
let lexicon: ((lemma: string) => boolean) | null = extractLexicon;

/** Replace the first-name lexicon (lemma → is a first name); null turns it off, undefined restores lib/extract's. */
export function setFirstNameLexicon(fn: ((lemma: string) => boolean) | null | undefined): void {
  lexicon = fn === undefined ? extractLexicon : fn;
}

/**
 * Endings of Kyrgyz, Kazakh, Uzbek, Tajik and Turkmen given names the lexicon lacks ("Нурбек", "Эркинбай",
 * "Галымурат", "Айжамал", "Гурбангулы", "Ташберды"): general knowledge of name parts; "-стан" places are
 * not names.
 */
const CENTRAL_ASIAN_FIRST =
  /^.{2,}(бек|бай|жан|жон|гуль|гул|гулы|кулы|мурат|мурад|мырат|берды|гелди|гельды|болат|айым|бике|жамал|кул|назар|дин|ддин|улла|али)$/;
export const hasCentralAsianFirstNameShape = (lemma: string): boolean => CENTRAL_ASIAN_FIRST.test(lemma) && !lemma.endsWith('стан');

/** The folded word is a form of a first name in the lexicon (or of a Central Asian given-name shape). */
export function isFirstNameWord(folded: string): boolean {
  if (!lexicon) return false;
  for (const l of firstNameLemmas(folded)) if (lexicon(l) || hasCentralAsianFirstNameShape(l)) return true;
  const irr = irregularFirstName(folded);
  return irr !== undefined && lexicon(irr);
}

/** A nominative first name the lexicon knows ("Касым-Жомарт": either part). */
export function isKnownFirstName(lemma: string): boolean {
  if (!lexicon) return false;
  const f = lemma.toLowerCase().replace(/ё/g, 'е');
  return f.split('-').some((part) => lexicon!(part) || lexicon!(part.replace(/е/g, 'ё')) || hasCentralAsianFirstNameShape(part));
}
