// HEADED template: "возглавил Государственную регистрационную службу" → "глава Государственной
// регистрационной службы". The object noun phrase is in the accusative; its adjectives and head noun are put
// in the genitive by their endings, the rest of the phrase (already genitive) is kept as written.
import { roleHeadOfFolded, shortPassiveGender } from '../lexicon/roles';
import type { Discourse } from '../speech/discourse';
import type { Doc } from '../speech/doc';
import { subjectBefore } from '../speech/subject';
import { complementEnd, complementText, isVerbLike, officialOf } from './phrase';

/**
 * The role of whoever heads a body: "глава"/"руководитель", the body's words already put in the genitive
 * (`parts`), then its complement, tokens [c0, c1) as written. Official unless the body is private (officialOf).
 */
function bodyRole(doc: Doc, lemma: 'глава' | 'руководитель', parts: string[], c0: number, c1: number) {
  const words = parts.map((p) => p.toLowerCase().replace(/ё/g, 'е'));
  for (let q = c0; q < c1; q++) if (doc.tokens[q]!.kind === 'word') words.push(doc.words[q]!);
  const key: RoleKey = { lemma, words };
  return {
    title: [lemma, ...parts, complementText(doc, c0, c1)].filter(Boolean).join(' '),
    key,
    official: officialOf({ lemma, official: true }, words),
  };
}

import type { RoleKey } from './same-role';

export interface HeadedRole {
  personKey: string;
  phrase: { t0: number; t1: number };
  title: string;
  key: RoleKey;
  former: boolean;
  official: boolean;
  perfective: boolean;
}

/** Verb forms of "возглавить/возглавлять": whether the form shows a past role and is perfective. */
const HEAD_VERBS: Record<string, { former: boolean; perfective: boolean }> = Object.assign(Object.create(null), {
  возглавил: { former: false, perfective: true },
  возглавила: { former: false, perfective: true },
  возглавлял: { former: true, perfective: false },
  возглавляла: { former: true, perfective: false },
  возглавляет: { former: false, perfective: false },
});

const ADJ_ACC: Array<[RegExp, string]> = [
  [/ую$/, 'ой'],
  [/юю$/, 'ей'],
  [/ое$/, 'ого'],
  [/ее$/, 'его'],
  [/([кгхжшчщ])ий$/, '$1ого'],
  [/ий$/, 'его'],
  [/ый$/, 'ого'],
  [/ой$/, 'ого'],
];
const PRONOUNS = new Set([
  'их',
  'его',
  'ее',
  'её',
  'это',
  'эту',
  'этот',
  'свою',
  'свой',
  'свое',
  'её',
  'него',
  'нее',
  'неё',
  'которую',
  'который',
  'которое',
]);
const isAdjAcc = (w: string): boolean => /(ую|юю|ое|ее|ый|ий|ой)$/.test(w) && w.length > 4;

/** Accusative noun → genitive, by its ending: "службу" → "службы", "управление" → "управления". */
export function nounAccToGen(w: string): string {
  if (/^\p{Lu}{2,}$/u.test(w)) return w; // abbreviations do not decline
  const lower = w.toLowerCase();
  const swap = (n: number, end: string) => w.slice(0, w.length - n) + end;
  if (/[кгхжшчщ]у$/.test(lower)) return swap(1, 'и');
  if (lower.endsWith('у')) return swap(1, 'ы');
  if (lower.endsWith('ю')) return swap(1, 'и');
  if (lower.endsWith('ие') || lower.endsWith('ье')) return swap(1, 'я');
  if (lower.endsWith('о')) return swap(1, 'а');
  if (lower.endsWith('е')) return swap(1, 'я');
  if (/[бвгдзклмнпрстфхжшчщц]$/.test(lower)) return w + 'а';
  return w;
}

/** Instrumental noun → genitive, by its ending: "делегацией" → "делегации", "комитетом" → "комитета",
 *  "группой" → "группы", "правлением" → "правления". */
export function nounInsToGen(w: string): string {
  if (/^\p{Lu}{2,}$/u.test(w)) return w;
  const lower = w.toLowerCase();
  const swap = (n: number, end: string) => w.slice(0, w.length - n) + end;
  if (/[иь]ей$/.test(lower)) return swap(2, 'и');
  if (/[кгхжшчщ]ой$/.test(lower)) return swap(2, 'и');
  if (/ой$/.test(lower)) return swap(2, 'ы');
  if (/ей$/.test(lower)) return swap(2, 'и');
  if (/[иь]ем$/.test(lower)) return swap(2, 'я');
  if (/ом$/.test(lower)) return swap(2, 'а');
  if (/ем$/.test(lower)) return swap(2, 'я');
  return w;
}

