// The records the research tools work on: the pack's tables, whatever layer (shipped or user) they come
// from. Storage records carry extra fields (layer); structural typing lets them through unchanged.
import type { Article, Mention, Pack, Person, Role, Statement } from '../extract/pack';

export interface Corpus {
  articles: readonly Article[];
  persons: readonly Person[];
  mentions: readonly Mention[];
  roles: readonly Role[];
  statements: readonly Statement[];
}

export function corpusOf(pack: Pack): Corpus {
  return pack;
}

/** Lookups built once over a corpus. */
export interface CorpusMaps {
  articleById: Map<string, Article>;
  personById: Map<string, Person>;
}

export function corpusMaps(c: Corpus): CorpusMaps {
  return {
    articleById: new Map(c.articles.map((a) => [a.id, a])),
    personById: new Map(c.persons.map((p) => [p.id, p])),
  };
}

/** Dates compare as strings ("2021-10" < "2021-10-13" < "2021-11"); undated sorts first. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  return (a ?? '').localeCompare(b ?? '');
}

/** The value at `key`, created by `make` when missing. */
export function getOrAdd<K, V>(m: Map<K, V>, key: K, make: () => V): V {
  let v = m.get(key);
  if (v === undefined) {
    v = make();
    m.set(key, v);
  }
  return v;
}

/** The corpus without one article, its records, and the persons nothing else refers to (what remains after
 *  deleting a user article: the base against which an edited version of it is merged). */
export function withoutArticle(c: Corpus, articleId: string): Corpus {
  const keep = <T extends { articleId: string }>(rows: readonly T[]) => rows.filter((r) => r.articleId !== articleId);
  const mentions = keep(c.mentions);
  const roles = keep(c.roles);
  const statements = keep(c.statements);
  const used = new Set([...mentions, ...roles, ...statements].map((x) => x.personId));
  return {
    articles: c.articles.filter((a) => a.id !== articleId),
    persons: c.persons.filter((p) => used.has(p.id)),
    mentions,
    roles,
    statements,
  };
}
