// Imports the shipped pack into the "shipped" layer. Check-and-import run in ONE read-write transaction, so the
// two callers the background has at start-up (onStartup and onInstalled, which can race) cannot both import,
// and a reader never sees a half-replaced shipped layer. User-layer rows are never touched.
import { PACK_FORMAT_VERSION, type Pack } from '../extract/pack';
import type { Layer, TamgaDb } from './db';
import { groupArticles, groupPeople, groupRecords } from './records';

const BATCH = 5_000;
export const SHIPPED_META = 'shippedPack';

export interface ShippedMeta {
  hash: string;
  format: number;
  importedAt: string;
  counts: { articles: number; persons: number; statements: number; roles: number; mentions: number };
}

/** SHA-256 of the pack's file (its text as UTF-8): the pack's identity for "already imported?". */
export async function packHash(file: string | ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', typeof file === 'string' ? new TextEncoder().encode(file) : file);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function bulkAddInBatches<T>(table: { bulkAdd(rows: T[]): Promise<unknown> }, rows: T[]) {
  for (let i = 0; i < rows.length; i += BATCH) await table.bulkAdd(rows.slice(i, i + BATCH));
}

export async function importShippedPack(db: TamgaDb, pack: Pack, hash: string): Promise<'imported' | 'unchanged'> {
  const layer: Layer = 'shipped';
  return db.transaction('rw', [db.meta, db.library, db.people, db.records, db.surfaces], async () => {
    const meta = (await db.meta.get(SHIPPED_META))?.value as ShippedMeta | undefined;
    if (meta && meta.hash === hash && meta.format === PACK_FORMAT_VERSION) return 'unchanged';
    for (const table of [db.library, db.people, db.records, db.surfaces]) {
      await table.where('layer').equals(layer).delete();
    }
    // Articles, persons, and the persons' statements, roles and mentions, in bucket rows (schema v2, ./records.ts).
    const articles = new Map(pack.articles.map((a) => [a.id, a]));
    await bulkAddInBatches(db.library, groupArticles(layer, pack.articles));
    await bulkAddInBatches(db.people, groupPeople(layer, pack.persons));
    await bulkAddInBatches(
      db.records,
      groupRecords(layer, pack, (id) => articles.get(id)),
    );
    const value: ShippedMeta = {
      hash,
      format: PACK_FORMAT_VERSION,
      importedAt: new Date().toISOString(),
      counts: {
        articles: pack.articles.length,
        persons: pack.persons.length,
        statements: pack.statements.length,
        roles: pack.roles.length,
        mentions: pack.mentions.length,
      },
    };
    await db.meta.put({ key: SHIPPED_META, value });
    return 'imported';
  });
}