/** Instrumental adjective → genitive: feminine "-ой/-ей" is the same form, masculine "-ым/-им" is not. */
function adjInsToGen(w: string): string {
  const lower = w.toLowerCase();
  if (/[кгхжшчщ]им$/.test(lower)) return `${w.slice(0, -2)}ого`;
  if (/им$/.test(lower)) return `${w.slice(0, -2)}его`;
  if (/ым$/.test(lower)) return `${w.slice(0, -2)}ого`;
  return w;
}

function adjAccToGen(w: string): string {
  for (const [re, rep] of ADJ_ACC) {
    const lower = w.toLowerCase();
    if (re.test(lower)) {
      const m = lower.replace(re, rep);
      return w.slice(0, 1) + m.slice(1);
    }
  }
  return w;
}

/**
 * The subject of a role verb at `v`; when its sentence names nobody before the verb, the person the previous
 * sentences are about, as for "он" of the verb's gender. Biographies drop the subject: "Иван Петров родился в
 * 1950 году. После института работал агрономом, затем возглавлял районное управление".
 */
export function subjectOrZero(doc: Doc, v: number, discourse: Discourse): string | null {
  const subject = subjectBefore(doc, v, discourse);
  if (subject) return subject;
  const w = doc.words[v]!;
  // a past verb or a short participle tells the gender: "работал", "избрана"
  const g = /л$/.test(w) ? 'm' : /ла$/.test(w) ? 'f' : (shortPassiveGender(w) ?? null);
  if (!g) return null;
  const s = doc.sentOf[v]!;
  for (let k = doc.sentStart[s]!; k < v; k++) {
    if (doc.mentionOf[k]! >= 0 || PRONOUNS.has(doc.words[k]!)) return null;
    // a role noun in the nominative may be the subject ("Аким возглавлял …"); "работал агрономом" is not one
    if (roleHeadOfFolded(doc.words[k]!)?.lemma.replace(/ё/g, 'е') === doc.words[k]) return null;
  }
  return discourse.resolvePronoun(doc.tokens[v]!.start, g, false);
}

export function headedRoles(doc: Doc, discourse: Discourse): HeadedRole[] {
  const out: HeadedRole[] = [];
  const { tokens, words } = doc;
  for (let v = 0; v + 1 < tokens.length; v++) {
    if (!words[v]!.startsWith('возглав')) continue;
    const form = HEAD_VERBS[words[v]!];
    if (!form || !doc.inBody(tokens[v]!.start, tokens[v]!.end)) continue;
    const s = doc.sentOf[v]!;
    const inverted = objectFirst(doc, v);
    if (inverted) {
      out.push({ ...inverted, former: form.former, perfective: form.perfective });
      continue;
    }
    // the object: adjectives then one noun, all in the accusative
    let k = v + 1;
    const parts: string[] = [];
    while (k < doc.sentEnd[s]! && tokens[k]!.kind === 'word' && isAdjAcc(words[k]!) && parts.length < 4) {
      parts.push(adjAccToGen(doc.text.slice(tokens[k]!.start, tokens[k]!.end)));
      k++;
    }
    if (
      k >= doc.sentEnd[s]! ||
      tokens[k]!.kind !== 'word' ||
      doc.mentionOf[k]! >= 0 ||
      roleHeadOfFolded(words[k]!) ||
      PRONOUNS.has(words[k]!) ||
      words[k]!.length < 3 // a preposition: "возглавляет с 2020 года"
    )
      continue;
    parts.push(nounAccToGen(doc.text.slice(tokens[k]!.start, tokens[k]!.end)));
    const c1 = complementEnd(doc, k + 1, doc.sentEnd[s]!);
    const subject = subjectOrZero(doc, v, discourse);
    if (!subject) continue;
    out.push({
      personKey: subject,
      phrase: { t0: v + 1, t1: c1 > k ? c1 : k + 1 },
      ...bodyRole(doc, 'глава', parts, k + 1, c1),
      former: form.former,
      perfective: form.perfective,
    });
    v = k;
  }
  return out;
}

