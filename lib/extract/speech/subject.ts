// The subject of a verb, looked for on either side of it within its sentence: a person named in the
// nominative, a personal pronoun ("он", "она") or a role noun standing alone ("глава государства"). Names in
// other cases ("спросил у Ивана Петрова") are skipped, and so is a relative clause closed before the verb
// ("X, который …, добавил"); another subordinate clause or verb ends the search. An impersonal "говорится в
// заявлении X" speaks for the text's author. Bounded look-around: constant work per verb.

import { roleHeadOf } from '../lexicon/roles';
import type { VerbGender } from '../lexicon/speech-verbs';
import type { Gender } from '../pack';
import { isVerbLike } from '../roles/phrase';
import type { RoleKey } from '../roles/same-role';
import type { Discourse } from './discourse';
import type { Doc } from './doc';

export type SpeakerRef =
  | { kind: 'person'; key: string; pos: number }
  | { kind: 'pronoun'; gender: Gender; pos: number; possessive?: boolean }
  | { kind: 'role'; role: RoleKey; pos: number };

/** Role references by their first token (from the role stage). */
export type RoleRefAt = (t: number) => { role: RoleKey; t1: number; nominative: boolean } | undefined;

export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = Object.assign(Object.create(null), { он: 'm', она: 'f' });
/** Plain nouns for the person just named, which speak like "он/она" after a quote ("— возмущается женщина");
 *  before a verb they may be anyone ("Одна женщина рассказала"), so only there. */
const NOUN_GENDER: Readonly<Record<string, Gender>> = Object.assign(Object.create(null), {
  женщина: 'f',
  мужчина: 'm',
  девушка: 'f',
  собеседник: 'm',
  собеседница: 'f',
  пенсионерка: 'f',
  пенсионер: 'm',
  жительница: 'f',
  спортсмен: 'm',
  спортсменка: 'f',
});
/** "его", "ее": possessive (or object) pronouns by the gender they refer to. */
export const POSSESSIVE_GENDER: Readonly<Record<string, 'm' | 'f'>> = Object.assign(Object.create(null), { его: 'm', ее: 'f', её: 'f' });
const SUBORDINATORS = new Set(['что', 'чтобы', 'который', 'которая', 'которые', 'которого', 'когда', 'если', 'где', 'как']);
const LOOK = 40;

function agrees(doc: Doc, key: string, verb: VerbGender): boolean {
  if (verb === 'pl') return false;
  if (!verb) return true;
  const g = doc.genderOf(key);
  return g === null || g === verb;
}

/** Subject of the verb at token `v`, searched backwards in its sentence. */
export function speakerBefore(doc: Doc, v: number, verb: VerbGender, roleAt?: RoleRefAt, stopAtVerbs = true): SpeakerRef | null {
  if (verb === 'pl') return null;
  // "В обращении министра говорится, что …", "В его посте говорится: «…»": the author of the text
  if (IMPERSONAL.has(doc.words[v]!)) return writingBefore(doc, v, roleAt);
  const s = doc.sentOf[v]!;
  let role: SpeakerRef | null = null;
  // "Петров вступил в спор и написал …": the subject of a coordinated verb is before the first verb
  if (doc.words[v - 1] === 'и') stopAtVerbs = false;
  for (let k = v - 1, n = 0; k >= 0 && doc.sentOf[k] === s && n < LOOK; k--, n++) {
    // "Иван Петров, который 30 лет работает в клинике, добавил": the subject is before the relative clause
    if (doc.tokens[k]!.text === ',') {
      const open = relativeClauseOpen(doc, k);
      if (open >= 0) k = open;
      continue;
    }
    const mi = doc.mentionOf[k]!;
    if (mi >= 0) {
      const m = doc.mentions[mi]!;
      if (m.nominative && agrees(doc, m.key, verb)) return { kind: 'person', key: m.key, pos: m.start };
      k = m.t0;
      continue;
    }
    const w = doc.words[k]!;
    const g = PRONOUN_GENDER[w];
    if (g !== undefined) return !verb || verb === g ? { kind: 'pronoun', gender: g, pos: doc.tokens[k]!.start } : null;
    const r = roleAt?.(k);
    if (r?.nominative && !role) role = { kind: 'role', role: r.role, pos: doc.tokens[k]!.start };
    if (SUBORDINATORS.has(w) || (stopAtVerbs && isVerbLike(w) && doc.tokens[k]!.kind === 'word')) break;
  }
  return role;
}

const RELATIVE = /^(?:котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых|ыми)|чей|чья|чье|чьи|чьего|чьей|чьих)$/u;

