// Case agreement between a role noun and the name right after it. In apposition the two agree
// ("министру Ивану Петрову", "с министром Иваном Петровым"); a name in another case is the role's
// complement, someone else's role: "представителями Петрова" (Petrov's representatives), "супруге первого
// президента — Анне Петровой" (the president is not Anna). Both sides are read from their endings only;
// where an ending does not tell (indeclinable names, unknown shapes) nothing is ruled out.

import { analysePatronymic, type Reading } from '../names/morph';
import { firstReadings, surnameReadings } from '../names/readings';
import type { Doc, MentionRef } from '../speech/doc';
import type { GramCase } from '../types';

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** Cases a singular form of a role noun can be in, given its lemma ("министру", "министр" → dat), or null
 *  when the form is not a regular ending of the lemma (indeclinable "замминистра", unknown shapes). */
export function headCases(form: string, lemma: string): GramCase[] | null {
  const f = fold(form).replace(/^экс-/, '');
  const l = fold(lemma);
  if (f === l) return ['nom'];
  const last = l[l.length - 1]!;
  if (last === 'а' || last === 'я') {
    // "глава", "судья": главы / главе / главу / главой
    if (!f.startsWith(l.slice(0, -1))) return null;
    const end = f.slice(l.length - 1);
    const soft = last === 'я';
    if (end === (soft ? 'и' : 'ы') || end === 'и') return ['gen'];
    if (end === 'е') return ['dat', 'loc'];
    if (end === (soft ? 'ю' : 'у')) return ['acc'];
    if (end === (soft ? 'ей' : 'ой') || end === 'ою' || end === 'ею') return ['ins'];
    return null;
  }
  const stem = last === 'ь' || last === 'й' ? l.slice(0, -1) : l;
  if (!f.startsWith(stem)) return null;
  const end = f.slice(stem.length);
  if (end === 'а' || end === 'я') return ['gen', 'acc'];
  if (end === 'у' || end === 'ю') return ['dat'];
  if (end === 'ом' || end === 'ем' || end === 'ём') return ['ins'];
  if (end === 'е') return ['loc'];
  return null;
}

/** Cases a person mention can be in: each of its words (first name, patronymic, surname) read as that
 *  person's name part, the readings' cases intersected. Null when no word tells. */
export function mentionCases(doc: Doc, m: MentionRef): GramCase[] | null {
  const p = doc.persons.get(m.key);
  if (!p) return m.gramCase ? [m.gramCase] : null;
  const gender = p.gender;
  const lastWord = fold(p.last.split(/\s+/).at(-1) ?? '');
  const parts: Array<[string | null, (w: string) => Reading[]]> = [
    [lastWord, surnameReadings],
    [p.first ? fold(p.first) : null, firstReadings],
    [p.patronymic ? fold(p.patronymic) : null, analysePatronymic],
  ];
  let out = null as GramCase[] | null;
  for (let t = m.t0; t < m.t1; t++) {
    if (doc.tokens[t]!.kind !== 'word') continue;
    const w = doc.words[t]!;
    if (w.length < 2) continue;
    const cases = new Set<GramCase>();
    for (const [lemma, read] of parts) {
      if (!lemma) continue;
      for (const r of read(w)) if (fold(r.lemma) === lemma && (!gender || r.gender === gender)) for (const c of r.cases) cases.add(c);
    }
    if (!cases.size) continue;
    out = out === null ? [...cases] : out.filter((c) => cases.has(c));
  }
  return out ?? (m.gramCase ? [m.gramCase] : null);
}

/** May the role form `cases` stand in apposition to mention `m`? True unless both tell and share no case. */
export function agrees(doc: Doc, cases: readonly GramCase[] | null, m: MentionRef): boolean {
  if (!cases) return true;
  const mc = mentionCases(doc, m);
  return !mc || mc.length === 0 || mc.some((c) => cases.includes(c));
}
