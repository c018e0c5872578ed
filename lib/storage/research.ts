// Side-panel queries: the whole corpus as the research tools see it (both layers, user corrections applied
// on top), and the user layer's writes (statements, roles and mentions as one `records` row per person and
// layer, schema v2): saving
// extracted articles and imported packs (one transaction, all or nothing), deleting the user's own
// articles, recording corrections. Corrections live in `meta` under one key (no schema change): they are
// few, and a shipped-pack import, which replaces only shipped rows, leaves them alone.
// User records keep a user-layer copy of every person they refer to, so they stay whole when a shipped
// update renames or drops that person; on load a user person who is a shipped person by identity
// (lib/research/import samePerson) is folded into it, so nobody appears twice.
import type { EntityTable, IDType } from 'dexie';
import type { Article, Mention, Person, Role, Statement } from '../extract/pack';
import type { Corpus } from '../research/corpus';
import { applyCorrections, type Correction } from '../research/corrections';
import { type MergePlan, samePerson } from '../research/import';
import type { Layer, TamgaDb } from './db';
import { bucketKey, flattenArticles, flattenPeople, flattenRecords, groupArticles, groupPeople, groupRecords } from './records';

export const CORRECTIONS_META = 'corrections';

export interface ResearchCorpus {
  corpus: Corpus;
  /** ids of articles from the user layer (editable, deletable) */
  userArticles: Set<string>;
  corrections: Correction[];
  /** corrections that no longer fit their article (text changed, item gone) */
  stale: Correction[];
}

function byIdUserFirst<T extends { id: string; layer: Layer }>(rows: T[]): T[] {
  const m = new Map<string, T>();
  for (const r of rows) if (r.layer === 'user' || !m.has(r.id)) m.set(r.id, r);
  return [...m.values()];
}

const strip = <T extends object>(row: T): T => {
  const { uid: _u, layer: _l, seq: _s, ...rest } = row as T & { uid?: unknown; layer?: unknown; seq?: unknown };
  return rest as T;
};

export async function loadCorrections(db: TamgaDb): Promise<Correction[]> {
  const v = (await db.meta.get(CORRECTIONS_META))?.value;
  return Array.isArray(v) ? (v as Correction[]) : [];
}

export async function addCorrection(db: TamgaDb, c: Correction): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const all = (await loadCorrections(db)).filter((x) => x.key !== c.key);
    await db.meta.put({ key: CORRECTIONS_META, value: [...all, c] });
  });
}

export async function loadResearchCorpus(db: TamgaDb): Promise<ResearchCorpus> {
  const [library, people, records, corrections] = await db.transaction('r', [db.library, db.people, db.records, db.meta], () =>
    Promise.all([db.library.toArray(), db.people.toArray(), db.records.toArray(), loadCorrections(db)]),
  );
  const articles = flattenArticles(library);
  const persons = flattenPeople(people);
  const { mentions, roles, statements } = flattenRecords(records);
  const arts: Article[] = byIdUserFirst(articles).map(strip);
  const shipped = persons.filter((p) => p.layer === 'shipped').map(strip) as Person[];
  const shippedIds = new Set(shipped.map((p) => p.id));
  const remap = new Map<string, string>();
  const own: Person[] = [];
  for (const p of persons) {
    if (p.layer !== 'user' || shippedIds.has(p.id)) continue;
    const same = samePerson(shipped, p);
    if (same) remap.set(p.id, same.id);
    else own.push(strip(p) as Person);
  }
  const fix = <T extends { personId: string; layer: Layer }>(rows: T[]): T[] =>
    rows.map((r) => {
      const to = r.layer === 'user' ? remap.get(r.personId) : undefined;
      return strip(to ? { ...r, personId: to } : r);
    });
  const base = {
    articles: arts,
    persons: [...shipped, ...own],
    roles: fix(roles) as Role[],
    statements: fix(byIdUserFirst(statements)) as Statement[],
  };
  const fixed = applyCorrections(base, corrections);
  return {
    corpus: {
      articles: arts,
      persons: fixed.persons,
      mentions: fix(mentions) as Mention[],
      roles: fixed.roles,
      statements: fixed.statements,
    },
    userArticles: new Set(articles.filter((a) => a.layer === 'user').map((a) => a.id)),
    corrections,
    stale: fixed.stale,
  };
}

/** What a merge plan writes: the new records, and copies of the existing persons they refer to. */
export type UserRecords = Pick<MergePlan, 'articles' | 'persons' | 'mentions' | 'roles' | 'statements'> & { referenced?: Person[] };

