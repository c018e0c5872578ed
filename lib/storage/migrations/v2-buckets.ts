// Version 1 → 2: every row of the v1 tables `persons`, `statements`, `roles` and `mentions` moves into the
// bucket rows of `people` and `records` (../records.ts) of its layer, in v1 order (primary key: person and
// statement uid, role and mention insertion order). Dexie runs this inside the versionchange transaction and
// drops the four v1 tables after it, so the upgrade is all or nothing: a failure (no space) leaves the v1
// database as it was, and the next start tries again. A row whose layer is not "shipped" goes to the user
// layer: a shipped import would delete it otherwise, and a user row must never be lost.
import type { Transaction } from 'dexie';
import type { Mention, Person, Role, Statement } from '../../extract/pack';
import { groupPeople, groupRecords, type Layer } from '../records';

type V1Row = { layer?: unknown; uid?: unknown; seq?: unknown };

function strip<T>(row: T & V1Row): { layer: Layer; item: T } {
  const { layer, uid: _u, seq: _s, ...item } = row;
  return { layer: layer === 'shipped' ? 'shipped' : 'user', item: item as T };
}

export async function upgradeToBuckets(tx: Transaction): Promise<void> {
  const empty = () => ({ persons: [] as Person[], statements: [] as Statement[], roles: [] as Role[], mentions: [] as Mention[] });
  const items = { shipped: empty(), user: empty() };
  for (const table of ['persons', 'statements', 'roles', 'mentions'] as const) {
    await tx.table(table).each((row: Person & Statement & Role & Mention & V1Row) => {
      const { layer, item } = strip(row);
      items[layer][table].push(item);
    });
  }
  for (const layer of ['user', 'shipped'] as const) {
    await tx.table('people').bulkAdd(groupPeople(layer, items[layer].persons));
    await tx.table('records').bulkAdd(groupRecords(layer, items[layer]));
  }
}
