// Direct speech, as named patterns:
//   DASH_LINE        "– Я этого не знал! – сказал Ерлан САДЫКОВ. – Теперь знаю …" (per line)
//   QUOTE_THEN_ATTR  «…», — сказал он.   «…»: Петров пошутил
//   SPLIT            «A, — сказал он. — B»  → two quotes, one speaker
//   COLON_BEFORE     Петров: «…»   Петров заявил: «…»   заявление министра Петрова: «…»
//   IN_CLAUSE        Он напомнил, что «беспорядки…» происходили   Петров написал «…»   (not titles)
//   CARRIED          a quote opening a sentence right after an attribution ("По словам X, …. «…»")
// A quote needs speech: an attribution, or a sentence-like span after a speech verb. Titles of media and
// parties and scare-quoted words are left alone.

import { roleHeadOf } from '../lexicon/roles';
import { type Attribution, attributionAt, attributionLike, DASH, speechVerbAt, subjectOfVerb } from './attribution';
import type { Candidate } from './candidate';
import type { Doc } from './doc';
import type { QuoteSpan } from './quote-spans';
import { isQuotingVerb, type RoleRefAt, type SpeakerRef, speakerAfter } from './subject';

interface Segment {
  start: number;
  end: number;
}

const END_PUNCT = new Set(['.', '!', '?', '…']);
const TRAILING = /[\s,;:—–-]+$/u;

function trimEnd(doc: Doc, start: number, end: number): number {
  const m = TRAILING.exec(doc.text.slice(start, end));
  return m ? end - m[0].length : end;
}

function tokenRangeOf(doc: Doc, start: number, end: number): [number, number] {
  return [doc.tokenAt(start), doc.tokenAt(end)];
}

/**
 * Split speech [start, end) at inner attributions ("A, — сказал он. — B"). Returns the segments and, for
 * each, the attribution right after it (or null).
 */
function splitSpeech(doc: Doc, start: number, end: number): Array<{ seg: Segment; attr: Attribution | null }> {
  const out: Array<{ seg: Segment; attr: Attribution | null }> = [];
  const [t0, t1] = tokenRangeOf(doc, start, end);
  let segStart = start;
  let k = t0 + 1;
  while (k < t1) {
    const tok = doc.tokens[k]!;
    const prev = doc.tokens[k - 1]!;
    if (DASH.has(tok.text) && ',!?…'.includes(prev.text) && prev.kind === 'punct') {
      const attr = attributionAt(doc, k - 1, false);
      if (attr && attr.verb.last < t1) {
        const segEnd = trimEnd(doc, segStart, ',' === prev.text ? prev.start : prev.end);
        if (segEnd > segStart) out.push({ seg: { start: segStart, end: segEnd }, attr });
        // continuation: ". — B" / ", — B" after the attribution
        let c = attr.verb.last + 1;
        let next = -1;
        for (; c + 1 < t1; c++) {
          const ct = doc.tokens[c]!;
          if ((END_PUNCT.has(ct.text) || ct.text === ',') && DASH.has(doc.tokens[c + 1]!.text) && c + 2 < t1) {
            next = c + 2;
            break;
          }
        }
        if (next < 0) return out;
        segStart = doc.tokens[next]!.start;
        k = next + 1;
        continue;
      }
    }
    k++;
  }
  let segEnd = trimEnd(doc, segStart, end);
  // the closing period of the last sentence is punctuation of the text, not of the speech ("…порядок.")
  if (doc.text[segEnd - 1] === '.' && doc.text[segEnd - 2] !== '.') segEnd--;
  if (segEnd > segStart) out.push({ seg: { start: segStart, end: segEnd }, attr: null });
  return out;
}

function speakerOf(doc: Doc, attr: Attribution, roleAt: RoleRefAt): { ref: SpeakerRef | null; cut: boolean } {
  return speakerAfter(doc, attr.verb.last, attr.verb.gender, roleAt);
}

function emitSegments(
  doc: Doc,
  parts: Array<{ seg: Segment; attr: Attribution | null }>,
  outer: { ref: SpeakerRef | null; cut: boolean; anchor: number } | null,
  roleAt: RoleRefAt,
  pattern: string,
  out: Candidate[],
): boolean {
  let prev: { ref: SpeakerRef | null; cut: boolean; anchor: number } | null = null;
  const resolved = parts.map((p) => (p.attr ? { ...speakerOf(doc, p.attr, roleAt), anchor: doc.tokens[p.attr.verb.t]!.start } : null));
  let any = false;
  parts.forEach((p, i) => {
    let who = resolved[i] ?? null;
    if (!who && i === parts.length - 1) who = outer ?? prev;
    if (!who) who = resolved.slice(i + 1).find((r) => r) ?? outer ?? null;
    if (resolved[i]) prev = resolved[i]!;
    if (!who || (!who.ref && !who.cut)) return;
    any = true;
    out.push({
      kind: 'quote',
      start: p.seg.start,
      end: p.seg.end,
      anchor: who.ref ? who.ref.pos : who.anchor,
      speaker: who.ref,
      contextPos: parts[0]!.seg.start,
      cutAttribution: !who.ref && who.cut,
      pattern,
    });
  });
  return any;
}

