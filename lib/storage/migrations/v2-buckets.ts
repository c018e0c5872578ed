// Version 1 → 2: every row of the v1 tables `articles`, `persons`, `statements`, `roles` and `mentions` moves
// into the bucket rows of `library`, `people` and `records` (../records.ts) of its layer, in v1 order (primary
// key: article, person and statement uid, role and mention insertion order); each records row gets the refs of
// the articles of its layer that its items cite. Dexie runs this inside the versionchange transaction and drops
// the five v1 tables after it, so the upgrade is all or nothing: a failure (no space) leaves the v1 database as
// it was, and the next start tries again. A row whose layer is not "shipped" goes to the user layer: a shipped
// import would delete it otherwise, and a user row must never be lost.
import type { Transaction } from 'dexie';
import type { Article, Mention, Person, Role, Statement } from '../../extract/pack';
import { groupArticles, groupPeople, groupRecords, type Layer } from '../records';

type V1Row = { layer?: unknown; uid?: unknown; seq?: unknown };

function strip<T>(row: T & V1Row): { layer: Layer; item: T } {
  const { layer, uid: _u, seq: _s, ...item } = row;
  return { layer: layer === 'shipped' ? 'shipped' : 'user', item: item as T };
}

export async function upgradeToBuckets(tx: Transaction): Promise<void> {
  const empty = () => ({
    articles: [] as Article[],
    persons: [] as Person[],
    statements: [] as Statement[],
    roles: [] as Role[],
    mentions: [] as Mention[],
  });
  const items = { shipped: empty(), user: empty() };
  for (const table of ['articles', 'persons', 'statements', 'roles', 'mentions'] as const) {
    await tx.table(table).each((row: Article & Person & Statement & Role & Mention & V1Row) => {
      const { layer, item } = strip(row);
      items[layer][table].push(item);
    });
  }
  const byId = (articles: Article[]) => new Map(articles.map((a) => [a.id, a]));
  const [shipped, user] = [byId(items.shipped.articles), byId(items.user.articles)];
  // As v1's card read them: the user's article of that id first, else the shipped one.
  const article = { shipped: (id: string) => shipped.get(id), user: (id: string) => user.get(id) ?? shipped.get(id) };
  for (const layer of ['user', 'shipped'] as const) {
    await tx.table('library').bulkAdd(groupArticles(layer, items[layer].articles));
    await tx.table('people').bulkAdd(groupPeople(layer, items[layer].persons));
    await tx.table('records').bulkAdd(groupRecords(layer, items[layer], article[layer]));
  }
}
