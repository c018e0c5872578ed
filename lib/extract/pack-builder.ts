// Corpus pack from per-article extractions: persons merged across articles by identity, readable ids.
// Identity: the same nominative name (case, ё and Kazakh letters folded) is one person. A surname-only person joins
// a person named in full elsewhere only when exactly one such full name has that surname and no first
// name in the corpus conflicts. Ids are slugs of the transliterated name, made unique with a number.
//
// Two steps, so that a corpus can be built one article at a time (lib/cli streams 100 000 articles through it):
//   articleRecord  one extraction → a small JSON-safe record (what the corpus stage needs, persons by index)
//   PackBuilder    add(record) per article, in corpus order: full names join or create persons at once;
//                  finish(): surname-only persons (they need every full name), then ids are final.
// buildPack does both in memory; the result is the same whichever way the records arrive.
import { foldForMatch, toLatin } from '../text';
import { type Article, emptyPack, type Gender, type Mention, type Pack, type Person, type Role, type Statement } from './pack';
import type { ArticleExtraction } from './types';

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

/** One person within one article, as the corpus stage needs it (a PersonCluster without its mentions). */
export interface PersonRecord {
  name: string;
  first: string | null;
  last: string;
  patronymic: string | null;
  gender: Gender;
  variants: string[];
  /** First-name initial of a person named only by initials ('' when two disagree), else null. */
  initial: string | null;
}

/**
 * One article's extraction, JSON-safe: the article as the pack stores it (id as given), its persons, and its
 * mentions, roles and statements pointing at them by index into `persons`. Roles and statements of nobody
 * in `persons` are already left out. `corpus map` writes these as JSON lines; `corpus merge` reads them.
 */
export interface ArticleRecord {
  article: Article;
  persons: PersonRecord[];
  mentions: { person: number; start: number; end: number }[];
  roles: {
    person: number;
    title: string;
    former: boolean;
    official: boolean;
    reference?: true;
    start: number;
    end: number;
  }[];
  statements: { person: number; kind: 'quote' | 'reported'; text: string; start: number; end: number }[];
}

export function articleRecord(r: ArticleExtraction): ArticleRecord {
  const a = r.analysis.article;
  const clusters = r.analysis.persons;
  // the last cluster with a key wins, as a Map built from them would
  const indexOf = new Map(clusters.map((c, i) => [c.key, i]));
  const rec: ArticleRecord = {
    article: { id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, text: a.text },
    persons: clusters.map((c) => ({
      name: c.name,
      first: c.first,
      last: c.last,
      patronymic: c.patronymic,
      gender: c.gender,
      variants: [...c.variants],
      initial: c.initial ?? null,
    })),
    mentions: [],
    roles: [],
    statements: [],
  };
  clusters.forEach((c, person) => {
    for (const m of c.mentions) rec.mentions.push({ person, start: m.start, end: m.end });
  });
  for (const role of r.roles) {
    const person = indexOf.get(role.personKey);
    if (person === undefined) continue;
    rec.roles.push({
      person,
      title: role.title,
      former: role.former,
      official: role.official,
      ...(role.reference ? { reference: true as const } : {}),
      start: role.start,
      end: role.end,
    });
  }
  for (const s of r.statements) {
    const person = indexOf.get(s.personKey);
    if (person !== undefined) rec.statements.push({ person, kind: s.kind, text: s.text, start: s.start, end: s.end });
  }
  return rec;
}

interface Acc {
  person: Person;
  lastKey: string;
  firstKey: string | null;
}

/** An added article: its id in the pack (unique) and the corpus-wide number of its first person. */
export interface Added {
  id: string;
  base: number;
}

/**
 * Persons merged over a corpus, one article record at a time. State grows with the persons and the article
 * ids, never with the texts: the caller keeps (or writes out) articles and rows.
 */
export class PackBuilder {
  private readonly byName = new Map<string, Acc>();
  /** Persons named in full, by surname: where a surname-only person may belong. */
  private readonly byLast = new Map<string, Acc[]>();
  private readonly accs: Acc[] = [];
  private readonly accIndex = new Map<Acc, number>();
  private readonly usedIds = new Set<string>();
  private readonly articleIds = new Set<string>();
  /** Corpus-wide person number → index into accs, or -2 - i for pending[i] (surname-only, joined by finish). */
  private readonly accOf: number[] = [];
  /**
   * Surname-only persons, in corpus order of first sight: they join a full name only once every full name is
   * known. A record equal to an earlier one joins the same person and adds nothing to it, so it is kept once
   * (state grows with the distinct spellings, not with the articles).
   */
  private readonly pending: { c: PersonRecord; official: boolean }[] = [];
  private readonly pendingIndex = new Map<string, number>();
  private pendingAcc: number[] = [];
  private finished = false;

