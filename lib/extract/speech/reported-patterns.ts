// Reported speech, as named patterns; the clause runs to the end of its sentence without the final period:
//   VERB_CHTO      "Петров заявил, что …", "Он напомнил, что …", "сообщал ТАСС, что …"
//   PO_SLOVAM      "По словам Петрова, …", "По его мнению, …"
//   KAK_VERB       "Как утверждает Петров, …", "Как подчеркнул президент Казахстана, …"
//   CLAUSE_VERB    "…, добавила Иванова." (the clause before the attribution)
//   OB_ETOM        "Об этом заявил Петров." (the clause is the previous sentence)
// Clauses stop before a new attribution in the same sentence (", также он отметил, что …") and drop a
// trailing media credit (", передает корреспондент …").

import { lowerBoundBy } from '../../text';
import { speechVerbAt, subjectOfVerb, type VerbAt } from './attribution';
import type { Candidate } from './candidate';
import type { Doc } from './doc';
import type { QuoteSpan } from './quote-spans';
import { POSSESSIVE_GENDER as POSSESSIVE, PRONOUN_GENDER, type RoleRefAt, type SpeakerRef, speakerAfter } from './subject';

const SOURCE_NOUNS = new Set(['словам', 'мнению', 'утверждению', 'оценке', 'убеждению', 'информации', 'данным', 'слов']);
/** Bodies and circles in the genitive that speak for someone named after them ("пресс-службы X"). */
const SOURCE_BODIES =
  /^(?:пресс-служб|служб|администраци|аппарат|ведомств|министерств|канцеляри|штаб|офис|семь|близких|родственник|окружени)/u;
/** After "согласно" also a statement ("Согласно заявлению X, …"); "по заявлению X" is "on X's application". */
const SOGLASNO_NOUNS = new Set([...SOURCE_NOUNS, 'заявлению', 'заявлениям']);
const MEDIA_VERBS = new Set(['передает', 'передаёт', 'сообщает', 'пишет', 'информирует', 'сообщают', 'пишут']);
const END_PUNCT = /[\s.!?…]+$/u;
/** A site's name, then a dash, opening a clause: "Tengrinews.kz – ", "24.kg — " (not "США — партнер"). */
const MEDIA_LEAD = /^[A-Za-z0-9][\w-]*\.[a-z]{2,6}\s*[–—-]\s+/u;
const DASH_TOKENS = new Set(['-', '–', '—']);

interface Ctx {
  doc: Doc;
  quotes: QuoteSpan[];
  roleAt: RoleRefAt;
}

/** Index of the first quote (sorted by opening mark) opening at or after `pos`. */
function firstQuoteFrom(quotes: QuoteSpan[], pos: number): number {
  return lowerBoundBy(quotes, pos, (q) => q.open);
}

/** End offset of sentence `s`, extended over a quote that opens in it and closes later. */
function clauseEnd(ctx: Ctx, startTok: number): number {
  const { doc } = ctx;
  const s = doc.sentOf[startTok]!;
  let endTok = doc.sentEnd[s]! - 1;
  let end = doc.tokens[endTok]!.end;
  // a clause inside a quotation ends with it
  const startPos = doc.tokens[startTok]!.start;
  const inner = ctx.quotes[firstQuoteFrom(ctx.quotes, startPos) - 1];
  if (inner && inner.end > startPos && inner.end < end) return inner.end;
  for (let i = firstQuoteFrom(ctx.quotes, doc.tokens[startTok]!.start); i < ctx.quotes.length && ctx.quotes[i]!.open < end; i++) {
    const q = ctx.quotes[i]!;
    if (q.close >= end) {
      const ct = doc.tokenAt(q.close);
      endTok = doc.sentEnd[doc.sentOf[Math.min(ct, doc.tokens.length - 1)]!]! - 1;
      end = doc.tokens[endTok]!.end;
    }
  }
  return end;
}

