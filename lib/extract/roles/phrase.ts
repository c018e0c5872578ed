// A role phrase around a role head noun: title-forming modifiers before it ("первый", "генеральный",
// "российский", "бывший"), the head ("акима"), and the genitive complement after it ("Талгарского района",
// "партии "Нур"", "культуры и информации"). Only the head and its modifiers are put in the nominative;
// the complement is kept as written. Every loop is bounded (a phrase is at most a dozen tokens).

import { firstNameGender, isMaybeFirstName } from '../lexicon/first-names';
import { type RoleHead, type RoleHeadMatch, roleHeadOf, roleHeadOfFolded, shortPassiveGender } from '../lexicon/roles';
import { speechVerbOf } from '../lexicon/speech-verbs';
import type { Doc } from '../speech/doc';

export interface RolePhrase {
  /** Token range of the whole phrase [t0, t1) and of the head. */
  t0: number;
  t1: number;
  head: number;
  lemma: string;
  official: boolean;
  former: boolean;
  /** Nominative modifiers, lowercase ("первый"). */
  modifiers: string[];
  /** Complement token range [c0, c1). */
  c0: number;
  c1: number;
  /** The head form is the nominative (lemma) form. */
  nominative: boolean;
  /** The head form is instrumental ("мэром", "главой"): a predicate "был мэром". */
  instrumental: boolean;
  /** "и.о.", "врио", "исполняющий обязанности": the head stays in the genitive after it. */
  acting: string | null;
  /** The phrase's case agrees with anything ("и.о. министра", indeclinable). */
  caseFree: boolean;
}

/** "и.о. министра", "врио акима", "(временно) исполняющий обязанности министра" before the head at `h`. */
function actingBefore(doc: Doc, h: number): { t0: number; text: string; nominative: boolean; caseFree: boolean } | null {
  const w = doc.words;
  if (w[h - 1] === 'врио') return { t0: h - 1, text: 'врио', nominative: true, caseFree: true };
  if (w[h - 1] === '.' && w[h - 2] === 'о' && w[h - 3] === '.' && w[h - 4] === 'и')
    return { t0: h - 4, text: 'и.о.', nominative: true, caseFree: true };
  if (w[h - 1] === 'обязанности' && w[h - 2]?.startsWith('исполняющ')) {
    const temp = w[h - 3] === 'временно';
    const form = w[h - 2]!;
    // the participle keeps its gender: "исполняющая обязанности" for a woman
    const fem = /^исполняющ(ая|ей|ую)$/.test(form);
    return {
      t0: temp ? h - 3 : h - 2,
      text: `${temp ? 'временно ' : ''}${fem ? 'исполняющая' : 'исполняющий'} обязанности`,
      nominative: form === 'исполняющий' || form === 'исполняющая',
      caseFree: false,
    };
  }
  return null;
}

/** Adjectives that belong to a title ("первый заместитель", "генеральный прокурор"), as nominative lemmas. */
const TITLE_ADJ = [
  'первый',
  'генеральный',
  'главный',
  'верховный',
  'государственный',
  'чрезвычайный',
  'полномочный',
  'постоянный',
  'специальный',
  'исполнительный',
  'ответственный',
];
const FORMER_ADJ = ['бывший', 'тогдашний', 'прежний'];

const ADJ_ENDINGS = [
  'ый',
  'ий',
  'ой',
  'ого',
  'его',
  'ому',
  'ему',
  'ым',
  'им',
  'ом',
  'ем',
  'ая',
  'яя',
  'ую',
  'юю',
  'ей',
  'ые',
  'ие',
  'ых',
  'их',
  'ыми',
  'ими',
];

function adjStem(lemma: string): string {
  return lemma.slice(0, -2);
}

const ADJ_FORMS: ReadonlyMap<string, { lemma: string; former: boolean }> = (() => {
  const m = new Map<string, { lemma: string; former: boolean }>();
  for (const [list, former] of [
    [TITLE_ADJ, false],
    [FORMER_ADJ, true],
  ] as const) {
    for (const l of list) {
      const s = adjStem(l);
      for (const e of ADJ_ENDINGS) m.set(s + e, { lemma: l, former });
    }
  }
  return m;
})();

