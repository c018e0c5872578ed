// Name shapes, each a small named pattern over the word stream (after natasha's FIRST_LAST, ABBR_FIRST_LAST):
//   LAST_FIRST_PATR   "Сейтов Нурлан Абаевич"
//   INITIALS_LAST     "Б. Осмонов", "Б.Осмоновым", "Н.А. Сейтов"
//   FIRST_PATR_LAST   "Нурлан Абаевич Сейтов"
//   FIRST_PATR        "Бакытом Токтогуловичем" (resolved later to a person named in full)
//   FIRST_LAST        "Бакыт Осмонов", "Тимур КАСЫМОВ", "Пьер Ле Бон"
//   LAST_INITIALS     "Осмонов Б.Т."
//   BARE              any other capitalised word: a surname or first name alone, resolved in cluster.ts
// Patterns look only at a few words ahead, so the scan is linear in the article length.
import { isCountryWord } from '../lexicon/places';
import { roleHeadOf } from '../lexicon/roles';
import { EAST_ASIAN_SURNAMES, SURNAME_PARTICLES } from '../lexicon/surnames';
import {
  type FirstReading,
  firstReadings,
  isStrongBareSurname,
  isStrongSurname,
  nameLikeUnknown,
  patronymicReadings,
  surnameReadings,
} from './readings';
import { STOPWORDS } from './stopwords';
import type { Word } from './words';

export type ShapeName = 'LAST_FIRST_PATR' | 'INITIALS_LAST' | 'FIRST_PATR_LAST' | 'FIRST_PATR' | 'FIRST_LAST' | 'LAST_INITIALS' | 'BARE';

export interface RawMention {
  shape: ShapeName;
  start: number;
  end: number;
  /** Word indexes of the parts (into the word stream). */
  first?: number;
  patr?: number;
  /** Surname words: one, or particle(s) + surname ("Ле Бон"). */
  last?: number[];
  /** Initial letters, uppercase ("СН"). */
  initials?: string;
  /** Index of the first word of the mention. */
  w0: number;
}

const TURKIC_PATRONYMIC_WORD = /^(?:уулу|улы|ұлы|кызы|қызы|оглы|угли)$/;

const isInitial = (w: Word | undefined, text: string): boolean =>
  w !== undefined && w.text.length === 1 && w.cap && w.cyr && text[w.end] === '.';

/** Only spaces between two offsets (no line break). */
const spaces = (text: string, a: number, b: number): boolean => b >= a && b - a <= 3 && /^[ \u00A0]*$/.test(text.slice(a, b));

/** A capitalised word that may be a surname in a pair (not a role noun, a stopword-like function word or a lone letter). */
function surnameCandidate(w: Word | undefined): boolean {
  return !!w?.cap && w.cyr && w.text.length >= 2 && surnameReadings(w.lower).length > 0;
}

function asFirst(w: Word, prev: Word | undefined, text: string): FirstReading[] {
  if (!w.cap || !w.cyr || w.text.length < 2) return [];
  // "8 Марта", "1 Мая": a month after a day number (on the same line: a dateline's year ends the line before
  // "Асхат Оразбеков, министр …")
  if (prev && /\d[ \u00A0]*$/.test(text.slice(Math.max(0, w.start - 3), w.start))) return [];
  return firstReadings(w.lower);
}

export function scanShapes(words: Word[], text: string): RawMention[] {
  const out: RawMention[] = [];
  const n = words.length;
  let i = 0;
  while (i < n) {
    const m = matchAt(words, i, text);
    if (m) {
      out.push(m);
      i = Math.max(i + 1, lastWord(m) + 1);
    } else {
      const w = words[i]!;
      const nx = words[i + 1];
      // a Kyrgyz/Kazakh surname of father's name + "уулу"/"кызы" standing alone ("Бакыт уулу отметил")
      if (w.cap && w.cyr && !w.upper && nx?.joined && TURKIC_PATRONYMIC_WORD.test(nx.lower)) {
        out.push({ shape: 'BARE', start: w.start, end: nx.end, w0: i, last: [i, i + 1] });
        i += 2;
        continue;
      }
      if (w.cap && w.cyr && w.text.length >= 2) out.push({ shape: 'BARE', start: w.start, end: w.end, w0: i, last: [i] });
      i++;
    }
  }
  return out;
}

