// Version 1 → 2: every row of the v1 tables `statements`, `roles` and `mentions` moves into `records`, one row
// per (layer, person), items in their v1 order (primary key: statement uid, role/mention insertion order).
// Dexie runs this inside the versionchange transaction, before it drops the three v1 tables, so the upgrade
// is all or nothing: a failure leaves the v1 database as it was. A row of any layer other than "shipped"
// goes to the user layer — a shipped import would otherwise delete it, and a user row is never lost.
import type { Transaction } from 'dexie';
import type { Mention, Role, Statement } from '../../extract/pack';
import { groupRecords, type Layer } from '../records';

type V1Item = { layer?: unknown; uid?: unknown; seq?: unknown };

function strip<T>(row: T & V1Item): { layer: Layer; item: T } {
  const { layer, uid: _u, seq: _s, ...item } = row;
  return { layer: layer === 'shipped' ? 'shipped' : 'user', item: item as T };
}

export async function upgradeToRecords(tx: Transaction): Promise<void> {
  const items = {
    shipped: { statements: [] as Statement[], roles: [] as Role[], mentions: [] as Mention[] },
    user: { statements: [] as Statement[], roles: [] as Role[], mentions: [] as Mention[] },
  };
  for (const table of ['statements', 'roles', 'mentions'] as const) {
    await tx.table(table).each((row: Statement & Role & Mention & V1Item) => {
      const { layer, item } = strip(row);
      items[layer][table].push(item);
    });
  }
  await tx.table('records').bulkAdd([...groupRecords('user', items.user), ...groupRecords('shipped', items.shipped)]);
}
