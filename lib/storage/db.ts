// Dexie schema. Versions are append-only: never edit a released `db.version(n)` block; add `version(n + 1)`
// with its upgrade function in its own file under ./migrations and a test for it (tests/storage/migrations).
//
// Every record carries a `layer`: "shipped" rows come from the pack bundled with the extension and are
// replaced wholesale when a new pack ships; "user" rows are the user's own (hidden mentions, their own
// articles and what was extracted from them) and are never touched by a pack import. Records keyed by a
// corpus id use `uid` = `${layer}:${id}` so both layers can hold the same id.
//
// Version 2: a person's statements, roles and mentions of one layer are ONE row of `records` (key
// `${layer}:${personId}`) instead of one row each. IndexedDB's cost is per row and per index entry, not per
// byte: 100 000 statements written as 100 000 rows took ~5 s in Chromium, as 10 000 rows ~0.7 s. Grouping
// by person (not by article) is what the hover card reads — one `bulkGet` of two keys — and keeps the row
// count at the number of persons however many statements a pack has.
import Dexie, { type EntityTable } from 'dexie';
import type { Article, Mention, Person, Role, Statement } from '../extract/pack';
import type { MatchIndex } from '../match';
import { upgradeToRecords } from './migrations/v2-records';
import type { Layer } from './records';

export { type Layer, uid } from './records';

export type ArticleRow = Article & { uid: string; layer: Layer };
export type PersonRow = Person & { uid: string; layer: Layer };
/** A statement, role or mention with its layer: how `records` rows read when flattened (and v1's rows). */
export type StatementRow = Statement & { layer: Layer };
export type RoleRow = Role & { layer: Layer };
export type MentionRow = Mention & { layer: Layer };

/** One person's statements, roles and mentions in one layer (the items carry no layer of their own). */
export interface RecordsRow {
  /** uid(layer, personId) */
  key: string;
  layer: Layer;
  personId: string;
  statements: Statement[];
  roles: Role[];
  mentions: Mention[];
}

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
export const DB_VERSION = 2;

export type TamgaDb = Dexie & {
  meta: EntityTable<MetaRow, 'key'>;
  articles: EntityTable<ArticleRow, 'uid'>;
  persons: EntityTable<PersonRow, 'uid'>;
  records: EntityTable<RecordsRow, 'key'>;
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
  db.version(2)
    .stores({
      records: '&key, layer',
      statements: null,
      roles: null,
      mentions: null,
    })
    .upgrade(upgradeToRecords);
  return db;
}

export const hiddenKey = (url: string, personId: string) => `${url}\u0000${personId}`;
