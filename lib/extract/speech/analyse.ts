// Speech stage, once per article: collect candidates from the quote and reported-speech patterns and every
// speech verb with a subject (an "event": "ответил первый заместитель акима Иван Петров"), then resolve
// speakers in text order so that pronouns and role nouns see the speakers before them:
//   person   → that person
//   pronoun  → discourse.resolvePronoun (subjects and speakers of the preceding sentences)
//   role     → the person holding a matching role (roles.ts), else (quotes) the speaker just before it if
//              of the same country ("российский чиновник"), else the official whose role names that country
//   carried  → the speaker of an attribution in the same or the previous sentence
//   answer   → an interview answer: the question's addressee (vocative), else the run's previous answerer,
//              else the interviewee the lead introduces
// Statements whose speaker stays unknown (press services, "сообщили в полиции") are dropped.
import { lowerBound } from '../../text';
import { isCountryWord } from '../lexicon/places';
import { roleHeadOf } from '../lexicon/roles';
import { analyseRoles, resolveRoleRef } from '../roles/analyse-roles';
import { sameStem } from '../roles/same-role';
import type { ArticleAnalysis, ExtractedStatement } from '../types';
import { speechVerbAt, subjectOfVerb } from './attribution';
import type { Candidate } from './candidate';
import { Discourse, type Referent } from './discourse';
import { type Doc, docOf } from './doc';
import { isTitleLike, quoteCandidates } from './quote-candidates';
import { type QuoteSpan, quoteSpansOf } from './quote-spans';
import { reportedCandidates } from './reported-patterns';
import type { RoleRefAt } from './subject';

export interface SpeechAnalysis {
  quotes: ExtractedStatement[];
  reported: ExtractedStatement[];
}

const cache = new WeakMap<ArticleAnalysis, SpeechAnalysis>();

export function analyseSpeech(analysis: ArticleAnalysis): SpeechAnalysis {
  let r = cache.get(analysis);
  if (!r) {
    r = buildSpeech(analysis);
    cache.set(analysis, r);
  }
  return r;
}

function buildSpeech(analysis: ArticleAnalysis): SpeechAnalysis {
  const doc = docOf(analysis);
  const roles = analyseRoles(analysis);
  const refAt = new Map<number, { role: (typeof roles.refs)[number]['key']; t1: number; nominative: boolean }>();
  for (const r of roles.refs) refAt.set(r.t0, { role: r.key, t1: doc.tokenAt(r.end), nominative: r.nominative });
  const roleAt: RoleRefAt = (t) => refAt.get(t);

  // referents for pronouns: names, and nominative role nouns standing for someone named before
  const referents: Referent[] = doc.mentions.map((m) => ({ pos: m.start, sent: doc.sentOf[m.t0]!, key: m.key, subject: m.nominative }));
  for (const r of roles.refs) {
    if (!r.nominative) continue;
    const key = resolveRoleRef(analysis, r.key, r.start, false);
    if (key) referents.push({ pos: r.start, sent: doc.sentOf[r.t0]!, key, subject: true });
  }
  const discourse = new Discourse(doc, referents);

  const spans = quoteSpansOf(analysis.article);
  const quoteCands = quoteCandidates(doc, spans, roleAt);
  const candidates: Candidate[] = [...quoteCands, ...reportedCandidates(doc, spans, roleAt), ...events(doc, roleAt)];
  candidates.sort((a, b) => a.anchor - b.anchor || order(a) - order(b));

  const quotes: ExtractedStatement[] = [];
  const reported: ExtractedStatement[] = [];
  const answerers = new Map<number, string>();
  for (const c of candidates) {
    const key = resolve(analysis, discourse, c, answerers);
    if (!key) continue;
    discourse.addEvent(c.anchor, key);
    if (c.kind === 'event' || !speechCounts(doc, c)) continue;
    const st: ExtractedStatement = { personKey: key, kind: c.kind, text: doc.text.slice(c.start, c.end), start: c.start, end: c.end };
    (c.kind === 'quote' ? quotes : reported).push(st);
  }
  quotes.push(...partialQuotes(doc, spans, reported, quotes));
  const quoteTexts = new Set(quotes.map((q) => q.text));
  return { quotes: dedupe(quotes), reported: dedupe(reported).filter((r) => !isOnlyAQuote(doc.text, r, quoteTexts)) };
}

/**
 * Speech counts in prose only; in the title line only a quote whose speaker is named there
 * ("«Все будет хорошо»: Петров пообещал"), never one resolved through a pronoun or role noun.
 */
function speechCounts(doc: Doc, c: Candidate): boolean {
  if (doc.isProse(c.start, c.end)) return true;
  return c.kind === 'quote' && c.speaker?.kind === 'person' && doc.inBody(c.start, c.end);
}

const order = (c: Candidate): number => (c.kind === 'event' ? 0 : 1);