/**
 * The object first, the subject after the verb: "Делегацию Казахстана возглавил помощник министра Иван
 * Петров", "Американскую делегацию возглавила Анна Иванова". The object opens the sentence (adjectives and a
 * noun in the accusative, then a genitive complement up to the verb); the subject is the first person named
 * after the verb, a role phrase may stand before the name.
 */
function objectFirst(doc: Doc, v: number): Pick<HeadedRole, 'personKey' | 'phrase' | 'title' | 'key' | 'official'> | null {
  const s = doc.sentOf[v]!;
  const t0 = doc.sentStart[s]!;
  if (t0 < 0 || t0 >= v) return null;
  const fromStart = objectFrom(doc, v, t0);
  if (fromStart) return fromStart;
  // mid-sentence, after an adverbial: "Напомним, в январе федерацию возглавил X" (adjectives and a noun right
  // before the verb; not after a preposition, whose object the noun would be: "в 2020 году возглавил")
  let g = v - 1;
  while (g - 1 > t0 && doc.tokens[g - 1]!.kind === 'word' && isAdjAcc(doc.words[g - 1]!) && v - g < 4) g--;
  const pre = g - 1;
  if (pre < t0 || doc.tokens[pre]!.kind === 'number' || doc.mentionOf[pre]! >= 0 || OBJECT_PREPS.has(doc.words[pre]!)) return null;
  return objectFrom(doc, v, g, true);
}

/** Prepositions that would govern a noun before the verb (it is then no object of the verb). */
const OBJECT_PREPS = new Set([
  'в',
  'во',
  'на',
  'с',
  'со',
  'к',
  'ко',
  'по',
  'за',
  'до',
  'от',
  'из',
  'у',
  'о',
  'об',
  'при',
  'для',
  'через',
  'после',
  'перед',
  'под',
  'над',
  'без',
  'между',
]);

function objectFrom(
  doc: Doc,
  v: number,
  t0: number,
  bare = false,
): Pick<HeadedRole, 'personKey' | 'phrase' | 'title' | 'key' | 'official'> | null {
  const { tokens, words } = doc;
  const s = doc.sentOf[v]!;
  let k = t0;
  const parts: string[] = [];
  // the sentence's capital is not the name's: "Американскую делегацию" → "глава американской делегации"
  const surface = (q: number) => {
    const w = doc.text.slice(tokens[q]!.start, tokens[q]!.end);
    return q === doc.sentStart[s] && !/^\p{Lu}{2,}$/u.test(w) ? w.toLowerCase() : w;
  };
  while (k < v && tokens[k]!.kind === 'word' && isAdjAcc(words[k]!) && parts.length < 3) {
    parts.push(adjAccToGen(surface(k)));
    k++;
  }
  const noun = words[k];
  if (
    k >= v ||
    !noun ||
    tokens[k]!.kind !== 'word' ||
    doc.mentionOf[k]! >= 0 ||
    PRONOUNS.has(noun) ||
    roleHeadOfFolded(noun) ||
    isVerbLike(noun) ||
    noun.length < 3 ||
    !/(у|ю|о|ие|ье|[бвгдзклмнпрстфхц])$/.test(noun) ||
    (bare && k !== v - 1)
  )
    return null;
  parts.push(nounAccToGen(surface(k)));
  if (complementEnd(doc, k + 1, v) !== v) return null;
  let subject = -1;
  for (let j = v + 1; j < doc.sentEnd[s]! && j < v + 9; j++) {
    const mi = doc.mentionOf[j]!;
    if (mi >= 0) {
      if (doc.mentions[mi]!.t0 === j && doc.mentions[mi]!.nominative) subject = mi;
      break;
    }
    if (tokens[j]!.kind !== 'word' || (j > v + 1 && isVerbLike(words[j]!))) break;
  }
  if (subject < 0) return null;
  return { personKey: doc.mentions[subject]!.key, phrase: { t0, t1: v }, ...bodyRole(doc, 'глава', parts, k + 1, v) };
}

/** Forms of "руководить" (+ instrumental): finite, with the subject before; participles, with the name
 *  they follow ("Анна Иванова, ранее руководившая казначейством"). Whether the form shows a past role. */