/**
 * The comma opening a relative clause that the comma at `close` ends (", который … ," / ", с которой … ,"
 * / ", по словам которого … ,"), or -1. The clause holds no sentence boundary and at most 30 tokens.
 */
function relativeClauseOpen(doc: Doc, close: number): number {
  const s = doc.sentOf[close]!;
  for (let j = close - 1; j > 0 && j > close - 30 && doc.sentOf[j - 1] === s; j--) {
    if (!RELATIVE.test(doc.words[j]!)) continue;
    // the relative word, after its comma and up to two lowercase words ("с которым", "по словам которого")
    for (let c = j - 1; c >= j - 3 && c >= 0; c--) {
      const tok = doc.tokens[c]!;
      if (tok.text === ',') return c;
      if (tok.kind !== 'word' || /^\p{Lu}/u.test(tok.text)) break;
    }
    return -1;
  }
  return -1;
}

/** Subject after the verb whose last token is `v` ("— сказал он", "сообщил пресс-секретарь Иван Петров"). */
export function speakerAfter(doc: Doc, v: number, verb: VerbGender, roleAt?: RoleRefAt): { ref: SpeakerRef | null; cut: boolean } {
  // "— цитирует акима издание …", "— цитирует Петрова пресс-служба": the one quoted is the object
  if (QUOTING.test(doc.words[v] ?? ''))
    return { ref: quotedObject(doc, v + 1, roleAt) ?? objectAfterSource(doc, v + 1, roleAt), cut: false };
  // "— говорится в посте министра / в его обращении": the author of the text (writingAt)
  if (IMPERSONAL.has(doc.words[v]!)) return { ref: writingAt(doc, v + 1, roleAt), cut: false };
  if (verb === 'pl') return { ref: null, cut: false };
  const s = doc.sentOf[v]!;
  let role: SpeakerRef | null = null;
  let k = v + 1;
  for (let n = 0; k < doc.tokens.length && doc.sentOf[k] === s && n < LOOK; k++, n++) {
    const tok = doc.tokens[k]!;
    if (tok.newlineBefore) break;
    const mi = doc.mentionOf[k]!;
    if (mi >= 0) {
      const m = doc.mentions[mi]!;
      if (m.nominative && agrees(doc, m.key, verb)) return { ref: { kind: 'person', key: m.key, pos: m.start }, cut: false };
      k = m.t1 - 1;
      continue;
    }
    if (tok.kind === 'punct') {
      if ('.;:!?,'.includes(tok.text)) break;
      continue;
    }
    const w = doc.words[k]!;
    const g = PRONOUN_GENDER[w] ?? NOUN_GENDER[w];
    if (g !== undefined) return { ref: !verb || verb === g ? { kind: 'pronoun', gender: g, pos: tok.start } : null, cut: false };
    const r = roleAt?.(k);
    if (r) {
      if (r.nominative && !role) role = { kind: 'role', role: r.role, pos: tok.start };
      k = r.t1 - 1;
      continue;
    }
    if (SUBORDINATORS.has(w) || isVerbLike(w)) break;
  }
  // the excerpt ends inside the attribution ("— накричал на граждан х")
  const cut = k >= doc.tokens.length;
  return { ref: role, cut };
}

/** Impersonal verbs of a text saying something ("говорится в заявлении X"): their speaker is the text's author. */
const IMPERSONAL = new Set(['говорится', 'отмечается', 'подчеркивается', 'сообщается', 'утверждается']);

/** Texts someone writes or issues, in the locative ("в посте", "в заявлении"). */
const WRITINGS = new Set([
  'посте',
  'сообщении',
  'заявлении',
  'обращении',
  'публикации',
  'письме',
  'статье',
  'колонке',
  'комментарии',
  'телеграм-канале',
  'telegram-канале',
  'блоге',
  'твите',
  'пресс-релизе',
]);

/**
 * The author of a text named at token `k`: "в посте министра", "в заявлении Петрова", "в его обращении"
 * (a possessive pronoun); "в сообщении" alone or "в сообщении пресс-службы" names nobody.
 */
function writingAt(doc: Doc, k: number, roleAt?: RoleRefAt): SpeakerRef | null {
  if (doc.words[k] !== 'в' && doc.words[k] !== 'во') return null;
  const g = POSSESSIVE_GENDER[doc.words[k + 1] ?? ''];
  if (g !== undefined && WRITINGS.has(doc.words[k + 2] ?? '') && doc.sentOf[k + 2] === doc.sentOf[k])
    return { kind: 'pronoun', gender: g, pos: doc.tokens[k + 1]!.start, possessive: true };
  return WRITINGS.has(doc.words[k + 1] ?? '') ? quotedObject(doc, k + 2, roleAt) : null;
}

