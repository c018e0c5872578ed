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
import { type Layer, type PeopleRow, type RecordsRow, type TamgaDb, uid } from './db';
import { flattenPeople, flattenRecords, groupPeople, groupRecords } from './records';

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
  const [articles, people, records, corrections] = await db.transaction('r', [db.articles, db.people, db.records, db.meta], () =>
    Promise.all([db.articles.toArray(), db.people.toArray(), db.records.toArray(), loadCorrections(db)]),
  );
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

/** Write the records a merge plan adds, in the user layer, in one transaction. A person or statement
 *  replaces the user's one with the same id; roles and mentions are added. */
export async function saveUserRecords(db: TamgaDb, plan: UserRecords): Promise<void> {
  const layer: Layer = 'user';
  await db.transaction('rw', [db.articles, db.people, db.records], async () => {
    await db.articles.bulkPut(plan.articles.map((a) => ({ ...a, uid: uid(layer, a.id), layer })));
    const persons = new Map([...plan.persons, ...(plan.referenced ?? [])].map((p) => [p.id, strip(p)]));
    const statements = new Set(plan.statements.map((s) => s.id));
    // The user layer is small: read it whole, drop what the plan replaces, add the plan's records bucket by bucket.
    const people = groupPeople(layer, [
      ...flattenPeople(await db.people.where('layer').equals(layer).toArray())
        .filter((p) => !persons.has(p.id))
        .map(strip),
      ...persons.values(),
    ]);
    const old = flattenRecords(await db.records.where('layer').equals(layer).toArray());
    const records = groupRecords(layer, {
      statements: [...old.statements.filter((s) => !statements.has(s.id)), ...plan.statements].map(strip),
      roles: [...old.roles, ...plan.roles].map(strip),
      mentions: [...old.mentions, ...plan.mentions].map(strip),
    });
    await rewriteUserLayer(db, people, records);
  });
}

/** Make the user layer's bucket rows of `table` these: put the rows that changed, delete the ones left empty. */
async function rewriteUserRows<R extends { key: string; layer: Layer }>(table: EntityTable<R, 'key'>, rows: R[]) {
  const before = new Map((await table.where('layer').equals('user').toArray()).map((r) => [r.key, JSON.stringify(r)]));
  const keys = new Set(rows.map((r) => r.key));
  await table.bulkDelete([...before.keys()].filter((k) => !keys.has(k)) as IDType<R, 'key'>[]);
  await table.bulkPut(rows.filter((r) => before.get(r.key) !== JSON.stringify(r)));
}

async function rewriteUserLayer(db: TamgaDb, people: PeopleRow[], records: RecordsRow[]) {
  await rewriteUserRows(db.people, people);
  await rewriteUserRows(db.records, records);
}

/** Delete one of the user's articles with its records, and the user persons no user record refers to any more. */
export async function deleteUserArticle(db: TamgaDb, articleId: string): Promise<void> {
  const layer: Layer = 'user';
  await db.transaction('rw', [db.articles, db.people, db.records], async () => {
    await db.articles.delete(uid(layer, articleId));
    const other = (x: { articleId: string }) => x.articleId !== articleId;
    const old = flattenRecords(await db.records.where('layer').equals(layer).toArray());
    const kept = { statements: old.statements.filter(other), roles: old.roles.filter(other), mentions: old.mentions.filter(other) };
    const used = new Set([...kept.statements, ...kept.roles, ...kept.mentions].map((x) => x.personId));
    const persons = flattenPeople(await db.people.where('layer').equals(layer).toArray()).filter((p) => used.has(p.id));
    await rewriteUserLayer(
      db,
      groupPeople(layer, persons.map(strip)),
      groupRecords(layer, { statements: kept.statements.map(strip), roles: kept.roles.map(strip), mentions: kept.mentions.map(strip) }),
    );
  });
}

/** Replace one of the user's articles by an edited version, in one transaction. */
export async function replaceUserArticle(db: TamgaDb, articleId: string, plan: UserRecords): Promise<void> {
  await db.transaction('rw', [db.articles, db.people, db.records], async () => {
    await deleteUserArticle(db, articleId);
    await saveUserRecords(db, plan);
  });
}
