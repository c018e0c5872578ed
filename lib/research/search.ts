// Search box over a corpus. Built once (buildSearchIndex), queried on every keystroke (search).
//   persons: an index from name-word keys (stems of the Cyrillic words, the matcher's Latin skeletons)
//            and role-word stems to persons; a query word found in neither goes through Fuse.js over the
//            name-word vocabulary (typos: "Осмнов"). Case forms ("Жапарову") meet through the stems, Latin
//            spellings ("Japarov") through the skeletons. Fuse over whole person records costs a bitap
//            scan of every name and role per keystroke; over the vocabulary only when a word is unknown.
//   statements: an inverted index from word stems to statement numbers, intersected per query word, with
//            prefix completion and, for a word no statement contains, the nearest words by Fuse over the
//            vocabulary. Fuse over 100 000 statement texts would be a linear fuzzy scan per keystroke.
// A query whose words name a person and something else ("Жапаров выборы") gives that person's statements
// containing the rest. Results are grouped by person.
import Fuse from 'fuse.js';
import { displayName, type Statement } from '../extract/pack';
import { type Corpus, compareDates, getOrAdd } from './corpus';
import { rawWords, stemWord, words } from './fold';
import { skeleton, skeletons, toLatin } from './latin';

export interface SearchIndex {
  corpus: Corpus;
  /** name-word key (stem or skeleton) → person numbers */
  nameKeys: Map<string, number[]>;
  /** folded name word as written → person numbers: an exact form ranks above a stem match */
  exactNames: Map<string, number[]>;
  nameVocabFuse: Fuse<string>;
  roleVocabFuse: Fuse<string>;
  /** role-word stem → person numbers; sorted vocabulary for completion */
  roleKeys: Map<string, number[]>;
  roleVocab: string[];
  /** role titles of each person */
  /** role titles of each person with the stems of their words */
  rolesOf: { title: string; stems: Set<string> }[][];
  /** Statements newest first: postings hold positions in this order, so every hit list comes out sorted. */
  order: number[];
  /** stem → statement positions, ascending */
  postings: Map<string, number[]>;
  /** sorted vocabulary of `postings`, for prefix completion */
  vocab: string[];
  vocabFuse: Fuse<string>;
  personIndex: Map<string, number>;
  /** person number of the statement at each position (-1: unknown person) */
  personAt: Int32Array;
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
  const nameKeys = new Map<string, number[]>();
  const exactNames = new Map<string, number[]>();
  const roleKeys = new Map<string, number[]>();
  const addKey = (m: Map<string, number[]>, k: string, i: number) => {
    const l = getOrAdd(m, k, () => [] as number[]);
    if (l[l.length - 1] !== i) l.push(i);
  };
  const rolesOf: { title: string; stems: Set<string> }[][] = [];
  corpus.persons.forEach((p, i) => {
    for (const s of [p.name, ...p.variants]) {
      for (const w of nameWords(s)) {
        if (w.length < 2) continue;
        addKey(nameKeys, stemWord(w), i);
        addKey(exactNames, w, i);
      }
      for (const w of rawWords(s).flatMap((x) => (x.includes('-') ? [x, ...x.split('-')] : [x])))
        if (w.length >= 2) for (const k of skeletons(w)) addKey(nameKeys, k, i);
    }
    const titles = [...(rolesBy.get(p.id) ?? [])].map((title) => ({ title, stems: new Set(words(title).map(stemWord)) }));
    rolesOf.push(titles);
    for (const t of titles) for (const k of t.stems) if (k.length >= 2) addKey(roleKeys, k, i);
  });

