// The corpus as the background sees it: one interface, two implementations. `DexieCorpus` is the normal case;
// `MemoryCorpus` serves the bundled pack read-only when IndexedDB cannot be opened (private windows, quota,
// disabled storage), so highlighting still works and the popup can say that nothing is saved.
import type { Article, Pack, Person, Role, Statement } from '../extract/pack';
import { buildMatchIndex, INDEX_VERSION, type MatchIndex } from '../match';
import type { CorpusStatus, PersonCardData } from '../messaging/protocol';
import { buildCard } from './card';
import { hiddenKey, type PersonRow, type TamgaDb } from './db';
import { SHIPPED_META, type ShippedMeta } from './import';
import { bucketKey, flattenPeople } from './records';

export interface Corpus {
  readonly kind: CorpusStatus['storage'];
  matchIndex(): Promise<{ index: MatchIndex; persons: Person[] }>;
  card(personId: string): Promise<PersonCardData | null>;
  hidden(url: string): Promise<string[]>;
  hide(url: string, personId: string): Promise<void>;
  status(): Promise<Omit<CorpusStatus, 'persisted' | 'error'>>;
}

/** User rows win over shipped rows with the same id. */
function mergeLayers<T extends { id: string; layer: string }>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const r of rows) if (r.layer === 'user' || !byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()];
}

/** 32-bit FNV-1a of a string, as 8 hex digits: a cheap cache key, not a security hash. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const stripRow = ({ layer: _l, ...p }: PersonRow): Person => p;

export class DexieCorpus implements Corpus {
  readonly kind = 'indexeddb' as const;
  private cached: { source: string; index: MatchIndex; persons: Person[] } | null = null;

  constructor(readonly db: TamgaDb) {}

  private async source(): Promise<string> {
    const meta = (await this.db.meta.get(SHIPPED_META))?.value as ShippedMeta | undefined;
    // Fingerprint of the user persons themselves, not their number: a saved or edited article can replace one
    // user person by another, and the index must follow.
    const user = flattenPeople(await this.db.people.where('layer').equals('user').toArray());
    const key = user
      .map((p) => JSON.stringify([p.id, p.name, p.official, p.first ?? null, p.last ?? null, p.variants]))
      .sort()
      .join('\n');
    return `${meta?.hash ?? 'none'}+${user.length}:${fnv1a(key)}`;
  }

  async matchIndex() {
    const source = await this.source();
    if (this.cached?.source === source) return this.cached;
    const persons = mergeLayers(flattenPeople(await this.db.people.toArray())).map(stripRow);
    const row = await this.db.surfaces.get('matchIndex');
    let index: MatchIndex;
    if (row && row.source === source && row.indexVersion === INDEX_VERSION) index = row.index;
    else {
      index = buildMatchIndex(persons);
      await this.db.surfaces.put({ key: 'matchIndex', source, indexVersion: INDEX_VERSION, index, layer: 'shipped' });
    }
    this.cached = { source, index, persons };
    return this.cached;
  }

  /** One people row and one records row per layer: the person's bucket (./records.ts). The records rows carry
   *  the refs of the articles they cite, so no article is read. */
  async card(personId: string) {
    const keys = [bucketKey('shipped', personId), bucketKey('user', personId)];
    const [people, records] = await Promise.all([this.db.people.bulkGet(keys), this.db.records.bulkGet(keys)]);
    const of = <T extends { personId: string }>(xs: T[]) => xs.filter((x) => x.personId === personId);
    const person = mergeLayers(flattenPeople(people.filter((r) => r !== undefined)).filter((p) => p.id === personId))[0];
    if (!person) return null;
    const rows = records.filter((r) => r !== undefined);
    const roles = rows.flatMap((r) => of(r.roles));
    const statements = rows.flatMap((r) => of(r.statements));
    // shipped row first, so the user's ref of an article wins, as the user's article did in v1
    const articles = new Map(rows.flatMap((r) => r.refs).map((ref) => [ref.id, { ...ref, text: '' }]));
    return buildCard(person, roles, statements, articles);
  }

  async hidden(url: string) {
    return (await this.db.hidden.where('url').equals(url).toArray()).map((h) => h.personId);
  }

  async hide(url: string, personId: string) {
    await this.db.hidden.put({ key: hiddenKey(url, personId), url, personId, layer: 'user', at: Date.now() });
  }

  /** Shipped counts come from the import's marker (counting would read every row); the user layer is small. */
  async status() {
    const meta = (await this.db.meta.get(SHIPPED_META))?.value as ShippedMeta | undefined;
    const layers = meta ? ['user'] : ['user', 'shipped'];
    const [library, people, records] = await Promise.all([
      this.db.library.where('layer').anyOf(layers).toArray(),
      this.db.people.where('layer').anyOf(layers).toArray(),
      this.db.records.where('layer').anyOf(layers).toArray(),
    ]);
    const counts = {
      articles: meta?.counts.articles ?? 0,
      persons: meta?.counts.persons ?? 0,
      statements: meta?.counts.statements ?? 0,
      roles: meta?.counts.roles ?? 0,
    };
    for (const r of library) counts.articles += r.articles.length;
    for (const r of people) counts.persons += r.persons.length;
    for (const r of records) {
      counts.statements += r.statements.length;
      counts.roles += r.roles.length;
    }
    return { storage: this.kind, packHash: meta?.hash ?? null, counts };
  }
}

export class MemoryCorpus implements Corpus {
  readonly kind = 'memory' as const;
  private readonly persons: Map<string, Person>;
  private readonly articles: Map<string, Article>;
  private readonly roles = new Map<string, Role[]>();
  private readonly statements = new Map<string, Statement[]>();
  private readonly hiddenSet = new Set<string>();
  private index: MatchIndex | null = null;

  constructor(
    private readonly pack: Pack,
    private readonly hash: string | null,
  ) {
    this.persons = new Map(pack.persons.map((p) => [p.id, p]));
    this.articles = new Map(pack.articles.map((a) => [a.id, a]));
    for (const r of pack.roles) this.roles.set(r.personId, [...(this.roles.get(r.personId) ?? []), r]);
    for (const s of pack.statements) {
      const list = this.statements.get(s.personId);
      if (list) list.push(s);
      else this.statements.set(s.personId, [s]);
    }
  }

  async matchIndex() {
    this.index ??= buildMatchIndex(this.pack.persons);
    return { index: this.index, persons: this.pack.persons };
  }

  async card(personId: string) {
    const p = this.persons.get(personId);
    return p ? buildCard(p, this.roles.get(personId) ?? [], this.statements.get(personId) ?? [], this.articles) : null;
  }

  async hidden(url: string) {
    const prefix = hiddenKey(url, '');
    return [...this.hiddenSet].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }

  /** Kept for this session only: nothing can be saved without IndexedDB. */
  async hide(url: string, personId: string) {
    this.hiddenSet.add(hiddenKey(url, personId));
  }

  async status() {
    const { articles, persons, statements, roles } = this.pack;
    return {
      storage: this.kind,
      packHash: this.hash,
      counts: { articles: articles.length, persons: persons.length, statements: statements.length, roles: roles.length },
    };
  }
}