const SK_ADJ = /(?:ск|цк)(?:ой|ого|ому|ом|ий|ая|ую|им)$/;
const PLACE_NOUNS = /^(?:област|район|кра[йяею]|округ|обл|город|сел|аул|республик|губерни|уезд|велаят|этрап)/;

function lastWord(m: RawMention): number {
  return Math.max(m.w0, m.first ?? -1, m.patr ?? -1, ...(m.last ?? []));
}

function matchAt(words: Word[], i: number, text: string): RawMention | null {
  return initialsLast(words, i, text) ?? lastFirstPatr(words, i, text) ?? firstLed(words, i, text) ?? lastInitials(words, i, text);
}

function initialsLast(words: Word[], i: number, text: string): RawMention | null {
  const a = words[i];
  if (!isInitial(a, text)) return null;
  let j = i + 1;
  let initials = a!.text;
  const b = words[j];
  if (isInitial(b, text) && spaces(text, a!.end + 1, b!.start)) {
    initials += b!.text;
    j++;
  }
  const s = words[j];
  const dot = words[j - 1]!.end + 1;
  if (!s || !spaces(text, dot, s.start) || !surnameCandidate(s) || s.text.length < 3 || STOPWORDS.has(s.lower)) return null;
  // a role noun opening the next sentence is no surname ("… — УзА. Министр иностранных дел")
  if (roleHeadOf(s.lower)) return null;
  if (!isStrongSurname(s.lower) && !s.upper && firstReadings(s.lower).some((r) => r.known)) return null;
  return { shape: 'INITIALS_LAST', start: a!.start, end: s.end, last: [j], initials, w0: i };
}

function lastInitials(words: Word[], i: number, text: string): RawMention | null {
  const s = words[i]!;
  if (!s.cap || !isStrongSurname(s.lower)) return null;
  const a = words[i + 1];
  if (!isInitial(a, text) || !spaces(text, s.end, a!.start) || a!.start === s.end) return null;
  let initials = a!.text;
  let end = a!.end + 1;
  const b = words[i + 2];
  if (isInitial(b, text) && spaces(text, end, b!.start)) {
    initials += b!.text;
    end = b!.end + 1;
  }
  return { shape: 'LAST_INITIALS', start: s.start, end, last: [i], initials, w0: i };
}

function lastFirstPatr(words: Word[], i: number, text: string): RawMention | null {
  const l = words[i]!;
  const f = words[i + 1];
  const p = words[i + 2];
  // a lowercase word is no surname: "Вице-министр финансов Ерболат Мухтарулы" (a Kazakh "-улы" surname)
  if (!f || !p || !f.joined || !p.joined || !l.cap || !p.cap || !isStrongSurname(l.lower)) return null;
  // "Федерации Иван Петрович Сидоров": the surname comes after
  const after = words[i + 3];
  if (after?.joined && after.cap) return null;
  if (!asFirst(f, l, text).some((r) => r.known) || !patronymicReadings(p.lower).length) return null;
  if (asFirst(l, words[i - 1], text).some((r) => r.known)) return null;
  return { shape: 'LAST_FIRST_PATR', start: l.start, end: p.end, first: i + 1, patr: i + 2, last: [i], w0: i };
}

