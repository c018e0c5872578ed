// The `records` table's rows (schema version 2): one person's statements, roles and mentions of one layer in
// one row. Grouping and flattening live here, apart from db.ts, so the migration can use them too.
import type { Mention, Role, Statement } from '../extract/pack';
import type { MentionRow, RecordsRow, RoleRow, StatementRow } from './db';

export type Layer = 'shipped' | 'user';

export const uid = (layer: Layer, id: string) => `${layer}:${id}`;

type Items = { statements: readonly Statement[]; roles: readonly Role[]; mentions: readonly Mention[] };

/** Group statements, roles and mentions into one `records` row per person of `layer`, in their order. */
export function groupRecords(layer: Layer, items: Partial<Items>): RecordsRow[] {
  const rows = new Map<string, RecordsRow>();
  const row = (personId: string) => {
    let r = rows.get(personId);
    if (!r) {
      r = { key: uid(layer, personId), layer, personId, statements: [], roles: [], mentions: [] };
      rows.set(personId, r);
    }
    return r;
  };
  for (const s of items.statements ?? []) row(s.personId).statements.push(s);
  for (const r of items.roles ?? []) row(r.personId).roles.push(r);
  for (const m of items.mentions ?? []) row(m.personId).mentions.push(m);
  return [...rows.values()];
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

/** Statements, roles and mentions of a records row, counted. */
export const itemCount = (r: RecordsRow) => r.statements.length + r.roles.length + r.mentions.length;