type Outer = { ref: SpeakerRef | null; cut: boolean; anchor: number };

/** Word count and shape of a quoted span: titles ("«Новости»", "«Часа вопросов»") are not speech. */
export function isTitleLike(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length <= 1) return true;
  // "Лента.ру", "Газета.Ру": a dot inside a word is part of a name, not sentence punctuation
  return words.length <= 4 && /^\p{Lu}/u.test(text) && !/[.!?,;:](\s|$)/u.test(text);
}

/** Is `q` inside one of `regions` (sorted, disjoint)? Binary search. */
function inside(q: { start: number; end: number }, regions: Segment[]): boolean {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (q.start < r.start) hi = mid - 1;
    else if (q.start >= r.end) lo = mid + 1;
    else return q.end <= r.end;
  }
  return false;
}

/** Dash-line speech regions: a line opening with a dash and a letter, to the end of the line. */
function dashLines(doc: Doc): Segment[] {
  const out: Segment[] = [];
  const { tokens } = doc;
  for (let t = 0; t + 1 < tokens.length; t++) {
    const tok = tokens[t]!;
    if (!(t === 0 || tok.newlineBefore) || !DASH.has(tok.text)) continue;
    const first = tokens[t + 1]!;
    if (first.newlineBefore || first.kind !== 'word' || !/^\p{Lu}/u.test(first.text)) continue;
    let e = t + 1;
    while (e + 1 < tokens.length && !tokens[e + 1]!.newlineBefore) e++;
    if (!doc.isProse(tok.start, tokens[e]!.end)) continue;
    out.push({ start: first.start, end: tokens[e]!.end });
    t = e;
  }
  return out;
}

const isQuestion = (text: string, seg: Segment): boolean => /\?[\s»"”]*$/u.test(text.slice(seg.start, seg.end));

/** Nothing but line breaks (a blank line allowed) and spaces between two dash lines' texts: the same run. */
function adjacentLines(text: string, a: Segment, b: Segment): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[^\n\S]*\n\s*[-–—][ \t\u00A0]*$/u.test(gap) && !/\n[^\n\S]*\n[^\n\S]*\n/u.test(gap);
}

/** Offset of the line break before the dash line starting its text at `pos` (the lead ends there). */
function lineStartBefore(text: string, pos: number): number {
  const nl = text.lastIndexOf('\n', pos - 1);
  return nl < 0 ? 0 : nl;
}

