// Search box over a corpus. Built once (buildSearchIndex), queried on every keystroke (search).
//   persons: Fuse.js over a few short keys per person (stemmed Cyrillic names, Latin skeletons, role
//            titles), so typos, case forms ("Жапарову") and Latin spellings ("Japarov") all meet the entry;
//   statements: an inverted index from word stems to statement numbers, intersected per query word, with
//            prefix completion and, for a word no statement contains, the nearest words by Fuse over the
//            vocabulary. Fuse over 100 000 statement texts would be a linear fuzzy scan per keystroke.
// A query whose words name a person and something else ("Жапаров выборы") gives that person's statements
// containing the rest. Results are grouped by person.
import Fuse from 'fuse.js';
import type { Statement } from '../extract/pack';
import { type Corpus, compareDates, getOrAdd } from './corpus';
import { rawWords, stemWord, words } from './fold';
import { skeleton, skeletons, toLatin } from './latin';

interface PersonDoc {
  i: number;
  names: string[];
  skel: string[];
  roles: string[];
  roleTitles: string[];
}

export interface SearchIndex {
  corpus: Corpus;
  fuse: Fuse<PersonDoc>;
  /** Statements newest first: postings hold positions in this order, so every hit list comes out sorted. */
  order: number[];
  /** stem → statement positions, ascending */
  postings: Map<string, number[]>;
  /** sorted vocabulary of `postings`, for prefix completion */
  vocab: string[];
  vocabFuse: Fuse<string> | null;
  /** name-word stems and skeletons of every person: tells the name part of a query from the rest */
  nameStems: Set<string>;
  nameSkeletons: Set<string>;
  personIndex: Map<string, number>;
  /** statement positions per person */
  byPerson: Map<string, number[]>;
  /** article date per statement position */
  statementDate: (string | null)[];
}

export interface StatementHit {
  statement: Statement;
  date: string | null;
}

export type MatchedBy = 'name' | 'role' | 'statement';

export interface SearchGroup {
  personId: string;
  name: string;
  latin: string;
  official: boolean;
  matchedBy: MatchedBy[];
  /** Role titles of this person matching the query (role matches only). */
  roles: string[];
  /** Matching statements (or the person's latest when matched by name), newest first, at most `perGroup`. */
  statements: StatementHit[];
  /** How many statements matched in all. */
  statementCount: number;
}

export interface SearchResult {
  query: string;
  groups: SearchGroup[];
}

export interface SearchOptions {
  /** Max groups returned. */
  limit?: number;
  /** Max statements listed per group. */
  perGroup?: number;
}

const nameWords = (s: string) => words(s).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const articleDate = new Map(corpus.articles.map((a) => [a.id, a.date]));
  const rolesBy = new Map<string, Set<string>>();
  for (const r of corpus.roles) {
    getOrAdd(rolesBy, r.personId, () => new Set<string>()).add(r.title);
  }
  const nameStems = new Set<string>();
  const nameSkeletons = new Set<string>();
  const docs: PersonDoc[] = corpus.persons.map((p, i) => {
    const spellings = [p.name, ...p.variants];
    const stemmed = spellings.map((s) => nameWords(s).map(stemWord).join(' '));
    const skel = new Set<string>();
    for (const s of spellings) {
      const raw = rawWords(s).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
      const ws = raw.map(skeletons);
      skel.add(ws.map((k) => k[0]).join(' '));
      skel.add(ws.map((k) => k[k.length - 1]).join(' '));
      for (const w of nameWords(s)) if (w.length >= 2) nameStems.add(stemWord(w));
      for (const w of raw) if (w.length >= 2) for (const k of skeletons(w)) nameSkeletons.add(k);
    }
    const roleTitles = [...(rolesBy.get(p.id) ?? [])];
    const roles = roleTitles.map((t) => words(t).map(stemWord).join(' '));
    return { i, names: stemmed, skel: [...skel], roles, roleTitles };
  });
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'names', weight: 3 },
      { name: 'skel', weight: 2 },
      { name: 'roles', weight: 1 },
    ],
    includeScore: true,
    includeMatches: true,
    // skeletons use capitals as letter classes (J = ж/zh/j, S = ш/sh); the other keys are folded already
    isCaseSensitive: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });

  const order = corpus.statements.map((_, n) => n);
  const dateOf = corpus.statements.map((s) => articleDate.get(s.articleId) ?? null);
  order.sort((a, b) => compareDates(dateOf[b], dateOf[a]) || a - b);
  const postings = new Map<string, number[]>();
  const byPerson = new Map<string, number[]>();
  const statementDate: (string | null)[] = [];
  order.forEach((n, pos) => {
    const s = corpus.statements[n]!;
    statementDate.push(dateOf[n]!);
    getOrAdd(byPerson, s.personId, () => [] as number[]).push(pos);
    for (const w of new Set(nameWords(s.text))) {
      const k = stemWord(w);
      const list = getOrAdd(postings, k, () => [] as number[]);
      if (list[list.length - 1] !== pos) list.push(pos);
    }
  });
  const vocab = [...postings.keys()].sort();
  return {
    corpus,
    fuse,
    order,
    postings,
    vocab,
    vocabFuse: null,
    nameStems,
    nameSkeletons,
    personIndex: new Map(corpus.persons.map((p, i) => [p.id, i])),
    byPerson,
    statementDate,
  };
}