function firstLed(words: Word[], i: number, text: string): RawMention | null {
  const w = words[i]!;
  // a Chinese or Korean name, written surname first: "Ван Сяолун", "Ли Вэй". Named given name first, as every
  // name is ("Сяолун Ван"). Not after a capitalised word ("Вирджил Ван Дейк"; an acronym may stand before it:
  // "председатель КНР Ли Вэй"; a role noun or a country too: "Министр Ли Цян", "министр торговли Китая Чэнь
  // Дэмин"), not a known first name ("Хуан Суареш"), and not before a Russian word in an
  // oblique case ("… Ли Москве").
  const e1 = words[i + 1];
  if (
    EAST_ASIAN_SURNAMES.has(w.lower) &&
    !w.upper &&
    !firstReadings(w.lower).some((r) => r.known) &&
    !(w.joined && words[i - 1]?.cap && !words[i - 1]!.upper && !roleHeadOf(words[i - 1]!.lower) && !isCountryWord(words[i - 1]!.lower)) &&
    e1?.joined &&
    e1.cap &&
    e1.cyr &&
    !e1.upper &&
    e1.text.length >= 2 &&
    !SURNAME_PARTICLES.has(e1.lower) &&
    !/(?:[еую]|ой|ей|ом|ем|ами|ями|ах|ях|ого|его)$/.test(e1.lower) &&
    !firstReadings(e1.lower).some((r) => r.known) &&
    !(words[i + 2]?.joined && words[i + 2]!.cap)
  )
    return { shape: 'FIRST_LAST', start: w.start, end: e1.end, first: i + 1, last: [i], w0: i };
  if (SURNAME_PARTICLES.has(w.lower)) return null;
  const fr = asFirst(w, words[i - 1], text);
  if (!fr.length) return null;
  const known = fr.some((r) => r.known);
  const maybe = !known && fr.some((r) => r.maybe);
  const n1 = words[i + 1];
  // FIRST + middle initial + LAST ("Джеймс Р. Холлоуэй"): the initial is dropped
  const n2i = words[i + 2];
  if (
    known &&
    n1 &&
    isInitial(n1, text) &&
    spaces(text, w.end, n1.start) &&
    n2i &&
    surnameCandidate(n2i) &&
    /^\.\s{0,2}$/u.test(text.slice(n1.end, n2i.start))
  )
    return { shape: 'FIRST_LAST', start: w.start, end: n2i.end, first: i, last: [i + 2], w0: i };
  if (!n1?.joined || !n1.cap || !n1.cyr) return null;
  // FIRST_PATR(_LAST)
  if (patronymicReadings(n1.lower).length) {
    const n2 = words[i + 2];
    if (n2?.joined && surnameCandidate(n2) && !patronymicReadings(n2.lower).length)
      return { shape: 'FIRST_PATR_LAST', start: w.start, end: n2.end, first: i, patr: i + 1, last: [i + 2], w0: i };
    if (known || fr.length) return { shape: 'FIRST_PATR', start: w.start, end: n1.end, first: i, patr: i + 1, w0: i };
  }
  // FIRST + father's name + "уулу"/"кызы" ("Нурлан Асан уулу"): the two words are the surname
  const n2w = words[i + 2];
  if (n1.cap && !n1.upper && n2w?.joined && TURKIC_PATRONYMIC_WORD.test(n2w.lower) && (known || maybe || nameLikeUnknown(w.lower)))
    return { shape: 'FIRST_LAST', start: w.start, end: n2w.end, first: i, last: [i + 1, i + 2], w0: i };
  // FIRST + particle(s) + LAST ("Пьер Ле Бон", "Ян Ван Дейк")
  if (SURNAME_PARTICLES.has(n1.lower)) {
    const n2 = words[i + 2];
    if (known && n2?.joined && n2.cap && n2.text.length >= 2)
      return { shape: 'FIRST_LAST', start: w.start, end: n2.end, first: i, last: [i + 1, i + 2], w0: i };
  }
  if (!surnameCandidate(n1) || n1.text.length < 2) return null;
  // "в селе Кочкор Нарынской области": a place adjective before its noun is no surname
  const n2p = words[i + 2];
  if (SK_ADJ.test(n1.lower) && n2p?.joined && !n2p.cap && PLACE_NOUNS.test(n2p.lower)) return null;
  // FIRST + second given name + LAST ("Мигель Анхело Руис", "Мехмет Али Озтюрк"): the middle name is dropped
  const n2 = words[i + 2];
  if (
    known &&
    n2?.joined &&
    surnameCandidate(n2) &&
    !n1.upper &&
    !(words[i + 3]?.joined && words[i + 3]!.cap) &&
    !isStrongSurname(n1.lower) &&
    n1.lower.length >= 3 &&
    !STOPWORDS.has(n1.lower) &&
    !firstReadings(n1.lower).some((r) => r.known) &&
    !firstReadings(n2.lower).some((r) => r.known) &&
    (isStrongSurname(n2.lower) || !w.sentStart)
  )
    return { shape: 'FIRST_LAST', start: w.start, end: n2.end, first: i, last: [i + 2], w0: i };
  const strong = isStrongSurname(n1.lower);
  const upperPair = n1.upper && !w.upper && (strong || (n1.text.length >= 4 && /[АЕЁИОУЫЭЮЯӨҮҰӘІ]/.test(n1.text)));
  // an UPPERCASE word after a name is an acronym ("СНГ", "ГКНБ") unless it looks like a surname
  if (n1.upper && !upperPair && !strong) return null;
  // first names that are also role nouns ("Аким") need a clear surname
  if (known && roleHeadOf(w.lower) && !isStrongBareSurname(n1.lower)) return null;
  if (known) {
    // "Мария Ивановна" style pairs of two first names are not FIRST_LAST unless the second is a clear surname
    if (!strong && !upperPair && firstReadings(n1.lower).some((r) => r.known) && !isStrongSurname(n1.lower)) {
      const n2 = words[i + 2];
      if (n2?.joined && surnameCandidate(n2)) return null;
    }
    return { shape: 'FIRST_LAST', start: w.start, end: n1.end, first: i, last: [i + 1], w0: i };
  }
  if (w.upper && !n1.upper) return null;
  if (!maybe && !nameLikeUnknown(w.lower)) return null;
  // an unknown pair right after an organisation noun is its name ("партия Ата Мекен"); known first names stay persons
  if (afterOrgNoun(words, i, text)) return null;
  // "Израиля Давид Леви", "Турции Мария": a place in the genitive before a full name
  if (firstReadings(n1.lower).some((r) => r.known) && (/ии$/.test(w.lower) || (words[i + 2]?.joined && words[i + 2]!.cap))) return null;
  // sentence-initial plural nouns ("Страны Восточной Европы", "Инженеры НАСА")
  if (w.sentStart && /[иы]$/.test(w.lower)) return null;
  // "Сказали Иванову": a plural past verb opening a sentence (names in -али stand mid-sentence: "Давлатали")
  if (w.sentStart && /ли$/.test(w.lower)) return null;
  // a vowel-final unknown word opening a sentence is an adverb far more often than a name ("Позже", "Вдобавок")
  if (
    !maybe &&
    w.sentStart &&
    /[еёоуэю]$/.test(w.lower) &&
    (/(?:но|ко|то|ло|же|ше|ее|ие|ое)$/.test(w.lower) || !predicateFollows(words, i + 1, text))
  )
    return null;
  // "Слова Ахметова из интервью": a sentence-initial noun before a genitive; a name opening a sentence has a predicate
  if (!maybe && w.sentStart && /[ая]$/.test(w.lower) && /(?:ова|ева|ёва|ина|ына)$/.test(n1.lower) && !predicateFollows(words, i + 1, text))
    return null;
  // "Эль Пасо", "Аль Хор": a particle does not open a name; "Пресс-служба": parts of a double name are capitalised
  if (SURNAME_PARTICLES.has(w.lower) || (w.text.includes('-') && !/^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)+$/u.test(w.text))) return null;
  // adjectival surnames after an unknown word are mostly noun phrases ("Героя Советского Союза")
  if (
    isStrongBareSurname(n1.lower) ||
    (upperPair && !w.sentStart) ||
    (w.credit && n1.credit && isolatedPair(words, i)) ||
    foreignPair(words, i, text)
  )
    return { shape: 'FIRST_LAST', start: w.start, end: n1.end, first: i, last: [i + 1], w0: i };
  return null;
}

