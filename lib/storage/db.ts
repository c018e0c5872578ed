// Dexie schema. Versions are append-only: never edit a released `db.version(n)` block; add `version(n + 1)`
// with its upgrade function in its own file under ./migrations and a test for it.
//
// Every record carries a `layer`: "shipped" rows come from the pack bundled with the extension and are
// replaced wholesale when a new pack ships; "user" rows are the user's own (hidden mentions today, their own
// articles later) and are never touched by a pack import. Records keyed by a corpus id use `uid` =
// `${layer}:${id}` so both layers can hold the same id.
import Dexie, { type EntityTable } from 'dexie';
import type { Article, Mention, Person, Role, Statement } from '../extract/pack';
import type { MatchIndex } from '../match';

export type Layer = 'shipped' | 'user';

export type ArticleRow = Article & { uid: string; layer: Layer };
export type PersonRow = Person & { uid: string; layer: Layer };
export type StatementRow = Statement & { uid: string; layer: Layer };
export type RoleRow = Role & { seq?: number; layer: Layer };
export type MentionRow = Mention & { seq?: number; layer: Layer };

/** "Not this person": a person hidden on one page (user layer only). */
export interface HiddenRow {
  key: string;
  url: string;
  personId: string;
  layer: 'user';
  at: number;
}

/** Derived data: the match index built from the persons, keyed by what it was built from. */
export interface SurfaceCacheRow {
  key: string;
  /** Hash of the shipped pack + user persons it was built from, and the matcher's INDEX_VERSION. */
  source: string;
  indexVersion: number;
  index: MatchIndex;
  layer: Layer;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'tamga';

export type TamgaDb = Dexie & {
  meta: EntityTable<MetaRow, 'key'>;
  articles: EntityTable<ArticleRow, 'uid'>;
  persons: EntityTable<PersonRow, 'uid'>;
  roles: EntityTable<RoleRow, 'seq'>;
  statements: EntityTable<StatementRow, 'uid'>;
  mentions: EntityTable<MentionRow, 'seq'>;
  surfaces: EntityTable<SurfaceCacheRow, 'key'>;
  hidden: EntityTable<HiddenRow, 'key'>;
};

export function openDb(name = DB_NAME): TamgaDb {
  // Relaxed durability: commits do not wait for the disk flush (atomicity is unchanged). A lost last write
  // after a power cut costs a re-import or one "not this person" click; waiting costs every write.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as TamgaDb;
  db.version(1).stores({
    meta: '&key',
    articles: '&uid, id, layer',
    persons: '&uid, id, layer',
    roles: '++seq, personId, layer',
    statements: '&uid, personId, layer',
    mentions: '++seq, personId, layer',
    surfaces: '&key, layer',
    hidden: '&key, url, layer',
  });
  return db;
}

export const uid = (layer: Layer, id: string) => `${layer}:${id}`;
export const hiddenKey = (url: string, personId: string) => `${url}\u0000${personId}`;
