// A person's full entry, built from pack-shaped records: the data behind the side panel's PersonEntry,
// the Markdown/CSV exports and citations. Context is the sentence(s) around a statement, cut from the
// article text at the statement's own offsets (lib/text splitSentences).
import { type Article, displayName, type Person, type Role, type Statement } from '../extract/pack';
import { splitSentences } from '../text';
import { type Corpus, compareDates, getOrAdd } from './corpus';
import { toLatin } from './latin';

export interface TimelineRole {
  title: string;
  former: boolean;
  articleId: string;
  date: string | null;
  start: number;
  end: number;
}

export interface Context {
  /** Offsets of the context in the article text. */
  start: number;
  end: number;
  text: string;
  /** Offsets of the statement inside `text`. */
  markStart: number;
  markEnd: number;
}

export interface EntryStatement {
  statement: Statement;
  context: Context;
  /** The role the person held when speaking (this article, else the latest before it). */
  role: string | null;
}

export interface ArticleGroup {
  article: Article;
  statements: EntryStatement[];
}

export interface CoMention {
  personId: string;
  name: string;
  /** Articles both appear in. */
  articles: number;
}

export interface PersonEntry {
  person: Person;
  latin: string;
  official: boolean;
  /** Oldest first; one row per title and article. */
  roles: TimelineRole[];
  /** Newest article first; statements in text order. */
  statementsByArticle: ArticleGroup[];
  quoteCount: number;
  reportedCount: number;
  /** Every article the person appears in (mention, role or statement), newest first. */
  articles: Article[];
  coMentioned: CoMention[];
}

const sentenceCache = new WeakMap<object, ReturnType<typeof splitSentences>>();

/** The sentence(s) covering [start, end) of an article. */
export function contextOf(article: Article, start: number, end: number): Context {
  let sentences = sentenceCache.get(article);
  if (!sentences) {
    sentences = splitSentences(article.text);
    sentenceCache.set(article, sentences);
  }
  let cs = start;
  let ce = end;
  for (const s of sentences) {
    if (s.end <= start) continue;
    if (s.start >= end) break;
    cs = Math.min(cs, s.start);
    ce = Math.max(ce, s.end);
  }
  return { start: cs, end: ce, text: article.text.slice(cs, ce), markStart: start - cs, markEnd: end - cs };
}

/** The role a person held at an article: from that article (a current role first), else the latest role
 *  from an earlier-dated article, else null. */
export function roleAt(c: Corpus, personId: string, articleId: string, articleById?: Map<string, Article>): Role | null {
  const byId = articleById ?? new Map(c.articles.map((a) => [a.id, a]));
  return roleAmong(
    c.roles.filter((r) => r.personId === personId),
    articleId,
    byId,
  );
}

function roleAmong(mine: readonly Role[], articleId: string, byId: Map<string, Article>): Role | null {
  const here = mine.filter((r) => r.articleId === articleId).sort((a, b) => Number(a.former) - Number(b.former) || a.start - b.start);
  if (here.length) return here[0]!;
  const date = byId.get(articleId)?.date;
  if (!date) return null;
  let best: Role | null = null;
  let bestDate = '';
  for (const r of mine) {
    if (r.former) continue;
    const d = byId.get(r.articleId)?.date;
    if (!d || d > date || d < bestDate) continue;
    best = r;
    bestDate = d;
  }
  return best;
}

export function buildEntry(c: Corpus, personId: string): PersonEntry | null {
  const person = c.persons.find((p) => p.id === personId);
  if (!person) return null;
  const articleById = new Map(c.articles.map((a) => [a.id, a]));
  const dateOf = (id: string) => articleById.get(id)?.date ?? null;

  const seen = new Set<string>();
  const roles: TimelineRole[] = [];
  for (const r of c.roles) {
    if (r.personId !== personId) continue;
    const key = `${r.articleId}\u0000${r.title}\u0000${r.former}`;
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push({ title: r.title, former: r.former, articleId: r.articleId, date: dateOf(r.articleId), start: r.start, end: r.end });
  }
  roles.sort((a, b) => compareDates(a.date, b.date) || Number(b.former) - Number(a.former) || a.start - b.start);

  const myRoles = c.roles.filter((r) => r.personId === personId);
  const groups = new Map<string, ArticleGroup>();
  let quoteCount = 0;
  let reportedCount = 0;
  for (const s of c.statements) {
    if (s.personId !== personId) continue;
    const article = articleById.get(s.articleId);
    if (!article) continue;
    const g = getOrAdd(groups, article.id, () => ({ article, statements: [] as EntryStatement[] }));
    g.statements.push({
      statement: s,
      context: contextOf(article, s.start, s.end),
      role: roleAmong(myRoles, article.id, articleById)?.title ?? null,
    });
    if (s.kind === 'quote') quoteCount++;
    else reportedCount++;
  }
  const byNewest = (a: Article, b: Article) => compareDates(b.date, a.date) || a.id.localeCompare(b.id);
  const statementsByArticle = [...groups.values()].sort((a, b) => byNewest(a.article, b.article));
  for (const g of statementsByArticle) g.statements.sort((a, b) => a.statement.start - b.statement.start);

  const mine = new Set<string>();
  for (const t of [c.mentions, c.roles, c.statements]) for (const x of t) if (x.personId === personId) mine.add(x.articleId);
  const articles = [...mine].flatMap((id) => articleById.get(id) ?? []).sort(byNewest);

  const shared = new Map<string, Set<string>>();
  for (const t of [c.mentions, c.roles, c.statements])
    for (const x of t) {
      if (x.personId === personId || !mine.has(x.articleId)) continue;
      getOrAdd(shared, x.personId, () => new Set<string>()).add(x.articleId);
    }
  const personById = new Map(c.persons.map((p) => [p.id, p]));
  const coMentioned = [...shared]
    .flatMap(([id, arts]) => {
      const p = personById.get(id);
      return p ? [{ personId: id, name: displayName(p), articles: arts.size }] : [];
    })
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));

  return {
    person,
    latin: toLatin(displayName(person)),
    official: person.official || myRoles.some((r) => r.official === true),
    roles,
    statementsByArticle,
    quoteCount,
    reportedCount,
    articles,
    coMentioned,
  };
}