const LEAD_FINITE: Record<string, boolean> = Object.assign(Object.create(null), {
  руководил: true,
  руководила: true,
  руководит: false,
});
const LEAD_PARTICIPLE = /^руководивш(?:ий|ая|его|ей|ему|им|ую)$/;
/** Words that may stand between a name's comma and a participle: "X, ранее руководившая …". */
const PARTICIPLE_ADVERBS = new Set([
  'ранее',
  'прежде',
  'до',
  'этого',
  'того',
  'долгое',
  'время',
  'много',
  'лет',
  'несколько',
  'годы',
  'также',
]);
/** Prepositions that open an adverbial after the object unless a proper name follows ("посольством в Японии"). */
const ADVERBIAL_PREPS = new Set(['в', 'во', 'на', 'с', 'со', 'до', 'после', 'при', 'у']);
const isAdjIns = (w: string): boolean => /(?:ым|им|ой|ей)$/.test(w) && w.length > 4 && !/(?:ией|ьей)$/.test(w);
const isNounIns = (w: string): boolean => /(?:ом|ем|ой|ей|ью)$/.test(w) && w.length > 3;

/**
 * LED: "Иван Петров руководил налоговой службой", "Анна Иванова, ранее руководившая районным отделом
 * образования" → "руководитель налоговой службы", "руководитель районного отдела образования" (former when
 * the verb tells a past role). The object is in the instrumental: adjectives and a noun, put in the genitive
 * by their endings, then a genitive complement kept as written.
 */
export function ledRoles(doc: Doc, discourse: Discourse): HeadedRole[] {
  const out: HeadedRole[] = [];
  const { tokens, words } = doc;
  for (let v = 0; v + 1 < tokens.length; v++) {
    const w = words[v]!;
    if (!w.startsWith('руковод') || !doc.inBody(tokens[v]!.start, tokens[v]!.end)) continue;
    const finite = LEAD_FINITE[w];
    const participle = LEAD_PARTICIPLE.test(w);
    if (finite === undefined && !participle) continue;
    const s = doc.sentOf[v]!;
    let k = v + 1;
    const parts: string[] = [];
    const surface = (q: number) => doc.text.slice(tokens[q]!.start, tokens[q]!.end);
    while (k < doc.sentEnd[s]! && tokens[k]!.kind === 'word' && isAdjIns(words[k]!) && parts.length < 4) {
      if (k + 1 < doc.sentEnd[s]! && !isAdjIns(words[k + 1]!) && !isNounIns(words[k + 1]!)) break;
      parts.push(adjInsToGen(surface(k)));
      k++;
    }
    if (k >= doc.sentEnd[s]! || tokens[k]!.kind !== 'word' || doc.mentionOf[k]! >= 0 || !isNounIns(words[k]!) || PRONOUNS.has(words[k]!))
      continue;
    parts.push(nounInsToGen(surface(k)));
    // the complement, up to an adverbial ("руководивший районом в начале строительства", "… с 2010 года")
    let c1 = complementEnd(doc, k + 1, doc.sentEnd[s]!);
    for (let q = k + 1; q < c1; q++) {
      if (ADVERBIAL_PREPS.has(words[q]!) && (tokens[q + 1]?.kind !== 'word' || !/^\p{Lu}/u.test(tokens[q + 1]!.text))) {
        c1 = q;
        break;
      }
    }
    let subject: string | null = null;
    if (participle) {
      // back over a few adverbs to a comma, and the name before it
      let b = v - 1;
      while (b >= 0 && doc.sentOf[b] === s && tokens[b]!.kind === 'word' && PARTICIPLE_ADVERBS.has(words[b]!) && v - b <= 4) b--;
      const mi = b >= 1 && tokens[b]!.text === ',' ? doc.mentionOf[b - 1]! : -1;
      if (mi >= 0) subject = doc.mentions[mi]!.key;
    } else subject = subjectOrZero(doc, v, discourse);
    if (!subject) continue;
    out.push({
      personKey: subject,
      phrase: { t0: v + 1, t1: c1 > k ? c1 : k + 1 },
      ...bodyRole(doc, 'руководитель', parts, k + 1, c1),
      former: participle || finite === true,
      perfective: false,
    });
    v = k;
  }
  return out;
}

