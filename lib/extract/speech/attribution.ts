// Attribution shapes that follow a stretch of speech: ", — сказал он", "! – говорит Арман ТЕМИРБЕКОВ",
// "», сообщил Петров", "»: Петров пошутил". `speechVerbAt` recognises the verb (with its required object
// for "выразил уверенность"); `attributionAt` the punctuation-dash-verb shape starting at a token.
import { requiredObjects, speechVerbOfFolded, type VerbGender } from '../lexicon/speech-verbs';
import type { Doc } from './doc';
import { type RoleRefAt, type SpeakerRef, speakerAfter, speakerBefore } from './subject';

export interface VerbAt {
  /** First and last token of the verb phrase. */
  t: number;
  last: number;
  gender: VerbGender;
  gerund: boolean;
}

export interface Attribution {
  /** First token of the attribution (the punctuation or dash after the speech). */
  from: number;
  verb: VerbAt;
}

export const DASH = new Set(['-', '—', '–', '‒', '―', '\u2212']);
const LEAD_ADVERBS = new Set(['также', 'затем', 'потом', 'позже', 'тогда', 'еще', 'уже', 'вновь', 'снова']);

/** The speech verb at token `t` ("заявил", "выразил уверенность"), or null. */
export function speechVerbAt(doc: Doc, t: number): VerbAt | null {
  const tok = doc.tokens[t];
  if (tok?.kind !== 'word') return null;
  const v = speechVerbOfFolded(doc.words[t]!);
  if (!v) return null;
  // "не исключил, что": the phrase starts at "не"
  if (v.negated) return doc.words[t - 1] === 'не' && t > 0 ? { t: t - 1, last: t, gender: v.gender, gerund: false } : null;
  const objects = requiredObjects(v);
  if (objects) {
    // the object right after the verb or past up to two words ("задала министру вопрос", "обратил особое внимание")
    for (let k = t + 1; k <= t + 3 && doc.tokens[k]?.kind === 'word'; k++) {
      if (objects.includes(doc.words[k]!)) return { t, last: k, gender: v.gender, gerund: false };
    }
    return null;
  }
  return { t, last: t, gender: v.gender, gerund: Boolean(v.gerund) };
}

/** A speech verb at `t` or after one leading adverb ("— также отметил он"). */
function verbNear(doc: Doc, t: number): VerbAt | null {
  const v = speechVerbAt(doc, t);
  if (v) return v;
  if (LEAD_ADVERBS.has(doc.words[t] ?? '')) return speechVerbAt(doc, t + 1);
  return null;
}

/**
 * An attribution starting at token `t`: optional , ! ? … then a dash, then a speech verb; or a comma then a
 * speech verb (after a closing quotation mark only, `commaAlone`).
 */
export function attributionAt(doc: Doc, t: number, commaAlone: boolean): Attribution | null {
  const { tokens } = doc;
  let k = t;
  let punct = false;
  while (k < tokens.length && k < t + 2 && ',!?…'.includes(tokens[k]!.text) && tokens[k]!.kind === 'punct') {
    k++;
    punct = true;
  }
  if (k < tokens.length && DASH.has(tokens[k]!.text)) {
    const v = verbNear(doc, k + 1);
    return v ? { from: t, verb: v } : null;
  }
  if (punct && commaAlone && tokens[t]!.text === ',') {
    const v = verbNear(doc, k);
    return v ? { from: t, verb: v } : null;
  }
  return null;
}

/** Is there any attribution-like continuation after a quote at `t` (", — говорится в сообщении")? */
export function attributionLike(doc: Doc, t: number): boolean {
  const { tokens } = doc;
  let k = t;
  while (k < tokens.length && k < t + 2 && ',!?…'.includes(tokens[k]!.text)) k++;
  const tok = tokens[k];
  if (!tok || tok.newlineBefore) return false;
  if (DASH.has(tok.text)) return true;
  // "», говорится в сообщении", "», сообщили в полиции"
  return (
    k > t && tokens[t]!.text === ',' && tok.kind === 'word' && (speechVerbAt(doc, k) !== null || /(тся|ется|ится)$/.test(doc.words[k]!))
  );
}

/**
 * The subject of a speech verb: before it ("Петров заявил"), else after it ("заявил Петров"). A gerund
 * ("…, добавив, что") shares the subject of the main verb before it in the sentence.
 */
export function subjectOfVerb(doc: Doc, v: VerbAt, roleAt: RoleRefAt): SpeakerRef | null {
  if (v.gerund) {
    const s = doc.sentOf[v.t];
    for (let k = v.t - 1, n = 0; k >= 0 && doc.sentOf[k] === s && n < 40; k--, n++) {
      const main = speechVerbAt(doc, k);
      if (main && !main.gerund) return subjectOfVerb(doc, main, roleAt);
    }
    return speakerBefore(doc, v.t, null, roleAt, false);
  }
  return speakerBefore(doc, v.t, v.gender, roleAt) ?? speakerAfter(doc, v.last, v.gender, roleAt).ref;
}