/** Cut a clause [start, end) before a new attribution (", также он отметил") and a trailing media credit. */
function finishClause(ctx: Ctx, start: number, end: number): [number, number] | null {
  const { doc } = ctx;
  const t0 = doc.tokenAt(start);
  const t1 = doc.tokenAt(end);
  let cut = end;
  for (let k = t0 + 1; k < t1; k++) {
    if (doc.tokens[k]!.text !== ',') continue;
    // ", также он отметил, что", ", добавил он", ", а глава МИДа Иван Петров отметил, что"
    for (let j = k + 1; j < Math.min(t1, k + 10); j++) {
      if (doc.tokens[j]!.kind === 'punct' && doc.tokens[j]!.text !== '-') break;
      const v = speechVerbAt(doc, j);
      if (v && ((v.gerund && j === k + 1) || hasSubjectNear(doc, k + 1, j))) {
        cut = doc.tokens[k]!.start;
        break;
      }
    }
    if (cut !== end) break;
    if (MEDIA_VERBS.has(doc.words[k + 1] ?? '') && !hasMentionIn(doc, k + 1, t1)) {
      cut = doc.tokens[k]!.start;
      break;
    }
  }
  let e = cut;
  const m = END_PUNCT.exec(doc.text.slice(start, e));
  if (m) e -= m[0].length;
  while (e > start && /[\s,;:—–-]/.test(doc.text[e - 1]!)) e--;
  let s = start;
  while (s < e && /\s/.test(doc.text[s]!)) s++;
  // a dateline's agency before the news ("Tengrinews.kz – Работы завершат …", "КАБАР — …")
  const lead = MEDIA_LEAD.exec(doc.text.slice(s, e));
  if (lead) s += lead[0].length;
  // a whole clause of two words is a statement ("заявил, что реформа продолжится."); one cut off by the
  // excerpt's end needs three to say anything quotable ("по мнению X, все за")
  const closed = cut !== end || /[.!?…]/u.test(m?.[0] ?? '');
  const words = doc.text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= (closed ? 2 : 3) ? [s, e] : null;
}

function hasSubjectNear(doc: Doc, from: number, verb: number): boolean {
  for (let k = from; k <= verb + 3 && k < doc.tokens.length; k++) {
    if (PRONOUN_GENDER[doc.words[k]!] !== undefined || doc.mentionOf[k]! >= 0) return true;
  }
  return false;
}

function hasMentionIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.mentionOf[k]! >= 0) return true;
  return false;
}

function subjectOf(ctx: Ctx, v: VerbAt): SpeakerRef | null {
  return subjectOfVerb(ctx.doc, v, ctx.roleAt);
}

function reported(ctx: Ctx, start: number, end: number, speaker: SpeakerRef, pattern: string): Candidate | null {
  const r = finishClause(ctx, start, end);
  if (!r) return null;
  return { kind: 'reported', start: r[0], end: r[1], anchor: speaker.pos, speaker, pattern };
}

/** VERB_CHTO: a speech verb, up to a few words, ", что", the clause. */
function verbChto(ctx: Ctx, v: VerbAt): Candidate | null {
  const { doc } = ctx;
  const s = doc.sentOf[v.t]!;
  for (let k = v.last + 1; k < doc.sentEnd[s]! && k <= v.last + 8; k++) {
    const w = doc.words[k]!;
    if (w === 'что' && doc.tokens[k - 1]!.text === ',') {
      const speaker = subjectOf(ctx, v);
      if (!speaker || k + 1 >= doc.tokens.length) return null;
      return reported(ctx, doc.tokens[k + 1]!.start, clauseEnd(ctx, k + 1), speaker, 'VERB_CHTO');
    }
    if ('.!?;:'.includes(w)) return null;
  }
  return null;
}