export function quoteCandidates(doc: Doc, spans: QuoteSpan[], roleAt: RoleRefAt): Candidate[] {
  const out: Candidate[] = [];
  const lines = dashLines(doc);
  // runs of consecutive dash lines; in a run with a question, the lines after it alternate: an answer (the
  // interviewee's), then the journalist's next question or remark, and so on
  let runStart = -1;
  let question: Segment | null = null;
  let sinceQuestion = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === 0 || !adjacentLines(doc.text, lines[i - 1]!, line)) {
      runStart = line.start;
      question = null;
    }
    sinceQuestion++;
    const parts = splitSpeech(doc, line.start, line.end);
    const emitted = emitSegments(doc, parts, null, roleAt, 'DASH_LINE', out);
    const alone = !emitted && parts.length === 1 && !parts[0]!.attr;
    const answer = question !== null && sinceQuestion % 2 === 1;
    if (alone && isQuestion(doc.text, parts[0]!.seg) && !answer) {
      question = line;
      sinceQuestion = 0;
      continue;
    }
    // a dash line with no attribution of its own continues the speaker introduced just before it; in an
    // interview, answers are the interviewee's and the journalist's lines are nobody's statement
    if (!alone || (question !== null && !answer)) continue;
    out.push({
      kind: 'quote',
      start: parts[0]!.seg.start,
      end: parts[0]!.seg.end,
      anchor: line.start,
      speaker: null,
      carry: true,
      ...(question ? { answer: { question, leadEnd: lineStartBefore(doc.text, runStart) } } : {}),
      pattern: question ? 'INTERVIEW_ANSWER' : 'DASH_LINE',
    });
  }
  // attributions after each span; a paragraph of a multi-paragraph quote takes the one after its last
  // paragraph (computed backwards, so a chain costs one pass)
  const info = spans.map(
    () => null as null | { attr: Attribution | null; outer: Outer | null; parts: Array<{ seg: Segment; attr: Attribution | null }> },
  );
  for (let i = spans.length - 1; i >= 0; i--) {
    const q = spans[i]!;
    if (inside(q, lines)) continue;
    const afterTok = q.close >= 0 ? doc.tokenAt(q.close + 1) : doc.tokens.length;
    const attr = q.close >= 0 ? attributionAt(doc, afterTok, true) : null;
    let outer: Outer | null = null;
    if (attr) outer = { ...speakerOf(doc, attr, roleAt), anchor: doc.tokens[attr.verb.t]!.start };
    else if (q.close >= 0) outer = colonThenName(doc, afterTok);
    const parts = splitSpeech(doc, q.start, q.end);
    if (!outer && q.continued && !parts.some((p) => p.attr)) outer = info[i + 1]?.outer ?? null;
    info[i] = { attr, outer, parts };
  }
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!;
    const own = info[i];
    if (!own) continue;
    const { attr, outer, parts } = own;
    const afterTok = q.close >= 0 ? doc.tokenAt(q.close + 1) : doc.tokens.length;
    if (outer || parts.some((p) => p.attr)) {
      emitSegments(doc, parts, outer, roleAt, attr ? 'QUOTE_THEN_ATTR' : q.continued ? 'CONTINUED' : 'SPLIT', out);
      continue;
    }
    if (q.close >= 0 && attributionLike(doc, afterTok)) continue; // ", — говорится в сообщении"
    const before = speakerBeforeQuote(doc, q, roleAt);
    if (before) {
      const text = doc.text.slice(q.start, q.end);
      const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      if (before.colon || (!isTitleLike(text) && (before.governed || words >= 4))) {
        out.push({
          kind: 'quote',
          start: q.start,
          end: trimEnd(doc, q.start, q.end),
          anchor: before.ref.pos,
          speaker: before.ref,
          pattern: before.colon ? 'COLON_BEFORE' : 'IN_CLAUSE',
        });
      }
      continue;
    }
    const carried = doc.text.slice(q.start, q.end);
    if (opensSentence(doc, q.open) && !isTitleLike(carried) && (carried.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 4) {
      out.push({
        kind: 'quote',
        start: q.start,
        end: trimEnd(doc, q.start, q.end),
        anchor: q.open,
        speaker: null,
        carry: true,
        pattern: 'CARRIED',
      });
    }
  }
  return out;
}

/** "»: Петров пошутил" — a nominative name and a speech verb right after a colon. */
function colonThenName(doc: Doc, t: number): { ref: SpeakerRef | null; cut: boolean; anchor: number } | null {
  if (doc.tokens[t]?.text !== ':') return null;
  const mi = doc.mentionOf[t + 1] ?? -1;
  if (mi < 0) return null;
  const m = doc.mentions[mi]!;
  if (m.t0 !== t + 1 || !m.nominative) return null;
  if (!speechVerbAt(doc, m.t1) && !speechVerbAt(doc, m.t1 + 1)) return null;
  return { ref: { kind: 'person', key: m.key, pos: m.start }, cut: false, anchor: m.start };
}

const PREPOSITIONS = new Set(['в', 'во', 'на', 'о', 'об', 'по', 'с', 'со', 'к', 'у', 'от', 'для', 'из', 'за', 'про', 'при']);

/** The quote at token `q` follows the verb ending at `v` within three words and no preposition
 * ("назвал эти слухи «…»", not "рассказал о проекте «…»"). */
function directObject(doc: Doc, v: number, q: number): boolean {
  if (q - 1 - v > 3) return false;
  for (let k = v + 1; k < q; k++) if (PREPOSITIONS.has(doc.words[k]!)) return false;
  return true;
}

function opensSentence(doc: Doc, open: number): boolean {
  const t = doc.tokenAt(open);
  if (t >= doc.tokens.length) return false;
  return t === 0 || doc.tokens[t]!.newlineBefore || doc.sentOf[t - 1] !== doc.sentOf[t] || END_PUNCT.has(doc.tokens[t - 1]!.text);
}

/**
 * Attribution before a quote: "Петров: «…»", "Петров заявил: «…»", and a speech verb earlier in the same
 * sentence ("Он напомнил, что «…»", "написал «…»", "назвал «…» информацию").
 */