/** A plain adjective in the nominative or an oblique case, as its nominative ("санитарного" → "санитарный"). */
function plainAdjective(w: string): string | null {
  const m = /^(\p{L}{3,}?)(ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем)$/u.exec(w);
  if (!m) return null;
  const stem = m[1]!;
  return stem + (/[кгхжшчщ]$/.test(stem) ? 'ий' : 'ый');
}

/** Relational adjectives of place ("российский", "казахстанского", "областной" is not one): -ский/-цкий. */
const SKIY = /^(\p{L}+?)(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$/u;

/** The nominative of a title modifier, or null: "первого" → "первый", "российского" → "российский". */
export function titleModifier(word: string): { lemma: string; former: boolean } | null {
  const a = ADJ_FORMS.get(word);
  if (a) return a;
  const m = SKIY.exec(word);
  if (m) return { lemma: m[1]! + m[2]! + 'ий', former: false };
  return null;
}

const PREPS = new Set(['по', 'от', 'при', 'в', 'во', 'на', 'для']);
/** Complex prepositions and adverbials that start with one of PREPS ("в связи с", "по итогам"). */
const ADVERBIAL_AFTER: Record<string, ReadonlySet<string>> = Object.assign(Object.create(null), {
  в: new Set([
    'связи',
    'рамках',
    'ходе',
    'течение',
    'результате',
    'целях',
    'качестве',
    'случае',
    'период',
    'преддверии',
    'интересах',
    'отношении',
    'пользу',
    'частности',
    'том',
    'этой',
    'этом',
    'своем',
    'своём',
    'понедельник',
    'вторник',
    'среду',
    'четверг',
    'пятницу',
    'субботу',
    'воскресенье',
  ]),
  во: new Set(['время', 'вторник', 'избежание']),
  по: new Set([
    'итогам',
    'словам',
    'мнению',
    'данным',
    'состоянию',
    'причине',
    'случаю',
    'поводу',
    'приглашению',
    'поручению',
    'инициативе',
    'окончании',
    'результатам',
    'сообщению',
    'информации',
  ]),
  на: new Set([
    'фоне',
    'основании',
    'днях',
    'этой',
    'прошлой',
    'следующей',
    'время',
    'встрече',
    'брифинге',
    'заседании',
    'пресс-конференции',
  ]),
  для: new Set(['того', 'этого']),
});
/** Genitive plurals with no ending, common in office names ("министр иностранных дел"). */
const ZERO_GEN_PL = new Set(['дел', 'сил', 'войск', 'работ', 'наук', 'услуг', 'граждан', 'программ', 'систем', 'инвестиций', 'стран']);
/** Numerals in the genitive inside a complement ("министры транспорта двух стран"). */
const NUM_GEN = new Set(['двух', 'трех', 'трёх', 'четырех', 'четырёх', 'обеих', 'обоих']);
const GEN_LIKE = /(а|я|ы|и|ого|его|ой|ей|ых|их|ов|ев|ий|ия|ью)$/;
/** Feminine nouns in the nominative that look like a genitive in "-а"/"-я" (GEN_LIKE) and often follow a role
 *  phrase as the sentence's subject: "— цитирует полпреда пресс-служба", "сообщила министра … комиссия". Their
 *  genitive differs ("пресс-службы"), so in this form they are never part of a complement. */
const FEM_NOMINATIVE = new Set([
  'пресс-служба',
  'служба',
  'газета',
  'редакция',
  'администрация',
  'прокуратура',
  'полиция',
  'комиссия',
  'компания',
  'телекомпания',
  'телерадиокомпания',
  'организация',
  'партия',
  'делегация',
  'сторона',
  'инспекция',
  'палата',
]);
/** Nominative adjective endings (never a genitive complement after "и"). "-ий" is also the genitive plural
 *  of nouns ("коммуникаций", "отношений", "территорий"): an adjective only after a velar or a hushing
 *  consonant ("российский", "общий") or in "-нний/-дний/-тний" ("внутренний", "последний"). */
const NOM_ADJ = /(?:ый|ая|яя|ое|ее|ые|ие)$|(?:[кгхжшчщ]|нн|дн|тн|жн|сн)ий$/;
const ADJ_OBLIQUE = /(ых|их|ого|его|ой|ей|ым|им|ому|ему)$/;
// Past-tense "-ла" is left out: it is also the genitive of nouns in "-л" ("филиала", "генерала").
const VERB_LIKE = /([аяиеыуо]л|[аяиеыуо]ли|лся|лась|лись|ть|ться|ется|ится)$/;
const STOP_WORDS = new Set([
  'который',
  'которая',
  'которого',
  'которой',
  'которые',
  'его',
  'ее',
  'её',
  'их',
  'это',
  'этот',
  'что',
  'как',
  'и',
  'а',
  'но',
  'или',
  'также',
  'года',
  'году',
  'лет',
  'месяца',
  'месяцев',
  'дней',
  'два',
  'две',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'несколько',
  'много',
  // prepositions that look like a genitive in "-а", "-я", "-и" ("поблагодарил президента за доверие")
  'за',
  'среди',
  'ради',
  'благодаря',
  'вопреки',
  'согласно',
]);

/** A capitalised word that is a known first name in some case form ("Ахмет", "Сергея"). */
function looksLikeFirstName(w: string): boolean {
  for (const end of ['', 'а', 'я', 'у', 'ю', 'ом', 'ем', 'ой', 'ей', 'е']) {
    if (end && !w.endsWith(end)) continue;
    const stem = w.slice(0, w.length - end.length);
    for (const lemma of end === '' ? [stem] : [stem, stem + 'а', stem + 'я', stem + 'й', stem + 'ь']) {
      if (firstNameGender(lemma) !== undefined && !isMaybeFirstName(lemma)) return true;
    }
  }
  return false;
}

export const isVerbLike = (w: string): boolean =>
  (VERB_LIKE.test(w) && w.length > 3 && !ZERO_GEN_PL.has(w)) ||
  (w.endsWith('ла') && (speechVerbOf(w) !== null || COPULA_F.has(w))) ||
  // a short passive participle: the predicate of "Министром финансов назначена …", never a complement
  shortPassiveGender(w) !== undefined;
const COPULA_F = new Set(['была', 'стала', 'являлась', 'работала', 'назначена', 'избрана']);

const isUpperStart = (s: string): boolean => /^\p{Lu}/u.test(s);

const OPEN_Q = '«"„“';
const CLOSE_Q = '»"“”';

/**
 * Complement after the head at token `j`: genitive words, proper nouns, short quoted names, a prepositional
 * phrase ("от СНГ", "по делам молодежи", "в России") and "и" + genitive. Stops before a person mention,
 * punctuation, a verb, a role head in another case (a coordinated role) or after 10 tokens.
 */
export function complementEnd(doc: Doc, j: number, limit: number): number {
  const { tokens, words } = doc;
  let end = j;
  let k = j;
  let afterAdj = false;
  let prepBudget = 0;
  const max = Math.min(limit, j + 12);
  while (k < max) {
    const t = tokens[k]!;
    const w = words[k]!;
    if (doc.mentionOf[k]! >= 0) break;
    if (k > j && t.newlineBefore) break;
    if (t.kind === 'punct') {
      // an enumeration inside the title: "министр цифрового развития, инноваций и аэрокосмической промышленности"
      if (t.text === ',' && k > j) {
        const e = enumerationEnd(doc, k + 1, max);
        if (e > 0) {
          k = e;
          end = e;
          continue;
        }
      }
      // a short quoted name: партии "Нур", партии «Родина»
      if (OPEN_Q.includes(t.text)) {
        let q = k + 1;
        while (q < max && q < k + 7 && !CLOSE_Q.includes(tokens[q]!.text) && tokens[q]!.text !== '.') q++;
        if (q < max && q > k + 1 && CLOSE_Q.includes(tokens[q]!.text) && isUpperStart(tokens[k + 1]!.text)) {
          k = q + 1;
          end = k;
          continue;
        }
      }
      break;
    }
    if (t.kind === 'number') break;
    const upper = isUpperStart(t.text);
    // a name the person stage missed: "премьер-министр Турции Ахмет Мехмет Йылдыз"
    if (upper && k + 1 < max && isUpperStart(tokens[k + 1]!.text) && tokens[k + 1]!.kind === 'word' && looksLikeFirstName(w)) break;
    if (upper) {
      // a proper noun or an abbreviation ("Кыргызстана", "ГКНБ"); a capitalised verb still stops
      if (isVerbLike(w) && !/^\p{Lu}+$/u.test(t.text)) break;
      k++;
      end = k;
      afterAdj = ADJ_OBLIQUE.test(w);
      continue;
    }
    if (w === 'во' && doc.words[k + 1] === 'главе') break; // "во главе с X" names who heads it
    if (PREPS.has(w)) {
      // a complex preposition opens an adverbial, not part of the title: "освобожден от должности министра
      // в связи с переходом на другую работу", "… по итогам года"
      if (ADVERBIAL_AFTER[w]?.has(words[k + 1] ?? '')) break;
      prepBudget = 3;
      k++;
      continue;
    }
    if (w === 'и') {
      const nx = words[k + 1];
      // inside a prepositional phrase "и" joins two of its nouns: "комиссии по выборам и проведению референдумов"
      if (prepBudget > 0 && nx && doc.mentionOf[k + 1]! < 0 && !roleHeadOfFolded(nx) && !isVerbLike(nx) && !NOM_ADJ.test(nx)) {
        prepBudget = 3;
        k++;
        continue;
      }
      // "и" + a nominative adjective or a role starts a new person's phrase ("… и российский президент X",
      // "президент и первая леди X")
      if (!nx || doc.mentionOf[k + 1]! >= 0 || roleHeadOfFolded(nx) || !GEN_LIKE.test(nx) || isVerbLike(nx) || NOM_ADJ.test(nx)) break;
      if (words[k + 2] !== undefined && roleHeadOfFolded(words[k + 2]!)) break;
      k++;
      continue;
    }
    if (STOP_WORDS.has(w) || isVerbLike(w)) break;
    if (prepBudget > 0) {
      prepBudget--;
      k++;
      end = k;
      continue;
    }
    const head = roleHeadOfFolded(w);
    if ((head && !GEN_LIKE.test(w)) || FEM_NOMINATIVE.has(w)) break;
    if (afterAdj || GEN_LIKE.test(w) || ZERO_GEN_PL.has(w) || NUM_GEN.has(w)) {
      afterAdj = ADJ_OBLIQUE.test(w);
      k++;
      end = k;
      continue;
    }
    // the lowercase second word of a foreign proper name right before a person's name
    // ("депутат Маджлиси намояндагон Иван Петров")
    if (k > j && isUpperStart(tokens[k - 1]!.text) && (doc.mentionOf[k + 1] ?? -1) >= 0) {
      k++;
      end = k;
      continue;
    }
    break;
  }
  return end;
}

/** After a comma inside a complement: genitives up to the next punctuation or person, with "и" among them
 *  ("инноваций и аэрокосмической промышленности"); the end of that stretch, or -1. */
function enumerationEnd(doc: Doc, k: number, max: number): number {
  const { tokens, words } = doc;
  let and = false;
  let n = 0;
  let q = k;
  for (; q < max && tokens[q]!.kind === 'word' && !tokens[q]!.newlineBefore; q++) {
    const w = words[q]!;
    if (w === 'и') {
      and = true;
      continue;
    }
    if (doc.mentionOf[q]! >= 0) break; // "… экологии и технического надзора Кыргызстана Мелис …"
    if (isVerbLike(w) || roleHeadOfFolded(w)) return -1;
    if (!GEN_LIKE.test(w) && !ZERO_GEN_PL.has(w)) return -1;
    n++;
  }
  return and && n >= 2 && words[q - 1] !== 'и' ? q : -1;
}

/** Parse the role phrase whose head is token `h` (already known to be a role head). */
export function rolePhraseAt(doc: Doc, h: number, head: RoleHeadMatch, sentenceEnd: number): RolePhrase {
  const { words } = doc;
  const modifiers: string[] = [];
  let former = head.former;
  const acting = actingBefore(doc, h);
  let t0 = acting ? acting.t0 : h;
  // title modifiers, with plain adjectives between a title adjective and the head kept too
  // ("главный санитарный врач"); a plain adjective alone ("новый мэр") is not part of the title
  const pending: string[] = [];
  for (let k = t0 - 1; k >= 0 && k >= t0 - 3; k--) {
    if (doc.tokens[k]!.kind !== 'word' || doc.mentionOf[k]! >= 0 || doc.sentOf[k] !== doc.sentOf[h]) break;
    const w = words[k]!;
    // two title adjectives joined by "и": "чрезвычайным и полномочным послом"
    const m0 = w === 'и' && modifiers.length && !pending.length && k > 0 ? titleModifier(words[k - 1]!) : null;
    if (m0 && !m0.former && doc.tokens[k - 1]!.kind === 'word' && doc.sentOf[k - 1] === doc.sentOf[h]) {
      modifiers.unshift(m0.lemma, 'и');
      t0 = k - 1;
      k--;
      continue;
    }
    const m = titleModifier(w);
    if (!m) {
      const plain = plainAdjective(w);
      if (!plain) break;
      pending.unshift(plain);
      continue;
    }
    if (m.former) former = true;
    else modifiers.unshift(m.lemma, ...pending.splice(0));
    if (m.former) pending.length = 0;
    t0 = k;
  }
  const c0 = h + 1;
  const c1 = complementEnd(doc, c0, sentenceEnd);
  const w = words[h]!.replace(/^экс-/, '');
  const lemma = head.lemma.replace(/ё/g, 'е');
  return {
    t0,
    t1: Math.max(c1, h + 1),
    head: h,
    lemma: head.lemma,
    official: officialOf(head, words.slice(c0, c1)),
    former,
    modifiers,
    c0,
    c1,
    nominative: acting ? acting.nominative : w === lemma,
    instrumental: !acting && /(ом|ем|ой|ей|ою|ею)$/.test(w) && w !== lemma,
    acting: acting ? `${acting.text} ${w}` : null,
    caseFree: acting?.caseFree ?? false,
  };
}

/** Heads whose office is that of the body they lead or sit in. */
const BODY_HEADS = new Set(['руководитель', 'директор', 'гендиректор', 'председатель', 'глава', 'начальник', 'управляющий', 'член']);
/** Private bodies: their heads and members hold no state office ("руководитель фермерского хозяйства"). */
const PRIVATE_BODY = /^(?:компани|фирм|фермерск|крестьянск|тоо$|ооо$|ип$|клиник|магазин|ресторан|стартап|кафе$|холдинг)/;
/** …unless the body is the state's ("национальной компании", "государственного холдинга"). */
const STATE_OWNED = /^(?:государствен|министерств|нацкомпани|национальн|республиканск)/;
/** State bodies whose members hold an office ("член правительства", "член правления Национального банка"). */
const STATE_BODY =
  /^(?:правительств|парламент|сенат|мажилис|кенеш|меджлис|маджлис|олий|кабинет|цик$|конституционн|верховн|национальн|центральн)/;

/** A state office? The head's own answer, except for heads of and members of bodies, which the body decides. */
export function officialOf(head: RoleHead, complement: string[]): boolean {
  if (!BODY_HEADS.has(head.lemma) || !complement.length) return head.official;
  if (head.official) return !complement.some((w) => PRIVATE_BODY.test(w)) || complement.some((w) => STATE_OWNED.test(w));
  return complement.some((w) => STATE_BODY.test(w));
}

/** Lowercase a complement word if it is a common noun capitalised out of deference ("Президента"). */
function complementWord(surface: string): string {
  if (/^\p{Lu}\p{Ll}/u.test(surface) && roleHeadOf(surface)) return surface.toLowerCase();
  return surface;
}

/** The complement as written, with role nouns lowercased and whitespace collapsed. */
export function complementText(doc: Doc, c0: number, c1: number): string {
  if (c1 <= c0) return '';
  const { tokens, text } = doc;
  let out = '';
  for (let k = c0; k < c1; k++) {
    const t = tokens[k]!;
    if (k > c0 && t.spaceBefore) out += ' ';
    out += t.kind === 'word' ? complementWord(text.slice(t.start, t.end)) : t.text;
  }
  return out;
}

/** "первый заместитель акима Актюбинской области" */
export function titleOf(doc: Doc, p: RolePhrase): string {
  const comp = complementText(doc, p.c0, p.c1);
  return [...p.modifiers, p.acting ?? p.lemma, comp].filter(Boolean).join(' ');
}
