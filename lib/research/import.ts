// Parse a file the user imports: an article (.txt, .md, .html) or a corpus pack (.json). All or nothing:
// a bad file throws ImportError (a code for the translated message, and a message naming the problem),
// never a partial result. mergePack plans the records a pack adds to a corpus, merging persons by identity.
import type { Article, Mention, Pack, Person, Role, Statement } from '../extract/pack';
import { PackError, parsePack } from '../extract/pack';
import type { ArticleInput } from '../extract/types';
import { foldForMatch } from '../text';
import type { Corpus } from './corpus';
import { type HtmlArticle, htmlArticle } from './html';

export type ImportErrorCode = 'badJson' | 'badPack' | 'unsupported' | 'empty' | 'noArticle';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly fileName: string,
    readonly detail: string = '',
  ) {
    super(`${fileName}: ${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'ImportError';
  }
}

export type Imported = { kind: 'article'; input: ArticleInput } | { kind: 'pack'; pack: Pack };

export interface ImportOptions {
  /** Parses HTML into an inert Document (DOMParser in the extension); without it .html is unsupported. */
  parseHtml?: (html: string) => Document;
}

/** A stable article id from the text (FNV-1a, 2 × 32 bits): the same text imported twice gets one id. */
export function articleIdFor(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `user-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

const FRONT_KEYS = new Set(['title', 'date', 'source', 'url']);

/** Optional front matter ("---\ntitle: …\ndate: …\n---"): the metadata, and the text after it. */
export function splitFrontMatter(text: string): { meta: Partial<Record<'title' | 'date' | 'source' | 'url', string>>; body: string } {
  const m = text.match(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!m) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = line.match(/^(\w+):\s*(.*?)\s*$/);
    if (kv && FRONT_KEYS.has(kv[1]!.toLowerCase())) meta[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '');
  }
  return { meta, body: text.slice(m[0].length) };
}

const extOf = (name: string) => name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

export function parseImport(name: string, text: string, opts: ImportOptions = {}): Imported {
  const ext = extOf(name);
  if (!['txt', 'md', 'markdown', 'html', 'htm', 'json'].includes(ext)) throw new ImportError('unsupported', name);
  if (!text.trim()) throw new ImportError('empty', name);
  if (ext === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ImportError('badJson', name, (e as Error).message);
    }
    try {
      return { kind: 'pack', pack: parsePack(value) };
    } catch (e) {
      if (e instanceof PackError) throw new ImportError('badPack', name, e.message.replace(/^invalid corpus pack: /, ''));
      throw e;
    }
  }
  if (ext === 'html' || ext === 'htm') {
    if (!opts.parseHtml) throw new ImportError('unsupported', name);
    const a: HtmlArticle | null = htmlArticle(opts.parseHtml(text));
    if (!a) throw new ImportError('noArticle', name);
    return {
      kind: 'article',
      input: { id: articleIdFor(a.text), text: a.text, title: a.title, date: a.date, source: a.source, url: a.url },
    };
  }
  const { meta, body } = splitFrontMatter(text.replace(/\r\n/g, '\n'));
  if (!body.trim()) throw new ImportError('empty', name);
  const date = meta.date && /^\d{4}-\d{2}(-\d{2})?$/.test(meta.date) ? meta.date : null;
  return {
    kind: 'article',
    input: { id: articleIdFor(body), text: body, title: meta.title ?? null, date, source: meta.source ?? null, url: meta.url ?? null },
  };
}

// --- merging a pack into a corpus ---------------------------------------------------------------------

export interface MergePlan {
  articles: Article[];
  persons: Person[];
  mentions: Mention[];
  roles: Role[];
  statements: Statement[];
  /** incoming person id → the id it has in the merged corpus (a Map: ids such as "__proto__" are data) */
  personIds: Map<string, string>;
  /** incoming persons that joined an existing one */
  mergedPersons: number;
  /** existing persons the added records refer to (saved beside them so user records stay self-contained) */
  referenced: Person[];
  /** incoming articles already present (same text); their records are not added again */
  skippedArticles: string[];
}

interface NameKey {
  last: string;
  first: string | null;
  patronymic: string | null;
}