/** KAK_VERB: "Как утверждает X, …" at a sentence start or after a comma. */
function kakVerb(ctx: Ctx, v: VerbAt): Candidate | null {
  const { doc } = ctx;
  if (v.t < 1 || doc.words[v.t - 1] !== 'как') return null;
  const before = doc.tokens[v.t - 2];
  if (before && doc.sentOf[v.t - 2] === doc.sentOf[v.t] && before.text !== ',') return null;
  const { ref } = speakerAfter(doc, v.last, v.gender, ctx.roleAt);
  if (!ref) return null;
  const s = doc.sentOf[v.t]!;
  for (let k = v.last + 1; k < doc.sentEnd[s]!; k++) {
    if (doc.tokens[k]!.text === ',')
      return k + 1 < doc.tokens.length ? reported(ctx, doc.tokens[k + 1]!.start, clauseEnd(ctx, k + 1), ref, 'KAK_VERB') : null;
  }
  // "…, как заявил X." closing the sentence: the clause is what comes before
  const first = doc.sentStart[s]!;
  if (before?.text === ',' && v.t - 2 - first >= 3) return reported(ctx, doc.tokens[first]!.start, before.start, ref, 'KAK_VERB');
  return null;
}

/** CLAUSE_VERB: "…, добавила Иванова." (also "…, – сообщил Петров") — the sentence up to the comma is the clause. */
function clauseVerb(ctx: Ctx, v: VerbAt): Candidate | null {
  const { doc } = ctx;
  const dashed = v.t >= 2 && DASH_TOKENS.has(doc.tokens[v.t - 1]!.text);
  const comma = dashed ? v.t - 2 : v.t - 1;
  if (comma < 1 || doc.tokens[comma]!.text !== ',') return null;
  // ", — сказал X" closing a paragraph opened by a dialogue dash ends a direct quote (quote-candidates.ts)
  if (dashed && opensWithDash(doc.text, doc.tokens[comma]!.start)) return null;
  if ('»"“”'.includes(doc.tokens[comma - 1]!.text)) return null; // «…», сказал он: a quote
  const s = doc.sentOf[v.t]!;
  const first = doc.sentStart[s]!;
  if (comma - first < 3) return null;
  const w0 = doc.words[first]!;
  if (w0 === 'по' || w0 === 'как' || '-—–'.includes(w0)) return null;
  // the attribution must close the sentence: subject, then nothing but a few words
  const { ref } = speakerAfter(doc, v.last, v.gender, ctx.roleAt);
  if (!ref) return null;
  for (let k = first; k < comma; k++)
    if (speechVerbAt(doc, k) && doc.words[k + 1] !== undefined && hasChtoAfter(doc, k, comma)) return null;
  return reported(ctx, doc.tokens[first]!.start, doc.tokens[comma]!.start, ref, 'CLAUSE_VERB');
}

/** Does the line holding `pos` open with a dash (a dialogue line)? */
function opensWithDash(text: string, pos: number): boolean {
  const line = text.lastIndexOf('\n', pos - 1) + 1;
  return /^\s*[-–—]/u.test(text.slice(line, Math.min(pos, line + 8)));
}

function hasChtoAfter(doc: Doc, k: number, limit: number): boolean {
  for (let j = k + 1; j < limit && j <= k + 8; j++) if (doc.words[j] === 'что') return true;
  return false;
}

/** OB_ETOM: "Об этом заявил X." — the previous sentence is what was said. */
function obEtom(ctx: Ctx, v: VerbAt): Candidate | null {
  const { doc } = ctx;
  const s = doc.sentOf[v.t]!;
  const first = doc.sentStart[s]!;
  if (doc.words[first] !== 'об' || doc.words[first + 1] !== 'этом' || s === 0) return null;
  const ref = subjectOf(ctx, v);
  if (!ref) return null;
  const ps = doc.analysis.sentences[s - 1]!;
  if (!doc.isProse(ps.start, ps.end)) return null;
  // "X заявил, что … . Об этом он сообщил на брифинге": the previous sentence is already attributed
  for (let k = doc.sentStart[s - 1]!; k < doc.sentEnd[s - 1]!; k++) if (speechVerbAt(doc, k)) return null;
  // … and so is "По словам X, …" / "Как сообщил X, …" (PO_SLOVAM, KAK_VERB)
  const p0 = doc.sentStart[s - 1]!;
  const source = POSSESSIVE[doc.words[p0 + 1] ?? ''] ? doc.words[p0 + 2] : doc.words[p0 + 1];
  if (doc.words[p0] === 'по' && SOURCE_NOUNS.has(source ?? '')) return null;
  // the previous sentence must not be (part of) a quotation
  const i = firstQuoteFrom(ctx.quotes, ps.end) - 1;
  const q = ctx.quotes[i];
  if (q && (q.close < 0 || q.close >= ps.start) && q.open < ps.end) return null;
  return reported(ctx, ps.start, ps.end, ref, 'OB_ETOM');
}