const ORG_NOUN =
  /^(?:парти|фракци|движени|блок|объединени|компани|фонд|организаци|холдинг|корпораци|банк|групп|альянс|ассоциаци|федераци|клуб|команд|газет|журнал|телеканал|агентств|издани|портал|сайт|завод|комбинат|фирм|концерн|предприяти|телекомпани|радиостанци|университет|театр|музе|отел|гостиниц|ресторан|кафе|магазин|аэропорт|компле?кс|центр|проект|программ|операци|фестивал|конкурс|премии|преми)/;

/** A quoted capitalised pair right after an organisation noun names it: "фракции «Ак Жол»". */
function afterOrgNoun(words: Word[], i: number, text: string): boolean {
  const prev = words[i - 1];
  if (!prev || prev.cap) return false;
  // only a quoted pair: unquoted, "шеф концерна Клаус Вебер" is a person as often as not
  if (!ORG_NOUN.test(prev.lower) || !/^\s?[«"„“]$/.test(text.slice(prev.end, words[i]!.start))) return false;
  // "владелец кафе Ганс Мюллер", "лидер партии …": a role noun before the organisation makes the pair its holder
  const head = words[i - 2];
  return !(head && prev.joined && roleHeadOf(head.lower));
}

/** Not part of a longer run of capitalised words ("Президент Кыргызстана Бакыт Осмонов"). */
function isolatedPair(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  const after = words[i + 2];
  // a capitalised word before is fine when it is a place ("министр Японии Кэнтаро Ито"), not when it may be part of a name
  const prevName =
    prev?.joined &&
    prev.cap &&
    !words[i]!.sentStart &&
    (firstReadings(prev.lower).some((r) => r.known || r.maybe) || isStrongSurname(prev.lower));
  return !prevName && !(after?.joined && after.cap);
}

const VERB = /(?:[аеиоуыя]л[аоиь]?|[еиаяу]т|[ую]т|[ая]т)(?:ся|сь)?$/;

/** The name is followed by its predicate or an aside: a verb ("заявил", "опровергает"), a comma, a bracket, a dash. */
function predicateFollows(words: Word[], wEnd: number, text: string): boolean {
  const w = words[wEnd];
  if (!w) return false;
  const after = text.slice(w.end, w.end + 3);
  if (/^\s*[,(—–]/.test(after)) return true;
  const next = words[wEnd + 1];
  if (!next || next.cap || next.start - w.end > 2) return false;
  return next.lower.length >= 4 && VERB.test(next.lower);
}

/**
 * Two name-like capitalised words in mid-sentence that no lexicon knows ("Ласло Фекете", "Кэнтаро Ито"):
 * in Russian prose such a pair is nearly always a person, if it is not part of a longer capitalised run.
 */
function foreignPair(words: Word[], i: number, text: string): boolean {
  const w = words[i]!;
  const n1 = words[i + 1]!;
  if (n1.upper || w.upper) return false;
  // at a sentence start only when a past-tense verb follows ("Паоло Бруни заявил")
  if (w.sentStart && !predicateFollows(words, i + 1, text)) return false;
  const prev = words[i - 1];
  if (!isolatedPair(words, i) && !(firstReadings(w.lower).some((r) => r.maybe) && !words[i + 2]?.cap)) return false;
  // an unknown "first name" shaped like a surname or a plural is a noun phrase ("Острова Мэн", "Депутаты Поволжья")
  if (/(?:ов|ев|ёв|ин|ын)а?$/.test(w.lower) || /ы$/.test(w.lower)) return false;
  if (!nameLikeUnknown(n1.lower) && !surnameReadings(n1.lower).some((r) => r.strong)) return false;
  // inside a quoted title («Коста Рика», «Металл Групп») or after a locative preposition ("в Сан Диего")
  if (/[«"„“]\s*$/.test(text.slice(Math.max(0, w.start - 2), w.start))) return false;
  if (prev?.joined && !prev.cap && /^(?:в|во|на|из|под|над|над|около)$/.test(prev.lower)) return false;
  return true;
}