/** Country words ("россии", "туркменистана") in the roles the article gives person `key`. */
function countriesOf(analysis: ArticleAnalysis, key: string): string[] {
  return analyseRoles(analysis).held.flatMap((h) => (h.personKey === key ? h.key.words.filter(isCountryWord) : []));
}

const sameCountry = (a: string[], b: string[]): boolean => a.some((x) => b.some((y) => sameStem(x, y)));

/** A person whose roles name none of `countries` but some other country is no "российский …". */
function countryAgrees(analysis: ArticleAnalysis, countries: string[], key: string): boolean {
  if (!countries.length) return true;
  const theirs = countriesOf(analysis, key);
  return !theirs.length || sameCountry(countries, theirs);
}

/** The person named last before `pos` (else first after it) whose role names one of `countries`
 *  ("российский дипломат" → the "заместитель министра энергетики России"). */
function ofCountry(analysis: ArticleAnalysis, countries: string[], pos: number): string | null {
  const ra = analyseRoles(analysis);
  let best: string | null = null;
  let bestPos = -1;
  let after: string | null = null;
  let afterPos = Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  for (const h of ra.held) {
    if (seen.has(h.personKey) || !sameCountry(countries, h.key.words.filter(isCountryWord))) continue;
    seen.add(h.personKey);
    const starts = ra.mentionStarts.get(h.personKey) ?? [];
    const i = lowerBound(starts, pos);
    if (i > 0 && starts[i - 1]! > bestPos) [best, bestPos] = [h.personKey, starts[i - 1]!];
    if (i < starts.length && starts[i]! < afterPos) [after, afterPos] = [h.personKey, starts[i]!];
  }
  return best ?? after;
}

/** `answerers`: the last answerer of each interview run, by the run's lead end (updated here). */
function resolve(analysis: ArticleAnalysis, discourse: Discourse, c: Candidate, answerers: Map<number, string>): string | null {
  const sp = c.speaker;
  if (sp?.kind === 'person') return sp.key;
  if (sp?.kind === 'pronoun') return discourse.resolvePronoun(c.contextPos ?? sp.pos, sp.gender, !sp.possessive);
  if (sp?.kind === 'role') {
    const key = resolveRoleRef(analysis, sp.role, sp.pos, true);
    if (key) return key;
    if (c.kind !== 'quote') return null;
    // a quote attributed to a role noun nobody in the text holds ("— уточнил замминистра")
    // right after a statement by someone: the same speaker, described another way, of no other country
    const countries = sp.role.words.filter(isCountryWord);
    const last = discourse.lastSpeaker(c.contextPos ?? sp.pos, 1)?.key;
    if (last && countryAgrees(analysis, countries, last)) return last;
    // "— заявил российский чиновник" after a Turkmen minister's words: the official whose role names Russia
    return countries.length && roleHeadOf(sp.role.lemma)?.official ? ofCountry(analysis, countries, sp.pos) : null;
  }
  if (c.answer) {
    const key = answerer(analysis, discourse, c.answer, answerers.get(c.answer.leadEnd)) ?? discourse.lastSpeaker(c.anchor, 1)?.key ?? null;
    if (key) answerers.set(c.answer.leadEnd, key);
    return key;
  }
  if (c.carry) return discourse.lastSpeaker(c.contextPos ?? c.anchor, 1)?.key ?? null;
  if (c.cutAttribution) return discourse.lastSpeaker(c.contextPos ?? c.anchor, 3)?.key ?? null;
  return null;
}

/** The interviewee answering a question line: the person it addresses ("– Фирдавс Саидович, почему …?",
 *  "– А вы, Анна Ивановна?"), else whoever answered the run's previous question, else the first person named
 *  (in the nominative) in the lead paragraph before the run of dash lines ("Председатель правления X ответил
 *  на вопросы …"), else the last speaker. A person only named inside the question ("– Министр X ранее
 *  заявлял …", "– Как вы относитесь к предложению депутата X?") is not the one answering. */
function answerer(
  analysis: ArticleAnalysis,
  discourse: Discourse,
  a: NonNullable<Candidate['answer']>,
  previous: string | undefined,
): string | null {
  const doc = docOf(analysis);
  const addressed = addressee(doc, a.question);
  if (addressed) return addressed;
  if (previous) return previous;
  // the lead: the paragraph before the run (blank lines skipped)
  const text = doc.text;
  let end = a.leadEnd;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return intervieweeOfLead(analysis, start, end) ?? discourse.lastSpeaker(a.question.start, 3)?.key ?? null;
}

/** Roles of whoever asks the questions. */
const JOURNALISTS = new Set(['корреспондент', 'журналист', 'обозреватель', 'редактор', 'спецкор', 'интервьюер', 'ведущий']);
/** Words of a lead that introduce a conversation ("побеседовал с X", "интервью министра X"). */
const TALK = /интервью|бесед|поговорил|разговор|встретил|встреча|ответил[аи]? на вопросы/iu;

