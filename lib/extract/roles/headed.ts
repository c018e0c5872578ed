// HEADED template: "возглавил Государственную регистрационную службу" → "глава Государственной
// регистрационной службы". The object noun phrase is in the accusative; its adjectives and head noun are put
// in the genitive by their endings, the rest of the phrase (already genitive) is kept as written.
import { roleHeadOfFolded } from '../lexicon/roles';
import type { Discourse } from '../speech/discourse';
import type { Doc } from '../speech/doc';
import { subjectBefore } from '../speech/subject';
import { complementEnd, complementText } from './phrase';
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