/** The user layer, whole (it is small), as plain records. */
async function readUserLayer(db: TamgaDb) {
  const [library, people, records] = await Promise.all([
    db.library.where('layer').equals('user').toArray(),
    db.people.where('layer').equals('user').toArray(),
    db.records.where('layer').equals('user').toArray(),
  ]);
  const { statements, roles, mentions } = flattenRecords(records);
  return {
    articles: flattenArticles(library).map(strip) as Article[],
    persons: flattenPeople(people).map(strip) as Person[],
    statements: statements.map(strip) as Statement[],
    roles: roles.map(strip) as Role[],
    mentions: mentions.map(strip) as Mention[],
  };
}

type UserLayer = Awaited<ReturnType<typeof readUserLayer>>;

/** Make the user layer's bucket rows hold `user`: put the rows that changed, delete the ones left empty. */
async function writeUserLayer(db: TamgaDb, user: UserLayer) {
  const own = new Map(user.articles.map((a) => [a.id, a]));
  // refs of shipped articles a user record cites (mergePack never makes one; kept as v1's card showed them)
  const missing = [...new Set([...user.statements, ...user.roles].map((x) => x.articleId))].filter((id) => !own.has(id));
  const shippedRows = missing.length ? await db.library.bulkGet([...new Set(missing.map((id) => bucketKey('shipped', id)))]) : [];
  const shipped = new Map(flattenArticles(shippedRows.filter((r) => r !== undefined)).map((a) => [a.id, a]));
  await rewriteUserRows(db.library, groupArticles('user', user.articles));
  await rewriteUserRows(db.people, groupPeople('user', user.persons));
  await rewriteUserRows(
    db.records,
    groupRecords('user', user, (id) => own.get(id) ?? shipped.get(id)),
  );
}

async function rewriteUserRows<R extends { key: string; layer: Layer }>(table: EntityTable<R, 'key'>, rows: R[]) {
  const before = new Map((await table.where('layer').equals('user').toArray()).map((r) => [r.key, JSON.stringify(r)]));
  const keys = new Set(rows.map((r) => r.key));
  await table.bulkDelete([...before.keys()].filter((k) => !keys.has(k)) as IDType<R, 'key'>[]);
  await table.bulkPut(rows.filter((r) => before.get(r.key) !== JSON.stringify(r)));
}

const USER_TABLES = (db: TamgaDb) => [db.library, db.people, db.records];

/** Write the records a merge plan adds, in the user layer, in one transaction. An article, person or statement
 *  replaces the user's one with the same id; roles and mentions are added. */
export async function saveUserRecords(db: TamgaDb, plan: UserRecords): Promise<void> {
  await db.transaction('rw', USER_TABLES(db), async () => {
    const user = await readUserLayer(db);
    const persons = [...plan.persons, ...(plan.referenced ?? [])].map(strip);
    const without = <T extends { id: string }>(rows: T[], added: { id: string }[]) => {
      const ids = new Set(added.map((x) => x.id));
      return rows.filter((r) => !ids.has(r.id));
    };
    await writeUserLayer(db, {
      articles: [...without(user.articles, plan.articles), ...plan.articles.map(strip)],
      persons: [...without(user.persons, persons), ...persons],
      statements: [...without(user.statements, plan.statements), ...plan.statements.map(strip)],
      roles: [...user.roles, ...plan.roles.map(strip)],
      mentions: [...user.mentions, ...plan.mentions.map(strip)],
    });
  });
}

/** Delete one of the user's articles with its records, and the user persons no user record refers to any more. */
export async function deleteUserArticle(db: TamgaDb, articleId: string): Promise<void> {
  await db.transaction('rw', USER_TABLES(db), async () => {
    const user = await readUserLayer(db);
    const other = (x: { articleId: string }) => x.articleId !== articleId;
    const kept = { statements: user.statements.filter(other), roles: user.roles.filter(other), mentions: user.mentions.filter(other) };
    const used = new Set([...kept.statements, ...kept.roles, ...kept.mentions].map((x) => x.personId));
    await writeUserLayer(db, {
      ...kept,
      articles: user.articles.filter((a) => a.id !== articleId),
      persons: user.persons.filter((p) => used.has(p.id)),
    });
  });
}

/** Replace one of the user's articles by an edited version, in one transaction. */
export async function replaceUserArticle(db: TamgaDb, articleId: string, plan: UserRecords): Promise<void> {
  await db.transaction('rw', USER_TABLES(db), async () => {
    await deleteUserArticle(db, articleId);
    await saveUserRecords(db, plan);
  });
}
