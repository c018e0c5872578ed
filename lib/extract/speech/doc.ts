// A read-only view of one analysed article shared by the role and speech stages: folded words per token,
// the sentence of each token, which person mention starts or covers a token, and body/title checks. Built
// once per analysis (WeakMap), in linear time.
import { foldForMatch, lowerBound, type Token } from '../../text';
import type { Gender } from '../pack';
import type { ArticleAnalysis, GramCase, PersonCluster, Span } from '../types';

export interface MentionRef {
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  key: string;
  /** The mention is (very likely) in the nominative: it can be a subject. */
  nominative: boolean;
  /** The case the person stage gave, if any. */
  gramCase: GramCase | null;
}

export interface Doc {
  analysis: ArticleAnalysis;
  text: string;
  tokens: Token[];
  /** Lowercased, ё-folded, dash-folded token texts. */
  words: string[];
  /** Sentence index of each token. */
  sentOf: Int32Array;
  /** Token index just past the last token of sentence `s`. */
  sentEnd: Int32Array;
  /** Token index of the first token of sentence `s`. */
  sentStart: Int32Array;
  /** Index into `mentions` of the mention covering each token, or -1. */
  mentionOf: Int32Array;
  mentions: MentionRef[];
  persons: Map<string, PersonCluster>;
  genderOf(key: string): Gender;
  /** Token index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number;
  /** The token range [a, b) lies inside one body range and outside the title span. */
  isProse(start: number, end: number): boolean;
  inBody(start: number, end: number): boolean;
}

const cache = new WeakMap<ArticleAnalysis, Doc>();
const NOMINATIVE_PATRONYMIC = /(ович|евич|ич|овна|евна|ична|инична)$/;

export function docOf(analysis: ArticleAnalysis): Doc {
  let d = cache.get(analysis);
  if (!d) {
    d = buildDoc(analysis);
    cache.set(analysis, d);
  }
  return d;
}

const fold = (s: string): string => foldForMatch(s);
/** Letters and joiners `foldForMatch` changes beyond lowercasing. */
const SPECIAL = /[ёқұүғңөәіһўҳҷӣӯҫӑӗ\u2010-\u2015\u2212]/;

/** foldForMatch for one word, without its per-character loop in the common case (plain Russian). */
function foldWord(s: string): string {
  const l = s.toLowerCase();
  return l.length === s.length && !SPECIAL.test(l) ? l : fold(s);
}

function inRanges(ranges: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (start < r.start) hi = mid - 1;
    else if (start >= r.end) lo = mid + 1;
    else return end <= r.end;
  }
  return false;
}

/** Gender from a surname's shape when the cluster does not say: "-ова", "-ская" are feminine. */
export function surnameGender(last: string): Gender {
  const l = fold(last);
  if (/(ова|ева|ина|ына|ская|цкая|ая)$/.test(l)) return 'f';
  if (/(ов|ев|ин|ын|ский|цкий|ой|ий|ый)$/.test(l)) return 'm';
  return null;
}

/**
 * Gender shown by the past-tense verbs right after a person's nominative mentions ("Ким сообщила" → f),
 * when all such verbs agree.
 */
function genderFromVerbs(mentions: MentionRef[], tokens: Token[], words: string[]): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  for (const m of mentions) {
    if (!m.nominative || m.t1 >= tokens.length || tokens[m.t1]!.kind !== 'word') continue;
    const w = words[m.t1]!;
    const g = /[аяиеоыу](ла|лась)$/.test(w) ? 'f' : /[аяиеоыу](л|лся)$/.test(w) ? 'm' : null;
    if (!g) continue;
    const v = votes.get(m.key) ?? { m: 0, f: 0 };
    v[g]++;
    votes.set(m.key, v);
  }
  const out = new Map<string, Gender>();
  for (const [key, v] of votes) if (!v.m !== !v.f) out.set(key, v.f ? 'f' : 'm');
  return out;
}

function buildDoc(analysis: ArticleAnalysis): Doc {
  const { article, tokens, sentences } = analysis;
  const text = article.text;
  const words = tokens.map((t) => (t.kind === 'punct' ? t.text : foldWord(t.text)));
  const starts = Int32Array.from(tokens, (t) => t.start);
  const sentOf = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const st = tokens[i]!.start;
    while (s < sentences.length - 1 && st >= sentences[s]!.end) s++;
    sentOf[i] = s;
  }
  const sentEnd = new Int32Array(sentences.length);
  const sentStart = new Int32Array(sentences.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const k = sentOf[i]!;
    sentEnd[k] = i + 1;
    if (sentStart[k] === -1) sentStart[k] = i;
  }
  const persons = new Map<string, PersonCluster>();
  const mentions: MentionRef[] = [];
  for (const p of analysis.persons) {
    persons.set(p.key, p);
    const parts = new Set(
      [...p.last.split(/\s+/), p.first ?? '', p.patronymic ?? '', ...p.variants.flatMap((v) => v.split(/\s+/))].map(fold),
    );
    for (const m of p.mentions) {
      if (!inRanges(article.body, m.start, m.end)) continue;
      const t0 = lowerBound(starts, m.start);
      let t1 = t0;
      while (t1 < tokens.length && tokens[t1]!.start < m.end) t1++;
      if (t1 === t0) continue;
      let nominative = true;
      for (let t = t0; t < t1; t++) {
        const w = words[t]!;
        if (tokens[t]!.kind === 'word' && w.length > 1 && !parts.has(w) && !NOMINATIVE_PATRONYMIC.test(w)) nominative = false;
      }
      if (m.gramCase) nominative = m.gramCase === 'nom';
      mentions.push({ start: m.start, end: m.end, t0, t1, key: p.key, nominative, gramCase: m.gramCase ?? null });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionOf = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let t = m.t0; t < m.t1; t++) if (mentionOf[t] === -1) mentionOf[t] = i;
  });
  const verbGender = genderFromVerbs(mentions, tokens, words);
  const title = article.titleSpan ?? null;
  const inBody = (start: number, end: number) => inRanges(article.body, start, end);
  return {
    analysis,
    text,
    tokens,
    words,
    sentOf,
    sentEnd,
    sentStart,
    mentionOf,
    mentions,
    persons,
    genderOf(key) {
      const p = persons.get(key);
      if (!p) return null;
      // a Russian-shaped surname settles it ("Петров" is a man whatever the context guessed); then the
      // past-tense verbs right after the person's nominative mentions ("Ким сообщила"), if they agree
      return surnameGender(p.last) ?? verbGender.get(key) ?? p.gender;
    },
    tokenAt: (offset) => lowerBound(starts, offset),
    inBody,
    isProse(start, end) {
      if (!inBody(start, end)) return false;
      return !(title && start < title.end && title.start < end);
    },
  };
}
