// User corrections of extracted items, kept apart from the records they correct and applied on top of
// them, so they survive re-extraction and shipped-corpus updates (which replace every extracted record).
// An item is named by what stays stable across runs: its article, its offsets and its kind; the surface
// text is stored too, and a correction whose surface no longer matches the article is reported stale
// instead of being applied to some other text. Persons are named by id and name: ids may change between
// extraction runs, names do not.
import type { Article, Person, Role, Statement } from '../extract/pack';
import { foldForMatch } from '../text';

export type ItemKind = 'quote' | 'reported' | 'role';

export interface ItemRef {
  articleId: string;
  start: number;
  end: number;
  kind: ItemKind;
}

export type CorrectionAction =
  /** Wrong speaker (or wrong person for a role): give the item to another person. */
  | { type: 'reassign'; person: { id: string; name: string } }
  /** Not a statement / not a role of anyone. */
  | { type: 'delete' }
  /** Wrong role text or status. */
  | { type: 'editRole'; title: string; former: boolean };

export interface Correction {
  /** itemKey(item) */
  key: string;
  item: ItemRef;
  /** article.text.slice(start, end) when the correction was made */
  surface: string;
  action: CorrectionAction;
  /** Time of the correction (ms): the latest correction of an item wins. */
  at: number;
}

export const itemKey = (i: ItemRef): string => `${i.articleId}:${i.start}:${i.end}:${i.kind}`;
export const statementRef = (s: Statement): ItemRef => ({ articleId: s.articleId, start: s.start, end: s.end, kind: s.kind });
export const roleRef = (r: Role): ItemRef => ({ articleId: r.articleId, start: r.start, end: r.end, kind: 'role' });

export function makeCorrection(item: ItemRef, surface: string, action: CorrectionAction, at = Date.now()): Correction {
  return { key: itemKey(item), item, surface, action, at };
}

export interface CorrectableRecords {
  articles: readonly Article[];
  persons: readonly Person[];
  roles: readonly Role[];
  statements: readonly Statement[];
}

export interface Corrected {
  persons: Person[];
  roles: Role[];
  statements: Statement[];
  /** keys of corrections applied */
  applied: string[];
  /** corrections whose item is gone or whose text changed */
  stale: Correction[];
}

/** Apply corrections (latest per item) to records; returns new arrays, inputs untouched. */
export function applyCorrections(records: CorrectableRecords, corrections: readonly Correction[]): Corrected {
  const latest = new Map<string, Correction>();
  for (const c of corrections) {
    const prev = latest.get(c.key);
    if (!prev || c.at >= prev.at) latest.set(c.key, c);
  }
  const articleText = new Map(records.articles.map((a) => [a.id, a.text]));
  const persons = [...records.persons];
  const byId = new Map(persons.map((p) => [p.id, p]));
  const byName = new Map(persons.map((p) => [foldForMatch(p.name), p]));
  const personFor = (want: { id: string; name: string }): string => {
    const named = byName.get(foldForMatch(want.name));
    const same = byId.get(want.id);
    if (same && foldForMatch(same.name) === foldForMatch(want.name)) return same.id;
    if (named) return named.id;
    let id = want.id;
    for (let n = 2; byId.has(id); n++) id = `${want.id}-${n}`;
    const p: Person = { id, name: want.name, official: false, gender: null, variants: [] };
    persons.push(p);
    byId.set(id, p);
    byName.set(foldForMatch(p.name), p);
    return id;
  };

  const applied = new Set<string>();
  const fits = (c: Correction) => articleText.get(c.item.articleId)?.slice(c.item.start, c.item.end) === c.surface;

  const statements: Statement[] = [];
  for (const s of records.statements) {
    const c = latest.get(itemKey(statementRef(s)));
    if (!c || !fits(c)) {
      statements.push(s);
      continue;
    }
    applied.add(c.key);
    if (c.action.type === 'delete') continue;
    if (c.action.type === 'reassign') statements.push({ ...s, personId: personFor(c.action.person) });
    else statements.push(s);
  }
  const roles: Role[] = [];
  for (const r of records.roles) {
    const c = latest.get(itemKey(roleRef(r)));
    if (!c || !fits(c)) {
      roles.push(r);
      continue;
    }
    applied.add(c.key);
    if (c.action.type === 'delete') continue;
    if (c.action.type === 'reassign') roles.push({ ...r, personId: personFor(c.action.person) });
    else roles.push({ ...r, title: c.action.title, former: c.action.former });
  }
  return { persons, roles, statements, applied: [...applied], stale: [...latest.values()].filter((c) => !applied.has(c.key)) };
}
