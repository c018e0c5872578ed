// Dexie schema. Versions are append-only: never edit a released `db.version(n)` block; add `version(n + 1)`
// with its upgrade function in its own file under ./migrations and a test for it (tests/storage/migrations).
//
// Every row carries a `layer`: "shipped" rows come from the pack bundled with the extension and are
// replaced wholesale when a new pack ships; "user" rows are the user's own (hidden mentions, their own
// articles and what was extracted from them) and are never touched by a pack import. Rows are keyed by
// `${layer}:…` so both layers can hold the same ids.
//
// Version 2: persons, and their statements, roles and mentions, are stored in buckets — one `people` and one
// `records` row per (layer, hash bucket of the person id), one `library` row per (layer, hash bucket of the
// article id) — instead of one row each: IndexedDB's cost is per row. Figures and the choice of buckets by
// person in ./records.ts; the upgrade in ./migrations/v2-buckets.ts.
import Dexie, { type EntityTable } from 'dexie';
import type { MatchIndex } from '../match';
import { upgradeToBuckets } from './migrations/v2-buckets';
import type { Layer, LibraryRow, PeopleRow, RecordsRow } from './records';

export type {
  ArticleRef,
  ArticleRow,
  Layer,
  LibraryRow,
  MentionRow,
  PeopleRow,
  PersonRow,
  RecordsRow,
  RoleRow,
  StatementRow,
} from './records';

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
  library: EntityTable<LibraryRow, 'key'>;
  people: EntityTable<PeopleRow, 'key'>;
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
      library: '&key, layer',
      people: '&key, layer',
      records: '&key, layer',
      articles: null,
      persons: null,
      statements: null,
      roles: null,
      mentions: null,
    })
    .upgrade(upgradeToBuckets);
  return db;
}

export const hiddenKey = (url: string, personId: string) => `${url}\u0000${personId}`;
