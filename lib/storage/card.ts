// Builds the hover card's data from plain rows. Shared by the IndexedDB and the in-memory corpus.
import { type Article, displayName, type Person, type Role, type Statement } from '../extract/pack';
import type { CardRole, CardStatement, PersonCardData, SourceRef } from '../messaging/protocol';

export const CARD_STATEMENTS = 3;
const MAX_STATEMENT_CHARS = 280;

/** An untitled article is named by its opening words (after any "date …" header line). */
export function leadOf(text: string, words = 6): string {
  const t = text
    .replace(/^\s*date \S+\s*/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .trim();
  const w = t.split(/\s+/).filter(Boolean);
  return w.length > words ? `${w.slice(0, words).join(' ')}…` : w.join(' ');
}

function ref(articleId: string, articles: Map<string, Article>): SourceRef {
  const a = articles.get(articleId);
  const title = a ? (a.title ?? (leadOf(a.text) || null)) : null;
  return { articleId, articleTitle: title, date: a?.date ?? null, source: a?.source ?? null, url: a?.url ?? null };
}

/** Newest first; undated last; ties keep corpus order. */
const byDateDesc = (a: SourceRef, b: SourceRef) => (b.date ?? '').localeCompare(a.date ?? '');

export function trimStatement(text: string, max = MAX_STATEMENT_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return t.slice(0, cut > max * 0.6 ? cut : max - 1) + '…';
}

/**
 * Statements that lie inside a longer one of the same article: a quote inside a reported clause ("выборы были
 * «проведены …»"), shown once, within its clause. Sorted per article, one sweep: O(n log n).
 */
export function innerStatements(statements: Statement[]): Set<Statement> {
  const out = new Set<Statement>();
  const byArticle = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = byArticle.get(s.articleId);
    if (list) list.push(s);
    else byArticle.set(s.articleId, [s]);
  }
  for (const list of byArticle.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let outer: Statement | null = null;
    for (const s of list) {
      if (outer && s.end <= outer.end && (s.start !== outer.start || s.end !== outer.end)) out.add(s);
      else if (!outer || s.end > outer.end) outer = s;
    }
  }
  return out;
}

export function buildCard(
  person: Person,
  roles: Role[],
  statements: Statement[],
  articles: Map<string, Article>,
  limit = CARD_STATEMENTS,
): PersonCardData {
  const seen = new Map<string, CardRole>();
  // A role noun that stood for the person ("заявил глава государства") restates an office the same article
  // names them by ("президент Кыргызстана"): the card shows that office and leaves the restatement out.
  const named = new Set(roles.filter((r) => !r.reference).map((r) => r.articleId));
  for (const r of roles) {
    if (r.reference && named.has(r.articleId)) continue;
    const role: CardRole = { ...ref(r.articleId, articles), title: r.title, former: r.former };
    const key = `${r.former ? 1 : 0}:${r.title.toLowerCase()}`;
    const prev = seen.get(key);
    if (!prev || byDateDesc(role, prev) < 0) seen.set(key, role);
  }
  const cardRoles = [...seen.values()].sort((a, b) => Number(a.former) - Number(b.former) || byDateDesc(a, b));
  const inner = innerStatements(statements);
  const all: CardStatement[] = statements
    .filter((s) => !inner.has(s))
    .map((s) => ({
      ...ref(s.articleId, articles),
      id: s.id,
      kind: s.kind,
      text: trimStatement(s.text),
    }));
  all.sort(byDateDesc);
  return {
    person: { id: person.id, name: displayName(person), official: person.official },
    roles: cardRoles,
    statements: all.slice(0, limit),
    moreStatements: Math.max(0, all.length - limit),
  };
}