/**
 * The person a lead paragraph [start, end) introduces as interviewed: in a lead about a conversation the one
 * "с" whom it is held ("Корреспондент X побеседовал с министром Y"); else the first person named in the
 * nominative who is no journalist; else, in such a lead, the first one named in any case ("Интервью
 * министра Y").
 */
function intervieweeOfLead(analysis: ArticleAnalysis, start: number, end: number): string | null {
  const doc = docOf(analysis);
  const held = analyseRoles(analysis).held;
  const journalist = (key: string) => held.some((h) => h.personKey === key && JOURNALISTS.has(h.key.lemma));
  const inLead = doc.mentions.filter((m) => m.start >= start && m.end <= end && !journalist(m.key));
  const talk = TALK.test(doc.text.slice(start, end));
  if (talk) {
    for (const m of inLead) {
      // "с министром энергетики Y": "с" and a role phrase (or nothing) before the name
      for (let k = m.t0 - 1; k >= 0 && k >= m.t0 - 5 && doc.tokens[k]!.kind === 'word'; k--) {
        const withWhom = (doc.words[k] === 'с' || doc.words[k] === 'со') && (k + 1 === m.t0 || roleHeadOf(doc.words[k + 1]!));
        if (withWhom) return m.key;
      }
    }
  }
  return (inLead.find((m) => m.nominative) ?? (talk ? inLead[0] : undefined))?.key ?? null;
}

/** A name in the vocative (a nominative form): opening the question or one of its sentences before a comma
 *  or "!" ("Анна Ивановна, …"), or closing it after a comma ("…, Анна Ивановна?"); not an apposition in
 *  another case ("к словам министра, Ивана Петрова?"). */
function addressee(doc: Doc, q: { start: number; end: number }): string | null {
  const t0 = doc.tokenAt(q.start);
  const t1 = doc.tokenAt(q.end);
  for (let k = t0; k < t1; k++) {
    const mi = doc.mentionOf[k]!;
    if (mi < 0 || doc.mentions[mi]!.t0 !== k) continue;
    const m = doc.mentions[mi]!;
    if (!m.nominative) continue;
    const after = doc.tokens[m.t1]?.text ?? '';
    const opening = (k === t0 || /^[.!?…]$/u.test(doc.tokens[k - 1]!.text)) && (after === ',' || after === '!');
    const closing = doc.tokens[k - 1]?.text === ',' && (m.t1 >= t1 || /^[?!.…]$/u.test(after));
    if (opening || closing) return m.key;
  }
  return null;
}

/**
 * A quoted stretch inside a reported clause is the speaker's own words ("По словам Петрова, соглашение
 * «открывает новую страницу»"), unless it is a title or a scare-quoted word.
 */
function partialQuotes(doc: Doc, spans: QuoteSpan[], reported: ExtractedStatement[], quotes: ExtractedStatement[]): ExtractedStatement[] {
  const have = new Set(quotes.map((q) => q.start));
  const out: ExtractedStatement[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const r of [...reported].sort((a, b) => a.start - b.start)) {
    while (i < sorted.length && sorted[i]!.start < r.start) i++;
    for (let j = i; j < sorted.length && sorted[j]!.start < r.end; j++) {
      const q = sorted[j]!;
      if (q.end > r.end || have.has(q.start)) continue;
      const text = doc.text.slice(q.start, q.end);
      if (isTitleLike(text) || (text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2) continue;
      have.add(q.start);
      out.push({ personKey: r.personKey, kind: 'quote', text, start: q.start, end: q.end });
    }
  }
  return out;
}

/** Every speech verb with a subject is an event, even without a statement ("ответил Иван Петров"). */
function events(doc: Doc, roleAt: RoleRefAt): Candidate[] {
  const out: Candidate[] = [];
  for (let t = 0; t < doc.tokens.length; t++) {
    const v = speechVerbAt(doc, t);
    if (!v || !doc.inBody(doc.tokens[t]!.start, doc.tokens[t]!.end)) continue;
    const ref = subjectOfVerb(doc, v, roleAt);
    if (ref) out.push({ kind: 'event', start: 0, end: 0, anchor: ref.pos, speaker: ref, pattern: 'EVENT' });
  }
  return out;
}

function dedupe(list: ExtractedStatement[]): ExtractedStatement[] {
  const seen = new Set<string>();
  const out: ExtractedStatement[] = [];
  for (const s of list.sort((a, b) => a.start - b.start)) {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

/** A reported clause that is nothing but a quote ("…, что «нужно сломать эту систему»") is the quote alone. */
function isOnlyAQuote(text: string, r: ExtractedStatement, quoteTexts: Set<string>): boolean {
  const inner = text.slice(r.start, r.end).replace(/^[\s«"„“]+|[\s»"“”.]+$/g, '');
  return quoteTexts.has(inner);
}
