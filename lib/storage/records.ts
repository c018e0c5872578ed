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
// 1 000 000), so a card costs a few milliseconds at any size. BUCKETS is part of the schema: changing it is
// a new schema version with a migration.
import type { Mention, Person, Role, Statement } from '../extract/pack';

export type Layer = 'shipped' | 'user';

export const BUCKETS = 1024;

export const uid = (layer: Layer, id: string) => `${layer}:${id}`;

/** 32-bit FNV-1a of the person id, modulo BUCKETS. */
export function bucketOf(personId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < personId.length; i++) {
    h ^= personId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

/** The key of the `people` and `records` rows that hold this person in this layer. */
export const bucketKey = (layer: Layer, personId: string) => `${layer}:${bucketOf(personId)}`;

/** The persons of one bucket of one layer. */
export interface PeopleRow {
  key: string;
  layer: Layer;
  persons: Person[];
}

/** The statements, roles and mentions of the persons of one bucket of one layer (items carry no layer). */
export interface RecordsRow {
  key: string;
  layer: Layer;
  statements: Statement[];
  roles: Role[];
  mentions: Mention[];
}

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

/** Group statements, roles and mentions into `records` rows of `layer`, in their order. */
export function groupRecords(layer: Layer, items: Partial<Items>): RecordsRow[] {
  const b = byBucket((key): RecordsRow => ({ key, layer, statements: [], roles: [], mentions: [] }));
  for (const s of items.statements ?? []) b.row(bucketKey(layer, s.personId)).statements.push(s);
  for (const r of items.roles ?? []) b.row(bucketKey(layer, r.personId)).roles.push(r);
  for (const m of items.mentions ?? []) b.row(bucketKey(layer, m.personId)).mentions.push(m);
  return b.rows();
}

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