  add(rec: ArticleRecord): Added {
    if (this.finished) throw new Error('PackBuilder: add after finish');
    // two files of the same name in different folders: keep both, the second as "<id>-2"
    const src = rec.article.id;
    let id = src;
    for (let n = 2; this.articleIds.has(id); n++) id = `${src}-${n}`;
    this.articleIds.add(id);
    const base = this.accOf.length;
    const official = rec.persons.map(() => false);
    for (const r of rec.roles) if (r.official) official[r.person] = true;
    rec.persons.forEach((c, i) => {
      if (c.first) {
        const acc = this.join(c);
        if (official[i]) acc.person.official = true;
        this.accOf.push(this.accIndex.get(acc)!);
        return;
      }
      const key = JSON.stringify([c.name, c.first, c.last, c.patronymic, c.gender, c.variants, c.initial]);
      let u = this.pendingIndex.get(key);
      if (u === undefined) {
        u = this.pending.push({ c, official: false }) - 1;
        this.pendingIndex.set(key, u);
      }
      if (official[i]) this.pending[u]!.official = true;
      this.accOf.push(-2 - u);
    });
    return { id, base };
  }

  /** Surname-only persons join or become persons; returns every person, in pack order. */
  finish(): Person[] {
    if (!this.finished) {
      this.finished = true;
      this.pendingAcc = this.pending.map(({ c, official }) => {
        const acc = this.join(c);
        if (official) acc.person.official = true;
        return this.accIndex.get(acc)!;
      });
      this.pending.length = 0;
      this.pendingIndex.clear();
    }
    return this.accs.map((a) => a.person);
  }

  /** The id of corpus-wide person number n (after finish). */
  personId(n: number): string {
    const a = this.accOf[n]!;
    return this.accs[a >= 0 ? a : this.pendingAcc[-2 - a]!]!.person.id;
  }

  private join(c: PersonRecord): Acc {
    // persons known only by an initial are told apart by it ("Б. Осмонов", "А. Осмонов")
    const key = c.first || !c.initial ? fold(c.name) : `${fold(c.name)}|${fold(c.initial)}`;
    let acc = this.byName.get(key);
    if (!acc && !c.first) {
      const withLast = this.byLast.get(fold(c.last)) ?? [];
      // known only by initials: the initial must fit ("Б. Осмонов" never joins "Нурлан Осмонов")
      const fits = withLast.length === 1 && (!c.initial || withLast[0]!.firstKey!.startsWith(fold(c.initial)));
      if (fits) acc = withLast[0];
    }
    if (!acc) {
      acc = {
        person: {
          id: this.newId(c.name),
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
      this.byName.set(key, acc);
      this.accIndex.set(acc, this.accs.length);
      this.accs.push(acc);
      if (acc.firstKey) this.byLast.set(acc.lastKey, [...(this.byLast.get(acc.lastKey) ?? []), acc]);
    } else addVariant(acc.person, c.name);
    const p = acc.person;
    p.gender ??= c.gender;
    if (!p.patronymic && c.patronymic) p.patronymic = c.patronymic;
    for (const v of c.variants) addVariant(p, v);
    return acc;
  }

  private newId(name: string): string {
    const base = slugOf(name);
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }
}

function addVariant(p: Person, v: string): void {
  // spellings that differ only in case are the same; Kazakh letters or ё make a variant worth keeping
  const lv = v.toLowerCase();
  if (lv !== p.name.toLowerCase() && !p.variants.some((x) => x.toLowerCase() === lv)) p.variants.push(v);
}

/** The pack's article entry for an added record. */
export const packArticle = (rec: ArticleRecord, added: Added): Article => {
  const a = rec.article;
  return { id: added.id, title: a.title, date: a.date, source: a.source, url: a.url, text: a.text };
};

/** The pack's mentions, roles and statements of an added record (after finish: they need final person ids). */
export function packRows(
  rec: Pick<ArticleRecord, 'mentions' | 'roles' | 'statements'>,
  added: Added,
  personId: (n: number) => string,
): { mentions: Mention[]; roles: Role[]; statements: Statement[] } {
  const articleId = added.id;
  const pid = (i: number) => personId(added.base + i);
  return {
    mentions: rec.mentions.map((m) => ({ personId: pid(m.person), articleId, start: m.start, end: m.end })),
    roles: rec.roles.map((r) => ({
      personId: pid(r.person),
      articleId,
      title: r.title,
      former: r.former,
      official: r.official,
      ...(r.reference ? { reference: true } : {}),
      start: r.start,
      end: r.end,
    })),
    statements: rec.statements.map((s, i) => ({
      id: `${articleId}:${i + 1}`,
      personId: pid(s.person),
      articleId,
      kind: s.kind,
      text: s.text,
      start: s.start,
      end: s.end,
    })),
  };
}

export function buildPack(results: ArticleExtraction[]): Pack {
  const pack = emptyPack();
  const builder = new PackBuilder();
  const records = results.map(articleRecord);
  const added = records.map((r) => builder.add(r));
  pack.persons = builder.finish();
  const personId = (n: number) => builder.personId(n);
  records.forEach((rec, i) => {
    pack.articles.push(packArticle(rec, added[i]!));
    const rows = packRows(rec, added[i]!, personId);
    pack.mentions.push(...rows.mentions);
    pack.roles.push(...rows.roles);
    pack.statements.push(...rows.statements);
  });
  return pack;
}
