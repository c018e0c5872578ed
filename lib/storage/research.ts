// Side-panel queries: the whole corpus as the research tools see it (both layers, user corrections applied
// on top), and the user layer's writes (statements, roles and mentions as one `records` row per person and
// layer, schema v2): saving
// extracted articles and imported packs (one transaction, all or nothing), deleting the user's own
// articles, recording corrections. Corrections live in `meta` under one key (no schema change): they are
// few, and a shipped-pack import, which replaces only shipped rows, leaves them alone.
// User records keep a user-layer copy of every person they refer to, so they stay whole when a shipped
// update renames or drops that person; on load a user person who is a shipped person by identity
// (lib/research/import samePerson) is folded into it, so nobody appears twice.
import type { Article, Mention, Person, Role, Statement } from '../extract/pack';
import type { Corpus } from '../research/corpus';
import { applyCorrections, type Correction } from '../research/corrections';
import { type MergePlan, samePerson } from '../research/import';
import { type Layer, type RecordsRow, type TamgaDb, uid } from './db';
import { flattenRecords, groupRecords, itemCount } from './records';

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
  const [articles, persons, records, corrections] = await db.transaction('r', [db.articles, db.persons, db.records, db.meta], () =>
    Promise.all([db.articles.toArray(), db.persons.toArray(), db.records.toArray(), loadCorrections(db)]),
  );
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

/** Write the records a merge plan adds, in the user layer, in one transaction. Statements replace a user
 *  statement with the same id; roles and mentions are added. */
export async function saveUserRecords(db: TamgaDb, plan: UserRecords): Promise<void> {
  const layer: Layer = 'user';
  await db.transaction('rw', [db.articles, db.persons, db.records], async () => {
    await db.articles.bulkPut(plan.articles.map((a) => ({ ...a, uid: uid(layer, a.id), layer })));
    await db.persons.bulkPut([...plan.persons, ...(plan.referenced ?? [])].map((p) => ({ ...strip(p), uid: uid(layer, p.id), layer })));
    const incoming = groupRecords(layer, {
      statements: plan.statements.map(strip),
      roles: plan.roles.map(strip),
      mentions: plan.mentions.map(strip),
    });
    const existing = await db.records.bulkGet(incoming.map((r) => r.key));
    const rows = incoming.map((r, i): RecordsRow => {
      const old = existing[i];
      if (!old) return r;
      const ids = new Set(r.statements.map((s) => s.id));
      return {
        ...old,
        statements: [...old.statements.filter((s) => !ids.has(s.id)), ...r.statements],
        roles: [...old.roles, ...r.roles],
        mentions: [...old.mentions, ...r.mentions],
      };
    });
    await db.records.bulkPut(rows);
  });
}

/** Delete one of the user's articles with its records, and the user persons no user record refers to any more. */
export async function deleteUserArticle(db: TamgaDb, articleId: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.persons, db.records], async () => {
    await db.articles.delete(uid('user', articleId));
    const other = (x: { articleId: string }) => x.articleId !== articleId;
    const kept: RecordsRow[] = [];
    const gone: string[] = [];
    for (const r of await db.records.where('layer').equals('user').toArray()) {
      const next = { ...r, statements: r.statements.filter(other), roles: r.roles.filter(other), mentions: r.mentions.filter(other) };
      if (!itemCount(next)) gone.push(r.key);
      else {
        kept.push(next);
        if (itemCount(next) !== itemCount(r)) await db.records.put(next);
      }
    }
    await db.records.bulkDelete(gone);
    const used = new Set(kept.map((r) => r.personId));
    const orphans = await db.persons
      .where('layer')
      .equals('user')
      .filter((p) => !used.has(p.id))
      .primaryKeys();
    await db.persons.bulkDelete(orphans);
  });
}

/** Replace one of the user's articles by an edited version, in one transaction. */
export async function replaceUserArticle(db: TamgaDb, articleId: string, plan: UserRecords): Promise<void> {
  await db.transaction('rw', [db.articles, db.persons, db.records], async () => {
    await deleteUserArticle(db, articleId);
    await saveUserRecords(db, plan);
  });
}