/** PO_SLOVAM: "По словам X, …" / "По его словам, …" / "Со слов X, …" / "Согласно заявлению X, …". */
function poSlovam(ctx: Ctx, t: number): Candidate | null {
  const { doc } = ctx;
  // "со слов X", "с его слов"
  const so = doc.words[t] === 'со' || doc.words[t] === 'с';
  const soglasno = doc.words[t] === 'согласно';
  if (doc.words[t] !== 'по' && !so && !soglasno) return null;
  const nouns = soglasno ? SOGLASNO_NOUNS : SOURCE_NOUNS;
  if (so && doc.words[t + 1] !== 'слов' && !(POSSESSIVE[doc.words[t + 1] ?? ''] && doc.words[t + 2] === 'слов')) return null;
  let k = t + 1;
  let ref: SpeakerRef | null = null;
  const poss = POSSESSIVE[doc.words[k] ?? ''];
  if (poss && nouns.has(doc.words[k + 1] ?? '')) {
    ref = { kind: 'pronoun', gender: poss, pos: doc.tokens[k]!.start, possessive: true };
    k += 2;
  } else if (nouns.has(doc.words[k] ?? '')) {
    k++;
    const r = ctx.roleAt(k);
    if (r) {
      ref = { kind: 'role', role: r.role, pos: doc.tokens[k]!.start };
      k = r.t1;
    } else {
      // "По мнению экономиста Ивана Петрова,": a name within the next few words, before the comma
      for (let j = k; j < k + 8 && j < doc.tokens.length && doc.tokens[j]!.text !== ','; j++) {
        // "По данным пресс-службы X", "По словам близких X": a body or X's family speaks, not X
        if (SOURCE_BODIES.test(doc.words[j]!)) return null;
        const mi = doc.mentionOf[j]!;
        if (mi >= 0) {
          const m = doc.mentions[mi]!;
          ref = { kind: 'person', key: m.key, pos: m.start };
          k = m.t1;
          break;
        }
      }
    }
  }
  if (!ref || doc.tokens[k]?.text !== ',' || k + 1 >= doc.tokens.length) return null;
  return reported(ctx, doc.tokens[k + 1]!.start, clauseEnd(ctx, k + 1), ref, 'PO_SLOVAM');
}

export function reportedCandidates(doc: Doc, quotes: QuoteSpan[], roleAt: RoleRefAt): Candidate[] {
  const ctx: Ctx = { doc, quotes: [...quotes].sort((a, b) => a.open - b.open), roleAt };
  const out: Candidate[] = [];
  for (let t = 0; t < doc.tokens.length; t++) {
    if (doc.tokens[t]!.kind !== 'word') continue;
    if (doc.words[t] === 'по' || doc.words[t] === 'со' || doc.words[t] === 'с' || doc.words[t] === 'согласно') {
      const c = poSlovam(ctx, t);
      if (c) out.push(c);
      continue;
    }
    const v = speechVerbAt(doc, t);
    if (!v) continue;
    const c = kakVerb(ctx, v) ?? verbChto(ctx, v) ?? obEtom(ctx, v) ?? clauseVerb(ctx, v);
    if (c) out.push(c);
  }
  return out;
}