function speakerBeforeQuote(doc: Doc, q: QuoteSpan, roleAt: RoleRefAt): { ref: SpeakerRef; colon: boolean; governed: boolean } | null {
  const t = doc.tokenAt(q.open);
  if (t <= 0) return null;
  const s = doc.sentOf[t]!;
  const colon = doc.tokens[t - 1]!.text === ':';
  if (colon) {
    const mi = doc.mentionOf[t - 2] ?? -1;
    if (mi >= 0 && doc.mentions[mi]!.t1 === t - 1 && doc.mentions[mi]!.nominative) {
      const m = doc.mentions[mi]!;
      return { ref: { kind: 'person', key: m.key, pos: m.start }, colon: true, governed: true };
    }
  }
  const author = colon ? authorOfSpeechNoun(doc, t - 1, roleAt) : null;
  if (author) return { ref: author, colon: true, governed: true };
  let chto = false;
  for (let k = t - 1, n = 0; k >= 0 && doc.sentOf[k] === s && n < 40; k--, n++) {
    if (doc.words[k] === 'что') chto = true;
    const v = speechVerbAt(doc, k);
    if (!v) continue;
    const ref = subjectOfVerb(doc, v, roleAt);
    // the quote is what the verb says: inside its "что" clause, or right after it ("написал «…»", "назвал X «…»")
    if (ref) return { ref, colon: colon && t - 1 - v.last <= 4, governed: chto || directObject(doc, v.last, t) };
    return null;
  }
  return null;
}

/** Nouns for what someone said or wrote, in the cases they take before a colon ("опубликовано заявление X:",
 *  "привел слова X:", "Из обращения X:"). */
const SPEECH_NOUNS = new Set([
  'заявление',
  'заявления',
  'заявлении',
  'обращение',
  'обращения',
  'обращении',
  'слова',
  'слов',
  'комментарий',
  'комментария',
  'комментарии',
  'ответ',
  'ответа',
  'вопрос',
  'вопроса',
  'реплика',
  'реплику',
  'реплики',
  'цитата',
  'цитату',
  'цитаты',
  'призыв',
  'призыва',
  'послание',
  'послания',
  'послании',
  'пост',
  'поста',
  'посте',
  'запись',
  'записи',
  'сообщение',
  'сообщения',
  'сообщении',
  'письмо',
  'письма',
  'письме',
  'мнение',
  'мнения',
]);
/** Prepositions of a phrase after the author of a speech noun: "обращение X к нации", "пост X в Facebook". */
const ADDRESS_PREPOSITIONS = new Set(['к', 'в', 'во', 'на']);
/** Prepositions that make a speech noun the topic, not the speech: "ответил на вопрос X:", "рассказал о заявлении X:". */
const TOPIC_PREPOSITIONS = new Set(['на', 'о', 'об', 'про', 'к', 'с', 'со', 'за', 'после', 'против', 'по']);

/**
 * "опубликовано заявление вице-министра Ивана Петрова: «…»", "слова министра: «…»": a speech noun, then its
 * author in the genitive (a name, perhaps after a role phrase, or a role noun alone) right before the
 * colon at `colon`. Not after a speech verb of someone else ("Петров ответил на вопрос Ивановой: «…»" is
 * Петров's), except a quoting one ("процитировал слова X:").
 */
function authorOfSpeechNoun(doc: Doc, colon: number, roleAt: RoleRefAt): SpeakerRef | null {
  const s = doc.sentOf[colon]!;
  let ref: SpeakerRef | null = null;
  let first = -1;
  // "обращение X к жителям:", "пост X в Telegram:": a short prepositional phrase after the author
  let end = colon;
  for (let k = colon - 1; k >= colon - 3 && k > 0 && doc.tokens[k]!.kind === 'word'; k--) {
    if (ADDRESS_PREPOSITIONS.has(doc.words[k]!) && doc.mentionOf[k - 1]! >= 0) {
      end = k;
      break;
    }
  }
  const mi = doc.mentionOf[end - 1] ?? -1;
  if (mi >= 0) {
    const m = doc.mentions[mi]!;
    if (m.t1 !== end) return null;
    ref = { kind: 'person', key: m.key, pos: m.start };
    first = m.t0;
  } else {
    for (let k = colon - 1; k >= 0 && k >= colon - 8 && doc.sentOf[k] === s; k--) {
      const r = roleAt(k);
      if (r && r.t1 === colon && !r.nominative) {
        ref = { kind: 'role', role: r.role, pos: doc.tokens[k]!.start };
        first = k;
        break;
      }
    }
    if (!ref) return null;
  }
  for (let k = first - 1; k >= 0 && k >= first - 8 && doc.sentOf[k] === s; k--) {
    if (doc.tokens[k]!.kind !== 'word' || doc.mentionOf[k]! >= 0) return null;
    if (!SPEECH_NOUNS.has(doc.words[k]!)) continue;
    // the author follows the noun at once, or after a role phrase ("заявление вице-министра цифрового развития X")
    if (k + 1 !== first && !roleHeadOf(doc.words[k + 1]!)) return null;
    if (TOPIC_PREPOSITIONS.has(doc.words[k - 1] ?? '')) return null;
    for (let j = k - 1; j >= 0 && j >= k - 40 && doc.sentOf[j] === s; j--) {
      if (speechVerbAt(doc, j) && !isQuotingVerb(doc.words[j]!)) return null;
    }
    return ref;
  }
  return null;
}