function nameKey(p: Person): NameKey {
  const ws = foldForMatch(p.name).replace(/\./g, '. ').split(/\s+/).filter(Boolean);
  const last = p.last ? foldForMatch(p.last) : (ws[ws.length - 1] ?? '');
  const first = p.first ? foldForMatch(p.first) : ws.length > 1 ? ws[0]! : null;
  const patronymic = p.patronymic ? foldForMatch(p.patronymic) : ws.length > 2 ? ws[1]! : null;
  return { last, first: first?.replace(/\.$/, '') ?? null, patronymic: patronymic?.replace(/\.$/, '') ?? null };
}

/** Two given names agree: equal, or one is the other's initial, or one is missing. */
function compatible(a: string | null, b: string | null): 0 | 1 | 2 {
  if (!a || !b) return 1;
  if (a === b) return 2;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 1;
  return 0;
}

/** The existing person an incoming one is, by surname + compatible first name and patronymic; null when
 *  there is none or several equally good ones (ambiguous: better a new entry than a wrong merge). */
export function samePerson(existing: readonly Person[], p: Person, byLast?: Map<string, Person[]>): Person | null {
  const k = nameKey(p);
  const pool = byLast?.get(k.last) ?? existing.filter((e) => nameKey(e).last === k.last);
  let best: Person[] = [];
  let bestScore = 0;
  for (const e of pool) {
    const ek = nameKey(e);
    if (ek.last !== k.last) continue;
    const f = compatible(ek.first, k.first);
    const pa = compatible(ek.patronymic, k.patronymic);
    if (!f || !pa) continue;
    const score = f * 3 + pa;
    if (score > bestScore) {
      best = [e];
      bestScore = score;
    } else if (score === bestScore) best.push(e);
  }
  return best.length === 1 ? best[0]! : null;
}

function freshId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** The records `incoming` adds to `existing`: persons merged by identity, ids kept unique, articles already
 *  present (same text) skipped with their records. existing + plan is a valid pack. */
export function mergePack(existing: Corpus, incoming: Pack): MergePlan {
  const plan: MergePlan = {
    articles: [],
    persons: [],
    mentions: [],
    roles: [],
    statements: [],
    personIds: new Map(),
    mergedPersons: 0,
    referenced: [],
    skippedArticles: [],
  };
  const byLast = new Map<string, Person[]>();
  for (const p of existing.persons) {
    const l = nameKey(p).last;
    byLast.set(l, [...(byLast.get(l) ?? []), p]);
  }
  const personTaken = new Set(existing.persons.map((p) => p.id));
  for (const p of incoming.persons) {
    const same = samePerson(existing.persons, p, byLast);
    if (same) {
      plan.personIds.set(p.id, same.id);
      plan.mergedPersons++;
      continue;
    }
    const id = freshId(p.id, personTaken);
    personTaken.add(id);
    plan.personIds.set(p.id, id);
    plan.persons.push({ ...p, id });
  }

  const articleIds = new Map<string, string>();
  const existingById = new Map(existing.articles.map((a) => [a.id, a]));
  const existingTexts = new Set(existing.articles.map((a) => a.text));
  const articleTaken = new Set(existingById.keys());
  for (const a of incoming.articles) {
    if (existingTexts.has(a.text)) {
      plan.skippedArticles.push(a.id);
      continue;
    }
    const id = freshId(a.id, articleTaken);
    articleTaken.add(id);
    articleIds.set(a.id, id);
    existingTexts.add(a.text);
    plan.articles.push({ ...a, id });
  }
  const remap = <T extends { personId: string; articleId: string }>(x: T): T | null => {
    const articleId = articleIds.get(x.articleId);
    return articleId ? { ...x, articleId, personId: plan.personIds.get(x.personId)! } : null;
  };
  for (const m of incoming.mentions) {
    const r = remap(m);
    if (r) plan.mentions.push(r);
  }
  for (const m of incoming.roles) {
    const r = remap(m);
    if (r) plan.roles.push(r);
  }
  const stTaken = new Set(existing.statements.map((s) => s.id));
  for (const s of incoming.statements) {
    const r = remap(s);
    if (!r) continue;
    r.id = freshId(s.id, stTaken);
    stTaken.add(r.id);
    plan.statements.push(r);
  }
  // persons of skipped articles only, and merged ones, add nothing new
  const used = new Set([...plan.mentions, ...plan.roles, ...plan.statements].map((x) => x.personId));
  plan.persons = plan.persons.filter((p) => used.has(p.id));
  plan.referenced = existing.persons.filter((p) => used.has(p.id));
  return plan;
}
