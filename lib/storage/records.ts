// Schema version 2 stores persons, and their statements, roles and mentions, in buckets: one row per (layer,
// bucket), the bucket a fixed hash of the person id. IndexedDB's cost is per row (each write is a request to
// the browser's storage process), far more than per byte; measured in Chromium's service worker on the
// synthetic 10 000-person / 100 000-statement pack (tests/bench/browser.bench.ts):
//   statements one row each (v1)            100 000 rows  ~5–16 s (machine load)
//   one row per person                       10 000 rows  1.7–2.3 s
//   one row per bucket, 1 024 buckets          1 024 rows  0.76 s     (256 buckets: 0.49 s)
//   persons, one row each / 1 024 buckets     10 000 / 1 024 rows  1.1 s / 0.12 s
// Buckets by person, not by article: the hover card reads ONE row per layer (bulkGet of two keys) whatever
// the pack's size, and the rows hold ~1/1 024 of the corpus each (≈20 KB at 100 000 statements, ≈200 KB at
// 1 000 000), so a card costs a few milliseconds at any size. Articles are in buckets too (`library`, by
// article id): one row each was the rest of the cost at scale (100 000 articles ≈ 14 s). The card then needs
// the title, date, source and URL of the articles its person's items cite without reading those articles:
// each `records` row carries `refs`, those fields for every article its items cite (a layer's records cite
// only that layer's articles: mergePack gives a user article a fresh id, lib/research/import). BUCKETS is part
// of the schema: changing it is a new schema version with a migration.
import type { Article, Mention, Person, Role, Statement } from '../extract/pack';
import { leadOf } from './card';

export type Layer = 'shipped' | 'user';

export const BUCKETS = 1024;

/** 32-bit FNV-1a of a person or article id, modulo BUCKETS. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

/** The key of the `people` and `records` rows that hold this person in this layer (and of the `library` row
 *  that holds an article of this id). */
export const bucketKey = (layer: Layer, id: string) => `${layer}:${bucketOf(id)}`;

/** What the card shows of an article: its title (else its opening words), date, source, URL. */
export interface ArticleRef {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

export const refOf = (a: Article): ArticleRef => ({
  id: a.id,
  title: a.title ?? (leadOf(a.text) || null),
  date: a.date,
  source: a.source,
  url: a.url,
});

/** The articles of one bucket of one layer. */
export interface LibraryRow {
  key: string;
  layer: Layer;
  articles: Article[];
}

/** The persons of one bucket of one layer. */
export interface PeopleRow {
  key: string;
  layer: Layer;
  persons: Person[];
}

/** The statements, roles and mentions of the persons of one bucket of one layer (items carry no layer), and
 *  the refs of the articles its statements and roles cite (what the card shows). */
export interface RecordsRow {
  key: string;
  layer: Layer;
  statements: Statement[];
  roles: Role[];
  mentions: Mention[];
  refs: ArticleRef[];
}

export type ArticleRow = Article & { layer: Layer };
export type PersonRow = Person & { layer: Layer };
export type StatementRow = Statement & { layer: Layer };
export type RoleRow = Role & { layer: Layer };
export type MentionRow = Mention & { layer: Layer };

type Items = { statements: readonly Statement[]; roles: readonly Role[]; mentions: readonly Mention[] };

function byBucket<R extends { key: string }>(make: (key: string) => R) {
  const rows = new Map<string, R>();
  return {
    row(key: string): R {
      let r = rows.get(key);
      if (!r) {
        r = make(key);
        rows.set(key, r);
      }
      return r;
    },
    rows: () => [...rows.values()],
  };
}

/** Group statements, roles and mentions into `records` rows of `layer`, in their order, each row with the
 *  refs of the articles its statements and roles cite (`article(id)`: the layer's own, else the shipped one). */
export function groupRecords(layer: Layer, items: Partial<Items>, article: (id: string) => Article | undefined): RecordsRow[] {
  const b = byBucket((key): RecordsRow => ({ key, layer, statements: [], roles: [], mentions: [], refs: [] }));
  for (const s of items.statements ?? []) b.row(bucketKey(layer, s.personId)).statements.push(s);
  for (const r of items.roles ?? []) b.row(bucketKey(layer, r.personId)).roles.push(r);
  for (const m of items.mentions ?? []) b.row(bucketKey(layer, m.personId)).mentions.push(m);
  const rows = b.rows();
  for (const row of rows) {
    const cited = new Set([...row.statements, ...row.roles].map((x) => x.articleId));
    for (const id of cited) {
      const a = article(id);
      if (a) row.refs.push(refOf(a));
    }
  }
  return rows;
}

/** Group articles into `library` rows of `layer`, in their order. */
export function groupArticles(layer: Layer, articles: readonly Article[]): LibraryRow[] {
  const b = byBucket((key): LibraryRow => ({ key, layer, articles: [] }));
  for (const a of articles) b.row(bucketKey(layer, a.id)).articles.push(a);
  return b.rows();
}

/** Every article of some `library` rows, each with its row's layer. */
export const flattenArticles = (rows: readonly LibraryRow[]): ArticleRow[] =>
  rows.flatMap((r) => r.articles.map((a) => ({ ...a, layer: r.layer })));

/** Group persons into `people` rows of `layer`, in their order. */
export function groupPeople(layer: Layer, persons: readonly Person[]): PeopleRow[] {
  const b = byBucket((key): PeopleRow => ({ key, layer, persons: [] }));
  for (const p of persons) b.row(bucketKey(layer, p.id)).persons.push(p);
  return b.rows();
}

/** Every statement, role and mention of some `records` rows, each with its row's layer. */
export function flattenRecords(rows: readonly RecordsRow[]) {
  const statements: StatementRow[] = [];
  const roles: RoleRow[] = [];
  const mentions: MentionRow[] = [];
  for (const r of rows) {
    for (const s of r.statements) statements.push({ ...s, layer: r.layer });
    for (const x of r.roles) roles.push({ ...x, layer: r.layer });
    for (const m of r.mentions) mentions.push({ ...m, layer: r.layer });
  }
  return { statements, roles, mentions };
}

/** Every person of some `people` rows, each with its row's layer. */
export const flattenPeople = (rows: readonly PeopleRow[]): PersonRow[] =>
  rows.flatMap((r) => r.persons.map((p) => ({ ...p, layer: r.layer })));
