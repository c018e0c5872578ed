// Corpus pack from per-article extractions: persons merged across articles by identity, readable ids.
// Identity: the same nominative name (case, ё and Kazakh letters folded) is one person. A surname-only person joins
// a person named in full elsewhere only when exactly one such full name has that surname and no first
// name in the corpus conflicts. Ids are slugs of the transliterated name, made unique with a number.
import { foldForMatch, toLatin } from '../text';
import { emptyPack, type Gender, type Pack, type Person } from './pack';
import type { ArticleExtraction, PersonCluster } from './types';

/** Identity key: lowercase, ё and Kazakh/Kyrgyz letters folded ("Тұрсынов" = "Турсынов"). */
const FOLDABLE = /[ёқұүғңөәіһўҳҷӣӯҫӑӗ]/;
const fold = (s: string): string => {
  const l = s.toLowerCase();
  return FOLDABLE.test(l) ? foldForMatch(l) : l;
};

/** "Ахмет-Жан Тұрсынов" → "akhmet-zhan-tursynov". */
export function slugOf(name: string): string {
  const s = toLatin(fold(name), { ye: false })
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s.slice(0, 80) || 'person';
}

interface Acc {
  person: Person;
  lastKey: string;
  firstKey: string | null;
}

export function buildPack(results: ArticleExtraction[]): Pack {
  const pack = emptyPack();
  const byName = new Map<string, Acc>();
  /** Persons named in full, by surname: where a surname-only person may belong. */
  const byLast = new Map<string, Acc[]>();
  const accs: Acc[] = [];
  const usedIds = new Set<string>();
  const newId = (name: string): string => {
    const base = slugOf(name);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const addVariant = (p: Person, v: string) => {
    // spellings that differ only in case are the same; Kazakh letters or ё make a variant worth keeping
    const lv = v.toLowerCase();
    if (lv !== p.name.toLowerCase() && !p.variants.some((x) => x.toLowerCase() === lv)) p.variants.push(v);
  };
  const mergeInfo = (acc: Acc, c: PersonCluster) => {
    const p = acc.person;
    p.gender ??= c.gender as Gender;
    if (!p.patronymic && c.patronymic) p.patronymic = c.patronymic;
    for (const v of c.variants) addVariant(p, v);
  };

  // full names first, so surname-only persons can join them
  const all = results.flatMap((r) => r.analysis.persons.map((c) => ({ r, c })));
  const sorted = [...all].sort((a, b) => Number(!a.c.first) - Number(!b.c.first));
  const accOf = new Map<PersonCluster, Acc>();
  for (const { c } of sorted) {
    // persons known only by an initial are told apart by it ("Б. Осмонов", "А. Осмонов")
    const key = c.first || !c.initial ? fold(c.name) : `${fold(c.name)}|${fold(c.initial)}`;
    let acc = byName.get(key);
    if (!acc && !c.first) {
      const withLast = byLast.get(fold(c.last)) ?? [];
      // known only by initials: the initial must fit ("Б. Осмонов" never joins "Нурлан Осмонов")
      const fits = withLast.length === 1 && (!c.initial || withLast[0]!.firstKey!.startsWith(fold(c.initial)));
      if (fits) acc = withLast[0];
    }
    if (!acc) {
      acc = {
        person: {
          id: newId(c.name),
          name: c.name,
          official: false,
          gender: c.gender,
          variants: [],
          first: c.first,
          last: c.last,
          patronymic: c.patronymic,
        },
        lastKey: fold(c.last),
        firstKey: c.first ? fold(c.first) : null,
      };
      byName.set(key, acc);
      accs.push(acc);
      if (acc.firstKey) byLast.set(acc.lastKey, [...(byLast.get(acc.lastKey) ?? []), acc]);
    } else addVariant(acc.person, c.name);
    mergeInfo(acc, c);
    accOf.set(c, acc);
  }

  const articleIds = new Set<string>();
  for (const r of results) {
    const src = r.analysis.article;
    // two files of the same name in different folders: keep both, the second as "<id>-2"
    let id = src.id;
    for (let n = 2; articleIds.has(id); n++) id = `${src.id}-${n}`;
    articleIds.add(id);
    const a = { ...src, id };
    pack.articles.push({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, text: a.text });
    const idOf = new Map(r.analysis.persons.map((c) => [c.key, accOf.get(c)!.person]));
    for (const c of r.analysis.persons) {
      const p = accOf.get(c)!.person;
      for (const m of c.mentions) pack.mentions.push({ personId: p.id, articleId: a.id, start: m.start, end: m.end });
    }
    for (const role of r.roles) {
      const p = idOf.get(role.personKey);
      if (!p) continue;
      if (role.official) p.official = true;
      pack.roles.push({
        personId: p.id,
        articleId: a.id,
        title: role.title,
        former: role.former,
        official: role.official,
        start: role.start,
        end: role.end,
      });
    }
    let n = 0;
    for (const s of r.statements) {
      const p = idOf.get(s.personKey);
      if (!p) continue;
      n++;
      pack.statements.push({ id: `${a.id}:${n}`, personId: p.id, articleId: a.id, kind: s.kind, text: s.text, start: s.start, end: s.end });
    }
  }
  pack.persons = accs.map((a) => a.person);
  return pack;
}
