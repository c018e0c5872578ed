// Declension of person names, both ways: `forms` generates the six case forms of a nominative name part,
// `analyse*` turns a surface word back into candidate nominatives by trying a few lemma shapes and keeping
// those whose generated forms include the surface. Working on lowercase; callers restore capitalisation.
// Rules follow standard Russian grammar for surnames: possessive (-ов/-ев/-ин/-ын), adjectival (-ский/-ий/-ой),
// consonant-final (declined for men, not for women: "Нуралона", "Ольги Шмидт") and indeclinable ones
// (vowel-final: "Бондаренко", "Дюбуа"; Turkic -улы/-уулу/-кызы; Russian -ых/-их).
import type { GramCase } from '../types';

export type G = 'm' | 'f';
export const CASES: GramCase[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'];
const ALL = CASES;

export interface Reading {
  lemma: string;
  gender: G;
  cases: GramCase[];
}

const VOWELS = 'аеёиоуыэюя';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
const SIBILANT_OR_C = 'жшчщц';
const VELAR_OR_SIB = 'гкхжшчщ';

type Forms = [string, string, string, string, string, string];
const same = (w: string): Forms => [w, w, w, w, w, w];

const INDECLINABLE_SURNAME = /(?:ых|их|улы|ұлы|уулу|кызы|қызы|оглы|заде|зода|зоде)$/;
const POSSESSIVE_M = /(?:ов|ев|ёв|ин|ын)$/;
const POSSESSIVE_F = /(?:ова|ева|ёва|ина|ына)$/;
const ADJ_M = /(?:ский|цкий|ской|цкой|[кгх]ий|[^аеиоуыэюя]ый|(?<!ов|ев|ёв|ин|ын)[^аеиоуыэюякгх]ой)$/;
const ADJ_F = /(?:ская|цкая)$/;

/** The six forms (nom, gen, dat, acc, ins, loc) of a nominative surname, or null if it does not decline so. */
export function surnameForms(lemma: string, g: G): Forms | null {
  const w = lemma;
  const last = w[w.length - 1];
  if (w.length < 2) return null;
  if (INDECLINABLE_SURNAME.test(w)) return same(w);
  // adjective case endings are never a nominative ("Октябрьского", "Белозерскому")
  if (/(?:ого|его|ому|ему)$/.test(w)) return null;
  if (g === 'm') {
    if (POSSESSIVE_M.test(w)) return [w, w + 'а', w + 'у', w + 'а', w + 'ым', w + 'е'];
    if (ADJ_M.test(w) && w.length >= 5) {
      const stem = w.slice(0, -2);
      const soft = VELAR_OR_SIB.includes(stem[stem.length - 1]!) || w.endsWith('ий');
      return [w, stem + 'ого', stem + 'ому', stem + 'ого', stem + (soft ? 'им' : 'ым'), stem + 'ом'];
    }
    if (last === 'й') {
      if (/[оыи]й$/.test(w)) return null;
      const stem = w.slice(0, -1);
      return [w, stem + 'я', stem + 'ю', stem + 'я', stem + 'ем', stem + 'е'];
    }
    if (last === 'ь') {
      const stem = w.slice(0, -1);
      if (isVowel(stem[stem.length - 1])) return null;
      return [w, stem + 'я', stem + 'ю', stem + 'я', stem + 'ем', stem + 'е'];
    }
    if (!isVowel(last)) {
      const ins = SIBILANT_OR_C.includes(last!) ? 'ем' : 'ом';
      return [w, w + 'а', w + 'у', w + 'а', w + ins, w + 'е'];
    }
    if (last === 'а' || last === 'я') {
      // men's surnames in -а/-я decline like nouns ("Окама" → "Окамы", "Гарсия" → "Гарсии"); not the
      // women's forms of possessive or adjectival surnames ("Иванова", "Ключевская", "Берулая")
      if (POSSESSIVE_F.test(w) || ADJ_F.test(w) || /[ая]я$/.test(w) || w.length < 4) return null;
      const stem = w.slice(0, -1);
      const prev = stem[stem.length - 1]!;
      if (last === 'я')
        return [w, stem + 'и', stem + (prev === 'и' ? 'и' : 'е'), stem + 'ю', stem + 'ей', stem + (prev === 'и' ? 'и' : 'е')];
      const y = VELAR_OR_SIB.includes(prev) ? 'и' : 'ы';
      return [w, stem + y, stem + 'е', stem + 'у', stem + (SIBILANT_OR_C.includes(prev) ? 'ей' : 'ой'), stem + 'е'];
    }
    return same(w);
  }
  if (POSSESSIVE_F.test(w)) {
    const stem = w.slice(0, -1);
    return [w, stem + 'ой', stem + 'ой', stem + 'у', stem + 'ой', stem + 'ой'];
  }
  if (ADJ_F.test(w)) {
    const stem = w.slice(0, -2);
    return [w, stem + 'ой', stem + 'ой', stem + 'ую', stem + 'ой', stem + 'ой'];
  }
  // consonant-final and other women's surnames do not decline; a female "-ой" would be a male adjective's form
  return /(?:ой|ий|ый)$/.test(w) ? null : same(w);
}

/** Forms of a nominative first name by the regular paradigm (irregular stems come from the lexicon). */
export function firstNameForms(lemma: string, g: G): Forms {
  const w = lemma;
  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  if (last === 'а' || last === 'я') {
    const stem = w.slice(0, -1);
    if (last === 'я' && prev === 'и') return [w, stem + 'и', stem + 'и', stem + 'ю', stem + 'ей', stem + 'и'];
    const y = last === 'я' || VELAR_OR_SIB.includes(prev ?? '') ? 'и' : 'ы';
    const soft = last === 'я';
    const ins = soft ? 'ей' : SIBILANT_OR_C.includes(prev ?? '') ? 'ей' : 'ой';
    return [w, stem + y, stem + 'е', stem + (soft ? 'ю' : 'у'), stem + ins, stem + 'е'];
  }
  if (g === 'f') {
    if (last === 'ь') {
      const stem = w.slice(0, -1);
      return [w, stem + 'и', stem + 'и', w, stem + 'ью', stem + 'и'];
    }
    return same(w);
  }
  if (last === 'й' || last === 'ь') {
    const stem = w.slice(0, -1);
    const loc = last === 'й' && prev === 'и' ? 'и' : 'е';
    return [w, stem + 'я', stem + 'ю', stem + 'я', stem + 'ем', stem + loc];
  }
  if (!isVowel(last)) {
    const ins = SIBILANT_OR_C.includes(last!) ? 'ем' : 'ом';
    return [w, w + 'а', w + 'у', w + 'а', w + ins, w + 'е'];
  }
  return same(w);
}

const casesOf = (forms: readonly string[], surface: string): GramCase[] => ALL.filter((_, i) => forms[i] === surface);

/** Lemma shapes a surface could come from: itself, or its stem plus a nominative ending. */
function lemmaCandidates(s: string): string[] {
  const out = new Set<string>([s]);
  for (let k = 1; k <= 3 && k < s.length - 1; k++) {
    const stem = s.slice(0, -k);
    for (const end of ['', 'й', 'ь', 'а', 'я', 'ий', 'ый', 'ой', 'ая', 'ия']) out.add(stem + end);
  }
  return [...out];
}

/** Tajik "-зода" surnames stay as written or decline like "глава": "Шарифзоды", "Шарифзоде", "Шарифзодой". */
const ZODA_CASES: Record<string, GramCase[]> = { ы: ['gen'], е: ['dat', 'loc'], у: ['acc'], ой: ['ins'], ою: ['ins'] };

/** Readings of a lowercase surface as a surname (lemma lowercase). */
export function analyseSurname(surface: string): Reading[] {
  const out: Reading[] = [];
  const zoda = /^(.{2,}зод)(ы|е|у|ой|ою)$/.exec(surface);
  if (zoda) for (const g of ['m', 'f'] as const) out.push({ lemma: `${zoda[1]}а`, gender: g, cases: ZODA_CASES[zoda[2]!]! });
  for (const lemma of lemmaCandidates(surface)) {
    for (const g of ['m', 'f'] as const) {
      const f = surnameForms(lemma, g);
      if (!f) continue;
      const cases = casesOf(f, surface);
      if (cases.length) out.push({ lemma, gender: g, cases });
    }
  }
  return out;
}

/** Readings of a lowercase surface as a patronymic (-ович/-евич/-ич, -овна/-евна/-ична). */
export function analysePatronymic(surface: string): Reading[] {
  const m = /^(.+(?:ич))(|а|у|ем|е)$/.exec(surface);
  if (m && m[1]!.length >= 5) {
    const lemma = m[1]!;
    const cases = casesOf([lemma, lemma + 'а', lemma + 'у', lemma + 'а', lemma + 'ем', lemma + 'е'], surface);
    return [{ lemma, gender: 'm', cases }];
  }
  const f = /^(.+(?:вн|чн))(а|ы|е|у|ой)$/.exec(surface);
  if (f && f[1]!.length >= 5) {
    const lemma = f[1]! + 'а';
    const cases = casesOf([lemma, f[1]! + 'ы', f[1]! + 'е', f[1]! + 'у', f[1]! + 'ой', f[1]! + 'е'], surface);
    return [{ lemma, gender: 'f', cases }];
  }
  if (/(?:улы|уулу)$/.test(surface) && surface.length > 5) return [{ lemma: surface, gender: 'm', cases: ALL }];
  if (/(?:кызы|қызы)$/.test(surface) && surface.length > 5) return [{ lemma: surface, gender: 'f', cases: ALL }];
  return [];
}

/** Readings of a lowercase surface as a first name by the regular paradigms; `known` filters by the lexicon. */
export function analyseFirstName(surface: string, genderOf: (lemma: string) => G | null | undefined): Reading[] {
  const out: Reading[] = [];
  for (const lemma of lemmaCandidates(surface)) {
    const known = genderOf(lemma);
    if (known === undefined) continue;
    for (const g of known ? [known] : (['m', 'f'] as const)) {
      // Central Asian women's names in -ь often stay undeclined in Russian text ("с Айгуль Маратовной")
      const cases = g === 'f' && lemma === surface && lemma.endsWith('ь') ? ALL : casesOf(firstNameForms(lemma, g), surface);
      if (cases.length) out.push({ lemma, gender: g, cases });
    }
  }
  return out;
}
