// A known person's name split into the parts the matcher needs, from the pack's fields (first, last,
// patronymic) or, when they are absent, from the nominative name and its variants.
import type { Person } from '../extract/pack';
import { foldName, isPatronymic, PATRONYMIC_TAILS } from './forms';

export interface NameParts {
  /** First names (nominative), the canonical one first; several when variants spell it differently. */
  firsts: string[];
  /** Surnames (nominative); a multi-word surname ("Садыр уулу") is one entry with a space. */
  lasts: string[];
  patronymics: string[];
  /** Further given names between first name and surname ("Реджеп Тайип Эрдоган"). */
  middles: string[];
}

const INITIAL = /^\p{Lu}\.?$/u;

/** Split one nominative name ("Нурсултан Абишевич Назарбаев", "Н.А. Назарбаев", "Нурлан Садыр уулу"). */
export function splitName(name: string): { first: string | null; last: string | null; patronymic: string | null; middles: string[] } {
  const words = name
    .replace(/(\p{Lu})\.(?=\p{Lu})/gu, '$1. ')
    .split(/[\s\u00A0]+/)
    .filter((w) => w && !INITIAL.test(w) && /\p{L}/u.test(w));
  if (!words.length) return { first: null, last: null, patronymic: null, middles: [] };
  // "Садыр уулу" / "Муратбек кызы" at the end: a patronymic-surname of two words
  let lastWords = 1;
  if (words.length >= 2 && PATRONYMIC_TAILS.has(foldName(words[words.length - 1]!))) lastWords = 2;
  const last = words.slice(-lastWords).join(' ');
  const rest = words.slice(0, -lastWords);
  const first = rest[0] ?? null;
  let patronymic: string | null = null;
  const middles: string[] = [];
  for (const w of rest.slice(1)) {
    if (!patronymic && isPatronymic(w)) patronymic = w;
    else middles.push(w);
  }
  return { first, last, patronymic, middles };
}

export function nameParts(p: Person): NameParts {
  const main = splitName(p.name);
  const firsts: string[] = [];
  const lasts: string[] = [];
  const patronymics: string[] = [];
  const middles: string[] = [];
  const push = (xs: string[], x: string | null | undefined) => {
    if (x && !xs.some((y) => foldName(y) === foldName(x))) xs.push(x);
  };
  push(firsts, p.first ?? main.first);
  push(lasts, p.last ?? main.last);
  push(patronymics, p.patronymic ?? main.patronymic);
  for (const m of main.middles) push(middles, m);
  for (const v of p.variants) {
    const s = splitName(v);
    push(firsts, s.first);
    push(lasts, s.last);
    push(patronymics, s.patronymic);
    for (const m of s.middles) push(middles, m);
  }
  return { firsts, lasts, patronymics, middles };
}
