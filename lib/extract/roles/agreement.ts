// Case agreement between a role noun and the name right after it. In apposition the two agree
// ("министру Ивану Петрову", "с министром Иваном Петровым"); a name in another case is the role's
// complement, someone else's role: "представителями Петрова" (Petrov's representatives), "супруге первого
// президента — Анне Петровой" (the president is not Anna). Both sides are read from their endings only;
// where an ending does not tell (indeclinable names, unknown shapes) nothing is ruled out.

import { analysePatronymic, type Reading } from '../names/morph';
import { firstReadings, surnameReadings } from '../names/readings';
import type { Doc, MentionRef } from '../speech/doc';
import type { GramCase } from '../types';

const MENS_SURNAME = /(?:ов|ев|ёв|ин|ын)$/;
const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** Cases a person mention can be in: each of its words (first name, patronymic, surname) read as that
 *  person's name part, for each gender the readings' cases intersected across the words; when both genders
 *  fit, the person's. A surname in -ов/-ев/-ин/-ын is a man's (a woman's is -ова/-ина): "муж актрисы Сергей
 *  Сенин" is a nominative, whatever the person stage guessed from the genitive before it. Null when no word
 *  tells. */
export function mentionCases(doc: Doc, m: MentionRef): GramCase[] | null {
  // a known first name in the lexicon's gender first; the lexicon is wrong on some Central Asian women's names
  // ("Толгонай Стамалиева"), so where that reading fits no surname reading, any reading
  const strict = casesOf(doc, m, true);
  return strict?.length === 0 ? casesOf(doc, m, false) : strict;
}

function casesOf(doc: Doc, m: MentionRef, lexGender: boolean): GramCase[] | null {
  const p = doc.persons.get(m.key);
  if (!p) return m.gramCase ? [m.gramCase] : null;
  const lastWord = fold(p.last.split(/\s+/).at(-1) ?? '');
  const first = p.first ? fold(p.first) : null;
  const patronymic = p.patronymic ? fold(p.patronymic) : null;
  const cases: Record<'m' | 'f', GramCase[] | null> = { m: null, f: null };
  let told = false;
  for (let t = m.t0; t < m.t1; t++) {
    if (doc.tokens[t]!.kind !== 'word') continue;
    const w = doc.words[t]!;
    if (w.length < 2) continue;
    const readings: Reading[] = [
      ...surnameReadings(w).filter((r) => fold(r.lemma) === lastWord && !(r.gender === 'f' && MENS_SURNAME.test(r.lemma))),
      ...(first ? firstNameReadings(w, first, lexGender) : []),
      ...(patronymic ? analysePatronymic(w).filter((r) => fold(r.lemma) === patronymic) : []),
    ];
    if (!readings.length) continue;
    told = true;
    for (const g of ['m', 'f'] as const) {
      const here = new Set(readings.filter((r) => r.gender === g).flatMap((r) => r.cases));
      const prev = cases[g];
      cases[g] = prev === null ? [...here] : prev.filter((c) => here.has(c));
    }
  }
  if (!told) return m.gramCase ? [m.gramCase] : null;
  const fits = (['m', 'f'] as const).filter((g) => cases[g]!.length > 0);
  if (fits.length < 2) return fits.length ? cases[fits[0]!]! : [];
  return p.gender ? cases[p.gender]! : [...new Set([...cases.m!, ...cases.f!])];
}

/** Readings of `w` as the first name `first`; a known name in the lexicon's gender only ("Нурбек" is a man's
 *  nominative, not a woman's undeclined name in any case). */
function firstNameReadings(w: string, first: string, lexGender: boolean): Reading[] {
  const rs = firstReadings(w).filter((r) => fold(r.lemma) === first);
  if (!lexGender) return rs;
  const lex = rs.filter((r) => r.known && r.lexGender);
  return lex.length ? lex : rs;
}

/** May the role form `cases` stand in apposition to mention `m`? True unless both tell and share no case. */
export function agrees(doc: Doc, cases: readonly GramCase[] | null, m: MentionRef): boolean {
  if (!cases) return true;
  const mc = mentionCases(doc, m);
  return !mc || mc.length === 0 || mc.some((c) => cases.includes(c));
}