/** Statement numbers containing a word: exact stem, then completions, then (none found) near spellings. */
function postingsFor(ix: SearchIndex, stem: string, isLastWord: boolean): number[] {
  const exact = ix.postings.get(stem);
  const keys: string[] = [];
  if (exact) keys.push(stem);
  if (isLastWord || !exact) {
    let lo = 0;
    let hi = ix.vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ix.vocab[mid]! < stem) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ix.vocab.length && ix.vocab[i]!.startsWith(stem) && keys.length < 50; i++)
      if (ix.vocab[i] !== stem) keys.push(ix.vocab[i]!);
  }
  if (!keys.length && stem.length >= 5) {
    ix.vocabFuse ??= new Fuse(ix.vocab, { threshold: 0.2, ignoreLocation: false, distance: 10, includeScore: true });
    for (const r of ix.vocabFuse.search(stem, { limit: 5 })) keys.push(r.item);
  }
  if (keys.length === 1) return ix.postings.get(keys[0]!)!;
  const all = new Set<number>();
  for (const k of keys) for (const n of ix.postings.get(k)!) all.add(n);
  return [...all].sort((a, b) => a - b);
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

function fusePersons(ix: SearchIndex, text: string): { i: number; score: number; by: Set<MatchedBy>; roles: Set<string> }[] {
  const ws = nameWords(text).filter((w) => w.length >= 2);
  if (!ws.length) return [];
  const stemmed = ws.map(stemWord).join(' ');
  const skel = ws.map(skeleton).join(' ');
  const res = ix.fuse.search({ $or: [{ names: stemmed }, { roles: stemmed }, { skel }] }, { limit: 200 });
  return res.map((r) => {
    const by = new Set<MatchedBy>();
    const roles = new Set<string>();
    for (const m of r.matches ?? []) {
      if (m.key === 'roles') {
        by.add('role');
        if (m.refIndex !== undefined) roles.add(r.item.roleTitles[m.refIndex] ?? '');
      } else by.add('name');
    }
    return { i: r.item.i, score: r.score ?? 1, by, roles };
  });
}

export function search(ix: SearchIndex, query: string, opts: SearchOptions = {}): SearchResult {
  const limit = opts.limit ?? 50;
  const perGroup = opts.perGroup ?? 20;
  const { corpus } = ix;
  const qWords = words(query).filter((w) => w.length >= 2 || /\d/.test(w));
  if (!qWords.length) return { query, groups: [] };

  // Split the query into the words naming someone and the rest.
  const isNameWord = (w: string) => ix.nameStems.has(stemWord(w)) || (/[a-z]/.test(w) && ix.nameSkeletons.has(skeleton(w)));
  const nameWs = qWords.filter(isNameWord);
  const restWs = qWords.filter((w) => !isNameWord(w));

  const groups = new Map<string, { g: SearchGroup; rank: number; hits: number[] }>();
  const groupFor = (personIdx: number, rank: number) => {
    const p = corpus.persons[personIdx]!;
    let e = groups.get(p.id);
    if (!e) {
      e = {
        g: {
          personId: p.id,
          name: p.name,
          latin: toLatin(p.name),
          official: p.official,
          matchedBy: [],
          roles: [],
          statements: [],
          statementCount: 0,
        },
        rank,
        hits: [],
      };
      groups.set(p.id, e);
    }
    e.rank = Math.min(e.rank, rank);
    return e;
  };

  const statementsMatching = (ws: string[]): number[] | null => {
    let hits: number[] | null = null;
    ws.forEach((w, k) => {
      const list = postingsFor(ix, stemWord(w), k === ws.length - 1);
      hits = hits === null ? list : intersect(hits, list);
    });
    return hits;
  };

  if (nameWs.length && restWs.length) {
    // "Жапаров выборы": that person's statements containing the rest.
    const people = fusePersons(ix, nameWs.join(' ')).filter((r) => r.by.has('name'));
    const hits = statementsMatching(restWs) ?? [];
    const wanted = new Map(people.map((r) => [corpus.persons[r.i]!.id, r]));
    for (const n of hits) {
      const s = corpus.statements[ix.order[n]!]!;
      const r = wanted.get(s.personId);
      if (!r) continue;
      const e = groupFor(r.i, r.score);
      e.hits.push(n);
    }
    for (const e of groups.values()) e.g.matchedBy = ['name', 'statement'];
  }
  if (!groups.size) {
    for (const r of fusePersons(ix, qWords.join(' '))) {
      const e = groupFor(r.i, r.score);
      e.g.matchedBy = [...r.by];
      e.g.roles = [...r.roles].filter(Boolean);
    }
    const hits = restWs.length || !nameWs.length ? (statementsMatching(qWords) ?? []) : [];
    for (const n of hits) {
      const s = corpus.statements[ix.order[n]!]!;
      const idx = ix.personIndex.get(s.personId);
      if (idx === undefined) continue;
      const e = groupFor(idx, 0.5);
      if (!e.g.matchedBy.includes('statement')) e.g.matchedBy.push('statement');
      e.hits.push(n);
    }
  }

  const out: SearchGroup[] = [];
  const ranked = [...groups.values()].sort((a, b) => a.rank - b.rank || b.hits.length - a.hits.length || a.g.name.localeCompare(b.g.name));
  for (const e of ranked.slice(0, limit)) {
    let list = e.hits;
    if (!list.length && !e.g.matchedBy.includes('statement')) list = ix.byPerson.get(e.g.personId) ?? [];
    e.g.statementCount = list.length;
    e.g.statements = list
      .slice(0, perGroup)
      .map((n) => ({ statement: corpus.statements[ix.order[n]!]!, date: ix.statementDate[n] ?? null }));
    out.push(e.g);
  }
  return { query, groups: out };
}
