// HEADED template: "возглавил Государственную регистрационную службу" → "глава Государственной
// регистрационной службы". The object noun phrase is in the accusative; its adjectives and head noun are put
// in the genitive by their endings, the rest of the phrase (already genitive) is kept as written.
import { roleHeadOfFolded } from '../lexicon/roles';
import type { Discourse } from '../speech/discourse';
import type { Doc } from '../speech/doc';
import { subjectBefore } from '../speech/subject';
import { complementEnd, complementText, isVerbLike } from './phrase';
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

export function headedRoles(doc: Doc, discourse: Discourse): HeadedRole[] {
  const out: HeadedRole[] = [];
  const { tokens, words } = doc;
  for (let v = 0; v + 1 < tokens.length; v++) {
    if (!words[v]!.startsWith('возглав')) continue;
    const form = HEAD_VERBS[words[v]!];
    if (!form || !doc.inBody(tokens[v]!.start, tokens[v]!.end)) continue;
    const s = doc.sentOf[v]!;
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
      PRONOUNS.has(words[k]!)
    )
      continue;
    parts.push(nounAccToGen(doc.text.slice(tokens[k]!.start, tokens[k]!.end)));
    const c1 = complementEnd(doc, k + 1, doc.sentEnd[s]!);
    const subject = subjectBefore(doc, v, discourse);
    if (!subject) continue;
    const rest = complementText(doc, k + 1, c1);
    const title = ['глава', ...parts, rest].filter(Boolean).join(' ');
    const keyWords = [...parts.map((p) => p.toLowerCase().replace(/ё/g, 'е'))];
    for (let q = k + 1; q < c1; q++) if (tokens[q]!.kind === 'word') keyWords.push(words[q]!);
    out.push({
      personKey: subject,
      phrase: { t0: v + 1, t1: c1 > k ? c1 : k + 1 },
      title,
      key: { lemma: 'глава', words: keyWords },
      former: form.former,
      official: true,
      perfective: form.perfective,
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
      nameAt = t + 3;
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
    while (npStart - 1 >= 0 && npEnd - npStart < 3 && doc.sentOf[npStart - 1] === s) {
      const k = npStart - 1;
      if (tokens[k]!.kind !== 'word' || doc.mentionOf[k]! >= 0 || NP_STOP.has(words[k]!) || isVerbLike(words[k]!)) break;
      npStart = k;
    }
    // a dative/locative word before the body governs it ("отставке правительства"): not part of it
    while (npStart < npEnd && /(е|у|ю|ом|ем)$/.test(words[npStart]!) && !/(ие|ье|ое|ее)$/.test(words[npStart]!)) npStart++;
    if (npStart === npEnd || !doc.inBody(tokens[npStart]!.start, tokens[npEnd - 1]!.end)) continue;
    // one body per person: "кабмин, возглавляемый X" after "кабинета министров во главе с X" is the same
    if (seen.has(doc.mentions[mi]!.key)) continue;
    seen.add(doc.mentions[mi]!.key);
    // the head noun is the first noun of the phrase: skip leading adjectives
    let head = npStart;
    while (head < npEnd - 1 && /(ый|ий|ой|ая|ое|ого|ей|ых|их)$/.test(words[head]!)) head++;
    const parts: string[] = [];
    for (let k = npStart; k < npEnd; k++) {
      const surface = doc.text.slice(tokens[k]!.start, tokens[k]!.end);
      parts.push(k === head && !/(а|я|ы|и|ов|ев|ей)$/.test(words[k]!) ? nounAccToGen(surface) : surface);
    }
    const keyWords = parts.map((p) => p.toLowerCase().replace(/ё/g, 'е'));
    out.push({
      personKey: doc.mentions[mi]!.key,
      phrase: { t0: npStart, t1: npEnd },
      title: ['глава', ...parts].join(' '),
      key: { lemma: 'глава', words: keyWords },
      former: false,
      official: true,
      perfective: false,
    });
    t = nameAt;
  }
  return out;
}