const HEADED_BY = new Set([
  'возглавляемый',
  'возглавляемая',
  'возглавляемое',
  'возглавляемые',
  'возглавляемого',
  'возглавляемой',
  'возглавляемым',
  'возглавляемом',
  'возглавляемую',
]);
const NP_STOP = new Set(['в', 'во', 'на', 'с', 'со', 'по', 'о', 'об', 'к', 'и', 'а', 'но', 'что', 'как', 'его', 'ее', 'её', 'их']);

/**
 * HEADED_BY: "правительства во главе с Иваном Петровым", "комитет, возглавляемый Иваном
 * Петровым" → "глава правительства" for the named person. The body is the up to three words before
 * the phrase; a head noun that does not look genitive is put in the genitive.
 */
export function headedByRoles(doc: Doc): HeadedRole[] {
  const out: HeadedRole[] = [];
  const seen = new Set<string>();
  const { tokens, words } = doc;
  for (let t = 1; t + 1 < tokens.length; t++) {
    const w = words[t]!;
    let nameAt = -1;
    let npEnd = -1;
    if (w === 'во' && words[t + 1] === 'главе' && (words[t + 2] === 'с' || words[t + 2] === 'со')) {
      // a role phrase may stand before the name: "во главе с директором регионального отделения Ниной Ивановой"
      nameAt = t + 3;
      if (roleHeadOfFolded(words[nameAt] ?? '')) {
        let k = nameAt + 1;
        while (k < tokens.length && k < nameAt + 8 && tokens[k]!.kind === 'word' && doc.mentionOf[k]! < 0 && !isVerbLike(words[k]!)) k++;
        if (doc.mentionOf[k] !== undefined && doc.mentionOf[k]! >= 0) nameAt = k;
      }
      npEnd = t;
    } else if (HEADED_BY.has(w) && tokens[t - 1]!.text === ',') {
      nameAt = t + 1;
      npEnd = t - 1;
    }
    if (nameAt < 0 || nameAt >= tokens.length) continue;
    const mi = doc.mentionOf[nameAt]!;
    if (mi < 0 || doc.mentions[mi]!.t0 !== nameAt || doc.mentions[mi]!.nominative) continue;
    const s = doc.sentOf[t];
    let npStart = npEnd;
    while (npStart - 1 >= 0 && npEnd - npStart < 4 && doc.sentOf[npStart - 1] === s) {
      const k = npStart - 1;
      if (tokens[k]!.kind !== 'word' || doc.mentionOf[k]! >= 0 || NP_STOP.has(words[k]!) || isVerbLike(words[k]!)) break;
      npStart = k;
    }
    // after "с" the body is in the instrumental: "встреча с делегацией банка во главе с X"
    const instrumental = words[npStart - 1] === 'с' || words[npStart - 1] === 'со';
    // a dative/locative word before the body governs it ("отставке правительства"): not part of it
    while (!instrumental && npStart < npEnd && /(е|у|ю|ом|ем)$/.test(words[npStart]!) && !/(ие|ье|ое|ее)$/.test(words[npStart]!)) npStart++;
    if (npStart === npEnd || !doc.inBody(tokens[npStart]!.start, tokens[npEnd - 1]!.end)) continue;
    // one body per person: "кабмин, возглавляемый X" after "кабинета министров во главе с X" is the same
    if (seen.has(doc.mentions[mi]!.key)) continue;
    seen.add(doc.mentions[mi]!.key);
    // the head noun is the first noun of the phrase: skip leading adjectives
    let head = npStart;
    const adjective = instrumental ? /(ым|им|ской|цкой|ной|овой|евой)$/ : /(ый|ий|ой|ая|ое|ого|ей|ых|их)$/;
    while (head < npEnd - 1 && adjective.test(words[head]!)) head++;
    const parts: string[] = [];
    for (let k = npStart; k < npEnd; k++) {
      const surface = doc.text.slice(tokens[k]!.start, tokens[k]!.end);
      if (instrumental && k <= head) parts.push(k === head ? nounInsToGen(surface) : adjInsToGen(surface));
      else parts.push(k === head && !/(а|я|ы|и|ов|ев|ей)$/.test(words[k]!) ? nounAccToGen(surface) : surface);
    }
    out.push({
      personKey: doc.mentions[mi]!.key,
      phrase: { t0: npStart, t1: npEnd },
      ...bodyRole(doc, 'глава', parts, npEnd, npEnd),
      former: false,
      perfective: false,
    });
    t = nameAt;
  }
  return out;
}