  const order = corpus.statements.map((_, n) => n);
  const dateOf = corpus.statements.map((s) => articleDate.get(s.articleId) ?? null);
  order.sort((a, b) => compareDates(dateOf[b], dateOf[a]) || a - b);
  const postings = new Map<string, number[]>();
  const byPerson = new Map<string, number[]>();
  const statementDate: (string | null)[] = [];
  const personIndex = new Map(corpus.persons.map((p, i) => [p.id, i]));
  const personAt = new Int32Array(order.length);
  order.forEach((n, pos) => {
    const s = corpus.statements[n]!;
    statementDate.push(dateOf[n]!);
    personAt[pos] = personIndex.get(s.personId) ?? -1;
    getOrAdd(byPerson, s.personId, () => [] as number[]).push(pos);
    for (const w of new Set(nameWords(s.text))) {
      const k = stemWord(w);
      const list = getOrAdd(postings, k, () => [] as number[]);
      if (list[list.length - 1] !== pos) list.push(pos);
    }
  });
  const vocab = [...postings.keys()].sort();
  const roleVocab = [...roleKeys.keys()].sort();
  return {
    corpus,
    nameKeys,
    exactNames,
    nameVocabFuse: new Fuse([...nameKeys.keys()], {
      includeScore: true,
      // skeletons use capitals as letter classes (J = ж/zh/j, S = ш/sh); stems are folded already
      isCaseSensitive: true,
      threshold: 0.34,
      ignoreLocation: true,
    }),
    roleVocabFuse: new Fuse(roleVocab, { includeScore: true, threshold: 0.3, ignoreLocation: true }),
    roleKeys,
    roleVocab,
    rolesOf,
    order,
    postings,
    vocab,
    vocabFuse: new Fuse(vocab, { threshold: 0.2, ignoreLocation: false, distance: 10, includeScore: true }),
    personIndex,
    personAt,
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

interface PersonHit {
  i: number;
  score: number;
  by: Set<MatchedBy>;
  roles: Set<string>;
}

const isLatin = (w: string) => /[a-z]/.test(w) && !/[а-я]/.test(w);
const nameKeyOf = (w: string) => (isLatin(w) ? skeleton(w) : stemWord(w));

/** Sorted-vocabulary entries starting with `prefix`, at most `max`. */
function completions(vocab: string[], prefix: string, max: number): string[] {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < vocab.length && vocab[i]!.startsWith(prefix) && out.length < max; i++) out.push(vocab[i]!);
  return out;
}

/** People every query word points at, by name (exact key, else near spellings) or by role word. */
function findPersons(ix: SearchIndex, ws: string[]): PersonHit[] {
  let acc: Map<number, PersonHit> | null = null;
  ws.forEach((w, k) => {
    const hits = new Map<number, PersonHit>();
    const add = (list: number[] | undefined, score: number, by: MatchedBy, roleStem?: string) => {
      for (const i of list ?? []) {
        let h = hits.get(i);
        if (!h) {
          h = { i, score, by: new Set(), roles: new Set() };
          hits.set(i, h);
        }
        h.score = Math.min(h.score, score);
        h.by.add(by);
        if (roleStem) for (const t of ix.rolesOf[i]!) if (t.stems.has(roleStem)) h.roles.add(t.title);
      }
    };
    const key = nameKeyOf(w);
    add(ix.exactNames.get(w), 0, 'name');
    add(ix.nameKeys.get(key), 0.05, 'name');
    if (!isLatin(w)) {
      const stem = stemWord(w);
      add(ix.roleKeys.get(stem), 0.1, 'role', stem);
      if (k === ws.length - 1 && stem.length >= 3)
        for (const c of completions(ix.roleVocab, stem, 20)) if (c !== stem) add(ix.roleKeys.get(c), 0.2, 'role', c);
    }
    if (!hits.size && key.length >= 4) {
      for (const r of ix.nameVocabFuse.search(key, { limit: 10 })) add(ix.nameKeys.get(r.item), r.score ?? 0.5, 'name');
      if (!isLatin(w)) {
        for (const r of ix.roleVocabFuse.search(stemWord(w), { limit: 5 }))
          add(ix.roleKeys.get(r.item), 0.3 + (r.score ?? 0.3), 'role', r.item);
      }
    }
    if (acc === null) acc = hits;
    else {
      const prev: Map<number, PersonHit> = acc;
      const next = new Map<number, PersonHit>();
      for (const [i, h] of hits) {
        const p = prev.get(i);
        if (!p) continue;
        next.set(i, { i, score: p.score + h.score, by: new Set([...p.by, ...h.by]), roles: new Set([...p.roles, ...h.roles]) });
      }
      acc = next;
    }
  });
  return [...(acc ?? new Map<number, PersonHit>()).values()].sort((a, b) => a.score - b.score);
}

export function search(ix: SearchIndex, query: string, opts: SearchOptions = {}): SearchResult {
  const limit = opts.limit ?? 50;
  const perGroup = opts.perGroup ?? 20;
  const { corpus } = ix;
  const qWords = words(query).filter((w) => w.length >= 2 || /\d/.test(w));
  if (!qWords.length) return { query, groups: [] };

  // Split the query into the words naming someone and the rest.
  const isNameWord = (w: string) => ix.nameKeys.has(nameKeyOf(w));
  const nameWs = qWords.filter(isNameWord);
  const restWs = qWords.filter((w) => !isNameWord(w));

  const groups = new Map<number, { g: SearchGroup; rank: number; hits: number[] }>();
  const groupFor = (personIdx: number, rank: number) => {
    const p = corpus.persons[personIdx]!;
    let e = groups.get(personIdx);
    if (!e) {
      e = {
        g: {
          personId: p.id,
          name: displayName(p),
          latin: toLatin(displayName(p)),
          official: p.official,
          matchedBy: [],
          roles: [],
          statements: [],
          statementCount: 0,
        },
        rank,
        hits: [],
      };
      groups.set(personIdx, e);
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
    const people = findPersons(ix, nameWs).filter((r) => r.by.has('name'));
    const hits = statementsMatching(restWs) ?? [];
    const wanted = new Map(people.map((r) => [r.i, r]));
    for (const n of hits) {
      const r = wanted.get(ix.personAt[n]!);
      if (!r) continue;
      const e = groupFor(r.i, r.score);
      e.hits.push(n);
    }
    for (const e of groups.values()) e.g.matchedBy = ['name', 'statement'];
  }
  if (!groups.size) {
    for (const r of findPersons(ix, qWords)) {
      const e = groupFor(r.i, r.score);
      e.g.matchedBy = [...r.by];
      e.g.roles = [...r.roles].filter(Boolean);
    }
    const hits = restWs.length || !nameWs.length ? (statementsMatching(qWords) ?? []) : [];
    let last = -1;
    let e: ReturnType<typeof groupFor> | null = null;
    for (const n of hits) {
      const idx = ix.personAt[n]!;
      if (idx < 0) continue;
      if (idx !== last) {
        e = groupFor(idx, 0.5);
        if (!e.g.matchedBy.includes('statement')) e.g.matchedBy.push('statement');
        last = idx;
      }
      e!.hits.push(n);
    }
  }

  const out: SearchGroup[] = [];
  // plain code-unit order for ties: localeCompare (ICU) made sorting a few thousand groups the slowest step
  const ranked = [...groups.values()].sort(
    (a, b) => a.rank - b.rank || b.hits.length - a.hits.length || (a.g.name < b.g.name ? -1 : a.g.name > b.g.name ? 1 : 0),
  );
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