/** "В обращении министра говорится …": the text's author, from a "в WRITING" phrase opening the sentence before `v`. */
function writingBefore(doc: Doc, v: number, roleAt?: RoleRefAt): SpeakerRef | null {
  const s = doc.sentOf[v]!;
  const k = doc.sentStart[s]!;
  if (k >= v) return null;
  const ref = writingAt(doc, k, roleAt);
  return ref && ref.pos < doc.tokens[v]!.start ? ref : null;
}

/** Forms of "цитировать": its object, not its subject (the media), is the speaker. */
const QUOTING = /^(?:про)?цитиру(?:ет|ют)$|^(?:про)?цитировал[аи]?$/;

/** Is the word a form of "(про)цитировать", whose object is the one quoted? */
export const isQuotingVerb = (w: string): boolean => QUOTING.test(w);

/** The person right after a quoting verb, in any case ("цитирует Петрова", "в посте министра Анны
 *  Ивановой": a role phrase may stand before the name), else the role noun standing for them ("цитирует
 *  акима"). */
function quotedObject(doc: Doc, k: number, roleAt?: RoleRefAt): SpeakerRef | null {
  const tok = doc.tokens[k];
  if (!tok || tok.newlineBefore || doc.sentOf[k] !== doc.sentOf[k - 1]) return null;
  // "— цитирует его издание"; "в посте его заместителя" is someone else, whom this does not resolve
  const g = POSSESSIVE_GENDER[doc.words[k]!];
  if (g !== undefined) {
    const next = doc.tokens[k + 1];
    const owned =
      next?.kind === 'word' && doc.sentOf[k + 1] === doc.sentOf[k] && (doc.mentionOf[k + 1]! >= 0 || roleHeadOf(doc.words[k + 1]!));
    return owned ? null : { kind: 'pronoun', gender: g, pos: tok.start, possessive: true };
  }
  const r = roleAt?.(k);
  for (let j = k; j < k + 8 && j < doc.tokens.length && doc.tokens[j]!.kind === 'word' && doc.sentOf[j] === doc.sentOf[k]; j++) {
    const mi = doc.mentionOf[j]!;
    if (mi >= 0) return { kind: 'person', key: doc.mentions[mi]!.key, pos: doc.mentions[mi]!.start };
    if (j === k && !r && !roleHeadOf(doc.words[j]!)) return null;
  }
  return r ? { kind: 'role', role: r.role, pos: tok.start } : null;
}

/**
 * "— цитирует пресс-служба акима", "— цитирует «Казинформ» акима области Ивана Петрова": the source first,
 * then the one quoted, in an oblique case (a name or a role noun standing for someone) within a few words.
 */
function objectAfterSource(doc: Doc, k: number, roleAt?: RoleRefAt): SpeakerRef | null {
  const s = doc.sentOf[k];
  let role: SpeakerRef | null = null;
  for (let j = k; j < k + 10 && j < doc.tokens.length && doc.sentOf[j] === s; j++) {
    const tok = doc.tokens[j]!;
    if (tok.newlineBefore) break;
    if (tok.kind !== 'word') {
      if ('«»"“”„'.includes(tok.text)) continue;
      break;
    }
    const mi = doc.mentionOf[j]!;
    if (mi >= 0) {
      const m = doc.mentions[mi]!;
      if (!m.nominative) return { kind: 'person', key: m.key, pos: m.start };
      j = m.t1 - 1;
      continue;
    }
    const r = roleAt?.(j);
    if (r && !r.nominative && !role) {
      role = { kind: 'role', role: r.role, pos: tok.start };
      j = r.t1 - 1;
    }
  }
  return role;
}

/** Resolve a speaker reference to a person key. */
export function resolveSpeaker(
  ref: SpeakerRef | null,
  discourse: Discourse,
  resolveRole: (role: RoleKey, pos: number) => string | null,
): string | null {
  if (!ref) return null;
  if (ref.kind === 'person') return ref.key;
  if (ref.kind === 'pronoun') return discourse.resolvePronoun(ref.pos, ref.gender, !ref.possessive);
  return resolveRole(ref.role, ref.pos);
}

/** For the role stage: the subject of a predicate, resolved (pronouns through the discourse). */
export function subjectBefore(doc: Doc, v: number, discourse: Discourse): string | null {
  const ref = speakerBefore(doc, v, null, undefined, false);
  if (!ref) return null;
  if (ref.kind === 'person') return ref.key;
  if (ref.kind === 'pronoun') return discourse.resolvePronoun(ref.pos, ref.gender, !ref.possessive);
  return null;
}
